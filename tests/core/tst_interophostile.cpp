#include "interop/interop.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mailflow;
using namespace mailflow::interop;

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

    static bool hasErrorContaining(const ImportResult &result, const QString &part)
    {
        for (const Diagnostic &error : result.errors) {
            if (error.message.contains(part) && error.message.startsWith(u"Line "))
                return true;
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
        QTest::newRow("7000 @( closed")
            << script(head + QStringLiteral("@(").repeated(7000) + u'1'
                      + QStringLiteral(")").repeated(7000))
            << QStringLiteral("nest more than 64");
        QTest::newRow("100000 @( closed")
            << script(head + QStringLiteral("@(").repeated(100000) + u'1'
                      + QStringLiteral(")").repeated(100000))
            << QStringLiteral("nest more than 64");
        QTest::newRow("65 ( closed")
            << script(head + QStringLiteral("(").repeated(65) + u'1'
                      + QStringLiteral(")").repeated(65))
            << QStringLiteral("nest more than 64");
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
