#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <utility>

namespace mailflow {

// Which way mail crosses the connector, in the admin center's "Connection from / to" terms.
enum class ConnectorKind {
    OutboundToOrganization, // Office 365 → your organization's email server
    OutboundToPartner,      // Office 365 → partner organization
    InboundFromOrganization, // your organization's email server → Office 365
    InboundFromPartner,     // partner organization → Office 365
};

// "Use of connector": when the cloud hands a message to an outbound connector.
enum class ConnectorUsage {
    RuleScoped,         // IsTransportRuleScoped $true
    RecipientDomains,   // RecipientDomains a.com,*.b.com
    AllAcceptedDomains, // AllAcceptedDomains $true (organization server only)
};

// "Routing": where an outbound connector delivers.
enum class ConnectorRouting {
    SmartHosts, // UseMXRecord $false -SmartHosts …
    MxRecord,   // UseMXRecord $true (partner only)
};

// TlsSettings of an outbound connector; None means opportunistic TLS ($null).
enum class TlsSettings {
    None,
    EncryptionOnly,
    CertificateValidation,
    DomainValidation,
};

enum class SmtpDaneMode { None, Opportunistic, Mandatory };
enum class MtaStsMode { None, Opportunistic };

// "Authenticating sent email" of an inbound connector from the organization's server.
enum class InboundIdentity {
    CertificateSubject, // TlsSenderCertificateName
    SenderIpAddresses,  // SenderIPAddresses
    SenderDomains,      // partner: SenderDomains only
};

// What the last validation proved; Set-OutboundConnector keeps the same three facts.
struct ValidationRecord {
    bool validated = false;
    QDateTime lastValidatedUtc;
    QStringList recipients;

    friend bool operator==(const ValidationRecord &, const ValidationRecord &) = default;
};

struct Connector {
    QString name;
    QString description;
    ConnectorKind kind = ConnectorKind::OutboundToOrganization;
    bool enabled = true;
    bool retainInternalHeaders = true;

    // Outbound.
    ConnectorUsage usage = ConnectorUsage::RuleScoped;
    QStringList recipientDomains;
    ConnectorRouting routing = ConnectorRouting::SmartHosts;
    QStringList smartHosts;
    TlsSettings tls = TlsSettings::DomainValidation;
    QString tlsDomain;
    SmtpDaneMode daneMode = SmtpDaneMode::Opportunistic;
    MtaStsMode mtaStsMode = MtaStsMode::Opportunistic;
    QStringList validationRecipients;
    ValidationRecord validation;

    // Inbound.
    InboundIdentity identity = InboundIdentity::CertificateSubject;
    QString tlsSenderCertificateName;
    QStringList senderIpAddresses;
    QStringList senderDomains;
    bool requireTls = true;
    bool restrictToCertificate = false;
    bool restrictToIpAddresses = false;

    // Parameters of an imported connector that the model has no field for: PowerShell
    // parameter name → its value exactly as written in the source (empty for a switch).
    QList<std::pair<QString, QString>> unmodelledParameters;

    [[nodiscard]] bool isOutbound() const
    {
        return kind == ConnectorKind::OutboundToOrganization
            || kind == ConnectorKind::OutboundToPartner;
    }

    [[nodiscard]] bool isPartner() const
    {
        return kind == ConnectorKind::OutboundToPartner
            || kind == ConnectorKind::InboundFromPartner;
    }

    [[nodiscard]] bool isRuleScoped() const
    {
        return isOutbound() && usage == ConnectorUsage::RuleScoped;
    }

    // True when TLS must succeed before anything is sent (the "Always use TLS" box).
    [[nodiscard]] bool requiresTls() const { return tls != TlsSettings::None; }

    // A copy holding only what the kind uses, so a changed direction leaves nothing stale.
    [[nodiscard]] Connector normalized() const;

    friend bool operator==(const Connector &, const Connector &) = default;
};

} // namespace mailflow
