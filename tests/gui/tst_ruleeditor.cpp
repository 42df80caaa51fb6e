#include "model/rulesentence.h"
#include "model/userproperties.h"
#include "rule/itemlistdialog.h"
#include "rule/predicaterow.h"
#include "rule/predicaterowlist.h"
#include "rule/problemlabel.h"
#include "rule/ruleeditor.h"
#include "rule/selectconnectordialog.h"
#include "rule/selectuserpropertiesdialog.h"
#include "rule/valuedialog.h"
#include "rule/valuelisteditor.h"
#include "support/screenshots.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace mailflow;

Q_DECLARE_METATYPE(mailflow::MailFlowRule)

namespace {

const QString contoso = u"Office 365 to Contoso"_s;

Connector outboundConnector(const QString &name, ConnectorUsage usage)
{
    Connector connector;
    connector.name = name;
    connector.kind = ConnectorKind::OutboundToOrganization;
    connector.usage = usage;
    connector.smartHosts = {u"mail.contoso.com"_s};
    connector.tlsDomain = u"mail.contoso.com"_s;
    if (usage == ConnectorUsage::RecipientDomains)
        connector.recipientDomains = {u"fabrikam.com"_s};
    return connector;
}

Connector inboundConnector()
{
    Connector connector;
    connector.name = u"Contoso to Office 365"_s;
    connector.kind = ConnectorKind::InboundFromOrganization;
    connector.tlsSenderCertificateName = u"mail.contoso.com"_s;
    return connector;
}

// The workspace: one outbound connector used only by rules, plus an inbound one the
// connector dialog must not offer.
Workspace referenceWorkspace()
{
    Workspace workspace;
    workspace.connectors << outboundConnector(contoso, ConnectorUsage::RuleScoped)
                         << inboundConnector();
    return workspace;
}

MailFlowRule referenceRule(const QStringList &words)
{
    MailFlowRule rule;
    rule.name = u"Route New Orleans to Contoso"_s;
    rule.mode = RuleMode::Audit;
    rule.activationDate = QDateTime(QDate(2030, 1, 15), QTime(8, 0));
    rule.expiryDate = QDateTime(QDate(2030, 6, 30), QTime(18, 30));
    rule.stopProcessing = true;
    rule.comments = u"Requested by the New Orleans office."_s;

    RuleCondition condition{u"recipientPropertyContainsWords"_s, {}};
    condition.value.properties = {{u"City"_s, words}};
    rule.conditions = {condition};

    RuleAction action{u"redirectToConnector"_s, {}};
    action.value.text = contoso;
    rule.actions = {action};
    return rule;
}

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

QString dump(const MailFlowRule &rule)
{
    return describeRule(rule) + u" [name '"_s + rule.name + u"', enabled "_s
        + QString::number(rule.enabled) + u", from "_s + rule.activationDate.toString(Qt::ISODate)
        + u", until "_s + rule.expiryDate.toString(Qt::ISODate) + u", comments '"_s
        + rule.comments + u"', parameters "_s + QString::number(rule.unmodelledParameters.size())
        + u']';
}

template<typename T>
T *findNamed(QWidget *root, const QString &accessibleName)
{
    const QList<T *> all = root->findChildren<T *>();
    for (T *widget : all) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

// Picks an entry the way a keyboard user does: Home, then Down until it is current.
bool chooseInCombo(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != text; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentText() == text;
}

bool choosePredicate(PredicateRow *row, const QString &subject, const QString &label)
{
    return chooseInCombo(row->subjectComboBox(), subject)
        && chooseInCombo(row->predicateComboBox(), label);
}

// Check boxes and radio buttons react to a click on their indicator or text, not on the empty
// space a layout may give them, so click where a person would.
void clickIndicator(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

void typeDateTime(QDateTimeEdit *edit, const QString &text)
{
    // As after a click into the year: the section is selected and typing replaces it; a
    // section full of digits moves on to the next one, so the digits alone are typed.
    edit->setFocus();
    edit->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(edit, text);
}

// Clicks the row's value button, the path a person takes, and returns the dialog it opened.
template<typename Dialog>
Dialog *openValueDialog(PredicateRow *row)
{
    QTest::mouseClick(row->valueButton(), Qt::LeftButton);
    return qobject_cast<Dialog *>(QApplication::activeModalWidget());
}

// Every problem text shown on the dialog right now, from every visible problem label.
QString visibleProblems(QWidget *root)
{
    QStringList out;
    for (const ProblemLabel *label : root->findChildren<ProblemLabel *>()) {
        if (label->isVisibleTo(root))
            out << label->text();
    }
    return out.join(u'\n');
}

QString widgetText(QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        text += u" '"_s + button->text() + u'\'';
    return text;
}

// Widgets a Tab can reach, leaving out the inner editors of spin and combo boxes.
QList<QWidget *> tabStops(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root) || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        QWidget *parent = widget->parentWidget();
        if (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent))
            continue;
        out << widget;
    }
    return out;
}

