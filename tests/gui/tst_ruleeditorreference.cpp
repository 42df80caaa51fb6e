#include "model/rulesentence.h"
#include "model/userproperties.h"
#include "rule/predicaterow.h"
#include "rule/predicaterowlist.h"
#include "rule/problemlabel.h"
#include "rule/ruleeditor.h"
#include "rule/selectconnectordialog.h"
#include "rule/selectuserpropertiesdialog.h"
#include "rule/valuelisteditor.h"
#include "support/guiactions.h"
#include "support/modeldump.h"
#include "support/referencedata.h"
#include "support/ruleeditordriver.h"
#include "support/screenshots.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace mailflow;
using namespace mailflow::testsupport;

namespace {

void typeDateTime(QDateTimeEdit *edit, const QString &text)
{
    // As after a click into the year: the section is selected and typing replaces it; a
    // section full of digits moves on to the next one, so the digits alone are typed.
    edit->setFocus();
    edit->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(edit, text);
}

} // namespace

// The reference rule typed and clicked from an empty editor: the recipient's City includes
// New Orleans → redirect to the Contoso connector, with every one of the more options.
class TestRuleEditorReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsTheReferenceRule_data();
    void createsTheReferenceRule();
    void connectorDialogWithoutOutboundConnectors();
};

void TestRuleEditorReference::initTestCase()
{
    qInfo() << "Screenshots go to" << screenshotDirectory();
}

void TestRuleEditorReference::createsTheReferenceRule_data()
{
    QTest::addColumn<QStringList>("words");

    QTest::newRow("one phrase") << QStringList{u"New Orleans"_s};
    QTest::newRow("two phrases") << QStringList{u"New Orleans"_s, u"Baton Rouge"_s};
}

