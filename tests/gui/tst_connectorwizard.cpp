#include "common/choicegroup.h"
#include "common/entrylisteditor.h"
#include "common/inlinemessagelabel.h"
#include "connector/connectorauthenticationpage.h"
#include "connector/connectordirectionpage.h"
#include "connector/connectornamepage.h"
#include "connector/connectorreviewpage.h"
#include "connector/connectorroutingpage.h"
#include "connector/connectorsecuritypage.h"
#include "connector/connectorusagepage.h"
#include "connector/connectorvalidationpage.h"
#include "connector/connectorwizard.h"
#include "support/loopbacksmtpserver.h"
#include "support/modalanswerer.h"
#include "support/screenshots.h"

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
#include <QTreeWidget>
#include <QToolButton>

using namespace mailflow;
using namespace mailflow::testsupport;

namespace mailflow {

// Lets QCOMPARE show what differs between two connectors.
char *toString(const Connector &c)
{
    const QString text = QStringLiteral(
        "name=%1 kind=%2 enabled=%3 retain=%4 usage=%5 domains=[%6] routing=%7 hosts=[%8] "
        "tls=%9 tlsDomain=%10 dane=%11 mtaSts=%12 recipients=[%13] validated=%14 at=%15 "
        "identity=%16 cert=%17 ips=[%18] senderDomains=[%19] requireTls=%20 restrictCert=%21 "
        "restrictIp=%22 description=%23")
        .arg(c.name).arg(int(c.kind)).arg(c.enabled).arg(c.retainInternalHeaders)
        .arg(int(c.usage)).arg(c.recipientDomains.join(u','))
        .arg(int(c.routing)).arg(c.smartHosts.join(u',')).arg(int(c.tls)).arg(c.tlsDomain)
        .arg(int(c.daneMode)).arg(int(c.mtaStsMode)).arg(c.validationRecipients.join(u','))
        .arg(c.validation.validated).arg(c.validation.lastValidatedUtc.toString(Qt::ISODate))
        .arg(int(c.identity)).arg(c.tlsSenderCertificateName)
        .arg(c.senderIpAddresses.join(u',')).arg(c.senderDomains.join(u','))
        .arg(c.requireTls).arg(c.restrictToCertificate).arg(c.restrictToIpAddresses)
        .arg(c.description);
    return qstrdup(qPrintable(text));
}

} // namespace mailflow

namespace {

template<typename Page>
Page *pageOf(ConnectorWizard &wizard, ConnectorWizard::PageId id)
{
    return qobject_cast<Page *>(wizard.page(id));
}

// Check boxes and radio buttons react on their indicator and label only, so aim at the
// indicator as a person would; other buttons are clicked in the middle.
void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(button->text()));
    const bool indicator = qobject_cast<QCheckBox *>(button)
        || qobject_cast<QRadioButton *>(button);
    const QPoint where = indicator ? QPoint(8, button->height() / 2) : button->rect().center();
    QTest::mouseClick(button, Qt::LeftButton, {}, where);
}

// Clicks the radio button on its indicator, where a person aims, not in the label's middle.
void choose(ChoiceGroup *group, int id)
{
    QRadioButton *radio = group->button(id);
    QVERIFY(radio);
    QVERIFY(radio->isVisible());
    click(radio);
    QCOMPARE(group->choice(), id);
}

void typeInto(QWidget *widget, const QString &text)
{
    QVERIFY(widget->isEnabled());
    widget->setFocus(Qt::MouseFocusReason);
    QTest::keyClicks(widget, text);
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::MouseFocusReason);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Types an entry into a + list and presses +; returns the inline problem (empty when added).
QString addEntry(EntryListEditor *editor, const QString &text)
{
    typeInto(editor->lineEdit(), text);
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    return editor->problem();
}

bool nextEnabled(ConnectorWizard &wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled();
}

void next(ConnectorWizard &wizard, int expectedId)
{
    QAbstractButton *button = wizard.button(QWizard::NextButton);
    QVERIFY2(button->isVisible() && button->isEnabled(),
             qPrintable(QStringLiteral("Next is off on page %1").arg(wizard.currentId())));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), expectedId);
}

void shoot(ConnectorWizard &wizard, const QString &name)
{
    QVERIFY(!saveScreenshot(&wizard, name).isEmpty());
}