// The first Alt+key shared by two visible buttons or buddied labels, or an empty string.
QString mnemonicClash(QWidget *root, QStringList *texts)
{
    QMap<QChar, QString> seen;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text();
        if (!widget->isVisibleTo(root))
            continue;
        const QString plain = QString(text).remove(u"&&"_s);
        const qsizetype amp = plain.indexOf(u'&');
        if (amp < 0 || amp + 1 >= plain.size())
            continue;
        const QChar key = plain.at(amp + 1).toLower();
        if (seen.contains(key))
            return u"Alt+%1: '%2' and '%3'"_s.arg(key, seen.value(key), text);
        seen.insert(key, text);
        texts->append(text);
    }
    return {};
}

void saveShot(QWidget *widget, const QString &name)
{
    QVERIFY2(!testsupport::saveScreenshot(widget, name).isEmpty(), qPrintable(name));
}

} // namespace

class TestRuleEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsTheReferenceRule_data();
    void createsTheReferenceRule();
    void connectorDialogWithoutOutboundConnectors();
    void saveNeedsNameConditionAndAction_data();
    void saveNeedsNameConditionAndAction();
    void duplicateNameIsRefused();
    void editingRoundTrips_data();
    void editingRoundTrips();
    void invalidPatternShowsItsPosition_data();
    void invalidPatternShowsItsPosition();
    void phraseWithCommaIsRefused();
    void switchingPredicateKeepsValueOfSameShape();
    void everyShapeOpensItsDialog();
    void keyboardAndAccessibleNames();
    void priorityRange();
};

void TestRuleEditor::initTestCase()
{
    qInfo() << "Screenshots go to" << testsupport::screenshotDirectory();
}

void TestRuleEditor::createsTheReferenceRule_data()
{
    QTest::addColumn<QStringList>("words");

    QTest::newRow("one phrase") << QStringList{u"New Orleans"_s};
    QTest::newRow("two phrases") << QStringList{u"New Orleans"_s, u"Baton Rouge"_s};
}

