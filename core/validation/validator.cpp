#include "validator.h"

#include "fieldrules.h"
#include "model/predicateregistry.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace mailflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::Validator", text);
}

class Collector
{
public:
    Collector(QString object, QString codePrefix)
        : m_object(std::move(object))
        , m_codePrefix(std::move(codePrefix))
    {
    }

    void error(const QString &code, const QString &field, const QString &message,
               const QString &fix = {})
    {
        m_out.append({Severity::Error, m_codePrefix + code, m_object, field, message, fix});
    }

    // Runs a field-rule check over each entry and files one error per bad entry.
    void eachEntry(const QString &code, const QString &field, const QStringList &entries,
                   QString (*check)(const QString &))
    {
        for (const QString &entry : entries) {
            const QString problem = check(entry);
            if (!problem.isEmpty())
                error(code, field, problem);
        }
        // A set keeps this linear: a connector may list tens of thousands of entries.
        QSet<QString> seen;
        seen.reserve(entries.size());
        for (const QString &entry : entries) {
            const QString folded = entry.toCaseFolded();
            if (seen.contains(folded))
                error(code + QStringLiteral(".duplicate"), field,
                      tr("'%1' is listed twice.").arg(entry), tr("Remove one of them."));
            seen.insert(folded);
        }
    }

    [[nodiscard]] Diagnostics take() { return std::move(m_out); }

private:
    QString m_object;
    QString m_codePrefix;
    Diagnostics m_out;
};

template<typename List>
bool nameTaken(const List &list, const QString &name, qsizetype selfIndex)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i != selfIndex && list.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Case-folded name → how many objects carry it, built once so that checking every object of a
// workspace stays linear.
template<typename List>
QHash<QString, int> nameCounts(const List &list)
{
    QHash<QString, int> counts;
    counts.reserve(list.size());
    for (const auto &item : list)
        ++counts[item.name.toCaseFolded()];
    return counts;
}

void checkName(Collector &c, const QString &name, bool taken, const QString &duplicateMessage)
{
    const QString problem = fieldrules::checkName(name);
    if (!problem.isEmpty())
        c.error(QStringLiteral("name"), tr("Name"), problem);
    else if (taken)
        c.error(QStringLiteral("name.duplicate"), tr("Name"),
                duplicateMessage.arg(name),
                tr("Choose a different name."));
}

void checkOutbound(Collector &c, const Connector &connector)
{
    if (connector.usage == ConnectorUsage::RecipientDomains) {
        if (connector.recipientDomains.isEmpty())
            c.error(QStringLiteral("recipientDomains.empty"), tr("Recipient domains"),
                    tr("No recipient domain is listed."),
                    tr("Add at least one domain with +."));
        c.eachEntry(QStringLiteral("recipientDomains"), tr("Recipient domains"),
                    connector.recipientDomains, &fieldrules::checkDomainPattern);
    }
    if (connector.usage == ConnectorUsage::AllAcceptedDomains
        && connector.kind != ConnectorKind::OutboundToOrganization)
        c.error(QStringLiteral("usage"), tr("Use of connector"),
                tr("All accepted domains is offered only for connectors to your "
                       "organization's email server."));

    if (connector.routing == ConnectorRouting::SmartHosts) {
        if (connector.smartHosts.isEmpty())
            c.error(QStringLiteral("smartHosts.empty"), tr("Smart hosts"),
                    tr("No smart host is listed."),
                    tr("Add the host name or IP address of each server with +."));
        c.eachEntry(QStringLiteral("smartHosts"), tr("Smart hosts"), connector.smartHosts,
                    &fieldrules::checkSmartHost);
    } else if (connector.kind == ConnectorKind::OutboundToOrganization) {
        c.error(QStringLiteral("routing"), tr("Routing"),
                tr("Connectors to your organization's email server route through smart "
                   "hosts only."));
    }

    if (connector.tls == TlsSettings::DomainValidation) {
        const QString problem = fieldrules::checkTlsDomain(connector.tlsDomain);
        if (!problem.isEmpty())
            c.error(QStringLiteral("tlsDomain"), tr("Certificate domain"), problem);
    }

    c.eachEntry(QStringLiteral("validationRecipients"), tr("Validation email"),
                connector.validationRecipients, &fieldrules::checkMailbox);
}

void checkInbound(Collector &c, const Connector &connector)
{
    const bool byCertificate = connector.identity == InboundIdentity::CertificateSubject
        || connector.restrictToCertificate;
    if (byCertificate) {
        const QString problem = fieldrules::checkTlsDomain(connector.tlsSenderCertificateName);
        if (!problem.isEmpty())
            c.error(QStringLiteral("tlsSenderCertificateName"), tr("Certificate subject"),
                    problem);
    }

    const bool byAddress = connector.identity == InboundIdentity::SenderIpAddresses
        || connector.restrictToIpAddresses;
    if (byAddress) {
        if (connector.senderIpAddresses.isEmpty())
            c.error(QStringLiteral("senderIpAddresses.empty"), tr("Sender IP addresses"),
                    tr("No sender IP address is listed."),
                    tr("Add each address or range with +."));
        c.eachEntry(QStringLiteral("senderIpAddresses"), tr("Sender IP addresses"),
                    connector.senderIpAddresses, &fieldrules::checkSenderIpAddress);
    }

    if (connector.kind == ConnectorKind::InboundFromPartner) {
        if (connector.senderDomains.isEmpty())
            c.error(QStringLiteral("senderDomains.empty"), tr("Sender domains"),
                    tr("No sender domain is listed."),
                    tr("Add the partner's domains with +, or * for any domain."));
        c.eachEntry(QStringLiteral("senderDomains"), tr("Sender domains"),
                    connector.senderDomains, &fieldrules::checkDomainPattern);
    }
}

