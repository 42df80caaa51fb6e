#include "rulespage.h"

#include "model/rulesentence.h"
#include "model/workspaceedits.h"
#include "rule/ruleeditor.h"
#include "ruletablemodel.h"
#include "workspacedocument.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace mailflow {

RulesPage::RulesPage(WorkspaceDocument *document, QWidget *parent)
    : ListPage(new RuleTableModel(document), tr("Rules"), tr("Selected rule summary"), parent)
    , m_document(document)
    , m_addButton(addButton(tr("&Add rule…"), tr("Add rule")))
    , m_editButton(addButton(tr("Ed&it…"), tr("Edit rule")))
    , m_deleteButton(addButton(tr("&Delete"), tr("Delete rule")))
    , m_toggleButton(addButton(tr("T&urn off"), tr("Turn rule on or off")))
    , m_upButton(addButton(tr("Move u&p"), tr("Move rule up")))
    , m_downButton(addButton(tr("Move do&wn"), tr("Move rule down")))
{
    connect(m_addButton, &QPushButton::clicked, this, &RulesPage::addRule);
    connect(m_editButton, &QPushButton::clicked, this, &RulesPage::editRule);
    connect(m_deleteButton, &QPushButton::clicked, this, &RulesPage::deleteRule);
    connect(m_toggleButton, &QPushButton::clicked, this, &RulesPage::toggleRule);
    connect(m_upButton, &QPushButton::clicked, this, &RulesPage::moveUp);
    connect(m_downButton, &QPushButton::clicked, this, &RulesPage::moveDown);
    connect(view(), &QTableView::doubleClicked, this, &RulesPage::editRule);
    updateButtons();
}

void RulesPage::addRule()
{
    RuleEditor editor(m_document->workspace(), -1, this);
    if (editor.exec() != QDialog::Accepted)
        return;

    const MailFlowRule rule = editor.rule();
    m_document->edit(tr("Add rule '%1'").arg(rule.name),
                     edits::putRule(m_document->workspace(), -1, rule, editor.priority()));
    selectRow(m_document->workspace().ruleIndex(rule.name));
}

void RulesPage::editRule()
{
    const qsizetype index = currentIndex();
    if (index < 0)
        return;

    RuleEditor editor(m_document->workspace(), index, this);
    if (editor.exec() != QDialog::Accepted)
        return;

    const MailFlowRule rule = editor.rule();
    m_document->edit(tr("Edit rule '%1'").arg(rule.name),
                     edits::putRule(m_document->workspace(), index, rule, editor.priority()));
    selectRow(m_document->workspace().ruleIndex(rule.name));
}

void RulesPage::deleteRule()
{
    const qsizetype index = currentIndex();
    if (index < 0)
        return;

    const QString name = m_document->workspace().rules.at(index).name;
    if (QMessageBox::question(this, tr("Delete rule"), tr("Delete the rule '%1'?").arg(name))
        != QMessageBox::Yes)
        return;
    m_document->edit(tr("Delete rule '%1'").arg(name),
                     edits::removeRule(m_document->workspace(), index));
}

void RulesPage::toggleRule()
{
    const qsizetype index = currentIndex();
    if (index < 0)
        return;

    const MailFlowRule &rule = m_document->workspace().rules.at(index);
    const QString text = rule.enabled ? tr("Turn off rule '%1'") : tr("Turn on rule '%1'");
    m_document->edit(text.arg(rule.name),
                     edits::setRuleEnabled(m_document->workspace(), index, !rule.enabled));
    selectRow(index);
}

void RulesPage::moveUp()
{
    move(-1);
}

void RulesPage::moveDown()
{
    move(+1);
}

void RulesPage::move(qsizetype delta)
{
    const qsizetype index = currentIndex();
    const qsizetype target = index + delta;
    if (index < 0 || target < 0 || target >= m_document->workspace().rules.size())
        return;

    const QString name = m_document->workspace().rules.at(index).name;
    const QString text = delta < 0 ? tr("Move rule '%1' up") : tr("Move rule '%1' down");
    m_document->edit(text.arg(name), edits::moveRule(m_document->workspace(), index, target));
    selectRow(target);
}

void RulesPage::updateButtons()
{
    const qsizetype index = currentIndex();
    const qsizetype count = m_document->workspace().rules.size();
    const bool selected = index >= 0;
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
    m_toggleButton->setEnabled(selected);
    m_upButton->setEnabled(selected && index > 0);
    m_downButton->setEnabled(selected && index + 1 < count);

    const bool enabled = selected && m_document->workspace().rules.at(index).enabled;
    m_toggleButton->setText(enabled || !selected ? tr("T&urn off") : tr("T&urn on"));
    setDetails(selected ? describeRule(m_document->workspace().rules.at(index))
                        : tr("Select a rule to read what it does."));
}

} // namespace mailflow
