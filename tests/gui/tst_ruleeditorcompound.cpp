#include "model/rulesentence.h"
#include "model/workspace.h"
#include "rule/itemlistdialog.h"
#include "rule/predicaterow.h"
#include "rule/predicaterowlist.h"
#include "rule/ruleeditor.h"
#include "rule/selectconnectordialog.h"
#include "rule/selectuserpropertiesdialog.h"
#include "rule/textvaluedialog.h"
#include "rule/valuelisteditor.h"
#include "support/guiactions.h"
#include "support/screenshots.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace mailflow;
using namespace mailflow::testsupport;
using namespace Qt::StringLiterals;

namespace {

const QString connectorName = u"Office 365 to Contoso"_s;

// Chooses the row's predicate from the two menus and opens its value dialog with a click.
template<typename Dialog>
Dialog *openRow(PredicateRow *row, const QString &subject, const QString &label)
{
    if (!chooseInCombo(row->subjectComboBox(), subject)
        || !chooseInCombo(row->predicateComboBox(), label))
        return nullptr;
    click(row->valueButton());
    return qobject_cast<Dialog *>(QApplication::activeModalWidget());
}

// Types each entry into a value list and adds it with +, then presses OK.
void fillList(ItemListDialog *dialog, const QStringList &entries)
{
    QVERIFY(dialog);
    for (const QString &entry : entries) {
        typeInto(dialog->listEditor()->entryLineEdit(), entry);
        click(dialog->listEditor()->addButton());
    }
    click(dialog->okButton());
}

RuleCondition condition(const QString &kind, const QStringList &items)
{
    RuleCondition c{kind, {}};
    c.value.items = items;
    return c;
}

MailFlowRule expectedRule()
{
    MailFlowRule rule;
    rule.name = u"Route New Orleans partners"_s;

    RuleCondition city{u"recipientPropertyContainsWords"_s, {}};
    city.value.properties = {{u"City"_s, {u"New Orleans"_s}}};
    rule.conditions = {city, condition(u"senderDomainIs"_s, {u"fabrikam.test"_s})};
    rule.exceptions = {condition(u"subjectContainsWords"_s, {u"newsletter"_s})};

    RuleAction redirect{u"redirectToConnector"_s, {}};
    redirect.value.text = connectorName;
    RuleAction prepend{u"prependSubject"_s, {}};
    prepend.value.text = u"[NOLA]"_s;
    rule.actions = {redirect, prepend};
    return rule;
}

} // namespace

// A rule with two conditions, an exception and two actions, clicked together as an admin
// would, ends up as exactly that rule and reads as one sentence.
class TestRuleEditorCompound : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoConditionsAnExceptionAndTwoActions();
};

void TestRuleEditorCompound::twoConditionsAnExceptionAndTwoActions()
{
    Workspace workspace;
    Connector contoso;
    contoso.name = connectorName;
    contoso.smartHosts = {u"mail.contoso.test"_s};
    contoso.tlsDomain = u"mail.contoso.test"_s;
    workspace.connectors << contoso;

    RuleEditor editor(workspace, -1);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    typeInto(editor.nameLineEdit(), u"Route New Orleans partners"_s);

    // First condition: the recipient's City.
    auto *properties = openRow<SelectUserPropertiesDialog>(
        editor.conditionList()->row(0), u"The recipient…"_s,
        u"has specific properties including any of these words"_s);
    QVERIFY(properties);
    click(properties->addPropertyButton());
    QVERIFY(chooseInCombo(properties->propertyComboBox(), u"City"_s));
    typeInto(properties->wordsEditor()->entryLineEdit(), u"New Orleans"_s);
    click(properties->wordsEditor()->addButton());
    click(properties->okButton());

    // Second condition, on a row added with the section's add button: the sender's domain.
    click(editor.conditionList()->addButton());
    QCOMPARE(editor.conditionList()->rowCount(), 2);
    fillList(openRow<ItemListDialog>(editor.conditionList()->row(1), u"The sender…"_s,
                                     u"domain is"_s),
             {u"fabrikam.test"_s});

    // Two actions: redirect to the connector, then prepend the subject.
    auto *connectors = openRow<SelectConnectorDialog>(
        editor.actionList()->row(0), u"Redirect the message to…"_s, u"the following connector"_s);
    QVERIFY(connectors);
    QTreeWidget *tree = connectors->connectorTree();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                      tree->visualItemRect(tree->topLevelItem(0)).center());
    click(connectors->okButton());
    click(editor.actionList()->addButton());
    auto *prefix = openRow<TextValueDialog>(editor.actionList()->row(1),
                                            u"Modify the message properties…"_s,
                                            u"prepend the subject of the message with"_s);
    QVERIFY(prefix);
    typeInto(prefix->textLineEdit(), u"[NOLA]"_s);
    click(prefix->okButton());

    // The exception lives under More options, as in the admin center.
    click(editor.moreOptionsButton());
    if (editor.exceptionList()->rowCount() == 0)
        click(editor.exceptionList()->addButton());
    fillList(openRow<ItemListDialog>(editor.exceptionList()->row(0), u"The subject or body…"_s,
                                     u"subject includes any of these words"_s),
             {u"newsletter"_s});
    QTest::qWait(50); // let the layout settle, as it has by the time a person looks
    QVERIFY(!saveScreenshot(&editor, u"rule-editor-compound"_s).isEmpty());

    const MailFlowRule expected = expectedRule();
    QVERIFY(editor.rule() == expected);
    const QString summary = editor.summaryLabel()->text();
    QCOMPARE(summary, describeRule(expected));
    for (const QString &part : {u"New Orleans"_s, u" and "_s, u"fabrikam.test"_s,
                                u"Except if"_s, u"newsletter"_s, u"[NOLA]"_s, connectorName})
        QVERIFY2(summary.contains(part), qPrintable(part + u" missing from: "_s + summary));

    QVERIFY2(editor.saveButton()->isEnabled(), qPrintable(editor.problems().join(u'\n')));
    click(editor.saveButton());
    QCOMPARE(editor.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestRuleEditorCompound)
#include "tst_ruleeditorcompound.moc"
