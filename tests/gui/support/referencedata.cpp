#include "referencedata.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace mailflow::testsupport {

Connector contosoConnector()
{
    Connector c;
    c.name = u"Contoso on-premises"_s;
    c.description = u"Mail that the New Orleans rule redirects"_s;
    c.kind = ConnectorKind::OutboundToOrganization;
    c.usage = ConnectorUsage::RuleScoped;
    c.smartHosts = {u"mail.contoso.com"_s, u"192.0.2.25"_s};
    c.tls = TlsSettings::DomainValidation;
    c.tlsDomain = u"*.contoso.com"_s;
    c.validationRecipients = {u"admin@contoso.com"_s};
    return c;
}

Connector existingConnector()
{
    Connector c;
    c.name = u"Existing relay host"_s;
    c.smartHosts = {u"smtp.example.net"_s};
    c.tlsDomain = u"smtp.example.net"_s;
    return c;
}

Workspace workspaceWith(const QList<Connector> &connectors)
{
    Workspace workspace;
    workspace.connectors = connectors;
    return workspace;
}

Connector fabrikamInboundConnector()
{
    Connector c;
    c.name = u"From Fabrikam"_s;
    c.kind = ConnectorKind::InboundFromPartner;
    c.senderDomains = {u"fabrikam.com"_s};
    return c;
}

QString redirectConnectorName()
{
    return u"Office 365 to Contoso"_s;
}

Connector inboundConnector()
{
    Connector connector;
    connector.name = u"Contoso to Office 365"_s;
    connector.kind = ConnectorKind::InboundFromOrganization;
    connector.tlsSenderCertificateName = u"mail.contoso.com"_s;
    return connector;
}

Workspace referenceWorkspace()
{
    Connector outbound;
    outbound.name = redirectConnectorName();
    outbound.kind = ConnectorKind::OutboundToOrganization;
    outbound.usage = ConnectorUsage::RuleScoped;
    outbound.smartHosts = {u"mail.contoso.com"_s};
    outbound.tlsDomain = u"mail.contoso.com"_s;
    return workspaceWith({outbound, inboundConnector()});
}

MailFlowRule referenceRule(const QStringList &words)
{
    MailFlowRule rule;
    rule.name = u"Route New Orleans to Contoso"_s;
    rule.mode = RuleMode::Audit;
    rule.activationDate = QDateTime(QDate(2030, 1, 15), QTime(8, 0));
    rule.expiryDate = QDateTime(QDate(2030, 6, 30), QTime(18, 30));
    rule.stopProcessing = true;
    rule.comments = u"Requested by the New Orleans office."_s;

    RuleCondition condition{u"recipientPropertyContainsWords"_s, {}};
    condition.value.properties = {{u"City"_s, words}};
    rule.conditions = {condition};

    RuleAction action{u"redirectToConnector"_s, {}};
    action.value.text = redirectConnectorName();
    rule.actions = {action};
    return rule;
}

} // namespace mailflow::testsupport