void TestRuleEditor::createsTheReferenceRule()
{
    QFETCH(QStringList, words);
    const bool firstRow = words.size() == 1;
    const Workspace workspace = referenceWorkspace();

    RuleEditor editor(workspace, -1);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(!editor.saveButton()->isEnabled());
    QCOMPARE(editor.windowTitle(), u"New rule"_s);
    QTest::keyClicks(editor.nameLineEdit(), u"Route New Orleans to Contoso"_s);

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
        QTest::keyClicks(wordsEditor->entryLineEdit(), word);
        QVERIFY(!properties->okButton()->isEnabled()); // typed but not added
        if (word == words.first())
            QTest::mouseClick(wordsEditor->addButton(), Qt::LeftButton);
        else
            QTest::keyClick(wordsEditor->entryLineEdit(), Qt::Key_Return);
    }
    QCOMPARE(wordsEditor->entries(), words);
    QVERIFY2(properties->okButton()->isEnabled(), qPrintable(visibleProblems(properties)));
    saveShot(properties, firstRow ? u"select-user-properties-one"_s
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
    QCOMPARE(tree->topLevelItem(0)->text(0), contoso);
    QVERIFY(tree->findItems(u"Contoso to Office 365"_s, Qt::MatchExactly).isEmpty());
    QVERIFY(!connectors->okButton()->isEnabled());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                      tree->visualItemRect(tree->topLevelItem(0)).center());
    QVERIFY(connectors->okButton()->isEnabled());
    if (firstRow)
        saveShot(connectors, u"select-connector"_s);
    QTest::mouseClick(connectors->okButton(), Qt::LeftButton);
    if (firstRow)
        saveShot(&editor, u"rule-editor"_s);

    // More options: mode, dates, stop processing, comments.
    QVERIFY(!editor.moreOptionsShown());
    QTest::mouseClick(editor.moreOptionsButton(), Qt::LeftButton);
    QVERIFY(editor.moreOptionsShown());
    clickIndicator(findNamed<QRadioButton>(&editor, u"Test without Policy Tips"_s));
    clickIndicator(findNamed<QCheckBox>(&editor, u"Activate this rule on the following date"_s));
    typeDateTime(findNamed<QDateTimeEdit>(&editor, u"Activation date"_s), u"203001150800"_s);
    clickIndicator(findNamed<QCheckBox>(&editor, u"Deactivate this rule on the following date"_s));
    typeDateTime(findNamed<QDateTimeEdit>(&editor, u"Deactivation date"_s), u"203006301830"_s);
    clickIndicator(findNamed<QCheckBox>(&editor, u"Stop processing more rules"_s));
    QTest::keyClicks(findNamed<QPlainTextEdit>(&editor, u"Comments"_s),
                     u"Requested by the New Orleans office."_s);
    if (firstRow) {
        saveShot(&editor, u"rule-editor-more-options"_s);
        const QSize size = editor.size();
        editor.resize(size.width(), 1180);
        saveShot(&editor, u"rule-editor-more-options-full"_s);
        editor.resize(size);
    }

    const MailFlowRule expected = referenceRule(words);
    QVERIFY2(editor.rule() == expected,
             qPrintable(dump(editor.rule()) + u"\n  expected "_s + dump(expected)));
    const QString summary = editor.summaryLabel()->text();
    QVERIFY2(summary.contains(u"City"_s), qPrintable(summary));
    for (const QString &word : words)
        QVERIFY2(summary.contains(word), qPrintable(summary));
    QVERIFY2(summary.contains(contoso), qPrintable(summary));
    QCOMPARE(summary, describeRule(expected));

    QVERIFY2(editor.saveButton()->isEnabled(), qPrintable(editor.problems().join(u'\n')));
    QVERIFY(editor.problemLabel()->isHidden());
    QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    QVERIFY(editor.rule() == expected);
    QCOMPARE(editor.priority(), 0);
}

void TestRuleEditor::connectorDialogWithoutOutboundConnectors()
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
    saveShot(dialog, u"select-connector-none"_s);
    dialog->reject();
    QCOMPARE(action->value(), PredicateValue());
}

void TestRuleEditor::saveNeedsNameConditionAndAction_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("field");

    QTest::newRow("no name") << u"name"_s << u"Name: A name is required."_s;
    QTest::newRow("no condition") << u"condition"_s << u"Apply this rule if:"_s;
    QTest::newRow("no action") << u"action"_s << u"Do the following:"_s;
}

void TestRuleEditor::saveNeedsNameConditionAndAction()
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
        saveShot(&editor, u"rule-editor-no-condition"_s);
}

void TestRuleEditor::duplicateNameIsRefused()
{
    Workspace workspace = referenceWorkspace();
    workspace.rules << referenceRule({u"New Orleans"_s});
    RuleEditor editor(workspace, -1);
    QTest::keyClicks(editor.nameLineEdit(), u"route new orleans TO CONTOSO"_s);

    QVERIFY(!editor.saveButton()->isEnabled());
    const QString problems = editor.problemLabel()->text();
    QVERIFY2(problems.contains(u"Name: Another rule is already named"_s), qPrintable(problems));

    // The rule itself, opened for editing, does not clash with its own name.
    RuleEditor own(workspace, 0);
    QVERIFY2(own.problems().isEmpty(), qPrintable(own.problems().join(u'\n')));
}

void TestRuleEditor::editingRoundTrips_data()
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

void TestRuleEditor::editingRoundTrips()
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
    QVERIFY2(editor.rule() == rule, qPrintable(dump(editor.rule()) + u"\n  expected "_s
                                               + dump(rule)));
    QCOMPARE(editor.priority(), 1);
    QCOMPARE(editor.saveButton()->isEnabled(), saveable);
    QCOMPARE(editor.moreOptionsShown(), rule.mode != RuleMode::Enforce);
    if (qstrcmp(QTest::currentDataTag(), "every option and shape") == 0)
        saveShot(&editor, u"rule-editor-existing"_s);

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
    QVERIFY2(editor.rule() == rule, qPrintable(dump(editor.rule()) + u"\n  expected "_s
                                               + dump(rule)));

    if (saveable) {
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QVERIFY(editor.rule() == rule);
    } else {
        QVERIFY(editor.problemLabel()->isVisible());
    }
}

void TestRuleEditor::invalidPatternShowsItsPosition_data()
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