Connector contosoConnector()
{
    Connector c;
    c.name = QStringLiteral("Contoso on-premises");
    c.description = QStringLiteral("Mail that the New Orleans rule redirects");
    c.kind = ConnectorKind::OutboundToOrganization;
    c.usage = ConnectorUsage::RuleScoped;
    c.smartHosts = {QStringLiteral("mail.contoso.com"), QStringLiteral("192.0.2.25")};
    c.tls = TlsSettings::DomainValidation;
    c.tlsDomain = QStringLiteral("*.contoso.com");
    c.validationRecipients = {QStringLiteral("admin@contoso.com")};
    return c;
}

Workspace workspaceWith(const QList<Connector> &connectors)
{
    Workspace workspace;
    workspace.connectors = connectors;
    return workspace;
}

Connector existingConnector()
{
    Connector c;
    c.name = QStringLiteral("Existing relay host");
    c.smartHosts = {QStringLiteral("smtp.example.net")};
    c.tlsDomain = QStringLiteral("smtp.example.net");
    return c;
}

} // namespace

class TestConnectorWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void outboundToOrganizationWalkthrough();
    void partnerWithMxRecordAndRecipientDomains();
    void nameMustBeUniqueIgnoringCase();
    void returnInPlusListAddsInsteadOfNext();
    void validationPageWithoutAddress();
    void editUnchanged_data();
    void editUnchanged();
    void editChangedDirection_data();
    void editChangedDirection();
    void changedSmartHostsClearValidation();
    void reviewShowsCoreProblemsInline();
    void validateAgainstLoopbackServer_data();
    void validateAgainstLoopbackServer();
    void inboundFromPartnerWalkthrough();
};

void TestConnectorWizard::initTestCase()
{
    qInfo("Screenshots go to %s", qPrintable(screenshotDirectory()));
}

void TestConnectorWizard::outboundToOrganizationWalkthrough()
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
    shoot(wizard, QStringLiteral("outbound-01-new-connector"));
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
    shoot(wizard, QStringLiteral("outbound-02-connector-name"));
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
    shoot(wizard, QStringLiteral("outbound-03-use-of-connector"));
    next(wizard, ConnectorWizard::RoutingPageId);

    // Routing: Next stays off until a smart host is listed, and the page says why.
    auto *routing = pageOf<ConnectorRoutingPage>(wizard, ConnectorWizard::RoutingPageId);
    EntryListEditor *hosts = routing->smartHostEditor();
    QVERIFY(!routing->routingChoice()->button(int(ConnectorRouting::MxRecord))->isVisible());
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(routing->reasonLabel()->isVisible());
    QVERIFY(routing->reasonLabel()->text().contains(QStringLiteral("smart host")));
    QCOMPARE(hosts->addButton()->accessibleName(), QStringLiteral("Add smart host"));
    shoot(wizard, QStringLiteral("outbound-04-routing-empty"));

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
            shoot(wizard, QStringLiteral("outbound-05-routing-invalid-host"));
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
    shoot(wizard, QStringLiteral("outbound-06-routing-two-hosts"));
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
    shoot(wizard, QStringLiteral("outbound-07-security-bad-domain"));
    replaceText(security->domainLineEdit(), QStringLiteral("*.contoso.com"));
    QVERIFY(nextEnabled(wizard));
    QCOMPARE(security->daneComboBox()->currentIndex(), int(SmtpDaneMode::Opportunistic));
    shoot(wizard, QStringLiteral("outbound-08-security"));
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
    shoot(wizard, QStringLiteral("outbound-09-validation"));
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
    shoot(wizard, QStringLiteral("outbound-10-review"));

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
    for (int id : {ConnectorWizard::UsagePageId, ConnectorWizard::RoutingPageId,
                   ConnectorWizard::SecurityPageId, ConnectorWizard::ValidationPageId,
                   ConnectorWizard::ReviewPageId})
        next(wizard, id);

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

void TestConnectorWizard::partnerWithMxRecordAndRecipientDomains()
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
    shoot(wizard, QStringLiteral("partner-01-connector-name"));
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
    shoot(wizard, QStringLiteral("partner-02-use-of-connector"));
    next(wizard, ConnectorWizard::RoutingPageId);

    auto *routing = pageOf<ConnectorRoutingPage>(wizard, ConnectorWizard::RoutingPageId);
    QVERIFY(!nextEnabled(wizard));
    choose(routing->routingChoice(), int(ConnectorRouting::MxRecord));
    QVERIFY(!routing->smartHostEditor()->isEnabled());
    QVERIFY(nextEnabled(wizard));
    shoot(wizard, QStringLiteral("partner-03-routing"));
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
    shoot(wizard, QStringLiteral("partner-04-review"));

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

