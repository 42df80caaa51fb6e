#include "workspacescenario.h"

namespace mailflow::storetest {

QString unicodeText()
{
    return QStringLiteral("Zürich → Ñandú 東京 😀");
}

PredicateValue valueFor(ValueShape shape, const QString &connectorName)
{
    PredicateValue value;
    switch (shape) {
    case ValueShape::Words:
        value.items = {QStringLiteral("New Orleans"), unicodeText()};
        break;
    case ValueShape::Patterns:
        value.items = {QStringLiteral("^ab+c\\d$"), QStringLiteral("\"quoted\"\\\\")};
        break;
    case ValueShape::Addresses:
        value.items = {QStringLiteral("ana@contoso.com"), QStringLiteral("sales@fabrikam.com")};
        break;
    case ValueShape::Domains:
        value.items = {QStringLiteral("fabrikam.com")};
        break;
    case ValueShape::PropertyWords:
        value.properties = {{QStringLiteral("City"), {QStringLiteral("New Orleans"),
                                                      QStringLiteral("Baton Rouge")}},
                            {QStringLiteral("Department"), {unicodeText()}}};
        break;
    case ValueShape::PropertyPatterns:
        value.properties = {{QStringLiteral("Title"), {QStringLiteral("^Dir.*")}}};
        break;
    case ValueShape::Scope:
        value.text = QStringLiteral("NotInOrganization");
        break;
    case ValueShape::SizeBytes:
        value.number = Q_INT64_C(5000000000); // beyond 32 bits on purpose
        break;
    case ValueShape::HeaderWords:
        value.text = QStringLiteral("X-Route");
        value.items = {QStringLiteral("east")};
        break;
    case ValueShape::HeaderPatterns:
        value.text = QStringLiteral("X-Route");
        value.items = {QStringLiteral("^e")};
        break;
    case ValueShape::Connector:
        value.text = connectorName;
        break;
    case ValueShape::Text:
        value.text = QStringLiteral("[External] ") + unicodeText();
        break;
    case ValueShape::HeaderValue:
        value.text = QStringLiteral("X-Handled");
        value.secondText = QStringLiteral("yes\ttab \"and\" line\nbreak");
        break;
    case ValueShape::Rejection:
        value.text = QStringLiteral("Not allowed");
        value.secondText = QStringLiteral("5.7.900");
        break;
    case ValueShape::Flag:
        break;
    }
    return value;
}

Workspace fullScenario()
{
    Workspace w;

    Connector org;
    org.name = QStringLiteral("Office 365 to Contoso mail server");
    org.description = unicodeText();
    org.smartHosts = {QStringLiteral("mail1.contoso.com"), QStringLiteral("192.0.2.0/28")};
    org.tls = TlsSettings::DomainValidation;
    org.tlsDomain = QStringLiteral("*.contoso.com");
    org.daneMode = SmtpDaneMode::Mandatory;
    org.mtaStsMode = MtaStsMode::None;
    org.validationRecipients = {QStringLiteral("postmaster@contoso.com")};
    org.validation.validated = true;
    org.validation.lastValidatedUtc =
        QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);
    org.validation.recipients = {QStringLiteral("postmaster@contoso.com")};
    w.connectors << org;

    Connector partner;
    partner.name = QStringLiteral("Partner Ñandú");
    partner.kind = ConnectorKind::OutboundToPartner;
    partner.enabled = false;
    partner.retainInternalHeaders = false;
    partner.usage = ConnectorUsage::RecipientDomains;
    partner.recipientDomains = {QStringLiteral("fabrikam.com"), QStringLiteral("*.fabrikam.com")};
    partner.routing = ConnectorRouting::MxRecord;
    partner.smartHosts.clear();
    partner.tls = TlsSettings::EncryptionOnly;
    partner.daneMode = SmtpDaneMode::None;
    w.connectors << partner;

    Connector all = org;
    all.name = QStringLiteral("東京 all domains");
    all.usage = ConnectorUsage::AllAcceptedDomains;
    all.tls = TlsSettings::CertificateValidation;
    all.tlsDomain.clear();
    all.validation = {};
    w.connectors << all;