void TestRuleEditor::invalidPatternShowsItsPosition()
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
        auto *properties = openValueDialog<SelectUserPropertiesDialog>(row);
        QVERIFY(properties);
        QTest::mouseClick(properties->addPropertyButton(), Qt::LeftButton);
        QVERIFY(chooseInCombo(properties->propertyComboBox(), u"Office"_s));
        dialog = properties;
        list = properties->wordsEditor();
    } else {
        auto *items = openValueDialog<ItemListDialog>(row);
        QVERIFY(items);
        dialog = items;
        list = items->listEditor();
    }

    QTest::keyClicks(list->entryLineEdit(), u"^(New"_s);
    const QString shown = visibleProblems(dialog);
    QVERIFY2(shown.contains(u"position 6"_s), qPrintable(shown));
    QVERIFY(!list->addButton()->isEnabled());
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClick(list->entryLineEdit(), Qt::Key_Return);
    QVERIFY(list->entries().isEmpty());
    saveShot(dialog, userProperty ? u"select-user-properties-bad-pattern"_s
                                  : u"text-patterns-bad-pattern"_s);

    // Closing the parenthesis makes it acceptable.
    QTest::keyClicks(list->entryLineEdit(), u")"_s);
    QVERIFY(list->addButton()->isEnabled());
    QTest::mouseClick(list->addButton(), Qt::LeftButton);
    QCOMPARE(list->entries(), QStringList{u"^(New)"_s});
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(visibleProblems(dialog)));
    dialog->reject();
}

void TestRuleEditor::phraseWithCommaIsRefused()
{
    RuleEditor editor(referenceWorkspace(), -1);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    PredicateRow *row = editor.conditionList()->row(0);
    QVERIFY(choosePredicate(row, u"The recipient…"_s,
                            u"has specific properties including any of these words"_s));
    auto *dialog = openValueDialog<SelectUserPropertiesDialog>(row);
    QVERIFY(dialog);
    QTest::mouseClick(dialog->addPropertyButton(), Qt::LeftButton);
    QVERIFY(chooseInCombo(dialog->propertyComboBox(), u"City"_s));

    QTest::keyClicks(dialog->wordsEditor()->entryLineEdit(), u"New Orleans, LA"_s);
    QVERIFY(!dialog->wordsEditor()->addButton()->isEnabled());
    QVERIFY(visibleProblems(dialog).contains(u"comma"_s));
    dialog->reject();
}

void TestRuleEditor::switchingPredicateKeepsValueOfSameShape()
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

void TestRuleEditor::everyShapeOpensItsDialog()
{
    // The editor knows shapes, not predicates: every registry entry must get a working value
    // editor without a line of code of its own.
    QList<ValueShape> photographed;
    for (const PredicateType &type : predicateTypes()) {
        RuleEditor editor(referenceWorkspace(), -1);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        PredicateRowList *list = type.role == PredicateRole::Action ? editor.actionList()
                                                                     : editor.conditionList();
        PredicateRow *row = list->row(0);
        QVERIFY2(choosePredicate(row, type.subjectText() + u'…', type.labelText()), type.id);

        if (type.shape == ValueShape::Flag) {
            QVERIFY2(!row->valueButton()->isVisible(), type.id);
            QCOMPARE(row->kind(), type.idString());
            continue;
        }
        auto *dialog = openValueDialog<ValueDialog>(row);
        QVERIFY2(dialog, type.id);
        QCOMPARE(&dialog->predicateType(), &type);
        QVERIFY2(!dialog->windowTitle().isEmpty(), type.id);
        for (QWidget *widget : tabStops(dialog))
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(QString::fromLatin1(type.id) + u": "_s + widgetText(widget)));
        QStringList mnemonicTexts;
        const QString clash = mnemonicClash(dialog, &mnemonicTexts);
        QVERIFY2(clash.isEmpty(), qPrintable(QString::fromLatin1(type.id) + u": "_s + clash));
        if (!photographed.contains(type.shape)) {
            photographed.append(type.shape);
            saveShot(dialog, u"value-dialog-"_s + type.idString());
        }
        dialog->reject();
    }
}

void TestRuleEditor::keyboardAndAccessibleNames()
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

void TestRuleEditor::priorityRange()
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
    QCOMPARE(spin->maximum(), 1);
    QCOMPARE(edited.priority(), 0);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Up);
    QCOMPARE(edited.priority(), 1);
}

QTEST_MAIN(TestRuleEditor)
#include "tst_ruleeditor.moc"
