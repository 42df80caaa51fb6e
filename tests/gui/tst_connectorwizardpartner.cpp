#include "common/choicegroup.h"
#include "common/entrylisteditor.h"
#include "connector/connectordirectionpage.h"
#include "connector/connectornamepage.h"
#include "connector/connectorreviewpage.h"
#include "connector/connectorroutingpage.h"
#include "connector/connectorsecuritypage.h"
#include "connector/connectorusagepage.h"
#include "connector/connectorvalidationpage.h"
#include "connector/connectorwizard.h"
#include "support/guiactions.h"
#include "support/modalanswerer.h"
#include "support/modeldump.h"
#include "support/screenshots.h"
#include "support/wizarddriver.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace mailflow;
using namespace mailflow::testsupport;

// A new connector from Office 365 to a partner: recipient domains instead of rules, the MX
// record instead of smart hosts, and no TLS demand.
class TestConnectorWizardPartner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void partnerWithMxRecordAndRecipientDomains();
};

void TestConnectorWizardPartner::initTestCase()
{
    qInfo("Screenshots go to %s", qPrintable(screenshotDirectory()));
}

void TestConnectorWizardPartner::partnerWithMxRecordAndRecipientDomains()
{
    ConnectorWizard wizard(Workspace{});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    auto *direction = pageOf<ConnectorDirectionPage>(wizard, ConnectorWizard::NewConnectorPageId);
    choose(direction->toChoice(), int(ConnectionEnd::Partner));
    next(wizard, ConnectorWizard::NamePageId);

    auto *name = pageOf<ConnectorNamePage>(wizard, ConnectorWizard::NamePageId);
    QVERIFY(!name->retainHeadersCheckBox()->isVisible());
    typeInto(name->nameLineEdit(), QStringLiteral("Fabrikam partner"));
    takeScreenshot(&wizard, QStringLiteral("partner-01-connector-name"));
    next(wizard, ConnectorWizard::UsagePageId);

    auto *usage = pageOf<ConnectorUsagePage>(wizard, ConnectorWizard::UsagePageId);
    QVERIFY(!usage->usageChoice()->button(int(ConnectorUsage::AllAcceptedDomains))->isVisible());
    choose(usage->usageChoice(), int(ConnectorUsage::RecipientDomains));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(usage->missingReason().contains(QStringLiteral("recipient domain")));
    QVERIFY(addEntry(usage->domainsEditor(), QStringLiteral("a.*.fabrikam.com"))
                .contains(QStringLiteral("wildcard")));
    usage->domainsEditor()->lineEdit()->clear();
    QCOMPARE(addEntry(usage->domainsEditor(), QStringLiteral("fabrikam.com")), QString());
    QCOMPARE(addEntry(usage->domainsEditor(), QStringLiteral("*.fabrikam.net")), QString());
    QVERIFY(nextEnabled(wizard));
    takeScreenshot(&wizard, QStringLiteral("partner-02-use-of-connector"));
    next(wizard, ConnectorWizard::RoutingPageId);

    auto *routing = pageOf<ConnectorRoutingPage>(wizard, ConnectorWizard::RoutingPageId);
    QVERIFY(!nextEnabled(wizard));
    choose(routing->routingChoice(), int(ConnectorRouting::MxRecord));
    QVERIFY(!routing->smartHostEditor()->isEnabled());
    QVERIFY(nextEnabled(wizard));
    takeScreenshot(&wizard, QStringLiteral("partner-03-routing"));
    next(wizard, ConnectorWizard::SecurityPageId);

    auto *security = pageOf<ConnectorSecurityPage>(wizard, ConnectorWizard::SecurityPageId);
    QVERIFY(!nextEnabled(wizard)); // the domain criterion is preselected and still empty
    click(security->alwaysTlsCheckBox());
    QVERIFY(!security->domainLineEdit()->isEnabled());
    QVERIFY(nextEnabled(wizard));
    next(wizard, ConnectorWizard::ValidationPageId);

    auto *validation = pageOf<ConnectorValidationPage>(wizard, ConnectorWizard::ValidationPageId);
    QVERIFY(!validation->validateButton()->isEnabled());
    next(wizard, ConnectorWizard::ReviewPageId);

    auto *review = pageOf<ConnectorReviewPage>(wizard, ConnectorWizard::ReviewPageId);
    QVERIFY(review->summaryText().contains(QStringLiteral("fabrikam.com, *.fabrikam.net")));
    QVERIFY(review->summaryText().contains(QStringLiteral("MX record")));
    takeScreenshot(&wizard, QStringLiteral("partner-04-review"));

    ModalAnswerer answerer(QMessageBox::Save);
    click(wizard.button(QWizard::FinishButton));
    QVERIFY(answerer.answered());

    Connector expected;
    expected.name = QStringLiteral("Fabrikam partner");
    expected.kind = ConnectorKind::OutboundToPartner;
    expected.usage = ConnectorUsage::RecipientDomains;
    expected.recipientDomains = {QStringLiteral("fabrikam.com"), QStringLiteral("*.fabrikam.net")};
    expected.routing = ConnectorRouting::MxRecord;
    expected.tls = TlsSettings::None;
    QCOMPARE(wizard.connector(), expected);
}

QTEST_MAIN(TestConnectorWizardPartner)
#include "tst_connectorwizardpartner.moc"