void TestConnectorWizard::nameMustBeUniqueIgnoringCase()
{
    ConnectorWizard wizard(workspaceWith({existingConnector()}));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    next(wizard, ConnectorWizard::NamePageId);

    auto *name = pageOf<ConnectorNamePage>(wizard, ConnectorWizard::NamePageId);
    typeInto(name->nameLineEdit(), QStringLiteral("EXISTING relay HOST"));
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(name->problem().contains(QStringLiteral("already named")));
    shoot(wizard, QStringLiteral("name-duplicate"));

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

void TestConnectorWizard::returnInPlusListAddsInsteadOfNext()
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

void TestConnectorWizard::validationPageWithoutAddress()
{
    Connector c = contosoConnector();
    c.validationRecipients.clear();
    ConnectorWizard wizard(workspaceWith({c}), 0);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    for (int id : {ConnectorWizard::NamePageId, ConnectorWizard::UsagePageId,
                   ConnectorWizard::RoutingPageId, ConnectorWizard::SecurityPageId,
                   ConnectorWizard::ValidationPageId})
        next(wizard, id);

    auto *validation = pageOf<ConnectorValidationPage>(wizard, ConnectorWizard::ValidationPageId);
    QVERIFY(!validation->validateButton()->isEnabled());
    QVERIFY(!validation->cancelButton()->isVisible());
    QVERIFY(!validation->isValidating());
    QVERIFY(validation->statusLabel()->text().contains(QStringLiteral("+")));
    QVERIFY(nextEnabled(wizard));

    // The test options go to the probe only.
    validation->portSpinBox()->setValue(2525);
    QCOMPARE(validation->probeOptions().port, quint16(2525));
    QCOMPARE(wizard.connector(), c);
}

void TestConnectorWizard::editUnchanged_data()
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

    Connector inboundPartner;
    inboundPartner.name = QStringLiteral("From Fabrikam");
    inboundPartner.kind = ConnectorKind::InboundFromPartner;
    inboundPartner.identity = InboundIdentity::SenderDomains;
    inboundPartner.senderDomains = {QStringLiteral("fabrikam.com")};
    inboundPartner.restrictToCertificate = true;
    inboundPartner.tlsSenderCertificateName = QStringLiteral("mail.fabrikam.com");
    inboundPartner.restrictToIpAddresses = true;
    inboundPartner.senderIpAddresses = {QStringLiteral("198.51.100.1-198.51.100.9")};
    QTest::newRow("from partner, restricted") << inboundPartner.normalized();
}

void TestConnectorWizard::editUnchanged()
{
    QFETCH(Connector, connector);
    QCOMPARE(connector, connector.normalized());

    ConnectorWizard wizard(workspaceWith({existingConnector(), connector}), 1);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.connector(), connector);

    while (wizard.currentId() != ConnectorWizard::ReviewPageId) {
        const int before = wizard.currentId();
        QVERIFY2(nextEnabled(wizard), qPrintable(QString::number(before)));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QVERIFY(wizard.currentId() != before);
    }
    QCOMPARE(wizard.button(QWizard::FinishButton)->text(), QStringLiteral("&Save"));

    const bool asks = connector.isOutbound() && !connector.validation.validated;
    ModalAnswerer answerer(QMessageBox::Save);
    click(wizard.button(QWizard::FinishButton));
    QCOMPARE(answerer.answered(), asks);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.connector(), connector);
}

void TestConnectorWizard::editChangedDirection_data()
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

void TestConnectorWizard::editChangedDirection()
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
        shoot(wizard, QStringLiteral("inbound-organization-authentication"));
    }
    while (wizard.currentId() != ConnectorWizard::ReviewPageId) {
        const int before = wizard.currentId();
        QVERIFY2(nextEnabled(wizard), qPrintable(QString::number(before)));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QVERIFY(wizard.currentId() != before);
    }
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

