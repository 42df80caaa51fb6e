#include "rule/itemlistdialog.h"
#include "rule/predicaterow.h"
#include "rule/predicaterowlist.h"
#include "rule/problemlabel.h"
#include "rule/ruleeditor.h"
#include "rule/selectuserpropertiesdialog.h"
#include "rule/valuelisteditor.h"
#include "support/guiactions.h"
#include "support/referencedata.h"
#include "support/ruleeditordriver.h"
#include "support/screenshots.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace mailflow;
using namespace mailflow::testsupport;

// What keeps Save off and how the editor says why: a missing name, condition or action, a
// name another rule has, a pattern that does not compile, a phrase with a comma.
class TestRuleEditorValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveNeedsNameConditionAndAction_data();
    void saveNeedsNameConditionAndAction();
    void duplicateNameIsRefused();
    void invalidPatternShowsItsPosition_data();
    void invalidPatternShowsItsPosition();
    void phraseWithCommaIsRefused();
};

void TestRuleEditorValidation::initTestCase()
{
    qInfo() << "Screenshots go to" << screenshotDirectory();
}

void TestRuleEditorValidation::saveNeedsNameConditionAndAction_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("field");

    QTest::newRow("no name") << u"name"_s << u"Name: A name is required."_s;
    QTest::newRow("no condition") << u"condition"_s << u"Apply this rule if:"_s;
    QTest::newRow("no action") << u"action"_s << u"Do the following:"_s;
}

void TestRuleEditorValidation::saveNeedsNameConditionAndAction()
{
    QFETCH(QString, part);
    QFETCH(QString, field);

    Workspace workspace = referenceWorkspace();
    workspace.rules << referenceRule({u"New Orleans"_s});
    RuleEditor editor(workspace, 0);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.saveButton()->isEnabled());
    QVERIFY(editor.problemLabel()->isHidden());

    // Take the part away as a person would: clear the name, or press the row's ×.
    if (part == u"name") {
        editor.nameLineEdit()->selectAll();
        QTest::keyClick(editor.nameLineEdit(), Qt::Key_Delete);
    } else {
        PredicateRowList *list = part == u"condition" ? editor.conditionList()
                                                       : editor.actionList();
        QTest::mouseClick(list->row(0)->removeButton(), Qt::LeftButton);
        QCOMPARE(list->rowCount(), 1); // a fresh row to fill in stays
        QVERIFY(list->row(0)->kind().isEmpty());
    }

    QVERIFY(!editor.saveButton()->isEnabled());
    QVERIFY(editor.problemLabel()->isVisible());
    QVERIFY2(editor.problemLabel()->text().contains(field),
             qPrintable(editor.problemLabel()->text()));
    if (part == u"condition")
        takeScreenshot(&editor, u"rule-editor-no-condition"_s);
}

void TestRuleEditorValidation::duplicateNameIsRefused()
{
    Workspace workspace = referenceWorkspace();
    workspace.rules << referenceRule({u"New Orleans"_s});
    RuleEditor editor(workspace, -1);
    typeInto(editor.nameLineEdit(), u"route new orleans TO CONTOSO"_s);

    QVERIFY(!editor.saveButton()->isEnabled());
    const QString problems = editor.problemLabel()->text();
    QVERIFY2(problems.contains(u"Name: Another rule is already named"_s), qPrintable(problems));

    // The rule itself, opened for editing, does not clash with its own name.
    RuleEditor own(workspace, 0);
    QVERIFY2(own.problems().isEmpty(), qPrintable(own.problems().join(u'\n')));
}

void TestRuleEditorValidation::invalidPatternShowsItsPosition_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("userProperty");

    QTest::newRow("user property pattern")
        << u"The recipient…"_s << u"has specific properties matching these text patterns"_s
        << true;
    QTest::newRow("subject pattern")
        << u"The subject or body…"_s << u"subject matches these text patterns"_s << false;
}

void TestRuleEditorValidation::invalidPatternShowsItsPosition()
{
    QFETCH(QString, subject);
    QFETCH(QString, label);
    QFETCH(bool, userProperty);

    RuleEditor editor(referenceWorkspace(), -1);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    PredicateRow *row = editor.conditionList()->row(0);
    QVERIFY(choosePredicate(row, subject, label));
    QCOMPARE(row->valueButton()->text(), u"Enter text patterns…"_s);

    ValueDialog *dialog = nullptr;
    ValueListEditor *list = nullptr;
    if (userProperty) {
        auto *properties = openPropertyDialog(row, u"Office"_s);
        QVERIFY(properties);
        dialog = properties;
        list = properties->wordsEditor();
    } else {
        auto *items = openValueDialog<ItemListDialog>(row);
        QVERIFY(items);
        dialog = items;
        list = items->listEditor();
    }

    typeInto(list->entryLineEdit(), u"^(New"_s);
    const QString shown = visibleProblems(dialog);
    QVERIFY2(shown.contains(u"position 6"_s), qPrintable(shown));
    QVERIFY(!list->addButton()->isEnabled());
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClick(list->entryLineEdit(), Qt::Key_Return);
    QVERIFY(list->entries().isEmpty());
    takeScreenshot(dialog, userProperty ? u"select-user-properties-bad-pattern"_s
                                        : u"text-patterns-bad-pattern"_s);

    // Closing the parenthesis makes it acceptable.
    typeInto(list->entryLineEdit(), u")"_s);
    QVERIFY(list->addButton()->isEnabled());
    QTest::mouseClick(list->addButton(), Qt::LeftButton);
    QCOMPARE(list->entries(), QStringList{u"^(New)"_s});
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(visibleProblems(dialog)));
    dialog->reject();
}

void TestRuleEditorValidation::phraseWithCommaIsRefused()
{
    RuleEditor editor(referenceWorkspace(), -1);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    PredicateRow *row = editor.conditionList()->row(0);
    QVERIFY(choosePredicate(row, u"The recipient…"_s,
                            u"has specific properties including any of these words"_s));
    auto *dialog = openPropertyDialog(row, u"City"_s);
    QVERIFY(dialog);

    typeInto(dialog->wordsEditor()->entryLineEdit(), u"New Orleans, LA"_s);
    QVERIFY(!dialog->wordsEditor()->addButton()->isEnabled());
    QVERIFY(visibleProblems(dialog).contains(u"comma"_s));
    dialog->reject();
}

QTEST_MAIN(TestRuleEditorValidation)
#include "tst_ruleeditorvalidation.moc"
