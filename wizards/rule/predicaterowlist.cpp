#include "predicaterowlist.h"

#include "predicaterow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailflow {

PredicateRowList::PredicateRowList(Section section, const Workspace &workspace,
                                   QWidget *parent)
    : QWidget(parent)
    , m_section(section)
    , m_workspace(workspace)
    , m_rowLayout(new QVBoxLayout)
    , m_addButton(new QPushButton(this))
{
    switch (section) {
    case Section::Conditions:
        m_addButton->setText(tr("+ &Add condition"));
        m_addButton->setAccessibleName(tr("Add condition"));
        break;
    case Section::Actions:
        m_addButton->setText(tr("+ Add a&ction"));
        m_addButton->setAccessibleName(tr("Add action"));
        break;
    case Section::Exceptions:
        m_addButton->setText(tr("+ Add exce&ption"));
        m_addButton->setAccessibleName(tr("Add exception"));
        break;
    }
    m_addButton->setAutoDefault(false);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        PredicateRow *row = addRow();
        row->subjectComboBox()->setFocus();
    });

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_addButton);
    buttonRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowLayout->setSpacing(8);
    layout->addLayout(m_rowLayout);
    layout->addLayout(buttonRow);

    if (section != Section::Exceptions)
        addRow();
}

QList<RuleCondition> PredicateRowList::conditions() const
{
    QList<RuleCondition> out;
    for (const PredicateRow *row : m_rows) {
        if (!row->kind().isEmpty())
            out.append({row->kind(), row->value()});
    }
    return out;
}

QList<RuleAction> PredicateRowList::actions() const
{
    QList<RuleAction> out;
    for (const PredicateRow *row : m_rows) {
        if (!row->kind().isEmpty())
            out.append({row->kind(), row->value()});
    }
    return out;
}

void PredicateRowList::setConditions(const QList<RuleCondition> &conditions)
{
    clearRows();
    for (const RuleCondition &condition : conditions)
        addRow()->setPredicate(condition.kind, condition.value);
    if (m_rows.isEmpty() && m_section != Section::Exceptions)
        addRow();
    Q_EMIT changed();
}

void PredicateRowList::setActions(const QList<RuleAction> &actions)
{
    clearRows();
    for (const RuleAction &action : actions)
        addRow()->setPredicate(action.kind, action.value);
    if (m_rows.isEmpty())
        addRow();
    Q_EMIT changed();
}

QStringList PredicateRowList::unfinishedRows() const
{
    QStringList out;
    for (int index = 0; index < m_rows.size(); ++index) {
        const PredicateRow *row = m_rows.at(index);
        // An untouched extra row is as unfinished as a half-chosen one: it would be dropped
        // silently on save, so the admin is asked to fill it in or remove it.
        const bool untouchedExtra = row->kind().isEmpty()
            && (m_rows.size() > 1 || m_section == Section::Exceptions);
        if (!row->isStarted() && !untouchedExtra)
            continue;
        switch (m_section) {
        case Section::Conditions:
            out << tr("Condition %1: choose what to check in both lists, or remove the row.")
                       .arg(index + 1);
            break;
        case Section::Actions:
            out << tr("Action %1: choose what to do in both lists, or remove the row.")
                       .arg(index + 1);
            break;
        case Section::Exceptions:
            out << tr("Exception %1: choose what to check in both lists, or remove the row.")
                       .arg(index + 1);
            break;
        }
    }
    return out;
}

QList<QWidget *> PredicateRowList::focusWidgets() const
{
    QList<QWidget *> out;
    for (const PredicateRow *row : m_rows)
        out << row->focusWidgets();
    out << m_addButton;
    return out;
}

PredicateRow *PredicateRowList::addRow()
{
    auto *row = new PredicateRow(role(), m_workspace, this);
    m_rows.append(row);
    m_rowLayout->addWidget(row);

    connect(row, &PredicateRow::changed, this, &PredicateRowList::changed);
    connect(row, &PredicateRow::removeRequested, this, [this, row] { removeRow(row); });

    renumber();
    Q_EMIT rowsChanged();
    Q_EMIT changed();
    return row;
}

void PredicateRowList::removeRow(PredicateRow *row)
{
    const qsizetype index = m_rows.indexOf(row);
    if (index < 0)
        return;

    m_rows.removeAt(index);
    row->hide();
    row->deleteLater();

    if (m_rows.isEmpty() && m_section != Section::Exceptions)
        addRow();
    renumber();
    Q_EMIT rowsChanged();
    Q_EMIT changed();

    // Keep the keyboard user in the section instead of dropping focus to the window.
    const qsizetype next = qMin(index, m_rows.size() - 1);
    if (next >= 0)
        m_rows.at(next)->subjectComboBox()->setFocus();
    else
        m_addButton->setFocus();
}

void PredicateRowList::clearRows()
{
    for (PredicateRow *row : std::as_const(m_rows)) {
        row->hide();
        row->deleteLater();
    }
    m_rows.clear();
    Q_EMIT rowsChanged();
}

void PredicateRowList::renumber()
{
    for (int index = 0; index < m_rows.size(); ++index) {
        const int number = index + 1;
        switch (m_section) {
        case Section::Conditions:
            m_rows.at(index)->setNames(tr("Condition %1").arg(number),
                                       tr("Remove condition %1").arg(number),
                                       index == 0 ? QString() : tr("and"));
            break;
        case Section::Actions:
            m_rows.at(index)->setNames(tr("Action %1").arg(number),
                                       tr("Remove action %1").arg(number),
                                       index == 0 ? QString() : tr("and"));
            break;
        case Section::Exceptions:
            m_rows.at(index)->setNames(tr("Exception %1").arg(number),
                                       tr("Remove exception %1").arg(number),
                                       index == 0 ? QString() : tr("or"));
            break;
        }
    }
}

PredicateRole PredicateRowList::role() const
{
    return m_section == Section::Actions ? PredicateRole::Action : PredicateRole::Condition;
}

} // namespace mailflow
