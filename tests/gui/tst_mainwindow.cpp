#include "common/entrylisteditor.h"
#include "connector/connectordirectionpage.h"
#include "connector/connectornamepage.h"
#include "connector/connectorroutingpage.h"
#include "connector/connectorsecuritypage.h"
#include "connector/connectorusagepage.h"
#include "connector/connectorvalidationpage.h"
#include "connector/connectorwizard.h"
#include "rule/predicaterow.h"
#include "rule/predicaterowlist.h"
#include "rule/ruleeditor.h"
#include "rule/selectconnectordialog.h"
#include "rule/selectuserpropertiesdialog.h"
#include "rule/valuelisteditor.h"
#include "store/workspacefile.h"
#include "support/guiactions.h"
#include "support/modalanswerer.h"
#include "support/modeldump.h"
#include "support/ruleeditordriver.h"
#include "support/screenshots.h"
#include "support/wizarddriver.h"
#include "window/connectorspage.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"
#include "window/problemspanel.h"
#include "window/rulespage.h"
#include "window/workspacedocument.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace mailflow;
using namespace mailflow::testsupport;
using namespace Qt::StringLiterals;

namespace {

const QString connectorName = u"Office 365 to Contoso – Zürich"_s;
const QString ruleName = u"Route New Orleans recipients"_s;

// Runs `drive` on the modal dialog that the next blocking call opens, then closes the dialog
// if the driving stopped half-way (a failed check), so a failure never hangs the test.
template<typename Dialog, typename Drive>
void whenModalOpens(Drive drive)
{
    QTimer::singleShot(0, qApp, [drive] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        QVERIFY2(dialog, "the expected dialog did not open");
        drive(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
}

// The reference connector, clicked and typed page by page as the admin center asks for it.
void createReferenceConnector(ConnectorWizard *wizard)
{
    auto *direction = pageOf<ConnectorDirectionPage>(*wizard, ConnectorWizard::NewConnectorPageId);
    choose(direction->fromChoice(), int(ConnectionEnd::Office365));
    choose(direction->toChoice(), int(ConnectionEnd::OrganizationServer));
    next(*wizard, ConnectorWizard::NamePageId);

    auto *name = pageOf<ConnectorNamePage>(*wizard, ConnectorWizard::NamePageId);
    typeInto(name->nameLineEdit(), connectorName);
    typeInto(name->descriptionEdit(), u"Zustellung an den eigenen Server – ☎"_s);
    QVERIFY(name->turnItOnCheckBox()->isChecked());
    QVERIFY(name->retainHeadersCheckBox()->isChecked());
    next(*wizard, ConnectorWizard::UsagePageId);

    auto *usage = pageOf<ConnectorUsagePage>(*wizard, ConnectorWizard::UsagePageId);
    choose(usage->usageChoice(), int(ConnectorUsage::RuleScoped));
    next(*wizard, ConnectorWizard::RoutingPageId);

    // Next stays off until a smart host is added with +.
    auto *routing = pageOf<ConnectorRoutingPage>(*wizard, ConnectorWizard::RoutingPageId);
    QVERIFY(!nextEnabled(*wizard));
    typeInto(routing->smartHostEditor()->lineEdit(), u"mail1.contoso.com"_s);
    QVERIFY(!nextEnabled(*wizard));
    click(routing->smartHostEditor()->addButton());
    QCOMPARE(addEntry(routing->smartHostEditor(), u"mail2.contoso.com"_s), QString());
    next(*wizard, ConnectorWizard::SecurityPageId);

    auto *security = pageOf<ConnectorSecurityPage>(*wizard, ConnectorWizard::SecurityPageId);
    QVERIFY(security->alwaysTlsCheckBox()->isChecked());
    choose(security->criterionChoice(), int(TlsSettings::DomainValidation));
    typeInto(security->domainLineEdit(), u"*.contoso.com"_s);
    next(*wizard, ConnectorWizard::ValidationPageId);

    auto *validation = pageOf<ConnectorValidationPage>(*wizard, ConnectorWizard::ValidationPageId);
    QCOMPARE(addEntry(validation->addressEditor(), u"postmaster@contoso.com"_s), QString());
    next(*wizard, ConnectorWizard::ReviewPageId);

    // Not validated here: the admin center warns, and saving anyway is the admin's call.
    ModalAnswerer answerer(QMessageBox::Save);
    click(wizard->button(QWizard::FinishButton));
    QTRY_VERIFY(answerer.answered());
}

// The reference rule: the recipient's City includes New Orleans → the connector above.
void createReferenceRule(RuleEditor *editor)
{
    typeInto(editor->nameLineEdit(), ruleName);

    PredicateRow *condition = editor->conditionList()->row(0);
    QVERIFY(choosePredicate(condition, u"The recipient…"_s,
                            u"has specific properties including any of these words"_s));
    auto *properties = openPropertyDialog(condition, u"City"_s);
    QVERIFY(properties);
    typeInto(properties->wordsEditor()->entryLineEdit(), u"New Orleans"_s);
    click(properties->wordsEditor()->addButton());
    click(properties->okButton());

    PredicateRow *action = editor->actionList()->row(0);
    QVERIFY(choosePredicate(action, u"Redirect the message to…"_s, u"the following connector"_s));
    auto *connectors = openValueDialog<SelectConnectorDialog>(action);
    QVERIFY(connectors);
    QTreeWidget *tree = connectors->connectorTree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    clickItem(tree, 0);
    click(connectors->okButton());

    QVERIFY(editor->summaryLabel()->text().contains(u"New Orleans"_s));
    click(editor->saveButton());
}

// Answers the next file dialog with `path`, as typing a name and pressing Save does.
void answerFileDialog(const QString &path)
{
    whenModalOpens<QFileDialog>([path](QFileDialog *dialog) {
        auto *nameEdit = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        QVERIFY2(nameEdit, "the file dialog has no file name field");
        // As a person would: go to the folder, type the file name, press Enter.
        dialog->setDirectory(QFileInfo(path).absolutePath());
        replaceText(nameEdit, QFileInfo(path).fileName());
        QTest::keyClick(nameEdit, Qt::Key_Return);
    });
}

Connector expectedConnector()
{
    Connector c;
    c.name = connectorName;
    c.description = u"Zustellung an den eigenen Server – ☎"_s;
    c.smartHosts = {u"mail1.contoso.com"_s, u"mail2.contoso.com"_s};
    c.tls = TlsSettings::DomainValidation;
    c.tlsDomain = u"*.contoso.com"_s;
    c.validationRecipients = {u"postmaster@contoso.com"_s};
    return c;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startsOnTheLabelledSample();
    void referenceScenarioEndToEnd();
    void asksBeforeLosingChanges();
    void brokenFileLeavesTheWorkspaceAlone();
    void deletingAConnectorNamesItsRules();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"mailflow-admin-tests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
}

void TestMainWindow::startsOnTheLabelledSample()
{
    MainWindow window;
    window.fileActions()->openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY(window.document()->isSample());
    QVERIFY(window.windowTitle().contains(u"Sample workspace"_s));
    QVERIFY(!window.isWindowModified());
    const auto banners = window.findChildren<QLabel *>();
    const bool bannerShown = std::any_of(banners.cbegin(), banners.cend(), [](QLabel *label) {
        return label->isVisible() && label->text().contains(u"Sample workspace"_s);
    });
    QVERIFY(bannerShown);
    QCOMPARE(window.connectorsPage()->view()->model()->rowCount(), 1);
    QCOMPARE(window.rulesPage()->view()->model()->rowCount(), 1);
    takeScreenshot(&window, u"mainwindow-sample-connectors"_s);

    window.showRules();
    window.rulesPage()->selectRow(0);
    takeScreenshot(&window, u"mainwindow-sample-rules"_s);
}

void TestMainWindow::referenceScenarioEndToEnd()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"routing.mailflow.json"_s);

    MainWindow window;
    window.fileActions()->newWorkspace();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    whenModalOpens<ConnectorWizard>(&createReferenceConnector);
    window.connectorsPage()->addConnector();
    QCOMPARE(window.document()->workspace().connectors.size(), 1);
    QCOMPARE(window.document()->workspace().connectors.first(), expectedConnector());
    QVERIFY(window.isWindowModified());

    window.showRules();
    whenModalOpens<RuleEditor>(&createReferenceRule);
    window.rulesPage()->addRule();
    const Workspace created = window.document()->workspace();
    QCOMPARE(created.rules.size(), 1);
    const MailFlowRule &rule = created.rules.first();
    QCOMPARE(rule.name, ruleName);
    QCOMPARE(rule.conditions.first().value.properties.first().property, u"City"_s);
    QCOMPARE(rule.conditions.first().value.properties.first().words, QStringList{u"New Orleans"_s});
    QCOMPARE(rule.actions.first().value.text, connectorName);
    takeScreenshot(&window, u"mainwindow-reference-scenario"_s);

    // Undo takes back the rule, then the connector; redo brings both back.
    QUndoStack *undo = window.document()->undoStack();
    QCOMPARE(undo->undoText(), u"Add rule '%1'"_s.arg(ruleName));
    undo->undo();
    undo->undo();
    QVERIFY(window.document()->workspace().connectors.isEmpty());
    undo->redo();
    undo->redo();
    QVERIFY(window.document()->workspace() == created);

    // Save As through the file dialog, then open the file in a second window.
    answerFileDialog(path);
    QVERIFY(window.fileActions()->saveAs());
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.windowTitle().contains(u"routing.mailflow.json"_s));
    QCOMPARE(window.problemsPanel()->problemCount(), 0);

