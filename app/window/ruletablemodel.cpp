#include "ruletablemodel.h"

#include "model/rulesentence.h"
#include "workspacedocument.h"

namespace mailflow {

RuleTableModel::RuleTableModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &WorkspaceDocument::workspaceChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int RuleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->workspace().rules.size());
}

int RuleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleTableModel::data(const QModelIndex &index, int role) const
{
    const auto &rules = m_document->workspace().rules;
    if (!index.isValid() || index.row() >= rules.size())
        return {};
    const MailFlowRule &rule = rules.at(index.row());

    if (role == Qt::ToolTipRole)
        return describeRule(rule);
    if (role != Qt::DisplayRole)
        return {};

    switch (index.column()) {
    case PriorityColumn:
        return index.row();
    case NameColumn:
        return rule.name;
    case StatusColumn:
        return rule.enabled ? tr("On") : tr("Off");
    case ModeColumn:
        return ruleModeText(rule.mode);
    case SummaryColumn:
        return describeRule(rule);
    default:
        return {};
    }
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};

    switch (section) {
    case PriorityColumn:
        return tr("Priority");
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case ModeColumn:
        return tr("Mode");
    case SummaryColumn:
        return tr("What it does");
    default:
        return {};
    }
}

} // namespace mailflow
