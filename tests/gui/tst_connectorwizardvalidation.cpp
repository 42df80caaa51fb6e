#include "common/entrylisteditor.h"
#include "connector/connectorreviewpage.h"
#include "connector/connectorroutingpage.h"
#include "connector/connectorvalidationpage.h"
#include "connector/connectorwizard.h"
#include "support/guiactions.h"
#include "support/loopbacksmtpserver.h"
#include "support/modalanswerer.h"
#include "support/modeldump.h"
#include "support/referencedata.h"
#include "support/screenshots.h"
#include "support/wizarddriver.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace mailflow;
using namespace mailflow::testsupport;

namespace {

// Shows the wizard on an outbound connector and presses Next up to its validation page.
void showValidationPage(ConnectorWizard &wizard)
{
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    nextThrough(wizard, {ConnectorWizard::NamePageId, ConnectorWizard::UsagePageId,
                         ConnectorWizard::RoutingPageId, ConnectorWizard::SecurityPageId,
                         ConnectorWizard::ValidationPageId});
}

} // namespace

// The validation page: when Validate is offered, what a run against a server on 127.0.0.1
// reports, and which changes make an earlier validation stale.
class TestConnectorWizardValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validationPageWithoutAddress();
    void changedSmartHostsClearValidation();
    void validateAgainstLoopbackServer_data();
    void validateAgainstLoopbackServer();
};

void TestConnectorWizardValidation::initTestCase()
{
    qInfo("Screenshots go to %s", qPrintable(screenshotDirectory()));
}

void TestConnectorWizardValidation::validationPageWithoutAddress()
{
    Connector c = contosoConnector();
    c.validationRecipients.clear();
    ConnectorWizard wizard(workspaceWith({c}), 0);
    showValidationPage(wizard);

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

void TestConnectorWizardValidation::changedSmartHostsClearValidation()
{
    Connector c = contosoConnector();
    c.validation.validated = true;
    c.validation.lastValidatedUtc = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    c.validation.recipients = c.validationRecipients;
    ConnectorWizard wizard(workspaceWith({c}), 0);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.validationRecord(), c.validation);

    nextThrough(wizard, {ConnectorWizard::NamePageId, ConnectorWizard::UsagePageId,
                         ConnectorWizard::RoutingPageId});

    // A new name proves nothing about delivery; a new smart host does.
    QCOMPARE(wizard.validationRecord(), c.validation);
    auto *routing = pageOf<ConnectorRoutingPage>(wizard, ConnectorWizard::RoutingPageId);
    QCOMPARE(addEntry(routing->smartHostEditor(), QStringLiteral("mail2.contoso.com")), QString());
    QCOMPARE(wizard.validationRecord(), ValidationRecord());
    QCOMPARE(wizard.connector().validation, ValidationRecord());
}

void TestConnectorWizardValidation::validateAgainstLoopbackServer_data()
{
    QTest::addColumn<bool>("rejectRecipients");

    QTest::newRow("recipient accepted") << false;
    QTest::newRow("recipient refused") << true;
}

void TestConnectorWizardValidation::validateAgainstLoopbackServer()
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
    showValidationPage(wizard);

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
    takeScreenshot(&wizard, rejectRecipients ? QStringLiteral("validation-failed")
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

QTEST_MAIN(TestConnectorWizardValidation)
#include "tst_connectorwizardvalidation.moc"
