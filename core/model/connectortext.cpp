#include "connectortext.h"

#include <QCoreApplication>

namespace mailflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::ConnectorText", text);
}

} // namespace

QString connectionFromText(ConnectorKind kind)
{
    switch (kind) {
    case ConnectorKind::OutboundToOrganization:
    case ConnectorKind::OutboundToPartner:
        return tr("Office 365");
    case ConnectorKind::InboundFromOrganization:
        return tr("Your organization's email server");
    case ConnectorKind::InboundFromPartner:
        return tr("Partner organization");
    }
    return {};
}

QString connectionToText(ConnectorKind kind)
{
    switch (kind) {
    case ConnectorKind::OutboundToOrganization:
        return tr("Your organization's email server");
    case ConnectorKind::OutboundToPartner:
        return tr("Partner organization");
    case ConnectorKind::InboundFromOrganization:
    case ConnectorKind::InboundFromPartner:
        return tr("Office 365");
    }
    return {};
}

QString directionText(ConnectorKind kind)
{
    return tr("%1 → %2").arg(connectionFromText(kind), connectionToText(kind));
}

QString usageText(const Connector &connector)
{
    if (!connector.isOutbound())
        return tr("Receives mail sent to Office 365");

    switch (connector.usage) {
    case ConnectorUsage::RuleScoped:
        return tr("Only when a mail flow rule redirects messages to this connector");
    case ConnectorUsage::RecipientDomains:
        return tr("Only for mail sent to: %1").arg(connector.recipientDomains.join(u", "));
    case ConnectorUsage::AllAcceptedDomains:
        return tr("For mail sent to all accepted domains of the organization");
    }
    return {};
}

QString routingText(const Connector &connector)
{
    if (connector.routing == ConnectorRouting::MxRecord)
        return tr("Use the MX record of the partner's domain");
    return tr("Smart hosts: %1").arg(connector.smartHosts.join(u", "));
}

QString tlsText(const Connector &connector)
{
    switch (connector.tls) {
    case TlsSettings::None:
        return tr("TLS when offered (opportunistic)");
    case TlsSettings::EncryptionOnly:
        return tr("Always TLS; any certificate, including self-signed");
    case TlsSettings::CertificateValidation:
        return tr("Always TLS; certificate issued by a trusted CA");
    case TlsSettings::DomainValidation:
        return tr("Always TLS; trusted CA and the certificate names %1")
            .arg(connector.tlsDomain);
    }
    return {};
}

QString tlsPowerShellValue(TlsSettings tls)
{
    switch (tls) {
    case TlsSettings::None:
        return QStringLiteral("$null");
    case TlsSettings::EncryptionOnly:
        return QStringLiteral("EncryptionOnly");
    case TlsSettings::CertificateValidation:
        return QStringLiteral("CertificateValidation");
    case TlsSettings::DomainValidation:
        return QStringLiteral("DomainValidation");
    }
    return {};
}

QString validationText(const ValidationRecord &record)
{
    if (!record.validated)
        return record.lastValidatedUtc.isValid()
            ? tr("Validation failed on %1").arg(record.lastValidatedUtc.toString(Qt::ISODate))
            : tr("Not validated");
    return tr("Validated on %1 against %2")
        .arg(record.lastValidatedUtc.toString(Qt::ISODate), record.recipients.join(u", "));
}

} // namespace mailflow
