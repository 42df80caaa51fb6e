#include "rule/predicaterow.h"
#include "rule/predicaterowlist.h"
#include "rule/problemlabel.h"
#include "rule/ruleeditor.h"
#include "rule/valuedialog.h"
#include "support/guiactions.h"
#include "support/modeldump.h"
#include "support/referencedata.h"
#include "support/ruleeditordriver.h"
#include "support/screenshots.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailflow;
using namespace mailflow::testsupport;

Q_DECLARE_METATYPE(mailflow::MailFlowRule)

namespace {

// A rule that uses every option and several shapes, with dates a date edit cannot show exactly
// (UTC, seconds), so loading and saving must not touch what the admin did not change.
MailFlowRule richRule()
{
    MailFlowRule rule;
    rule.name = u"Large external mail & headers"_s;
    rule.enabled = false;
    rule.mode = RuleMode::AuditAndNotify;
    rule.activationDate = QDateTime(QDate(2029, 3, 1), QTime(6, 15, 42), Qt::UTC);
    rule.expiryDate = QDateTime(QDate(2031, 3, 1), QTime(0, 0, 7), Qt::UTC);
    rule.errorAction = RuleErrorAction::Defer;
    rule.senderAddressLocation = SenderAddressLocation::HeaderOrEnvelope;
    rule.comments = u"Two lines:\nsecond line."_s;
    rule.unmodelledParameters = {{u"SetSCL"_s, u"-1"_s}};

    RuleCondition size{u"messageSizeOver"_s, {}};
    size.value.number = 10 * 1024 * 1024;
    RuleCondition header{u"headerMatchesPatterns"_s, {}};
    header.value.text = u"X-Route"_s;
    header.value.items = {u"^a.*"_s, u"b+$"_s};
    RuleCondition senders{u"senderPropertyMatchesPatterns"_s, {}};
    senders.value.properties = {{u"Department"_s, {u"^Sales"_s}},
                                {u"CustomAttribute7"_s, {u"x"_s, u"y"_s}}};
    rule.conditions = {size, header, senders};

    RuleCondition words{u"subjectContainsWords"_s, {}};
    words.value.items = {u"confidential"_s, u"do not forward"_s};
    RuleCondition scope{u"fromScope"_s, {}};
    scope.value.text = u"NotInOrganization"_s;
    RuleCondition domains{u"senderDomainIs"_s, {}};
    domains.value.items = {u"fabrikam.com"_s};
    rule.exceptions = {words, scope, domains};

    RuleAction setHeader{u"setHeader"_s, {}};
    setHeader.value.text = u"X-Routed"_s;
    setHeader.value.secondText = u"yes"_s;
    RuleAction prefix{u"prependSubject"_s, {}};
    prefix.value.text = u"[External] "_s;
    RuleAction copy{u"blindCopyTo"_s, {}};
    copy.value.items = {u"audit@contoso.com"_s};
    RuleAction tls{u"requireTls"_s, {}};
    rule.actions = {setHeader, prefix, copy, tls};
    return rule;
}

} // namespace

// A rule opened from the workspace: unchanged it comes back equal, a new predicate of the same
// shape keeps the value, and the priority stays within the rules there are.
class TestRuleEditorEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editingRoundTrips_data();
    void editingRoundTrips();
    void switchingPredicateKeepsValueOfSameShape();
    void priorityRange();
};

void TestRuleEditorEdit::initTestCase()
{
    qInfo() << "Screenshots go to" << screenshotDirectory();
}

void TestRuleEditorEdit::editingRoundTrips_data()
{
    QTest::addColumn<MailFlowRule>("rule");
    QTest::addColumn<bool>("saveable");

    QTest::newRow("reference rule") << referenceRule({u"New Orleans"_s, u"Baton Rouge"_s})
                                    << true;
    QTest::newRow("every option and shape") << richRule() << true;

    MailFlowRule unknown = referenceRule({u"New Orleans"_s});
    unknown.conditions << RuleCondition{u"futureCondition"_s, {{u"x"_s}, {}, {}, {}, 0}};
    QTest::newRow("unknown condition kept") << unknown << false;

    MailFlowRule missingConnector = referenceRule({u"New Orleans"_s});
    missingConnector.actions.first().value.text = u"Deleted connector"_s;
    QTest::newRow("redirect to a missing connector") << missingConnector << false;
}

