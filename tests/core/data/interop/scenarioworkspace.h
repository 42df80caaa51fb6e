#pragma once

// The workspaces the interoperability tests export and read back, built in code so a golden
// file changes only when the writer does. Included by the tst_powershell*, tst_rulecollection*
// and tst_diff* tests.

#include "model/predicateregistry.h"
#include "model/workspace.h"

#include <QTimeZone>

namespace mailflow::interoptest {

inline RuleCondition condition(const char *kind, PredicateValue value)
{
    return {QString::fromLatin1(kind), std::move(value)};
}

inline RuleAction action(const char *kind, PredicateValue value = {})
{
    return {QString::fromLatin1(kind), std::move(value)};
}

inline PredicateValue items(const QStringList &list)
{
    PredicateValue value;
    value.items = list;
    return value;
}

inline PredicateValue text(const QString &first, const QString &second = {})
{
    PredicateValue value;
    value.text = first;
    value.secondText = second;
    return value;
}

inline QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// The reference scenario: mail for users in New Orleans and Baton Rouge goes to the
// organization's own server through a rule-scoped connector, beside a partner connector, two
// inbound connectors and two more rules that use the other value shapes.
inline Workspace referenceScenario()
{
    Workspace workspace;

    Connector nola;
    nola.name = QStringLiteral("New Orleans Mail");
    nola.description = QStringLiteral("Routes Louisiana users to the on-premises server");
    nola.kind = ConnectorKind::OutboundToOrganization;
    nola.usage = ConnectorUsage::RuleScoped;
    nola.routing = ConnectorRouting::SmartHosts;
    nola.smartHosts = {QStringLiteral("mail.nola.contoso.test"), QStringLiteral("192.0.2.25")};
    nola.tls = TlsSettings::DomainValidation;
    nola.tlsDomain = QStringLiteral("mail.contoso.test");
    nola.validationRecipients = {QStringLiteral("probe@nola.contoso.test"),
                                 QStringLiteral("admin@nola.contoso.test")};
    workspace.connectors << nola;

    Connector partner;
    partner.name = QStringLiteral("Fabrikam Partner");
    partner.kind = ConnectorKind::OutboundToPartner;
    partner.enabled = false;
    partner.retainInternalHeaders = false;
    partner.usage = ConnectorUsage::RecipientDomains;
    partner.recipientDomains = {QStringLiteral("fabrikam.test"), QStringLiteral("*.fabrikam.test")};
    partner.routing = ConnectorRouting::MxRecord;
    partner.tls = TlsSettings::CertificateValidation;
    partner.daneMode = SmtpDaneMode::Mandatory;
    partner.mtaStsMode = MtaStsMode::None;
    workspace.connectors << partner;

    Connector fromServer;
    fromServer.name = QStringLiteral("From on-premises");
    fromServer.kind = ConnectorKind::InboundFromOrganization;
    fromServer.identity = InboundIdentity::CertificateSubject;
    fromServer.tlsSenderCertificateName = QStringLiteral("mail.contoso.test");
    workspace.connectors << fromServer;

    Connector fromPartner;
    fromPartner.name = QStringLiteral("From Fabrikam");
    fromPartner.kind = ConnectorKind::InboundFromPartner;
    fromPartner.identity = InboundIdentity::SenderDomains;
    fromPartner.senderDomains = {QStringLiteral("fabrikam.test")};
    fromPartner.requireTls = true;
    fromPartner.restrictToIpAddresses = true;
    fromPartner.senderIpAddresses = {QStringLiteral("198.51.100.0/24")};
    workspace.connectors << fromPartner;

    MailFlowRule route;
    route.name = QStringLiteral("Route New Orleans");
    PredicateValue city;
    city.properties = {{QStringLiteral("City"),
                        {QStringLiteral("New Orleans"), QStringLiteral("Baton Rouge")}}};
    route.conditions << condition("recipientPropertyContainsWords", city);
    route.actions << action("redirectToConnector", text(QStringLiteral("New Orleans Mail")))
                  << action("requireTls");
    route.stopProcessing = true;
    route.comments = QStringLiteral("Ticket #4711: Louisiana users stay on-premises");
    workspace.rules << route;

    MailFlowRule tag;
    tag.name = QStringLiteral("Tag partner mail");
    tag.enabled = false;
    tag.mode = RuleMode::Audit;
    tag.activationDate = utc("2026-12-04T00:00:00Z");
    tag.expiryDate = utc("2027-01-31T18:30:00Z");
    tag.errorAction = RuleErrorAction::Defer;
    tag.senderAddressLocation = SenderAddressLocation::HeaderOrEnvelope;
    tag.conditions << condition("senderDomainIs", items({QStringLiteral("fabrikam.test")}));
    PredicateValue skip = items({QStringLiteral("yes"), QStringLiteral("true")});
    skip.text = QStringLiteral("X-Skip-Tag");
    tag.exceptions << condition("headerContainsWords", skip);
    tag.actions << action("prependSubject", text(QStringLiteral("[Fabrikam] ")))
                << action("setHeader", text(QStringLiteral("X-Mailflow-Route"),
                                            QStringLiteral("partner")));
    workspace.rules << tag;

    MailFlowRule large;
    large.name = QStringLiteral("Reject large mail");
    PredicateValue size;
    size.number = 10 * 1024 * 1024;
    large.conditions << condition("messageSizeOver", size)
                     << condition("sentToScope", text(QStringLiteral("NotInOrganization")));
    PredicateValue sales;
    sales.properties = {{QStringLiteral("Department"), {QStringLiteral("Sales")}},
                        {QStringLiteral("Country"), {QStringLiteral("DE")}}};
    large.exceptions << condition("senderPropertyContainsWords", sales)
                     << condition("fromMemberOf",
                                  items({QStringLiteral("big-files@contoso.test")}));
    large.actions << action("rejectWithExplanation",
                            text(QStringLiteral("The message is larger than 10 MB."),
                                 QStringLiteral("5.7.1")));
    workspace.rules << large;
    return workspace;
}

// Names and values that test the quoting: every kind of quote, $, backticks, non-ASCII,
// the end of a CDATA section, comment markers and line breaks.
inline Workspace trickyWorkspace()
{
    Workspace workspace;
    Connector connector;
    connector.name =
        QStringLiteral("O'Brien’s ‘relay’ ‚x‛ $env:USER `n \"Zürich\" 東京");
    connector.description = QStringLiteral("Line one\r\nLine two\twith tab # not <# a comment");
    connector.kind = ConnectorKind::OutboundToOrganization;
    connector.smartHosts = {QStringLiteral("mail.contoso.test")};
    connector.tlsDomain = QStringLiteral("mail.contoso.test");
    workspace.connectors << connector;

    MailFlowRule rule;
    rule.name = QStringLiteral("Über ']]>' & “quotes” $(Get-Date) `$x");
    rule.comments =
        QStringLiteral("Multi-line\ncomment with ‘’‚‛ and '' and \"\" and `` and $");
    PredicateValue words = items({QStringLiteral("it's"), QStringLiteral("$100"),
                                  QStringLiteral("a`b"), QStringLiteral("naïve café"),
                                  QStringLiteral("@splat"), QStringLiteral("-NotAParameter"),
                                  QStringLiteral("semi;colon"), QStringLiteral("(paren)")});
    rule.conditions << condition("subjectContainsWords", words);
    PredicateValue city;
    city.properties = {{QStringLiteral("City"), {QStringLiteral("São Paulo"),
                                                 QStringLiteral("O'Fallon")}}};
    rule.conditions << condition("recipientPropertyContainsWords", city);
    rule.actions << action("redirectToConnector", text(connector.name));
    rule.unmodelledParameters = {{QStringLiteral("SetSCL"), QStringLiteral("'5'")},
                                 {QStringLiteral("Confirm"), QStringLiteral(":$false")}};
    workspace.rules << rule;
    return workspace;
}

} // namespace mailflow::interoptest
