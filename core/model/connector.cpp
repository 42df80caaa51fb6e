#include "connector.h"

namespace mailflow {

Connector Connector::normalized() const
{
    Connector out = *this;
    const Connector defaults;

    if (out.isOutbound()) {
        out.identity = defaults.identity;
        out.tlsSenderCertificateName.clear();
        out.senderIpAddresses.clear();
        out.senderDomains.clear();
        out.requireTls = defaults.requireTls;
        out.restrictToCertificate = false;
        out.restrictToIpAddresses = false;

        if (out.usage != ConnectorUsage::RecipientDomains)
            out.recipientDomains.clear();
        if (out.kind == ConnectorKind::OutboundToOrganization) {
            // The org-server wizard offers smart hosts only.
            out.routing = ConnectorRouting::SmartHosts;
        } else if (out.usage == ConnectorUsage::AllAcceptedDomains) {
            out.usage = ConnectorUsage::RuleScoped;
        }
        if (out.routing == ConnectorRouting::MxRecord)
            out.smartHosts.clear();
        if (out.tls != TlsSettings::DomainValidation)
            out.tlsDomain.clear();
        return out;
    }

    out.usage = defaults.usage;
    out.recipientDomains.clear();
    out.routing = defaults.routing;
    out.smartHosts.clear();
    out.tls = defaults.tls;
    out.tlsDomain.clear();
    out.daneMode = defaults.daneMode;
    out.mtaStsMode = defaults.mtaStsMode;
    out.validationRecipients.clear();
    out.validation = {};
    if (out.kind == ConnectorKind::InboundFromPartner)
        out.retainInternalHeaders = defaults.retainInternalHeaders;

    if (out.kind == ConnectorKind::InboundFromOrganization) {
        out.senderDomains.clear();
        out.restrictToCertificate = false;
        out.restrictToIpAddresses = false;
        if (out.identity == InboundIdentity::SenderDomains)
            out.identity = InboundIdentity::CertificateSubject;
        if (out.identity == InboundIdentity::CertificateSubject)
            out.senderIpAddresses.clear();
        else
            out.tlsSenderCertificateName.clear();
    } else {
        if (!out.restrictToCertificate)
            out.tlsSenderCertificateName.clear();
        if (!out.restrictToIpAddresses && out.identity != InboundIdentity::SenderIpAddresses)
            out.senderIpAddresses.clear();
    }
    return out;
}

} // namespace mailflow
