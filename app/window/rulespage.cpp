#include "rulespage.h"

#include "model/rulesentence.h"
#include "model/workspaceedits.h"
#include "rule/ruleeditor.h"
#include "ruletablemodel.h"
#include "workspacedocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mailflow {

RulesPage::RulesPage(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new RuleTableModel(document, this))
    , m_view(new QTableView(this))
    , m_summaryLabel(new QLabel(this))
    , m_addButton(new QPushButton(tr("&Add rule…"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_toggleButton(new QPushButton(tr("Turn o&ff"), this))
    , m_upButton(new QPushButton(tr("Move &up"), this))
    , m_downButton(new QPushButton(tr("Move do&wn"), this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Rules"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryLabel->setAccessibleName(tr("Selected rule summary"));
    m_addButton->setAccessibleName(tr("Add rule"));
    m_editButton->setAccessibleName(tr("Edit rule"));
    m_deleteButton->setAccessibleName(tr("Delete rule"));
    m_toggleButton->setAccessibleName(tr("Turn rule on or off"));
    m_upButton->setAccessibleName(tr("Move rule up"));
    m_downButton->setAccessibleName(tr("Move rule down"));

    connect(m_addButton, &QPushButton::clicked, this, &RulesPage::addRule);
    connect(m_editButton, &QPushButton::clicked, this, &RulesPage::editRule);
    connect(m_deleteButton, &QPushButton::clicked, this, &RulesPage::deleteRule);
    connect(m_toggleButton, &QPushButton::clicked, this, &RulesPage::toggleRule);
    connect(m_upButton, &QPushButton::clicked, this, &RulesPage::moveUp);
    connect(m_downButton, &QPushButton::clicked, this, &RulesPage::moveDown);
    connect(m_view, &QTableView::doubleClicked, this, &RulesPage::editRule);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RulesPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RulesPage::updateButtons);

    // A fresh list starts with its first entry selected, so its details show at once.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (currentIndex() < 0)
            selectRow(0);
    });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_addButton, m_editButton, m_deleteButton, m_toggleButton,
                                m_upButton, m_downButton})
        buttons->addWidget(button);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summaryLabel);
    updateButtons();
}

qsizetype RulesPage::currentIndex() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void RulesPage::selectRow(qsizetype row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_view->selectRow(int(row));
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
    m_toggleButton->setText(enabled || !selected ? tr("Turn o&ff") : tr("Turn o&n"));
    m_summaryLabel->setText(selected ? describeRule(m_document->workspace().rules.at(index))
                                     : tr("Select a rule to read what it does."));
}

} // namespace mailflow