void TestRuleEditorEdit::editingRoundTrips()
{
    QFETCH(MailFlowRule, rule);
    QFETCH(bool, saveable);
    if (!saveable && rule.conditions.last().kind == u"futureCondition")
        QTest::ignoreMessage(QtWarningMsg,
                             "Rule row holds an unknown predicate \"futureCondition\"");

    Workspace workspace = referenceWorkspace();
    workspace.rules << referenceRule({u"Lafayette"_s}) << rule;
    workspace.rules.first().name = u"Earlier rule"_s;

    RuleEditor editor(workspace, 1);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QCOMPARE(editor.rule(), rule);
    QCOMPARE(editor.priority(), 1);
    QCOMPARE(editor.saveButton()->isEnabled(), saveable);
    QCOMPARE(editor.moreOptionsShown(), rule.mode != RuleMode::Enforce);
    if (qstrcmp(QTest::currentDataTag(), "every option and shape") == 0)
        takeScreenshot(&editor, u"rule-editor-existing"_s);

    // Open each value dialog and press OK without a change: the value must come back equal.
    for (PredicateRowList *list :
         {editor.conditionList(), editor.actionList(), editor.exceptionList()}) {
        for (int index = 0; index < list->rowCount(); ++index) {
            PredicateRow *row = list->row(index);
            if (!row->valueButton()->isVisible() || !row->valueButton()->isEnabled())
                continue;
            auto *dialog = openValueDialog<ValueDialog>(row);
            QVERIFY2(dialog, qPrintable(row->kind()));
            if (!dialog->okButton()->isEnabled()) {
                QVERIFY2(!saveable, qPrintable(row->kind()));
                dialog->reject();
                continue;
            }
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        }
    }
    QCOMPARE(editor.rule(), rule);

    if (saveable) {
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(editor.rule(), rule);
    } else {
        QVERIFY(editor.problemLabel()->isVisible());
    }
}

void TestRuleEditorEdit::switchingPredicateKeepsValueOfSameShape()
{
    Workspace workspace = referenceWorkspace();
    workspace.rules << referenceRule({u"New Orleans"_s});
    const PredicateValue cities = workspace.rules.first().conditions.first().value;
    RuleEditor editor(workspace, 0);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    PredicateRow *row = editor.conditionList()->row(0);

    // Recipient to sender: the same shape, so City 'New Orleans' stays.
    QVERIFY(chooseInCombo(row->subjectComboBox(), u"The sender…"_s));
    QVERIFY(row->kind().isEmpty());
    QVERIFY(!editor.saveButton()->isEnabled());
    QVERIFY(chooseInCombo(row->predicateComboBox(),
                          u"has specific properties including any of these words"_s));
    QCOMPARE(row->kind(), u"senderPropertyContainsWords"_s);
    QCOMPARE(row->value(), cities);
    QVERIFY(editor.saveButton()->isEnabled());

    // Another shape starts empty and asks for its own value.
    QVERIFY(chooseInCombo(row->predicateComboBox(), u"is this person"_s));
    QCOMPARE(row->value(), PredicateValue());
    QCOMPARE(row->valueButton()->text(), u"Enter addresses…"_s);
    QVERIFY(!editor.saveButton()->isEnabled());
    QVERIFY(editor.problemLabel()->text().contains(u"Enter at least one value."_s));
}

void TestRuleEditorEdit::priorityRange()
{
    Workspace workspace = referenceWorkspace();
    workspace.rules << referenceRule({u"A"_s}) << referenceRule({u"B"_s});
    workspace.rules[0].name = u"First"_s;
    workspace.rules[1].name = u"Second"_s;

    RuleEditor added(workspace, -1);
    auto *spin = findNamed<QSpinBox>(&added, u"Priority"_s);
    QVERIFY(spin);
    QCOMPARE(spin->minimum(), 0);
    QCOMPARE(spin->maximum(), 2);
    QCOMPARE(added.priority(), 2);

    RuleEditor edited(workspace, 0);
    spin = findNamed<QSpinBox>(&edited, u"Priority"_s);
    QVERIFY(spin);
    QCOMPARE(spin->maximum(), 1);
    QCOMPARE(edited.priority(), 0);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Up);
    QCOMPARE(edited.priority(), 1);
}

QTEST_MAIN(TestRuleEditorEdit)
#include "tst_ruleeditoredit.moc"