    MainWindow reopened;
    QVERIFY(reopened.fileActions()->openFile(path));
    QVERIFY(reopened.document()->workspace() == created);
    QVERIFY(!reopened.document()->isSample());
}

void TestMainWindow::asksBeforeLosingChanges()
{
    MainWindow window;
    window.fileActions()->openSample();
    window.show();
    const Workspace sample = window.document()->workspace();

    window.rulesPage()->selectRow(0);
    window.rulesPage()->toggleRule();
    QVERIFY(window.isWindowModified());
    const Workspace changed = window.document()->workspace();
    QVERIFY(!(changed == sample));

    {
        ModalAnswerer cancel(QMessageBox::Cancel, u"mainwindow-unsaved-changes"_s);
        window.fileActions()->newWorkspace();
        QVERIFY(cancel.answered());
        QVERIFY(cancel.text().contains(u"Sample workspace"_s));
    }
    QVERIFY(window.document()->workspace() == changed);

    {
        ModalAnswerer discard(QMessageBox::Discard);
        window.fileActions()->newWorkspace();
        QVERIFY(discard.answered());
    }
    QVERIFY(window.document()->workspace().connectors.isEmpty());
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::brokenFileLeavesTheWorkspaceAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.mailflow.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "mailflow-admin-workspace", "version": 1, "connectors": [)");
    file.close();

    MainWindow window;
    window.fileActions()->openSample();
    const Workspace before = window.document()->workspace();

    ModalAnswerer ok(QMessageBox::Ok, u"mainwindow-open-error"_s);
    QVERIFY(!window.fileActions()->openFile(path));
    QVERIFY(ok.answered());
    QVERIFY2(ok.text().contains(u"broken.mailflow.json"_s), qPrintable(ok.text()));
    QVERIFY2(ok.text().contains(u"line"_s), qPrintable(ok.text()));
    QVERIFY(window.document()->workspace() == before);
    QVERIFY(window.document()->isSample());
}

void TestMainWindow::deletingAConnectorNamesItsRules()
{
    MainWindow window;
    window.fileActions()->openSample();
    window.show();
    window.connectorsPage()->selectRow(0);
    const QString rule = window.document()->workspace().rules.first().name;

    {
        ModalAnswerer no(QMessageBox::No);
        window.connectorsPage()->deleteConnector();
        QVERIFY(no.answered());
        QVERIFY2(no.text().contains(rule), qPrintable(no.text()));
    }
    QCOMPARE(window.document()->workspace().connectors.size(), 1);

    {
        ModalAnswerer yes(QMessageBox::Yes);
        window.connectorsPage()->deleteConnector();
        QVERIFY(yes.answered());
    }
    QVERIFY(window.document()->workspace().connectors.isEmpty());
    QCOMPARE(window.document()->undoStack()->undoText(),
             u"Delete connector '%1'"_s.arg(store::loadSampleWorkspace().connectors.first().name));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