void TestRuleEditorReference::createsTheReferenceRule()
{
    QFETCH(QStringList, words);
    const bool firstRow = words.size() == 1;
    const Workspace workspace = referenceWorkspace();

    RuleEditor editor(workspace, -1);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(!editor.saveButton()->isEnabled());
    QCOMPARE(editor.windowTitle(), u"New rule"_s);
    typeInto(editor.nameLineEdit(), u"Route New Orleans to Contoso"_s);

    // Apply this rule if… The recipient… has specific properties including any of these words.
    PredicateRow *condition = editor.conditionList()->row(0);
    QVERIFY(choosePredicate(condition, u"The recipient…"_s,
                            u"has specific properties including any of these words"_s));
    QCOMPARE(condition->valueButton()->text(), u"Enter words…"_s);

    auto *properties = openValueDialog<SelectUserPropertiesDialog>(condition);
    QVERIFY(properties);
    QVERIFY(!properties->okButton()->isEnabled());
    QTest::mouseClick(properties->addPropertyButton(), Qt::LeftButton);
    QCOMPARE(properties->propertyComboBox()->count(), userProperties().size() + 1);
    QVERIFY(chooseInCombo(properties->propertyComboBox(), u"City"_s));
    QVERIFY(!properties->okButton()->isEnabled());

    ValueListEditor *wordsEditor = properties->wordsEditor();
    for (const QString &word : words) {
        typeInto(wordsEditor->entryLineEdit(), word);
        QVERIFY(!properties->okButton()->isEnabled()); // typed but not added
        if (word == words.first())
            QTest::mouseClick(wordsEditor->addButton(), Qt::LeftButton);
        else
            QTest::keyClick(wordsEditor->entryLineEdit(), Qt::Key_Return);
    }
    QCOMPARE(wordsEditor->entries(), words);
    QVERIFY2(properties->okButton()->isEnabled(), qPrintable(visibleProblems(properties)));
    takeScreenshot(properties, firstRow ? u"select-user-properties-one"_s
                                        : u"select-user-properties-two"_s);
    QPointer<SelectUserPropertiesDialog> watched(properties);
    QTest::mouseClick(properties->okButton(), Qt::LeftButton);
    QVERIFY(!watched || !watched->isVisible());
    QVERIFY(condition->valueButton()->text().contains(u"New Orleans"_s));

    // Do the following… Redirect the message to… the following connector.
    PredicateRow *action = editor.actionList()->row(0);
    QVERIFY(choosePredicate(action, u"Redirect the message to…"_s, u"the following connector"_s));
    QCOMPARE(action->valueButton()->text(), u"Select one…"_s);
    auto *connectors = openValueDialog<SelectConnectorDialog>(action);
    QVERIFY(connectors);
    QTreeWidget *tree = connectors->connectorTree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), redirectConnectorName());
    QVERIFY(tree->findItems(u"Contoso to Office 365"_s, Qt::MatchExactly).isEmpty());
    QVERIFY(!connectors->okButton()->isEnabled());
    clickItem(tree, 0);
    QVERIFY(connectors->okButton()->isEnabled());
    if (firstRow)
        takeScreenshot(connectors, u"select-connector"_s);
    QTest::mouseClick(connectors->okButton(), Qt::LeftButton);
    if (firstRow)
        takeScreenshot(&editor, u"rule-editor"_s);

    // More options: mode, dates, stop processing, comments.
    QVERIFY(!editor.moreOptionsShown());
    QTest::mouseClick(editor.moreOptionsButton(), Qt::LeftButton);
    QVERIFY(editor.moreOptionsShown());
    click(findNamed<QRadioButton>(&editor, u"Test without Policy Tips"_s));
    click(findNamed<QCheckBox>(&editor, u"Activate this rule on the following date"_s));
    typeDateTime(findNamed<QDateTimeEdit>(&editor, u"Activation date"_s), u"203001150800"_s);
    click(findNamed<QCheckBox>(&editor, u"Deactivate this rule on the following date"_s));
    typeDateTime(findNamed<QDateTimeEdit>(&editor, u"Deactivation date"_s), u"203006301830"_s);
    click(findNamed<QCheckBox>(&editor, u"Stop processing more rules"_s));
    typeInto(findNamed<QPlainTextEdit>(&editor, u"Comments"_s),
             u"Requested by the New Orleans office."_s);
    if (firstRow) {
        takeScreenshot(&editor, u"rule-editor-more-options"_s);
        const QSize size = editor.size();
        editor.resize(size.width(), 1180);
        takeScreenshot(&editor, u"rule-editor-more-options-full"_s);
        editor.resize(size);
    }

    const MailFlowRule expected = referenceRule(words);
    QCOMPARE(editor.rule(), expected);
    const QString summary = editor.summaryLabel()->text();
    QVERIFY2(summary.contains(u"City"_s), qPrintable(summary));
    for (const QString &word : words)
        QVERIFY2(summary.contains(word), qPrintable(summary));
    QVERIFY2(summary.contains(redirectConnectorName()), qPrintable(summary));
    QCOMPARE(summary, describeRule(expected));

    QVERIFY2(editor.saveButton()->isEnabled(), qPrintable(editor.problems().join(u'\n')));
    QVERIFY(editor.problemLabel()->isHidden());
    QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    QCOMPARE(editor.rule(), expected);
    QCOMPARE(editor.priority(), 0);
}

void TestRuleEditorReference::connectorDialogWithoutOutboundConnectors()
{
    Workspace workspace;
    workspace.connectors << inboundConnector();

    RuleEditor editor(workspace, -1);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    PredicateRow *action = editor.actionList()->row(0);
    QVERIFY(choosePredicate(action, u"Redirect the message to…"_s, u"the following connector"_s));

    auto *dialog = openValueDialog<SelectConnectorDialog>(action);
    QVERIFY(dialog);
    QVERIFY(dialog->connectorTree()->isHidden());
    QVERIFY(!dialog->okButton()->isEnabled());
    bool explained = false;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        explained = explained || label->text().contains(u"no outbound connector"_s);
    QVERIFY(explained);
    takeScreenshot(dialog, u"select-connector-none"_s);
    dialog->reject();
    QCOMPARE(action->value(), PredicateValue());
}

QTEST_MAIN(TestRuleEditorReference)
#include "tst_ruleeditorreference.moc"
