#include "connectortablemodel.h"

#include "model/connectortext.h"
#include "workspacedocument.h"

namespace mailflow {

ConnectorTableModel::ConnectorTableModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &WorkspaceDocument::workspaceChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int ConnectorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->workspace().connectors.size());
}

int ConnectorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectorTableModel::data(const QModelIndex &index, int role) const
{
    const auto &connectors = m_document->workspace().connectors;
    if (!index.isValid() || index.row() >= connectors.size())
        return {};
    const Connector &connector = connectors.at(index.row());

    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return connector.description;
    if (role != Qt::DisplayRole)
        return {};

    switch (index.column()) {
    case NameColumn:
        return connector.name;
    case StatusColumn:
        return connector.enabled ? tr("On") : tr("Off");
    case DirectionColumn:
        return directionText(connector.kind);
    case UsageColumn:
        return connector.isOutbound()
            ? QStringLiteral("%1; %2").arg(usageText(connector), routingText(connector))
            : usageText(connector);
    case TlsColumn:
        return connector.isOutbound() ? tlsText(connector) : QString();
    case ValidationColumn:
        return connector.isOutbound() ? validationText(connector.validation) : QString();
    default:
        return {};
    }
}

QVariant ConnectorTableModel::headerData(int section, Qt::Orientation orientation,
                                         int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};

    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case DirectionColumn:
        return tr("Connection");
    case UsageColumn:
        return tr("Use and routing");
    case TlsColumn:
        return tr("Security");
    case ValidationColumn:
        return tr("Validation");
    default:
        return {};
    }
}

} // namespace mailflow
