#include "rulesentence.h"

#include "predicateregistry.h"

#include <QCoreApplication>
#include <QStringList>

namespace mailflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::RuleSentence", text);
}

QString joinConditions(const QList<RuleCondition> &conditions, const char *separator)
{
    QStringList parts;
    for (const RuleCondition &condition : conditions)
        parts << describeCondition(condition);
    return parts.join(tr(separator));
}

// One fixed, unambiguous form for the CLI and the window alike.
QString dateText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

QString ruleModeText(RuleMode mode)
{
    switch (mode) {
    case RuleMode::Enforce:
        return tr("Enforce");
    case RuleMode::AuditAndNotify:
        return tr("Test with Policy Tips");
    case RuleMode::Audit:
        return tr("Test without Policy Tips");
    }
    return {};
}

QString describeRule(const MailFlowRule &rule)
{
    QStringList sentences;

    QStringList actions;
    for (const RuleAction &action : rule.actions)
        actions << describeAction(action);
    const QString actionText = actions.isEmpty() ? tr("do nothing") : actions.join(tr(", and "));
    if (rule.conditions.isEmpty())
        sentences << tr("For every message, %1.").arg(actionText);
    else
        sentences << tr("If %1, %2.").arg(joinConditions(rule.conditions, " and "), actionText);

    if (!rule.exceptions.isEmpty())
        sentences << tr("Except if %1.").arg(joinConditions(rule.exceptions, " or "));
    if (rule.stopProcessing)
        sentences << tr("Stop processing more rules.");
    if (rule.mode != RuleMode::Enforce)
        sentences << tr("Mode: %1 (actions are only logged).").arg(ruleModeText(rule.mode));
    if (rule.activationDate.isValid())
        sentences << tr("Active from %1.").arg(dateText(rule.activationDate));
    if (rule.expiryDate.isValid())
        sentences << tr("Inactive from %1.").arg(dateText(rule.expiryDate));
    if (!rule.enabled)
        sentences << tr("The rule is turned off.");

    QString text = sentences.join(u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace mailflow
