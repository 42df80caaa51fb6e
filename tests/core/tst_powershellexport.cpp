#include "data/interop/scenarioworkspace.h"
#include "interop/interop.h"
#include "interop/powershellliteral.h"
#include "interop/powershellreader.h"
#include "interop/powershellwriter.h"
#include "interop/scriptparser.h"

#include <QFile>
#include <QTest>

using namespace mailflow;
using namespace mailflow::interop;
using namespace mailflow::interoptest;

// The PowerShell export: golden scripts of the reference scenario, quoting of every awkward
// character, round trips through the importer, and what the export refuses.
class PowerShellExportTest : public QObject
{
    Q_OBJECT

private:
    static QByteArray golden(const QString &name)
    {
        QFile file(QStringLiteral(MAILFLOW_TEST_DATA_DIR "/interop/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

    // MAILFLOW_UPDATE_GOLDEN=1 rewrites the golden files after a deliberate change.
    static void compareGolden(const QByteArray &actual, const QString &name)
    {
        if (qEnvironmentVariableIsSet("MAILFLOW_UPDATE_GOLDEN")) {
            QFile file(QStringLiteral(MAILFLOW_TEST_DATA_DIR "/interop/") + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(actual);
        }
        const QByteArray expected = golden(name);
        QVERIFY2(!expected.isEmpty(), qPrintable(name + QStringLiteral(" is missing")));
        QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected));
    }

    static ExportOptions options(bool idempotent)
    {
        ExportOptions out;
        out.format = ExportFormat::PowerShell;
        out.idempotent = idempotent;
        out.sourceName = QStringLiteral("reference.mailflow.json");
        out.generator = QStringLiteral("Mailflow Admin (tests)");
        return out;
    }

    // What a script can carry of a workspace (see exportWorkspace).
    static Workspace exportable(Workspace workspace)
    {
        for (Connector &connector : workspace.connectors) {
            connector = connector.normalized();
            connector.validation = {};
        }
        return workspace;
    }

private Q_SLOTS:
    void goldenScript_data()
    {
        QTest::addColumn<bool>("idempotent");
        QTest::addColumn<QString>("file");
        QTest::newRow("plain") << false << QStringLiteral("reference.ps1");
        QTest::newRow("idempotent") << true << QStringLiteral("reference-idempotent.ps1");
    }

    void goldenScript()
    {
        QFETCH(bool, idempotent);
        QFETCH(QString, file);
        const ExportResult result = exportWorkspace(referenceScenario(), options(idempotent));
        QVERIFY2(result.ok(), qPrintable(result.errors.value(0).message));
        QVERIFY(result.data.startsWith("\xEF\xBB\xBF"));
        compareGolden(result.data, file);
    }

    void roundTrip_data()
    {
        QTest::addColumn<Workspace>("workspace");
        QTest::addColumn<bool>("idempotent");
        QTest::newRow("reference") << referenceScenario() << false;
        QTest::newRow("reference, idempotent") << referenceScenario() << true;
        QTest::newRow("quotes, $, backticks, non-ASCII") << trickyWorkspace() << false;
        QTest::newRow("quotes, idempotent") << trickyWorkspace() << true;
        QTest::newRow("empty") << Workspace() << false;
    }

    void roundTrip()
    {
        QFETCH(Workspace, workspace);
        QFETCH(bool, idempotent);
        const ExportResult result = exportWorkspace(workspace, options(idempotent));
        QVERIFY2(result.ok(), qPrintable(result.errors.value(0).message));

        const ImportResult back = importFile(result.data, QStringLiteral("export.ps1"));
        QVERIFY2(back.ok(), qPrintable(back.report().join(u'\n')));
        QCOMPARE(back.format, ImportFormat::PowerShell);
        QCOMPARE(back.workspace, exportable(workspace));
        QVERIFY2(back.warnings.isEmpty(), qPrintable(back.report().join(u'\n')));
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("literal");
        QTest::newRow("plain") << QStringLiteral("New Orleans") << QStringLiteral("'New Orleans'");
        QTest::newRow("apostrophe") << QStringLiteral("O'Brien") << QStringLiteral("'O''Brien'");
        QTest::newRow("right single quote")
            << QStringLiteral("O’Brien") << QStringLiteral("'O’’Brien'");
        QTest::newRow("left single quote") << QStringLiteral("‘x") << QStringLiteral("'‘‘x'");
        QTest::newRow("low-9 quote") << QStringLiteral("‚x") << QStringLiteral("'‚‚x'");
        QTest::newRow("reversed-9 quote") << QStringLiteral("‛x") << QStringLiteral("'‛‛x'");
        QTest::newRow("dollar") << QStringLiteral("$env:USER") << QStringLiteral("'$env:USER'");
        QTest::newRow("backtick") << QStringLiteral("a`b") << QStringLiteral("'a`b'");
        QTest::newRow("double quotes") << QStringLiteral("\"x\"") << QStringLiteral("'\"x\"'");
        QTest::newRow("non-ASCII") << QStringLiteral("Zürich 東京")
                                   << QStringLiteral("'Zürich 東京'");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
        QTest::newRow("line break")
            << QStringLiteral("a\r\nb $c `d \"e\"") << QStringLiteral("\"a`r`nb `$c ``d `\"e`\"\"");
    }

    void quoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, literal);
        QCOMPARE(literal::quote(text), literal);

        // And the parser reads the literal back as the same text.
        const QString command = QStringLiteral("New-TransportRule -Comments ") + literal;
        const Script script = parseScript(command);
        QVERIFY(script.errors.isEmpty());
        QCOMPARE(script.statements.size(), 1);
        const ScriptParameter &parameter = script.statements.at(0).command.parameters.at(0);
        QCOMPARE(parameter.value.kind, ScriptValue::Kind::String);
        QCOMPARE(parameter.value.text, text);
        QCOMPARE(parameter.sourceText, literal);
    }