void TestConnectorWizard::changedSmartHostsClearValidation()
{
    Connector c = contosoConnector();
    c.validation.validated = true;
    c.validation.lastValidatedUtc = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    c.validation.recipients = c.validationRecipients;
    ConnectorWizard wizard(workspaceWith({c}), 0);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.validationRecord(), c.validation);

    for (int id : {ConnectorWizard::NamePageId, ConnectorWizard::UsagePageId,
                   ConnectorWizard::RoutingPageId})
        next(wizard, id);

    // A new name proves nothing about delivery; a new smart host does.
    QCOMPARE(wizard.validationRecord(), c.validation);
    auto *routing = pageOf<ConnectorRoutingPage>(wizard, ConnectorWizard::RoutingPageId);
    QCOMPARE(addEntry(routing->smartHostEditor(), QStringLiteral("mail2.contoso.com")), QString());
    QCOMPARE(wizard.validationRecord(), ValidationRecord());
    QCOMPARE(wizard.connector().validation, ValidationRecord());
}

void TestConnectorWizard::inboundFromPartnerWalkthrough()
{
    ConnectorWizard wizard(Workspace{});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    auto *direction = pageOf<ConnectorDirectionPage>(wizard, ConnectorWizard::NewConnectorPageId);
    choose(direction->fromChoice(), int(ConnectionEnd::Partner));
    QCOMPARE(direction->toChoice()->choice(), int(ConnectionEnd::Office365));
    QVERIFY(!direction->toChoice()->button(int(ConnectionEnd::Partner))->isEnabled());
    shoot(wizard, QStringLiteral("inbound-partner-01-new-connector"));
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
    shoot(wizard, QStringLiteral("inbound-partner-02-authentication"));
    next(wizard, ConnectorWizard::InboundSecurityPageId);
    shoot(wizard, QStringLiteral("inbound-partner-03-security"));
    next(wizard, ConnectorWizard::ReviewPageId);

    auto *review = pageOf<ConnectorReviewPage>(wizard, ConnectorWizard::ReviewPageId);
    QVERIFY(!review->editButton(ConnectorWizard::RoutingPageId));
    QVERIFY(review->summaryText().contains(QStringLiteral("198.51.100.0/28")));
    shoot(wizard, QStringLiteral("inbound-partner-04-review"));

    // Inbound connectors have no validation, so nothing asks before saving.
    ModalAnswerer answerer(QMessageBox::Save);
    click(wizard.button(QWizard::FinishButton));
    QVERIFY(!answerer.answered());
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    Connector expected;
    expected.name = QStringLiteral("From Fabrikam");
    expected.kind = ConnectorKind::InboundFromPartner;
    expected.identity = InboundIdentity::SenderIpAddresses;
    expected.senderDomains = {QStringLiteral("fabrikam.com")};
    expected.senderIpAddresses = {QStringLiteral("198.51.100.0/28")};
    QCOMPARE(wizard.connector(), expected.normalized());
}

void TestConnectorWizard::reviewShowsCoreProblemsInline()
{
    // A connector read from a hand-edited file can hold a smart host the + button would have
    // refused; core's check on Create connector catches it and the review page says so.
    Connector c = contosoConnector();
    c.smartHosts = {QStringLiteral("mail.contoso.com:25")};
    ConnectorWizard wizard(workspaceWith({c}), 0);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    while (wizard.currentId() != ConnectorWizard::ReviewPageId)
        next(wizard, wizard.nextId());

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
    shoot(wizard, QStringLiteral("review-core-problem"));

    click(review->editButton(ConnectorWizard::RoutingPageId));
    auto *routing = pageOf<ConnectorRoutingPage>(wizard, ConnectorWizard::RoutingPageId);
    routing->smartHostEditor()->listWidget()->setCurrentRow(0);
    click(routing->smartHostEditor()->removeButton());
    QCOMPARE(addEntry(routing->smartHostEditor(), QStringLiteral("mail.contoso.com")), QString());
    while (wizard.currentId() != ConnectorWizard::ReviewPageId)
        next(wizard, wizard.nextId());
    QVERIFY(review->problem().isEmpty());

    ModalAnswerer save(QMessageBox::Save);
    click(wizard.button(QWizard::FinishButton));
    QVERIFY(save.answered());
    QCOMPARE(wizard.connector().smartHosts, QStringList{QStringLiteral("mail.contoso.com")});
}

