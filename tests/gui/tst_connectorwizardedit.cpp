#include "common/choicegroup.h"
#include "common/entrylisteditor.h"
#include "connector/connectorauthenticationpage.h"
#include "connector/connectordirectionpage.h"
#include "connector/connectornamepage.h"
#include "connector/connectorreviewpage.h"
#include "connector/connectorroutingpage.h"
#include "connector/connectorwizard.h"
#include "support/guiactions.h"
#include "support/modalanswerer.h"
#include "support/modeldump.h"
#include "support/referencedata.h"
#include "support/screenshots.h"
#include "support/wizarddriver.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace mailflow;
using namespace mailflow::testsupport;

// An existing connector opened in the wizard: unchanged it comes back equal, a new direction
// leaves nothing of the old one behind, its own name is no clash while another connector's
// is, and what core refuses is shown before saving.
class TestConnectorWizardEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editUnchanged_data();
    void editUnchanged();
    void editChangedDirection_data();
    void editChangedDirection();
    void nameMustBeUniqueIgnoringCase();
    void reviewShowsCoreProblemsInline();
};

void TestConnectorWizardEdit::initTestCase()
{
    qInfo("Screenshots go to %s", qPrintable(screenshotDirectory()));
}

void TestConnectorWizardEdit::editUnchanged_data()
{
    QTest::addColumn<Connector>("connector");

    Connector validated = contosoConnector();
    validated.validation.validated = true;
    validated.validation.lastValidatedUtc =
        QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    validated.validation.recipients = validated.validationRecipients;
    QTest::newRow("organization, validated") << validated;

    Connector failed = contosoConnector();
    failed.enabled = false;
    failed.retainInternalHeaders = false;
    failed.usage = ConnectorUsage::AllAcceptedDomains;
    failed.tls = TlsSettings::EncryptionOnly;
    failed.tlsDomain.clear();
    failed.daneMode = SmtpDaneMode::None;
    failed.mtaStsMode = MtaStsMode::None;
    failed.validation.lastValidatedUtc = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    failed.validation.recipients = failed.validationRecipients;
    QTest::newRow("organization, failed validation") << failed;

    Connector opportunistic = contosoConnector();
    opportunistic.tls = TlsSettings::None;
    opportunistic.tlsDomain.clear();
    QTest::newRow("organization, opportunistic TLS") << opportunistic;

    Connector partner;
    partner.name = QStringLiteral("Fabrikam");
    partner.kind = ConnectorKind::OutboundToPartner;
    partner.usage = ConnectorUsage::RecipientDomains;
    partner.recipientDomains = {QStringLiteral("fabrikam.com")};
    partner.smartHosts = {QStringLiteral("198.51.100.0/28")};
    partner.tls = TlsSettings::CertificateValidation;
    QTest::newRow("partner, smart hosts") << partner.normalized();

    Connector inbound;
    inbound.name = QStringLiteral("From on-premises");
    inbound.kind = ConnectorKind::InboundFromOrganization;
    inbound.tlsSenderCertificateName = QStringLiteral("*.contoso.com");
    QTest::newRow("from organization, certificate") << inbound.normalized();

    Connector inboundByIp = inbound;
    inboundByIp.identity = InboundIdentity::SenderIpAddresses;
    inboundByIp.senderIpAddresses = {QStringLiteral("192.0.2.0/24")};
    QTest::newRow("from organization, addresses") << inboundByIp.normalized();

    Connector inboundPartner = fabrikamInboundConnector();
    inboundPartner.identity = InboundIdentity::SenderDomains;
    inboundPartner.restrictToCertificate = true;
    inboundPartner.tlsSenderCertificateName = QStringLiteral("mail.fabrikam.com");
    inboundPartner.restrictToIpAddresses = true;
    inboundPartner.senderIpAddresses = {QStringLiteral("198.51.100.1-198.51.100.9")};
    QTest::newRow("from partner, restricted") << inboundPartner.normalized();
}

void TestConnectorWizardEdit::editUnchanged()
{
    QFETCH(Connector, connector);
    QCOMPARE(connector, connector.normalized());

    ConnectorWizard wizard(workspaceWith({existingConnector(), connector}), 1);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.connector(), connector);

    nextUntil(wizard, ConnectorWizard::ReviewPageId);
    QCOMPARE(wizard.button(QWizard::FinishButton)->text(), QStringLiteral("&Save"));

    const bool asks = connector.isOutbound() && !connector.validation.validated;
    ModalAnswerer answerer(QMessageBox::Save);
    click(wizard.button(QWizard::FinishButton));
    QCOMPARE(answerer.answered(), asks);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.connector(), connector);
}

void TestConnectorWizardEdit::editChangedDirection_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<int>("kind");

    QTest::newRow("to partner") << int(ConnectionEnd::Office365) << int(ConnectionEnd::Partner)
                                << int(ConnectorKind::OutboundToPartner);
    QTest::newRow("from organization") << int(ConnectionEnd::OrganizationServer)
                                       << int(ConnectionEnd::Office365)
                                       << int(ConnectorKind::InboundFromOrganization);
}