    void dateIsIsoUtc()
    {
        const QDateTime berlin(QDate(2026, 12, 4), QTime(1, 0), QTimeZone("Europe/Berlin"));
        QCOMPARE(literal::dateTime(berlin), QStringLiteral("([datetime]'2026-12-04T00:00:00Z')"));
        const QDateTime withMs(QDate(2026, 12, 4), QTime(0, 0, 0, 250), Qt::UTC);
        QCOMPARE(literal::dateTime(withMs),
                 QStringLiteral("([datetime]'2026-12-04T00:00:00.250Z')"));
    }

    void headerNamesSource()
    {
        const ExportResult result = exportWorkspace(referenceScenario(), options(false));
        const QString text = QString::fromUtf8(result.data);
        QVERIFY(text.contains(
            QStringLiteral("# Created by Mailflow Admin (tests) from reference.mailflow.json.")));
        QVERIFY(text.contains(QStringLiteral("connectors (4) and mail flow rules (3)")));
        QVERIFY(text.contains(QStringLiteral("ISO 8601")));
    }

    void validationComesLast()
    {
        const QString text = QString::fromUtf8(
            exportWorkspace(referenceScenario(), options(false)).data);
        const qsizetype validate = text.indexOf(QStringLiteral("Validate-OutboundConnector"));
        QVERIFY(validate > text.lastIndexOf(QStringLiteral("New-TransportRule")));
        QVERIFY(text.contains(QStringLiteral(
            "Validate-OutboundConnector -Identity 'New Orleans Mail' -Recipients "
            "'probe@nola.contoso.test','admin@nola.contoso.test'")));
        QCOMPARE(text.count(QStringLiteral("Validate-OutboundConnector")), 1);
    }

    void refusesWhatCannotBeWritten_data()
    {
        QTest::addColumn<Workspace>("workspace");
        QTest::addColumn<QString>("needle");

        Workspace twice;
        MailFlowRule rule;
        rule.name = QStringLiteral("Twice");
        rule.conditions << condition("senderDomainIs", items({QStringLiteral("a.test")}))
                        << condition("senderDomainIs", items({QStringLiteral("b.test")}));
        twice.rules << rule;
        QTest::newRow("same condition twice") << twice << QStringLiteral("twice");

        Workspace comma;
        MailFlowRule commaRule;
        commaRule.name = QStringLiteral("Comma");
        PredicateValue value;
        value.properties = {{QStringLiteral("City"), {QStringLiteral("Paris, Texas")}}};
        commaRule.conditions << condition("recipientPropertyContainsWords", value);
        comma.rules << commaRule;
        QTest::newRow("comma in a property word") << comma << QStringLiteral("comma");

        Workspace empty;
        MailFlowRule emptyRule;
        emptyRule.name = QStringLiteral("Empty");
        emptyRule.conditions << condition("senderDomainIs", {});
        empty.rules << emptyRule;
        QTest::newRow("condition without value") << empty << QStringLiteral("no value");

        Workspace clash;
        MailFlowRule clashRule;
        clashRule.name = QStringLiteral("Clash");
        clashRule.unmodelledParameters = {{QStringLiteral("mode"), QStringLiteral("Audit")}};
        clash.rules << clashRule;
        QTest::newRow("kept parameter clashes") << clash << QStringLiteral("twice");

        Workspace spaces;
        MailFlowRule spacesRule;
        spacesRule.name = QStringLiteral("Spaces");
        PredicateValue padded;
        padded.properties = {{QStringLiteral("City"), {QStringLiteral(" Leading")}}};
        spacesRule.conditions << condition("recipientPropertyContainsWords", padded);
        spaces.rules << spacesRule;
        QTest::newRow("read-back differs") << spaces << QStringLiteral("read back");
    }

    void refusesWhatCannotBeWritten()
    {
        QFETCH(Workspace, workspace);
        QFETCH(QString, needle);
        const ExportResult result = exportWorkspace(workspace, options(false));
        QVERIFY(!result.ok());
        QVERIFY(result.data.isEmpty());
        QVERIFY2(result.errors.constFirst().message.contains(needle, Qt::CaseInsensitive),
                 qPrintable(result.errors.constFirst().message));
    }
};

QTEST_GUILESS_MAIN(PowerShellExportTest)
#include "tst_powershellexport.moc"
