#include "store/workspacefile.h"
#include "validation/validator.h"

#include <QFile>
#include <QTest>

using namespace mailflow;

// The sample workspace shipped in the program: the reference scenario, free of validation
// findings, and stored exactly as the writer would write it.
class TestSampleWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleLoadsAndValidates();
    void sampleFileIsInWriterFormat();
};

void TestSampleWorkspace::sampleLoadsAndValidates()
{
    const Workspace sample = store::loadSampleWorkspace();
    QCOMPARE(sample.connectors.size(), 1);
    QCOMPARE(sample.rules.size(), 1);

    const Connector &connector = sample.connectors.at(0);
    QCOMPARE(connector.name, QStringLiteral("Office 365 to Contoso mail server"));
    QCOMPARE(connector.kind, ConnectorKind::OutboundToOrganization);
    QVERIFY(connector.enabled);
    QVERIFY(connector.retainInternalHeaders);
    QVERIFY(connector.isRuleScoped());
    QCOMPARE(connector.smartHosts, (QStringList{QStringLiteral("mail.contoso.test"),
                                                QStringLiteral("smtp.contoso.test")}));
    QCOMPARE(connector.tls, TlsSettings::DomainValidation);
    QCOMPARE(connector.tlsDomain, QStringLiteral("*.contoso.test"));
    QVERIFY(!connector.validationRecipients.isEmpty());
    QVERIFY(connector.description.contains(QStringLiteral("Sample")));

    const MailFlowRule &rule = sample.rules.at(0);
    QCOMPARE(rule.name, QStringLiteral("Route New Orleans recipients"));
    QCOMPARE(rule.mode, RuleMode::Enforce);
    QCOMPARE(rule.conditions.size(), 1);
    QCOMPARE(rule.conditions.at(0).kind, QStringLiteral("recipientPropertyContainsWords"));
    QCOMPARE(rule.conditions.at(0).value.properties,
             (QList<PropertyWords>{{QStringLiteral("City"), {QStringLiteral("New Orleans")}}}));
    QCOMPARE(rule.actions.size(), 1);
    QCOMPARE(rule.actions.at(0).kind, QStringLiteral("redirectToConnector"));
    QCOMPARE(rule.actions.at(0).value.text, connector.name);

    const Diagnostics problems = validateWorkspace(sample);
    for (const Diagnostic &d : problems)
        qWarning("%s: %s: %s", qPrintable(d.object), qPrintable(d.field), qPrintable(d.message));
    QVERIFY(problems.isEmpty());
}

void TestSampleWorkspace::sampleFileIsInWriterFormat()
{
    QFile source(QStringLiteral(MAILFLOW_SOURCE_DIR "/resources/sample.mailflow.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(source.readAll()),
             QString::fromUtf8(store::workspaceToJson(store::loadSampleWorkspace())));
}

QTEST_GUILESS_MAIN(TestSampleWorkspace)
#include "tst_sampleworkspace.moc"