    Connector opportunistic = org;
    opportunistic.name = QStringLiteral("Opportunistic");
    opportunistic.tls = TlsSettings::None;
    opportunistic.tlsDomain.clear();
    w.connectors << opportunistic;

    Connector inboundOrg;
    inboundOrg.name = QStringLiteral("Contoso to Office 365");
    inboundOrg.kind = ConnectorKind::InboundFromOrganization;
    inboundOrg.identity = InboundIdentity::SenderIpAddresses;
    inboundOrg.senderIpAddresses = {QStringLiteral("192.0.2.10"),
                                    QStringLiteral("198.51.100.0/24")};
    inboundOrg = inboundOrg.normalized();
    w.connectors << inboundOrg;

    Connector inboundPartner;
    inboundPartner.name = QStringLiteral("Fabrikam to Office 365");
    inboundPartner.kind = ConnectorKind::InboundFromPartner;
    inboundPartner.identity = InboundIdentity::SenderDomains;
    inboundPartner.senderDomains = {QStringLiteral("*")};
    inboundPartner.requireTls = false;
    inboundPartner.restrictToCertificate = true;
    inboundPartner.tlsSenderCertificateName = QStringLiteral("*.fabrikam.com");
    inboundPartner.restrictToIpAddresses = true;
    inboundPartner.senderIpAddresses = {QStringLiteral("203.0.113.5-203.0.113.9")};
    inboundPartner = inboundPartner.normalized();
    w.connectors << inboundPartner;

    Connector certificateSubject = inboundOrg;
    certificateSubject.name = QStringLiteral("By certificate");
    certificateSubject.identity = InboundIdentity::CertificateSubject;
    certificateSubject.senderIpAddresses.clear();
    certificateSubject.tlsSenderCertificateName = QStringLiteral("mail.contoso.com");
    w.connectors << certificateSubject;

    MailFlowRule everyCondition;
    everyCondition.name = QStringLiteral("Every condition ") + unicodeText();
    everyCondition.comments = unicodeText() + QStringLiteral("\nsecond line");
    everyCondition.mode = RuleMode::AuditAndNotify;
    everyCondition.activationDate = QDateTime(QDate(2025, 1, 31), QTime(18, 0), Qt::UTC);
    everyCondition.expiryDate = QDateTime(QDate(2026, 1, 31), QTime(18, 0, 0, 5), Qt::UTC);
    everyCondition.stopProcessing = true;
    everyCondition.errorAction = RuleErrorAction::Defer;
    everyCondition.senderAddressLocation = SenderAddressLocation::HeaderOrEnvelope;
    for (const PredicateType *type : predicateTypes(PredicateRole::Condition)) {
        everyCondition.conditions << RuleCondition{type->idString(),
                                                   valueFor(type->shape, org.name)};
        everyCondition.exceptions << RuleCondition{type->idString(),
                                                   valueFor(type->shape, org.name)};
    }
    for (const PredicateType *type : predicateTypes(PredicateRole::Action))
        everyCondition.actions << RuleAction{type->idString(), valueFor(type->shape, org.name)};
    w.rules << everyCondition;

    MailFlowRule audit;
    audit.name = QStringLiteral("Audit only");
    audit.enabled = false;
    audit.mode = RuleMode::Audit;
    audit.senderAddressLocation = SenderAddressLocation::Envelope;
    audit.conditions << RuleCondition{QStringLiteral("sentToScope"),
                                      valueFor(ValueShape::Scope, {})};
    audit.actions << RuleAction{QStringLiteral("deleteMessage"), {}};
    w.rules << audit;

    MailFlowRule plain;
    plain.name = QStringLiteral("Route New Orleans recipients");
    plain.conditions << RuleCondition{QStringLiteral("recipientPropertyContainsWords"),
                                      valueFor(ValueShape::PropertyWords, {})};
    plain.actions << RuleAction{QStringLiteral("redirectToConnector"),
                                valueFor(ValueShape::Connector, org.name)};
    w.rules << plain;
    return w;
}

} // namespace mailflow::storetest
