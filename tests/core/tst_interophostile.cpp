#include "data/interop/scenarioworkspace.h"
#include "interop/interop.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mailflow;
using namespace mailflow::interop;
using namespace mailflow::interoptest;

// Hostile input for the importers and the exporter: deep nesting that would exhaust the
// stack, and kept parameter values that would run code in the script the admin runs.
class InteropHostileTest : public QObject
{
    Q_OBJECT

private:
    static QByteArray script(const QString &body)
    {
        return body.toUtf8();
    }

    // `part` may list alternatives separated by '|': a deep value on an unmodelled parameter
    // is refused either by the nesting limit or by the literal-value rule, whichever reads it
    // first; both are right, and both give a position.
    static bool hasErrorContaining(const ImportResult &result, const QString &part)
    {
        const QStringList alternatives = part.split(u'|');
        for (const Diagnostic &error : result.errors) {
            if (!error.message.startsWith(u"Line "))
                continue;
            for (const QString &alternative : alternatives) {
                if (error.message.contains(alternative))
                    return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void deepNesting_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");

        const QString head = QStringLiteral("New-TransportRule -Name 'x' -Foo ");
        QTest::newRow("7000 @( unclosed") << script(head + QStringLiteral("@(").repeated(7000))
                                          << QStringLiteral("not closed");
        // On a parameter the tool does not model, a deep value is no literal: refused as such.
        const QString literalOnly = QStringLiteral("only literal values|nest more than 64");
        QTest::newRow("7000 @( closed")
            << script(head + QStringLiteral("@(").repeated(7000) + u'1'
                      + QStringLiteral(")").repeated(7000))
            << literalOnly;
        QTest::newRow("100000 @( closed")
            << script(head + QStringLiteral("@(").repeated(100000) + u'1'
                      + QStringLiteral(")").repeated(100000))
            << literalOnly;
        QTest::newRow("65 ( closed")
            << script(head + QStringLiteral("(").repeated(65) + u'1'
                      + QStringLiteral(")").repeated(65))
            << literalOnly;

        // On a modelled list parameter a nested array is an expression the import refuses.
        const QString sentTo = QStringLiteral("New-TransportRule -Name 'x' -SentTo ");
        QTest::newRow("7000 @( on -SentTo")
            << script(sentTo + QStringLiteral("@(").repeated(7000) + QStringLiteral("'a'")
                      + QStringLiteral(")").repeated(7000))
            << QStringLiteral("cannot evaluate|nest more than 64");
        QTest::newRow("20000 if")
            << script(QStringLiteral("if (Get-TransportRule -Identity 'x') {\n").repeated(20000))
            << QStringLiteral("nest more than 32");
    }

    void deepNesting()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);

        QElapsedTimer timer;
        timer.start();
        const ImportResult result = importFile(input, QStringLiteral("deep.ps1"));
        QVERIFY(!result.ok());
        QVERIFY2(hasErrorContaining(result, expected),
                 qPrintable(result.errors.isEmpty() ? QString()
                                                    : result.errors.constFirst().message));
        QVERIFY2(timer.elapsed() < 5000, "a deep nesting must fail fast");
    }

    // A workspace whose first rule keeps -Foo with the given value, exported as a script.
    static QByteArray scriptKeeping(const QString &value)
    {
        Workspace workspace = trickyWorkspace();
        workspace.rules.first().unmodelledParameters = {{QStringLiteral("Foo"),
                                                         QStringLiteral("'PLACEHOLDER'")}};
        const ExportResult exported = exportWorkspace(workspace, {});
        QString text = QString::fromUtf8(exported.data);
        return text.replace(QStringLiteral("'PLACEHOLDER'"), value).toUtf8();
    }

    void keptValueMustBeLiteral_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("literal");

