#include "common/choicegroup.h"
#include "common/entrylisteditor.h"
#include "common/inlinemessagelabel.h"
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
#include "support/referencedata.h"
#include "support/screenshots.h"
#include "support/wizarddriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace mailflow;
using namespace mailflow::testsupport;

// A new connector from Office 365 to the organization's server, created once with the mouse
// page by page, and once from the keyboard alone.
class TestConnectorWizardOutbound : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void outboundToOrganizationWalkthrough();
    void returnInPlusListAddsInsteadOfNext();
};

void TestConnectorWizardOutbound::initTestCase()
{
    qInfo("Screenshots go to %s", qPrintable(screenshotDirectory()));
}

void TestConnectorWizardOutbound::outboundToOrganizationWalkthrough()
{
    ConnectorWizard wizard(workspaceWith({existingConnector()}));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(ConnectorWizard::NewConnectorPageId));

    // New connector: from Office 365 to the organization's server.
    auto *direction = pageOf<ConnectorDirectionPage>(wizard, ConnectorWizard::NewConnectorPageId);
    choose(direction->fromChoice(), int(ConnectionEnd::Office365));
    QVERIFY(!direction->toChoice()->button(int(ConnectionEnd::Office365))->isEnabled());
    choose(direction->toChoice(), int(ConnectionEnd::Partner));
    choose(direction->toChoice(), int(ConnectionEnd::OrganizationServer));
    takeScreenshot(&wizard, QStringLiteral("outbound-01-new-connector"));
    next(wizard, ConnectorWizard::NamePageId);

    // Connector name: Next waits for a name.
    auto *name = pageOf<ConnectorNamePage>(wizard, ConnectorWizard::NamePageId);
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(name->retainHeadersCheckBox()->isVisible());
    typeInto(name->nameLineEdit(), QStringLiteral("Contoso on-premises"));
    typeInto(name->descriptionEdit(), QStringLiteral("Mail that the New Orleans rule redirects"));
    QVERIFY(name->turnItOnCheckBox()->isChecked());
    click(name->turnItOnCheckBox());
    QVERIFY(!name->turnItOnCheckBox()->isChecked());
    click(name->turnItOnCheckBox());
    QVERIFY(name->turnItOnCheckBox()->isChecked());
    QVERIFY(name->retainHeadersCheckBox()->isChecked());
    QVERIFY(nextEnabled(wizard));
    takeScreenshot(&wizard, QStringLiteral("outbound-02-connector-name"));
    next(wizard, ConnectorWizard::UsagePageId);

    // Use of connector: only via a transport rule.
    auto *usage = pageOf<ConnectorUsagePage>(wizard, ConnectorWizard::UsagePageId);
    QVERIFY(usage->usageChoice()->button(int(ConnectorUsage::AllAcceptedDomains))->isVisible());
    choose(usage->usageChoice(), int(ConnectorUsage::RecipientDomains));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(usage->domainsEditor()->isEnabled());
    choose(usage->usageChoice(), int(ConnectorUsage::RuleScoped));
    QVERIFY(!usage->domainsEditor()->isEnabled());
    QVERIFY(nextEnabled(wizard));
    takeScreenshot(&wizard, QStringLiteral("outbound-03-use-of-connector"));
    next(wizard, ConnectorWizard::RoutingPageId);

    // Routing: Next stays off until a smart host is listed, and the page says why.
    auto *routing = pageOf<ConnectorRoutingPage>(wizard, ConnectorWizard::RoutingPageId);
    EntryListEditor *hosts = routing->smartHostEditor();
    QVERIFY(!routing->routingChoice()->button(int(ConnectorRouting::MxRecord))->isVisible());
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(routing->reasonLabel()->isVisible());
    QVERIFY(routing->reasonLabel()->text().contains(QStringLiteral("smart host")));
    QCOMPARE(hosts->addButton()->accessibleName(), QStringLiteral("Add smart host"));
    takeScreenshot(&wizard, QStringLiteral("outbound-04-routing-empty"));

    const struct {
        QString entry;
        QString mentions;
    } invalid[] = {
        {QStringLiteral("smtp://mail.contoso.com"), QStringLiteral("URL")},
        {QStringLiteral("mail.contoso.com:25"), QStringLiteral("port")},
        {QStringLiteral("bad host"), QStringLiteral("space")},
    };
    for (const auto &row : invalid) {
        const QString problem = addEntry(hosts, row.entry);
        QVERIFY2(problem.contains(row.mentions), qPrintable(problem));
        QVERIFY(hosts->entries().isEmpty());
        QVERIFY(!nextEnabled(wizard));
        if (row.mentions == QStringLiteral("port"))
            takeScreenshot(&wizard, QStringLiteral("outbound-05-routing-invalid-host"));
        hosts->lineEdit()->clear();
    }

    QCOMPARE(addEntry(hosts, QStringLiteral("mail.contoso.com")), QString());
    QCOMPARE(addEntry(hosts, QStringLiteral("192.0.2.25")), QString());
    QVERIFY(addEntry(hosts, QStringLiteral("MAIL.contoso.com")).contains(
        QStringLiteral("already")));
    hosts->lineEdit()->clear();
    QCOMPARE(hosts->entries(), contosoConnector().smartHosts);
    QVERIFY(nextEnabled(wizard));
    QVERIFY(!routing->reasonLabel()->isVisible());
    takeScreenshot(&wizard, QStringLiteral("outbound-06-routing-two-hosts"));
    next(wizard, ConnectorWizard::SecurityPageId);

    // Security restrictions: Always TLS, trusted CA and a matching domain.
    auto *security = pageOf<ConnectorSecurityPage>(wizard, ConnectorWizard::SecurityPageId);
    click(security->alwaysTlsCheckBox());
    QVERIFY(!security->alwaysTlsCheckBox()->isChecked());
    QVERIFY(!security->criterionChoice()->isEnabled());
    click(security->alwaysTlsCheckBox());
    choose(security->criterionChoice(), int(TlsSettings::CertificateValidation));
    QVERIFY(!security->domainLineEdit()->isEnabled());
    QVERIFY(nextEnabled(wizard));
    choose(security->criterionChoice(), int(TlsSettings::DomainValidation));
    QVERIFY(security->domainLineEdit()->isEnabled());
    QVERIFY(!nextEnabled(wizard));
    typeInto(security->domainLineEdit(), QStringLiteral("a.*.contoso.com"));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(security->problem().contains(QStringLiteral("wildcard")));
    takeScreenshot(&wizard, QStringLiteral("outbound-07-security-bad-domain"));
    replaceText(security->domainLineEdit(), QStringLiteral("*.contoso.com"));
    QVERIFY(nextEnabled(wizard));
    QCOMPARE(security->daneComboBox()->currentIndex(), int(SmtpDaneMode::Opportunistic));
    takeScreenshot(&wizard, QStringLiteral("outbound-08-security"));
    next(wizard, ConnectorWizard::ValidationPageId);

    // Validation email: an address with +; Validate becomes available, no run here.
    auto *validation = pageOf<ConnectorValidationPage>(wizard, ConnectorWizard::ValidationPageId);
    QVERIFY(!validation->validateButton()->isEnabled());
    QVERIFY(addEntry(validation->addressEditor(), QStringLiteral("admin")).contains(u'@'));
    validation->addressEditor()->lineEdit()->clear();
    QCOMPARE(addEntry(validation->addressEditor(), QStringLiteral("admin@contoso.com")),
             QString());
    QVERIFY(validation->validateButton()->isEnabled());
    QVERIFY(validation->statusLabel()->text().contains(QStringLiteral("Not validated")));
    QVERIFY(nextEnabled(wizard));
    click(validation->testOptionsButton());
    QVERIFY(validation->portSpinBox()->isVisible());
    takeScreenshot(&wizard, QStringLiteral("outbound-09-validation"));
    click(validation->testOptionsButton());
    next(wizard, ConnectorWizard::ReviewPageId);

    // Review: everything, and Edit goes back to the page that owns the section.
    auto *review = pageOf<ConnectorReviewPage>(wizard, ConnectorWizard::ReviewPageId);
    const QString summary = review->summaryText();
    for (const QString &expected : {QStringLiteral("Contoso on-premises"),
                                    QStringLiteral("Mail that the New Orleans rule redirects"),
                                    QStringLiteral("Your organization's email server"),
                                    QStringLiteral("mail.contoso.com, 192.0.2.25"),
                                    QStringLiteral("*.contoso.com"),
                                    QStringLiteral("admin@contoso.com"),
                                    QStringLiteral("Not validated")})
        QVERIFY2(summary.contains(expected), qPrintable(expected + u'\n' + summary));
    QCOMPARE(wizard.button(QWizard::FinishButton)->text(), QStringLiteral("&Create connector"));
    takeScreenshot(&wizard, QStringLiteral("outbound-10-review"));

    click(review->editButton(ConnectorWizard::SecurityPageId));
    QCOMPARE(wizard.currentId(), int(ConnectorWizard::SecurityPageId));
    QCOMPARE(security->domainLineEdit()->text(), QStringLiteral("*.contoso.com"));
    security->daneComboBox()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(security->daneComboBox(), Qt::Key_Down);
    QCOMPARE(security->daneComboBox()->currentIndex(), int(SmtpDaneMode::Mandatory));
    next(wizard, ConnectorWizard::ValidationPageId);
    next(wizard, ConnectorWizard::ReviewPageId);
    QVERIFY(review->summaryText().contains(QStringLiteral("Mandatory")));

    click(review->editButton(ConnectorWizard::NamePageId));
    QCOMPARE(wizard.currentId(), int(ConnectorWizard::NamePageId));
    QCOMPARE(name->nameLineEdit()->text(), QStringLiteral("Contoso on-premises"));
    nextThrough(wizard, {ConnectorWizard::UsagePageId, ConnectorWizard::RoutingPageId,
                         ConnectorWizard::SecurityPageId, ConnectorWizard::ValidationPageId,
                         ConnectorWizard::ReviewPageId});

    // Create connector on an unvalidated connector asks first; Cancel keeps the wizard open.
    {
        ModalAnswerer answerer(QMessageBox::Cancel);
        click(wizard.button(QWizard::FinishButton));
        QVERIFY(answerer.answered());
        QCOMPARE(answerer.title(), QStringLiteral("Save without a successful validation?"));
        QVERIFY(wizard.isVisible());
    }
    ModalAnswerer answerer(QMessageBox::Save, QStringLiteral("outbound-11-unvalidated-question"));
    click(wizard.button(QWizard::FinishButton));
    QVERIFY(answerer.answered());
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    Connector expected = contosoConnector();
    expected.daneMode = SmtpDaneMode::Mandatory;
    QCOMPARE(wizard.connector(), expected);
}

