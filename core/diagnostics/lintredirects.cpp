#include "lintchecks.h"

#include "lintsupport.h"
#include "model/rulesentence.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace mailflow::lintchecks {

using lintsupport::Redirect;
using lintsupport::tr;

namespace {

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << QStringLiteral("'%1'").arg(name);
    return quoted.join(tr(", "));
}

} // namespace

void redirectTargetMissing(const LintContext &context, LintReport &report)
{
    for (const Redirect &r : lintsupport::redirects(context.workspace)) {
        const Connector *target = context.workspace.findConnector(r.connector);
        if (r.connector.isEmpty())
            report.add(r.rule->name, r.field, tr("The rule redirects messages but names no "
                                                 "connector."),
                       tr("Choose the outbound connector that should receive the messages."));
        else if (!target)
            report.add(r.rule->name, r.field,
                       tr("The rule redirects to the connector '%1', which is not in this "
                          "workspace.").arg(r.connector),
                       tr("Create the connector, or choose an existing outbound connector in "
                          "the rule."));
        else if (!target->isOutbound())
            report.add(r.rule->name, r.field,
                       tr("The rule redirects to '%1', an inbound connector; only outbound "
                          "connectors can receive redirected messages.").arg(target->name),
                       tr("Choose an outbound connector."));
    }
}

void redirectTargetDisabled(const LintContext &context, LintReport &report)
{
    for (const Redirect &r : lintsupport::redirects(context.workspace)) {
        const Connector *target = context.workspace.findConnector(r.connector);
        if (target && target->isOutbound() && !target->enabled)
            report.add(r.rule->name, r.field,
                       tr("The rule redirects to the connector '%1', which is turned off, so "
                          "the redirected messages cannot be delivered through it.")
                           .arg(target->name),
                       tr("Turn the connector on, or redirect to another connector."));
    }
}

void redirectTargetNotRuleScoped(const LintContext &context, LintReport &report)
{
    for (const Redirect &r : lintsupport::redirects(context.workspace)) {
        const Connector *target = context.workspace.findConnector(r.connector);
        if (target && target->isOutbound() && !target->isRuleScoped())
            report.add(r.rule->name, r.field,
                       tr("The connector '%1' is not limited to rules: it also carries mail "
                          "sent to its domains without any rule redirecting it.")
                           .arg(target->name),
                       tr("Set the connector's use to \"Only when I have a transport rule set "
                          "up that redirects messages to this connector\"."));
    }
}

// The redirects grouped by the case-folded name of their target, so that looking them up for
// every connector stays linear.
static QHash<QString, QList<Redirect>> redirectsByConnector(const Workspace &workspace)
{
    QHash<QString, QList<Redirect>> byConnector;
    for (const Redirect &r : lintsupport::redirects(workspace))
        byConnector[r.connector.toCaseFolded()].append(r);
    return byConnector;
}

void ruleScopedConnectorUnused(const LintContext &context, LintReport &report)
{
    const QHash<QString, QList<Redirect>> byConnector = redirectsByConnector(context.workspace);
    for (const Connector &connector : context.workspace.connectors) {
        if (!connector.isRuleScoped() || !connector.enabled)
            continue;

        QStringList enabledRules;
        QStringList disabledRules;
        for (const Redirect &r : byConnector.value(connector.name.toCaseFolded())) {
            (r.rule->enabled ? enabledRules : disabledRules) << r.rule->name;
        }
        if (!enabledRules.isEmpty())
            continue;

        const QString field = lintsupport::validationField("Use of connector");
        if (disabledRules.isEmpty())
            report.add(connector.name, field,
                       tr("The connector is used only when a rule redirects to it, and no rule "
                          "does, so it never carries mail."),
                       tr("Add a rule that redirects to this connector, or remove it."));
        else
            report.add(connector.name, field,
                       tr("The connector is used only when a rule redirects to it, and only "
                          "turned-off rules do (%1), so it carries no mail.")
                           .arg(quotedList(disabledRules)),
                       tr("Turn on one of those rules, or remove the connector."));
    }
}

// In both test modes Exchange only logs what the rule would do, so a redirect moves nothing.
void testModeRedirect(const LintContext &context, LintReport &report)
{
    for (const MailFlowRule &rule : context.workspace.rules) {
        const bool redirects = std::any_of(
            rule.actions.cbegin(), rule.actions.cend(), [](const RuleAction &action) {
                const PredicateType *type = findPredicate(action.kind);
                return type && type->shape == ValueShape::Connector;
            });
        if (redirects && rule.mode != RuleMode::Enforce)
            report.add(rule.name, tr("Mode"),
                       tr("The rule is in test mode (%1): its redirect is only logged and "
                          "routes no message.").arg(ruleModeText(rule.mode)),
                       tr("Set the mode to Enforce when the test is over."));
    }
}

// TlsSettings $null lets the connection fall back to plain text when the server offers no
// STARTTLS (RFC 3207), which is rarely what a targeted redirect is meant to allow.
void opportunisticTlsOnRedirect(const LintContext &context, LintReport &report)
{
    const QHash<QString, QList<Redirect>> byConnector = redirectsByConnector(context.workspace);
    for (const Connector &connector : context.workspace.connectors) {
        if (!connector.isOutbound() || connector.requiresTls())
            continue;

        QStringList rules;
        for (const Redirect &r : byConnector.value(connector.name.toCaseFolded())) {
            if (!lintsupport::hasRequireTlsAction(*r.rule) && !rules.contains(r.rule->name))
                rules << r.rule->name;
        }
        if (rules.isEmpty())
            continue;
        report.add(connector.name, tr("Security restrictions"),
                   tr("Rules redirect messages here (%1), but the connector uses TLS only "
                      "when the server offers it, so those messages may travel unencrypted.")
                       .arg(quotedList(rules)),
                   tr("Turn on \"Always use Transport Layer Security (TLS)\" for the "
                      "connector, or add the action \"Require TLS encryption\" to the rules."));
    }
}

} // namespace mailflow::lintchecks
