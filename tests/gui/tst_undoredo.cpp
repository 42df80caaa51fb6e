#include "model/workspaceedits.h"
#include "store/workspacefile.h"
#include "support/modalanswerer.h"
#include "window/connectorspage.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"
#include "window/rulespage.h"
#include "window/workspacedocument.h"

#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace mailflow;
using namespace mailflow::testsupport;
using namespace Qt::StringLiterals;

namespace {

// The sample plus a second rule, so rules can move.
Workspace twoRules()
{
    Workspace workspace = store::loadSampleWorkspace();
    MailFlowRule second = workspace.rules.first();
    second.name = u"Route Baton Rouge recipients"_s;
    second.conditions.first().value.properties.first().words = {u"Baton Rouge"_s};
    workspace.rules << second;
    return workspace;
}

} // namespace

// Every kind of edit the window makes is one undo step with a readable name: undo restores
// the workspace exactly, redo brings the change back, and undoing to the saved state clears
// the modified marker.
class TestUndoRedo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachEditUndoesAndRedoes_data();
    void eachEditUndoesAndRedoes();
};

void TestUndoRedo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUndoRedo::eachEditUndoesAndRedoes_data()
{
    using Edit = std::function<void(MainWindow &)>;
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("actionText");

    const QString connector = u"Office 365 to Contoso mail server"_s;
    QTest::newRow("turn connector off") << Edit([](MainWindow &w) {
        w.connectorsPage()->selectRow(0);
        w.connectorsPage()->toggleConnector();
    }) << u"Turn off connector '%1'"_s.arg(connector);
    QTest::newRow("delete connector") << Edit([](MainWindow &w) {
        w.connectorsPage()->selectRow(0);
        ModalAnswerer yes(QMessageBox::Yes);
        w.connectorsPage()->deleteConnector();
        QVERIFY(yes.answered());
    }) << u"Delete connector '%1'"_s.arg(connector);
    QTest::newRow("rename connector") << Edit([](MainWindow &w) {
        Connector renamed = w.document()->workspace().connectors.first();
        renamed.name = u"Contoso on-premises"_s;
        w.document()->edit(u"Edit connector 'Contoso on-premises'"_s,
                           edits::putConnector(w.document()->workspace(), 0, renamed));
        QCOMPARE(w.document()->workspace().rules.first().actions.first().value.text,
                 renamed.name);
    }) << u"Edit connector 'Contoso on-premises'"_s;
    QTest::newRow("turn rule off") << Edit([](MainWindow &w) {
        w.rulesPage()->selectRow(1);
        w.rulesPage()->toggleRule();
    }) << u"Turn off rule 'Route Baton Rouge recipients'"_s;
    QTest::newRow("move rule up") << Edit([](MainWindow &w) {
        w.rulesPage()->selectRow(1);
        w.rulesPage()->moveUp();
        QCOMPARE(w.rulesPage()->currentIndex(), 0);
    }) << u"Move rule 'Route Baton Rouge recipients' up"_s;
    QTest::newRow("move rule down") << Edit([](MainWindow &w) {
        w.rulesPage()->selectRow(0);
        w.rulesPage()->moveDown();
    }) << u"Move rule 'Route New Orleans recipients' down"_s;
    QTest::newRow("delete rule") << Edit([](MainWindow &w) {
        w.rulesPage()->selectRow(0);
        ModalAnswerer yes(QMessageBox::Yes);
        w.rulesPage()->deleteRule();
        QVERIFY(yes.answered());
    }) << u"Delete rule 'Route New Orleans recipients'"_s;
}

void TestUndoRedo::eachEditUndoesAndRedoes()
{
    using Edit = std::function<void(MainWindow &)>;
    QFETCH(Edit, edit);
    QFETCH(QString, actionText);

    MainWindow window;
    window.fileActions()->openSample();
    window.document()->reset(twoRules(), QString(), true);
    window.show();
    const Workspace before = window.document()->workspace();

    edit(window);
    const Workspace after = window.document()->workspace();
    QVERIFY(!(after == before));
    QVERIFY(window.isWindowModified());

    QUndoStack *stack = window.document()->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), actionText);

    stack->undo();
    QVERIFY(window.document()->workspace() == before);
    QVERIFY(!window.isWindowModified());

    stack->redo();
    QVERIFY(window.document()->workspace() == after);
    QVERIFY(window.isWindowModified());
}

QTEST_MAIN(TestUndoRedo)
#include "tst_undoredo.moc"