void TestConnectorWizardOutbound::returnInPlusListAddsInsteadOfNext()
{
    ConnectorWizard wizard(Workspace{});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));

    // Keyboard only: mnemonics pick the direction, focus the name and press Next. A mnemonic
    // "animates" its button's click, so the outcome arrives a moment later.
    QTest::keyClick(&wizard, Qt::Key_A, Qt::AltModifier);
    auto *direction = pageOf<ConnectorDirectionPage>(wizard, ConnectorWizard::NewConnectorPageId);
    QTRY_COMPARE(direction->toChoice()->choice(), int(ConnectionEnd::Partner));
    QTest::keyClick(&wizard, Qt::Key_E, Qt::AltModifier);
    QTRY_COMPARE(direction->toChoice()->choice(), int(ConnectionEnd::OrganizationServer));
    QTest::keyClick(&wizard, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(wizard.currentId(), int(ConnectorWizard::NamePageId));

    auto *name = pageOf<ConnectorNamePage>(wizard, ConnectorWizard::NamePageId);
    QTest::keyClick(&wizard, Qt::Key_M, Qt::AltModifier);
    QVERIFY(name->nameLineEdit()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Keyboard only"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(ConnectorWizard::UsagePageId));
    QTest::keyClick(&wizard, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(wizard.currentId(), int(ConnectorWizard::RoutingPageId));

    EntryListEditor *hosts =
        pageOf<ConnectorRoutingPage>(wizard, ConnectorWizard::RoutingPageId)->smartHostEditor();
    typeInto(hosts->lineEdit(), QStringLiteral("mail.contoso.com"));
    QTest::keyClick(hosts->lineEdit(), Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(ConnectorWizard::RoutingPageId));
    QCOMPARE(hosts->entries(), QStringList{QStringLiteral("mail.contoso.com")});

    // Removing the only smart host turns Next off again.
    hosts->listWidget()->setCurrentRow(0);
    click(hosts->removeButton());
    QVERIFY(hosts->entries().isEmpty());
    QVERIFY(!nextEnabled(wizard));
}

QTEST_MAIN(TestConnectorWizardOutbound)
#include "tst_connectorwizardoutbound.moc"
