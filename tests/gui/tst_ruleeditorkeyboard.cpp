#include "rule/itemlistdialog.h"
#include "rule/predicaterow.h"
#include "rule/predicaterowlist.h"
#include "rule/ruleeditor.h"
#include "rule/valuelisteditor.h"
#include "support/accessibilitychecks.h"
#include "support/referencedata.h"
#include "support/ruleeditordriver.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace mailflow;
using namespace mailflow::testsupport;

// The rule editor from the keyboard alone: Tab order, mnemonics, names a screen reader can
// say, and a value dialog opened with Space and closed with Enter.
class TestRuleEditorKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyboardAndAccessibleNames();
};

void TestRuleEditorKeyboard::keyboardAndAccessibleNames()
{
    RuleEditor editor(referenceWorkspace(), -1);
    editor.show();
    editor.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    editor.setMoreOptionsShown(true);
    QTest::mouseClick(editor.conditionList()->addButton(), Qt::LeftButton);
    QCOMPARE(editor.conditionList()->rowCount(), 2);
    QTRY_COMPARE(QApplication::focusWidget(), editor.conditionList()->row(1)->subjectComboBox());

    for (QWidget *widget : tabStops(&editor))
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widgetText(widget)));

    // Each mnemonic on the form leads to one place only.
    QStringList mnemonicTexts;
    const QString clash = mnemonicClash(&editor, &mnemonicTexts);
    QVERIFY2(clash.isEmpty(), qPrintable(clash));
    QVERIFY2(mnemonicTexts.size() >= 18, qPrintable(mnemonicTexts.join(u", ")));

    // Tab walks the form in reading order: name, on/off, then the first condition's parts.
    editor.nameLineEdit()->setFocus();
    PredicateRow *condition = editor.conditionList()->row(0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->accessibleName(), u"Turn on this rule"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), condition->subjectComboBox());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // The sender…
    QCOMPARE(condition->subjectComboBox()->currentText(), u"The sender…"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), condition->predicateComboBox());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // value button: still off
    QCOMPARE(QApplication::focusWidget(), condition->removeButton());

    // The second condition row, added after the form was built, still sits before the
    // actions in the chain.
    PredicateRow *second = editor.conditionList()->row(1);
    second->removeButton()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), editor.conditionList()->addButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), editor.actionList()->row(0)->subjectComboBox());

    // Mnemonics: Alt+N reaches the name, Alt+F the first action.
    QTest::keyClick(&editor, Qt::Key_N, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), editor.nameLineEdit());
    QTest::keyClick(&editor, Qt::Key_F, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), editor.actionList()->row(0)->subjectComboBox());

    // Space on the value button opens the dialog; Escape closes it and returns to the editor.
    QVERIFY(choosePredicate(condition, u"The sender…"_s, u"domain is"_s));
    condition->valueButton()->setFocus();
    QTest::keyClick(condition->valueButton(), Qt::Key_Space);
    auto *dialog = qobject_cast<ItemListDialog *>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    // A window manager activates a new dialog; the offscreen platform leaves that to us.
    // (qWaitForWindowActive would count the editor's activation for its transient dialog.)
    dialog->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), dialog);
    QCOMPARE(QApplication::focusWidget(), dialog->listEditor()->entryLineEdit());
    QTest::keyClicks(QApplication::focusWidget(), u"contoso.com"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog->listEditor()->entries(), QStringList{u"contoso.com"_s});
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // empty field: Enter is OK
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(condition->value().items, QStringList{u"contoso.com"_s});
}

QTEST_MAIN(TestRuleEditorKeyboard)
#include "tst_ruleeditorkeyboard.moc"
