#include "data/interop/scenarioworkspace.h"
#include "interop/interop.h"
#include "store/workspacefile.h"
#include "support/powershellscript.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace mailflow;
using namespace mailflow::interop;
using namespace mailflow::interoptest;

// Scripts written or edited by hand, read back into a workspace: every value form PowerShell
// allows that the export does not write itself, and what happens to what the model lacks.
class PowerShellImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handEditedExport()
    {
        QFile file(QStringLiteral(MAILFLOW_TEST_DATA_DIR "/interop/reference.ps1"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString script = QString::fromUtf8(file.readAll());
        script.replace(QStringLiteral("'City:New Orleans,Baton Rouge'"),
                       QStringLiteral("'City:New Orleans,Baton Rouge,Lafayette'"));

        const ImportResult result = importScript(script);
        QVERIFY2(result.ok(), qPrintable(importReport(result)));
        Workspace expected = referenceScenario();
        expected.rules[0].conditions[0].value.properties[0].words << QStringLiteral("Lafayette");
        for (Connector &connector : expected.connectors)
            connector = connector.normalized();
        QCOMPARE(result.workspace, expected);
    }

    void encodingsAndLineEnds_data()
    {
        QTest::addColumn<QStringConverter::Encoding>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<bool>("crlf");
        QTest::newRow("UTF-8 with BOM, LF") << QStringConverter::Utf8 << true << false;
        QTest::newRow("UTF-8 without BOM, CR LF") << QStringConverter::Utf8 << false << true;
        // What Windows PowerShell's Out-File writes by default.
        QTest::newRow("UTF-16LE with BOM, CR LF") << QStringConverter::Utf16LE << true << true;
        QTest::newRow("UTF-16BE with BOM, LF") << QStringConverter::Utf16BE << true << false;
    }

    void encodingsAndLineEnds()
    {
        QFETCH(QStringConverter::Encoding, encoding);
        QFETCH(bool, bom);
        QFETCH(bool, crlf);
        QFile file(QStringLiteral(MAILFLOW_TEST_DATA_DIR "/interop/reference-idempotent.ps1"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString script = QString::fromUtf8(file.readAll());
        if (script.startsWith(QChar(0xFEFF)))
            script.remove(0, 1);
        if (crlf)
            script.replace(u'\n', QStringLiteral("\r\n"));
        QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom
                                             : QStringConverter::Flag::Default);
        const ImportResult result = importFile(encoder.encode(script), QStringLiteral("x.ps1"));
        QVERIFY2(result.ok(), qPrintable(importReport(result)));
        Workspace expected = referenceScenario();
        for (Connector &connector : expected.connectors)
            connector = connector.normalized();
        QCOMPARE(result.workspace, expected);
    }

    void values_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("comments");
        QTest::addColumn<QStringList>("items"); // of the first condition

        QTest::newRow("double quotes with backtick escapes")
            << QStringLiteral("New-TransportRule -Name \"Tab`there\" -Comments \"a`nb ``c "
                              "`$d \"\"e\"\" `u{2019}\" -SentTo x@contoso.test")
            << QStringLiteral("Tab\there") << QStringLiteral("a\nb `c $d \"e\" ’")
            << QStringList{QStringLiteral("x@contoso.test")};
        QTest::newRow("typographic quotes delimit")
            << QStringLiteral("New-TransportRule -Name ‘Route’ -Comments “it’’s” "
                              "-SentTo ‚a@contoso.test‛")
            << QStringLiteral("Route") << QStringLiteral("it’’s")
            << QStringList{QStringLiteral("a@contoso.test")};
        QTest::newRow("doubled typographic quote inside single quotes")
            << QStringLiteral("New-TransportRule -Name 'O’’Brien' -SentTo a@contoso.test")
            << QStringLiteral("O’Brien") << QString()
            << QStringList{QStringLiteral("a@contoso.test")};
        QTest::newRow("en and em dash before parameters")
            << QStringLiteral("New-TransportRule –Name 'Dash' —Comments "
                              "'pasted from a document'"
                              " -SentTo a@contoso.test")
            << QStringLiteral("Dash") << QStringLiteral("pasted from a document")
            << QStringList{QStringLiteral("a@contoso.test")};
        QTest::newRow("array with spaces and a line break after a comma")
            << QStringLiteral("New-TransportRule -Name 'A' -SentTo a@contoso.test, 'b c@x.test',\n"
                              "    \"d@contoso.test\"")
            << QStringLiteral("A") << QString()
            << QStringList{QStringLiteral("a@contoso.test"), QStringLiteral("b c@x.test"),
                           QStringLiteral("d@contoso.test")};
        QTest::newRow("@() array over lines, with a comment")
            << QStringLiteral("New-TransportRule -Name 'A' -SentTo @(\n"
                              "  'a@contoso.test' # Al's (\n"
                              "  'b@contoso.test', 'c@contoso.test'\n)")
            << QStringLiteral("A") << QString()
            << QStringList{QStringLiteral("a@contoso.test"), QStringLiteral("b@contoso.test"),
                           QStringLiteral("c@contoso.test")};
        QTest::newRow("parenthesised array")
            << QStringLiteral("New-TransportRule -Name 'A' -SentTo ('a@contoso.test','b@x.test')")
            << QStringLiteral("A") << QString()
            << QStringList{QStringLiteral("a@contoso.test"), QStringLiteral("b@x.test")};
        QTest::newRow("positional name, colon value, line continuation")
            << QStringLiteral("New-TransportRule 'Positional' `\n  -Comments: 'c' `\r\n"
                              "  -SentTo:a@contoso.test")
            << QStringLiteral("Positional") << QStringLiteral("c")
            << QStringList{QStringLiteral("a@contoso.test")};
        QTest::newRow("$null clears")
            << QStringLiteral("New-TransportRule -Name 'N' -Comments $null -SentTo x@contoso.test")
            << QStringLiteral("N") << QString() << QStringList{QStringLiteral("x@contoso.test")};
        QTest::newRow("adjacent pieces form one value")
            << QStringLiteral("New-TransportRule -Name Bare'Quoted'\"Double\" -SentTo a@b.test")
            << QStringLiteral("BareQuotedDouble") << QString()
            << QStringList{QStringLiteral("a@b.test")};
    }

    void values()
    {
        QFETCH(QString, script);
        QFETCH(QString, name);
        QFETCH(QString, comments);
        QFETCH(QStringList, items);

        const ImportResult result = importScript(script);
        QVERIFY2(result.ok(), qPrintable(importReport(result)));
        QCOMPARE(result.workspace.rules.size(), 1);
        const MailFlowRule &rule = result.workspace.rules.constFirst();
        QCOMPARE(rule.name, name);
        QCOMPARE(rule.comments, comments);
        QCOMPARE(rule.conditions.size(), 1);
        QCOMPARE(rule.conditions.constFirst().value.items, items);
        QVERIFY(rule.unmodelledParameters.isEmpty());
    }

    void referenceRuleSettings()
    {
        const ImportResult result = importScript(QStringLiteral(
            "# The reference rule, as an admin would type it\n"
            "<# block comment\n  over lines #>\n"
            "New-TransportRule -Name \"Route New Orleans\" "
            "-RecipientADAttributeContainsWords \"City:New Orleans,Baton Rouge\","
            "\"department:Sales\" "
            "-ExceptIfRecipientDomainIs fabrikam.test "
            "-RouteMessageOutboundConnector \"New Orleans Mail\" -RouteMessageOutboundRequireTls "
            "$true -Mode AUDIT -Enabled $false -StopRuleProcessing 1 "
            "-ActivationDate (Get-Date '2026-12-04T10:00:00+01:00') -ExpiryDate '2027-01-31' "
            "-MessageSizeOver '10 MB (10,485,760 bytes)'; -HeaderContainsMessageHeader 'X-A' "
            "-HeaderContainsWords 'b'\n"));
        QVERIFY2(!result.ok(), "a statement cannot start with a parameter");

        const ImportResult ok = importScript(QStringLiteral(
            "New-TransportRule -Name \"Route New Orleans\" "
            "-RecipientADAttributeContainsWords \"City:New Orleans, Baton Rouge\","
            "\"department:Sales\" "
            "-ExceptIfRecipientDomainIs fabrikam.test "
            "-RouteMessageOutboundConnector \"New Orleans Mail\" -RouteMessageOutboundRequireTls "
            "$true -Mode AUDIT -Enabled $false -StopRuleProcessing 1 "
            "-ActivationDate (Get-Date '2026-12-04T10:00:00+01:00') -ExpiryDate '2027-01-31' "
            "-MessageSizeOver 10MB -HeaderContainsWords 'b' -HeaderContainsMessageHeader 'X-A'"));
        QVERIFY2(ok.ok(), qPrintable(importReport(ok)));
        const MailFlowRule &rule = ok.workspace.rules.constFirst();
        QCOMPARE(rule.mode, RuleMode::Audit);
        QVERIFY(!rule.enabled);
        QVERIFY(rule.stopProcessing);
        QCOMPARE(rule.activationDate, utc("2026-12-04T09:00:00Z"));
        QCOMPARE(rule.expiryDate, utc("2027-01-31T00:00:00Z"));
        QCOMPARE(rule.conditions.size(), 3);
        const QList<PropertyWords> expected{
            {QStringLiteral("City"),
             {QStringLiteral("New Orleans"), QStringLiteral("Baton Rouge")}},
            {QStringLiteral("Department"), {QStringLiteral("Sales")}}};
        QCOMPARE(rule.conditions.at(0).value.properties, expected);
        QCOMPARE(rule.conditions.at(1).kind, QStringLiteral("messageSizeOver"));
        QCOMPARE(rule.conditions.at(1).value.number, 10 * 1024 * 1024);
        QCOMPARE(rule.conditions.at(2).kind, QStringLiteral("headerContainsWords"));
        QCOMPARE(rule.conditions.at(2).value.text, QStringLiteral("X-A"));
        QCOMPARE(rule.exceptions.size(), 1);
        QCOMPARE(rule.exceptions.at(0).kind, QStringLiteral("recipientDomainIs"));
        QCOMPARE(rule.actions.size(), 2);
        QCOMPARE(rule.actions.at(1).kind, QStringLiteral("requireTls"));
    }

    void sizes_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("bytes") << QStringLiteral("1048576") << qint64(1048576);
        QTest::newRow("PowerShell multiplier") << QStringLiteral("10MB") << qint64(10485760);
        QTest::newRow("kilobytes quoted") << QStringLiteral("'512 KB'") << qint64(524288);
        QTest::newRow("Exchange's display")
            << QStringLiteral("'25 MB (26,214,400 bytes)'") << qint64(26214400);
    }

    void sizes()
    {
        QFETCH(QString, written);
        QFETCH(qint64, bytes);
        const ImportResult result = importScript(
            QStringLiteral("New-TransportRule -Name 'S' -MessageSizeOver ") + written);
        QVERIFY2(result.ok(), qPrintable(importReport(result)));
        QCOMPARE(result.workspace.rules.constFirst().conditions.constFirst().value.number, bytes);
    }

    void unmodelledParametersAreKept()
    {
        const QString script = QStringLiteral(
            "New-TransportRule -Name 'Keep' -SetSCL 5 -ApplyHtmlDisclaimerText '<b>it''s</b>' "
            "-SetAuditSeverity:High -Force -SentTo a@contoso.test -Headers @{ a = 'x)' } "
            "-Confirm:$false\n"
            "New-OutboundConnector -Name 'C' -ConnectorType OnPremises -UseMXRecord $false "
            "-SmartHosts mail.contoso.test -TestMode $true "
            "-RouteAllMessagesViaOnPremises $false\n");
        const ImportResult result = importScript(script);
        QVERIFY2(result.ok(), qPrintable(importReport(result)));

        const MailFlowRule &rule = result.workspace.rules.constFirst();
        const QList<std::pair<QString, QString>> expected{
            {QStringLiteral("SetSCL"), QStringLiteral("5")},
            {QStringLiteral("ApplyHtmlDisclaimerText"), QStringLiteral("'<b>it''s</b>'")},
            {QStringLiteral("SetAuditSeverity"), QStringLiteral(":High")},
            {QStringLiteral("Force"), QString()},
            {QStringLiteral("Headers"), QStringLiteral("@{ a = 'x)' }")},
            {QStringLiteral("Confirm"), QStringLiteral(":$false")}};
        QCOMPARE(rule.unmodelledParameters, expected);
        QCOMPARE(rule.conditions.size(), 1);

        const Connector &connector = result.workspace.connectors.constFirst();
        QCOMPARE(connector.unmodelledParameters.size(), 2);
        QCOMPARE(result.kept.size(), 8);
        QCOMPARE(result.kept.at(1).object, QStringLiteral("Keep"));
        QCOMPARE(result.kept.at(1).line, 1);
        QCOMPARE(result.kept.at(1).column, 42);
        QVERIFY(!result.kept.at(6).onRule);
        QVERIFY(importReport(result).contains(
            QStringLiteral("rule 'Keep': -ApplyHtmlDisclaimerText '<b>it''s</b>' (line 1, "
                           "column 42)")));

        // Written back unchanged, and read again the same.
        ExportOptions options;
        const ExportResult exported = exportWorkspace(result.workspace, options);
        QVERIFY2(exported.ok(), qPrintable(exported.errors.value(0).message));
        const QString text = QString::fromUtf8(exported.data);
        QVERIFY(text.contains(QStringLiteral("-ApplyHtmlDisclaimerText '<b>it''s</b>'")));
        QVERIFY(text.contains(QStringLiteral("-SetAuditSeverity:High")));
        QVERIFY(text.contains(QStringLiteral("-Force `")));
        QVERIFY(text.contains(QStringLiteral("-TestMode $true")));
        QCOMPARE(importFile(exported.data, {}).workspace, result.workspace);
    }

    void keptParametersSurviveTheWorkspaceFile()
    {
        const ImportResult result = importScript(QStringLiteral(
            "New-OutboundConnector -Name 'C' -TestMode $true -Confirm:$false\n"
            "New-TransportRule -Name 'R' -SetSCL '5' -Force -SentTo a@x.test\n"));
        QVERIFY2(result.ok(), qPrintable(importReport(result)));
        const QByteArray json = store::workspaceToJson(result.workspace);
        QVERIFY(json.contains("\"unmodelledParameters\""));
        const store::LoadResult loaded = store::loadWorkspaceFromBytes(json, QStringLiteral("t"));
        QVERIFY2(loaded.ok, qPrintable(loaded.message));
        QCOMPARE(loaded.workspace, result.workspace);
        QCOMPARE(loaded.workspace.rules.constFirst().unmodelledParameters.size(), 2);
    }

    void prioritiesAsExchangeAssignsThem()
    {
        const ImportResult result = importScript(QStringLiteral(
            "New-TransportRule -Name 'A' -SentTo a@x.test\n"
            "New-TransportRule -Name 'B' -SentTo a@x.test -Priority 0\n"
            "New-TransportRule -Name 'C' -SentTo a@x.test -Priority 1\n"
            "New-TransportRule -Name 'D' -SentTo a@x.test -Priority 99\n"
            "New-TransportRule -Name 'E' -SentTo a@x.test\n"));
        QVERIFY2(result.ok(), qPrintable(importReport(result)));
        QStringList names;
        for (const MailFlowRule &rule : result.workspace.rules)
            names << rule.name;
        QCOMPARE(names, (QStringList{QStringLiteral("B"), QStringLiteral("C"),
                                     QStringLiteral("A"), QStringLiteral("D"),
                                     QStringLiteral("E")}));
    }

    void otherCommandsAreSkippedWithAWarning()
    {
        const ImportResult result = importScript(QStringLiteral(
            "Connect-ExchangeOnline -UserPrincipalName admin@contoso.test\n"
            "New-OutboundConnector -Name 'V' -ConnectorType OnPremises -UseMXRecord $false "
            "-SmartHosts 'mail.contoso.test'; Validate-OutboundConnector -Identity 'v' "
            "-Recipients a@contoso.test,b@contoso.test\n"
            "Validate-OutboundConnector -Identity 'V' -Recipients a@contoso.test\n"));
        QVERIFY2(result.ok(), qPrintable(importReport(result)));
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.constFirst().message.startsWith(QStringLiteral(
            "Line 1, column 1: Connect-ExchangeOnline")));
        QCOMPARE(result.workspace.connectors.constFirst().validationRecipients,
                 (QStringList{QStringLiteral("a@contoso.test"), QStringLiteral("b@contoso.test")}));
    }

    void connectorDefaultsAreExchanges()
    {
        const ImportResult result = importScript(QStringLiteral(
            "New-OutboundConnector -Name 'Bare'\n"
            "New-InboundConnector -Name 'In' -SenderDomains *\n"
            "New-InboundConnector -Name 'Own' -ConnectorType OnPremises -SenderDomains * "
            "-SenderIPAddresses 192.0.2.1,192.0.2.2\n"));
        QVERIFY2(result.ok(), qPrintable(importReport(result)));
        const Connector &bare = result.workspace.connectors.at(0);
        QCOMPARE(bare.kind, ConnectorKind::OutboundToPartner);
        QCOMPARE(bare.routing, ConnectorRouting::MxRecord);
        QCOMPARE(bare.tls, TlsSettings::None);
        QVERIFY(!bare.retainInternalHeaders);
        const Connector &in = result.workspace.connectors.at(1);
        QCOMPARE(in.kind, ConnectorKind::InboundFromPartner);
        QCOMPARE(in.senderDomains, QStringList{QStringLiteral("*")});
        QVERIFY(!in.requireTls);
        const Connector &own = result.workspace.connectors.at(2);
        QCOMPARE(own.identity, InboundIdentity::SenderIpAddresses);
        QVERIFY(own.unmodelledParameters.isEmpty());
    }

    void unusedSettingsAreNamed()
    {
        const ImportResult result = importScript(QStringLiteral(
            "New-OutboundConnector -Name 'P' -ConnectorType Partner -UseMXRecord $true "
            "-SmartHosts mail.contoso.test -TlsDomain x.test\n"));
        QVERIFY2(result.ok(), qPrintable(importReport(result)));
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY2(result.warnings.constFirst().message.contains(
                     QStringLiteral("SmartHosts, TlsDomain")),
                 qPrintable(result.warnings.constFirst().message));
    }
};

QTEST_GUILESS_MAIN(PowerShellImportTest)
#include "tst_powershellimport.moc"