void TestConnectorWizardEdit::editChangedDirection()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(int, kind);

    Connector original = contosoConnector();
    original.usage = ConnectorUsage::AllAcceptedDomains;
    ConnectorWizard wizard(workspaceWith({original}), 0);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    auto *direction = pageOf<ConnectorDirectionPage>(wizard, ConnectorWizard::NewConnectorPageId);
    choose(direction->fromChoice(), from);
    choose(direction->toChoice(), to);

    Connector expected = original;
    expected.kind = ConnectorKind(kind);
    if (expected.kind == ConnectorKind::InboundFromOrganization) {
        next(wizard, ConnectorWizard::NamePageId);
        next(wizard, ConnectorWizard::AuthenticationPageId);
        auto *auth = pageOf<ConnectorAuthenticationPage>(wizard,
                                                         ConnectorWizard::AuthenticationPageId);
        QVERIFY(!nextEnabled(wizard));
        typeInto(auth->certificateLineEdit(), QStringLiteral("mail.contoso.com"));
        expected.tlsSenderCertificateName = QStringLiteral("mail.contoso.com");
        takeScreenshot(&wizard, QStringLiteral("inbound-organization-authentication"));
    }
    nextUntil(wizard, ConnectorWizard::ReviewPageId);
    ModalAnswerer answerer(QMessageBox::Save);
    click(wizard.button(QWizard::FinishButton));
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    const Connector result = wizard.connector();
    QCOMPARE(result, expected.normalized());
    QCOMPARE(result, result.normalized());
    if (result.kind == ConnectorKind::OutboundToPartner) {
        // All accepted domains is offered only towards the organization's server.
        QCOMPARE(result.usage, ConnectorUsage::RuleScoped);
    } else {
        QVERIFY(result.smartHosts.isEmpty());
        QVERIFY(result.validationRecipients.isEmpty());
    }
}

void TestConnectorWizardEdit::nameMustBeUniqueIgnoringCase()
{
    ConnectorWizard wizard(workspaceWith({existingConnector()}));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    next(wizard, ConnectorWizard::NamePageId);

    auto *name = pageOf<ConnectorNamePage>(wizard, ConnectorWizard::NamePageId);
    typeInto(name->nameLineEdit(), QStringLiteral("EXISTING relay HOST"));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(name->problem().contains(QStringLiteral("already named")));
    takeScreenshot(&wizard, QStringLiteral("name-duplicate"));

    replaceText(name->nameLineEdit(), QString(65, u'x'));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(name->problem().contains(QStringLiteral("64")));

    replaceText(name->nameLineEdit(), QString(64, u'x'));
    QVERIFY(nextEnabled(wizard));

    // Editing the existing connector keeps its own name acceptable.
    ConnectorWizard edit(workspaceWith({existingConnector()}), 0);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    next(edit, ConnectorWizard::NamePageId);
    QVERIFY(nextEnabled(edit));
}

void TestConnectorWizardEdit::reviewShowsCoreProblemsInline()
{
    // A connector read from a hand-edited file can hold a smart host the + button would have
    // refused; core's check on Create connector catches it and the review page says so.
    Connector c = contosoConnector();
    c.smartHosts = {QStringLiteral("mail.contoso.com:25")};
    ConnectorWizard wizard(workspaceWith({c}), 0);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    nextUntil(wizard, ConnectorWizard::ReviewPageId);

    auto *review = pageOf<ConnectorReviewPage>(wizard, ConnectorWizard::ReviewPageId);
    {
        ModalAnswerer answerer(QMessageBox::Save);
        click(wizard.button(QWizard::FinishButton));
        QVERIFY(!answerer.answered());
    }
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(ConnectorWizard::ReviewPageId));
    QVERIFY2(review->problem().contains(QStringLiteral("Smart hosts")),
             qPrintable(review->problem()));
    QVERIFY(review->problem().contains(QStringLiteral("port")));
    takeScreenshot(&wizard, QStringLiteral("review-core-problem"));

    click(review->editButton(ConnectorWizard::RoutingPageId));
    auto *routing = pageOf<ConnectorRoutingPage>(wizard, ConnectorWizard::RoutingPageId);
    routing->smartHostEditor()->listWidget()->setCurrentRow(0);
    click(routing->smartHostEditor()->removeButton());
    QCOMPARE(addEntry(routing->smartHostEditor(), QStringLiteral("mail.contoso.com")), QString());
    nextUntil(wizard, ConnectorWizard::ReviewPageId);
    QVERIFY(review->problem().isEmpty());

    ModalAnswerer save(QMessageBox::Save);
    click(wizard.button(QWizard::FinishButton));
    QVERIFY(save.answered());
    QCOMPARE(wizard.connector().smartHosts, QStringList{QStringLiteral("mail.contoso.com")});
}

QTEST_MAIN(TestConnectorWizardEdit)
#include "tst_connectorwizardedit.moc"