void TestConnectorWizard::validateAgainstLoopbackServer_data()
{
    QTest::addColumn<bool>("rejectRecipients");

    QTest::newRow("recipient accepted") << false;
    QTest::newRow("recipient refused") << true;
}

void TestConnectorWizard::validateAgainstLoopbackServer()
{
    QFETCH(bool, rejectRecipients);

    // Only a server this test starts on 127.0.0.1, reached through the port override.
    LoopbackSmtpServer server;
    QVERIFY(server.start());
    server.setRejectRecipients(rejectRecipients);

    Connector c = contosoConnector();
    c.smartHosts = {QStringLiteral("127.0.0.1")};
    c.tls = TlsSettings::None;
    c.tlsDomain.clear();
    ConnectorWizard wizard(workspaceWith({c}), 0);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    for (int id : {ConnectorWizard::NamePageId, ConnectorWizard::UsagePageId,
                   ConnectorWizard::RoutingPageId, ConnectorWizard::SecurityPageId,
                   ConnectorWizard::ValidationPageId})
        next(wizard, id);

    auto *validation = pageOf<ConnectorValidationPage>(wizard, ConnectorWizard::ValidationPageId);
    click(validation->testOptionsButton());
    QSpinBox *port = validation->portSpinBox();
    port->setFocus(Qt::TabFocusReason);
    port->selectAll();
    QTest::keyClicks(port, QString::number(server.serverPort()));
    QCOMPARE(validation->probeOptions().port, server.serverPort());

    click(validation->validateButton());
    QVERIFY(validation->isValidating());
    QVERIFY(!nextEnabled(wizard));
    QVERIFY(validation->cancelButton()->isVisible());
    QVERIFY(!validation->validateButton()->isEnabled());

    QTRY_VERIFY_WITH_TIMEOUT(!validation->isValidating(), 60000);
    QVERIFY(nextEnabled(wizard));
    QVERIFY(!validation->cancelButton()->isVisible());
    QVERIFY(server.commands().join(u'\n').contains(QStringLiteral("RCPT TO:<admin@contoso.com>")));

    // Every task is listed with its outcome; a refused recipient fails the run and the page
    // quotes the server's words.
    QTreeWidget *tasks = validation->taskTree();
    QVERIFY(tasks->topLevelItemCount() >= 2);
    QVERIFY(tasks->topLevelItem(0)->text(0).contains(QStringLiteral("127.0.0.1")));
    QStringList statuses;
    for (int i = 0; i < tasks->topLevelItemCount(); ++i)
        statuses << tasks->topLevelItem(i)->text(1);
    QCOMPARE(statuses.contains(QStringLiteral("Failed")), rejectRecipients);
    QCOMPARE(statuses.first(), rejectRecipients ? QStringLiteral("Failed")
                                                : QStringLiteral("Succeeded"));
    QCOMPARE(validation->statusLabel()->text(), validation->lastReport().summary);
    if (rejectRecipients)
        QVERIFY(validation->statusLabel()->text().contains(
            QStringLiteral("Recipient address rejected")));

    click(validation->detailsButton());
    QVERIFY(validation->transcriptView()->isVisible());
    QVERIFY(validation->transcriptView()->toPlainText().contains(QStringLiteral("220")));
    shoot(wizard, rejectRecipients ? QStringLiteral("validation-failed")
                                   : QStringLiteral("validation-succeeded"));

    const ValidationRecord record = wizard.validationRecord();
    QCOMPARE(record.validated, !rejectRecipients);
    QVERIFY(record.lastValidatedUtc.isValid());
    QCOMPARE(record.recipients, QStringList{QStringLiteral("admin@contoso.com")});

    next(wizard, ConnectorWizard::ReviewPageId);
    auto *review = pageOf<ConnectorReviewPage>(wizard, ConnectorWizard::ReviewPageId);
    QVERIFY(review->summaryText().contains(rejectRecipients ? QStringLiteral("Validation failed")
                                                            : QStringLiteral("Validated on")));

    ModalAnswerer answerer(QMessageBox::Save);
    click(wizard.button(QWizard::FinishButton));
    QCOMPARE(answerer.answered(), rejectRecipients);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    Connector expected = c;
    expected.validation = record;
    QCOMPARE(wizard.connector(), expected);
}

QTEST_MAIN(TestConnectorWizard)
#include "tst_connectorwizard.moc"
