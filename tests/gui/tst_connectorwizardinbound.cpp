#include "common/choicegroup.h"
#include "common/entrylisteditor.h"
#include "connector/connectorauthenticationpage.h"
#include "connector/connectordirectionpage.h"
#include "connector/connectornamepage.h"
#include "connector/connectorreviewpage.h"
#include "connector/connectorwizard.h"
#include "support/guiactions.h"
#include "support/modalanswerer.h"
#include "support/modeldump.h"
#include "support/referencedata.h"
#include "support/screenshots.h"
#include "support/wizarddriver.h"

#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace mailflow;
using namespace mailflow::testsupport;

// A new connector from a partner to Office 365: it is told apart by sender domains and
// addresses, and has no smart hosts to validate.
class TestConnectorWizardInbound : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void inboundFromPartnerWalkthrough();
};

void TestConnectorWizardInbound::initTestCase()
{
    qInfo("Screenshots go to %s", qPrintable(screenshotDirectory()));
}

void TestConnectorWizardInbound::inboundFromPartnerWalkthrough()
{
    ConnectorWizard wizard(Workspace{});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    auto *direction = pageOf<ConnectorDirectionPage>(wizard, ConnectorWizard::NewConnectorPageId);
    choose(direction->fromChoice(), int(ConnectionEnd::Partner));
    QCOMPARE(direction->toChoice()->choice(), int(ConnectionEnd::Office365));
    QVERIFY(!direction->toChoice()->button(int(ConnectionEnd::Partner))->isEnabled());
    takeScreenshot(&wizard, QStringLiteral("inbound-partner-01-new-connector"));
    next(wizard, ConnectorWizard::NamePageId);
    typeInto(pageOf<ConnectorNamePage>(wizard, ConnectorWizard::NamePageId)->nameLineEdit(),
             QStringLiteral("From Fabrikam"));
    next(wizard, ConnectorWizard::AuthenticationPageId);

    auto *auth = pageOf<ConnectorAuthenticationPage>(wizard, ConnectorWizard::AuthenticationPageId);
    QVERIFY(auth->senderDomainEditor()->isVisible());
    QVERIFY(!auth->identityChoice()->button(int(InboundIdentity::CertificateSubject))
                 ->isVisible());
    QVERIFY(!nextEnabled(wizard));
    QCOMPARE(addEntry(auth->senderDomainEditor(), QStringLiteral("fabrikam.com")), QString());
    QVERIFY(nextEnabled(wizard));
    choose(auth->identityChoice(), int(InboundIdentity::SenderIpAddresses));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(addEntry(auth->ipAddressEditor(), QStringLiteral("198.51.100.9-198.51.100.1"))
                .contains(QStringLiteral("after")));
    auth->ipAddressEditor()->lineEdit()->clear();
    QCOMPARE(addEntry(auth->ipAddressEditor(), QStringLiteral("198.51.100.0/28")), QString());
    QVERIFY(nextEnabled(wizard));
    takeScreenshot(&wizard, QStringLiteral("inbound-partner-02-authentication"));
    next(wizard, ConnectorWizard::InboundSecurityPageId);
    takeScreenshot(&wizard, QStringLiteral("inbound-partner-03-security"));
    next(wizard, ConnectorWizard::ReviewPageId);

    auto *review = pageOf<ConnectorReviewPage>(wizard, ConnectorWizard::ReviewPageId);
    QVERIFY(!review->editButton(ConnectorWizard::RoutingPageId));
    QVERIFY(review->summaryText().contains(QStringLiteral("198.51.100.0/28")));
    takeScreenshot(&wizard, QStringLiteral("inbound-partner-04-review"));

    // Inbound connectors have no validation, so nothing asks before saving.
    ModalAnswerer answerer(QMessageBox::Save);
    click(wizard.button(QWizard::FinishButton));
    QVERIFY(!answerer.answered());
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    Connector expected = fabrikamInboundConnector();
    expected.identity = InboundIdentity::SenderIpAddresses;
    expected.senderIpAddresses = {QStringLiteral("198.51.100.0/28")};
    QCOMPARE(wizard.connector(), expected.normalized());
}

QTEST_MAIN(TestConnectorWizardInbound)
#include "tst_connectorwizardinbound.moc"
