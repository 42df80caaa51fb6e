#include "connectortablemodel.h"

#include "model/connectortext.h"
#include "workspacedocument.h"

namespace mailflow {

namespace {

// The table holds the short form; the details under it say the same in full sentences.
QString shortUsageText(const Connector &connector)
{
    if (!connector.isOutbound())
        return ConnectorTableModel::tr("Incoming mail");
    switch (connector.usage) {
    case ConnectorUsage::RuleScoped:
        return ConnectorTableModel::tr("Redirecting rules");
    case ConnectorUsage::RecipientDomains:
        return connector.recipientDomains.join(u", ");
    case ConnectorUsage::AllAcceptedDomains:
        return ConnectorTableModel::tr("All accepted domains");
    }
    return {};
}

QString shortTlsText(const Connector &connector)
{
    switch (connector.tls) {
    case TlsSettings::None:
        return ConnectorTableModel::tr("TLS if offered");
    case TlsSettings::EncryptionOnly:
        return ConnectorTableModel::tr("TLS, any certificate");
    case TlsSettings::CertificateValidation:
        return ConnectorTableModel::tr("TLS, trusted CA");
    case TlsSettings::DomainValidation:
        return ConnectorTableModel::tr("TLS, trusted CA naming %1").arg(connector.tlsDomain);
    }
    return {};
}

} // namespace

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
        return shortUsageText(connector);
    case RoutingColumn:
        if (!connector.isOutbound())
            return QString();
        return connector.routing == ConnectorRouting::MxRecord
            ? tr("MX record") : connector.smartHosts.join(u", ");
    case TlsColumn:
        return connector.isOutbound() ? shortTlsText(connector) : QString();
    case ValidationColumn:
        if (!connector.isOutbound())
            return QString();
        if (connector.validation.validated)
            return tr("Validated");
        return connector.validation.lastValidatedUtc.isValid() ? tr("Failed")
                                                                : tr("Not validated");
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
        return tr("Used for");
    case RoutingColumn:
        return tr("Smart hosts");
    case TlsColumn:
        return tr("Security");
    case ValidationColumn:
        return tr("Validation");
    default:
        return {};
    }
}

} // namespace mailflow
