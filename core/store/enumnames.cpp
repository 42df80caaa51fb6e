#include "enumnames.h"

namespace mailflow::store {

template<>
const QList<EnumName<ConnectorKind>> &enumNames<ConnectorKind>()
{
    static const QList<EnumName<ConnectorKind>> names = {
        {ConnectorKind::OutboundToOrganization, "outboundToOrganization"},
        {ConnectorKind::OutboundToPartner, "outboundToPartner"},
        {ConnectorKind::InboundFromOrganization, "inboundFromOrganization"},
        {ConnectorKind::InboundFromPartner, "inboundFromPartner"},
    };
    return names;
}

template<>
const QList<EnumName<ConnectorUsage>> &enumNames<ConnectorUsage>()
{
    static const QList<EnumName<ConnectorUsage>> names = {
        {ConnectorUsage::RuleScoped, "ruleScoped"},
        {ConnectorUsage::RecipientDomains, "recipientDomains"},
        {ConnectorUsage::AllAcceptedDomains, "allAcceptedDomains"},
    };
    return names;
}

template<>
const QList<EnumName<ConnectorRouting>> &enumNames<ConnectorRouting>()
{
    static const QList<EnumName<ConnectorRouting>> names = {
        {ConnectorRouting::SmartHosts, "smartHosts"},
        {ConnectorRouting::MxRecord, "mxRecord"},
    };
    return names;
}

// TlsSettings $null is not "no TLS": the cloud still uses TLS when the server offers it.
template<>
const QList<EnumName<TlsSettings>> &enumNames<TlsSettings>()
{
    static const QList<EnumName<TlsSettings>> names = {
        {TlsSettings::None, "opportunistic"},
        {TlsSettings::EncryptionOnly, "encryptionOnly"},
        {TlsSettings::CertificateValidation, "certificateValidation"},
        {TlsSettings::DomainValidation, "domainValidation"},
    };
    return names;
}

template<>
const QList<EnumName<SmtpDaneMode>> &enumNames<SmtpDaneMode>()
{
    static const QList<EnumName<SmtpDaneMode>> names = {
        {SmtpDaneMode::None, "none"},
        {SmtpDaneMode::Opportunistic, "opportunistic"},
        {SmtpDaneMode::Mandatory, "mandatory"},
    };
    return names;
}

template<>
const QList<EnumName<MtaStsMode>> &enumNames<MtaStsMode>()
{
    static const QList<EnumName<MtaStsMode>> names = {
        {MtaStsMode::None, "none"},
        {MtaStsMode::Opportunistic, "opportunistic"},
    };
    return names;
}

template<>
const QList<EnumName<InboundIdentity>> &enumNames<InboundIdentity>()
{
    static const QList<EnumName<InboundIdentity>> names = {
        {InboundIdentity::CertificateSubject, "certificateSubject"},
        {InboundIdentity::SenderIpAddresses, "senderIpAddresses"},
        {InboundIdentity::SenderDomains, "senderDomains"},
    };
    return names;
}

template<>
const QList<EnumName<RuleMode>> &enumNames<RuleMode>()
{
    static const QList<EnumName<RuleMode>> names = {
        {RuleMode::Enforce, "enforce"},
        {RuleMode::AuditAndNotify, "auditAndNotify"},
        {RuleMode::Audit, "audit"},
    };
    return names;
}

template<>
const QList<EnumName<RuleErrorAction>> &enumNames<RuleErrorAction>()
{
    static const QList<EnumName<RuleErrorAction>> names = {
        {RuleErrorAction::Ignore, "ignore"},
        {RuleErrorAction::Defer, "defer"},
    };
    return names;
}

template<>
const QList<EnumName<SenderAddressLocation>> &enumNames<SenderAddressLocation>()
{
    static const QList<EnumName<SenderAddressLocation>> names = {
        {SenderAddressLocation::Header, "header"},
        {SenderAddressLocation::Envelope, "envelope"},
        {SenderAddressLocation::HeaderOrEnvelope, "headerOrEnvelope"},
    };
    return names;
}

} // namespace mailflow::store