        QTest::newRow("single-quoted") << QStringLiteral("'a $(b)'") << true;
        QTest::newRow("double-quoted") << QStringLiteral("\"plain\"") << true;
        QTest::newRow("number") << QStringLiteral("42") << true;
        QTest::newRow("boolean") << QStringLiteral("$true") << true;
        QTest::newRow("null") << QStringLiteral("$null") << true;
        QTest::newRow("bare word") << QStringLiteral("Enforce") << true;
        QTest::newRow("comma list") << QStringLiteral("'a', b, 3") << true;
        QTest::newRow("@() list") << QStringLiteral("@('a', 'b')") << true;
        QTest::newRow("hashtable") << QStringLiteral("@{ a = 'x)'; b = 2 }") << true;
        QTest::newRow("hashtable with command") << QStringLiteral("@{ a = (calc) }") << false;
        QTest::newRow("subexpression")
            << QStringLiteral("$(Remove-Item C:\\ -Recurse -Force)") << false;
        QTest::newRow("command in brackets") << QStringLiteral("(Remove-Item x)") << false;
        QTest::newRow("bare command in brackets") << QStringLiteral("(calc)") << false;
        QTest::newRow("script block") << QStringLiteral("{ Remove-Item x }") << false;
        QTest::newRow("expanding string") << QStringLiteral("\"$(Remove-Item x)\"") << false;
        QTest::newRow("variable") << QStringLiteral("$env:Path") << false;
        QTest::newRow("command in list") << QStringLiteral("@('a', (calc))") << false;
        QTest::newRow("call operator") << QStringLiteral("& calc") << false;
    }

    void keptValueMustBeLiteral()
    {
        QFETCH(QString, value);
        QFETCH(bool, literal);

        const ImportResult result = importFile(scriptKeeping(value), QStringLiteral("kept.ps1"));
        QCOMPARE(result.ok(), literal);
        if (literal) {
            QCOMPARE(result.workspace.rules.first().unmodelledParameters.size(), 1);
            QCOMPARE(result.workspace.rules.first().unmodelledParameters.first().second, value);
        } else if (!value.startsWith(u'&')) {
            QVERIFY2(hasErrorContaining(result, QStringLiteral("only literal values")),
                     qPrintable(result.errors.constFirst().message));
        }

        // The same value carried by a workspace file must not reach an exported script.
        Workspace workspace = trickyWorkspace();
        workspace.rules.first().unmodelledParameters = {{QStringLiteral("Foo"), value}};
        const ExportResult exported = exportWorkspace(workspace, {});
        QCOMPARE(exported.ok(), literal);
        if (!literal) {
            QVERIFY(exported.data.isEmpty());
            QCOMPARE(exported.errors.constFirst().object, workspace.rules.first().name);
            QCOMPARE(exported.errors.constFirst().field, QStringLiteral("-Foo"));
        }
    }

    void keptNameMustBePlain()
    {
        Workspace workspace = trickyWorkspace();
        workspace.connectors.first().unmodelledParameters = {
            {QStringLiteral("Foo $(calc) -Bar"), QStringLiteral("1")}};
        const ExportResult exported = exportWorkspace(workspace, {});
        QVERIFY(!exported.ok());
        QVERIFY(exported.data.isEmpty());
        QCOMPARE(exported.errors.constFirst().object, workspace.connectors.first().name);
    }

    void shallowNestingStillImports()
    {
        const QString value = QStringLiteral("@(").repeated(3) + QStringLiteral("'a'")
            + QStringLiteral(")").repeated(3);
        const ImportResult result = importFile(
            script(QStringLiteral("New-TransportRule -Name 'x' -SentTo 'a@example.com' "
                                  "-RouteMessageOutboundConnector 'C' -Comments ")
                   + value),
            QStringLiteral("shallow.ps1"));
        QVERIFY2(result.errors.isEmpty()
                     || !result.errors.constFirst().message.contains(u"nest"),
                 qPrintable(result.errors.isEmpty() ? QString()
                                                    : result.errors.constFirst().message));
    }
};

QTEST_GUILESS_MAIN(InteropHostileTest)
#include "tst_interophostile.moc"