void checkPredicates(Collector &c, const QString &codePrefix, const QString &field,
                     const QList<RuleCondition> &conditions, const Workspace &workspace,
                     PredicateRole role)
{
    for (const RuleCondition &condition : conditions) {
        const PredicateType *type = findPredicate(condition.kind);
        if (!type || type->role != role) {
            c.error(codePrefix + QStringLiteral(".unknown"), field,
                    tr("'%1' is not a known condition.").arg(condition.kind));
            continue;
        }
        const QString where = QStringLiteral("%1: %2").arg(field, type->menuText());
        for (const QString &problem : checkPredicateValue(*type, condition.value, workspace))
            c.error(codePrefix + QStringLiteral(".value"), where, problem);
    }
}


Diagnostics connectorDiagnostics(const Connector &connector, bool nameIsTaken)
{
    Collector c(connector.name, QStringLiteral("connector."));
    checkName(c, connector.name, nameIsTaken,
              tr("Another connector is already named '%1' (names ignore case)."));

    if (connector.description.size() > fieldrules::maxCommentsLength)
        c.error(QStringLiteral("description"), tr("Description"),
                tr("The description has %1 characters; at most %2 are allowed.")
                    .arg(connector.description.size())
                    .arg(fieldrules::maxCommentsLength));

    if (connector.isOutbound())
        checkOutbound(c, connector);
    else
        checkInbound(c, connector);
    return c.take();
}

Diagnostics ruleDiagnostics(const MailFlowRule &rule, const Workspace &workspace,
                            bool nameIsTaken)
{
    Collector c(rule.name, QStringLiteral("rule."));
    checkName(c, rule.name, nameIsTaken,
              tr("Another rule is already named '%1' (names ignore case)."));

    if (rule.conditions.isEmpty())
        c.error(QStringLiteral("conditions.empty"), tr("Apply this rule if"),
                tr("The rule has no condition."),
                tr("Add a condition under “Apply this rule if…”."));
    if (rule.actions.isEmpty())
        c.error(QStringLiteral("actions.empty"), tr("Do the following"),
                tr("The rule has no action."),
                tr("Add an action under “Do the following…”."));

    checkPredicates(c, QStringLiteral("condition"), tr("Apply this rule if"), rule.conditions,
                    workspace, PredicateRole::Condition);
    checkPredicates(c, QStringLiteral("exception"), tr("Except if"), rule.exceptions,
                    workspace, PredicateRole::Condition);

    for (const RuleAction &action : rule.actions) {
        const PredicateType *type = findPredicate(action.kind);
        if (!type || type->role != PredicateRole::Action) {
            c.error(QStringLiteral("action.unknown"), tr("Do the following"),
                    tr("'%1' is not a known action.").arg(action.kind));
            continue;
        }
        const QString where = tr("Do the following: %1").arg(type->menuText());
        for (const QString &problem : checkPredicateValue(*type, action.value, workspace))
            c.error(QStringLiteral("action.value"), where, problem);
    }

    if (rule.activationDate.isValid() && rule.expiryDate.isValid()
        && rule.activationDate >= rule.expiryDate)
        c.error(QStringLiteral("dates"), tr("Deactivate this rule on the following date"),
                tr("The rule is deactivated before it is activated."),
                tr("Set the deactivation date after the activation date."));
    if (rule.comments.size() > fieldrules::maxCommentsLength)
        c.error(QStringLiteral("comments"), tr("Comments"),
                tr("The comments have %1 characters; at most %2 are allowed.")
                    .arg(rule.comments.size())
                    .arg(fieldrules::maxCommentsLength));
    return c.take();
}

} // namespace

Diagnostics validateConnector(const Connector &connector, const Workspace &workspace,
                              qsizetype selfIndex)
{
    return connectorDiagnostics(connector,
                                nameTaken(workspace.connectors, connector.name, selfIndex));
}

Diagnostics validateRule(const MailFlowRule &rule, const Workspace &workspace,
                         qsizetype selfIndex)
{
    return ruleDiagnostics(rule, workspace, nameTaken(workspace.rules, rule.name, selfIndex));
}

Diagnostics validateWorkspace(const Workspace &workspace)
{
    const QHash<QString, int> connectorNames = nameCounts(workspace.connectors);
    const QHash<QString, int> ruleNames = nameCounts(workspace.rules);

    Diagnostics out;
    for (const Connector &connector : workspace.connectors)
        out << connectorDiagnostics(connector,
                                    connectorNames.value(connector.name.toCaseFolded()) > 1);
    for (const MailFlowRule &rule : workspace.rules)
        out << ruleDiagnostics(rule, workspace, ruleNames.value(rule.name.toCaseFolded()) > 1);
    return out;
}

} // namespace mailflow
