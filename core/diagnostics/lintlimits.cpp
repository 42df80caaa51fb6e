#include "lintchecks.h"

#include "lintsupport.h"
#include "store/workspacewriter.h"

#include <QJsonDocument>

namespace mailflow::lintchecks {

using lintsupport::tr;

namespace {

// Exchange Online's published limits for mail flow rules.
constexpr int maxRules = 300;
constexpr int maxRuleBytes = 8 * 1024;
constexpr int maxRegexBytes = 20 * 1024;

qsizetype patternBytes(const QList<RuleCondition> &conditions)
{
    qsizetype bytes = 0;
    for (const RuleCondition &condition : conditions) {
        const PredicateType *type = findPredicate(condition.kind);
        if (!type || !shapeIsPatterns(type->shape))
            continue;
        for (const QString &pattern : condition.value.items)
            bytes += pattern.toUtf8().size();
        for (const PropertyWords &group : condition.value.properties) {
            for (const QString &pattern : group.words)
                bytes += pattern.toUtf8().size();
        }
    }
    return bytes;
}

} // namespace

void tooManyRules(const LintContext &context, LintReport &report)
{
    const qsizetype count = context.workspace.rules.size();
    if (count > maxRules)
        report.add(QString(), QString(),
                   tr("The workspace has %1 rules; Exchange Online allows at most %2.")
                       .arg(count)
                       .arg(maxRules),
                   tr("Combine rules that share their actions, or remove rules you no longer "
                      "need."));
}

// The size Exchange counts is that of its own rule format; the rule's compact JSON in the
// workspace file is close to it and is what the admin can see and shorten.
void ruleTooLarge(const LintContext &context, LintReport &report)
{
    for (const MailFlowRule &rule : context.workspace.rules) {
        const qsizetype bytes =
            QJsonDocument(store::ruleObject(rule)).toJson(QJsonDocument::Compact).size();
        if (bytes > maxRuleBytes)
            report.add(rule.name, QString(),
                       tr("The rule takes about %1 bytes; Exchange Online allows %2 bytes "
                          "(8 KB) per rule.").arg(bytes).arg(maxRuleBytes),
                       tr("Split the rule into smaller rules, or shorten its word and address "
                          "lists."));
    }
}

void regexTooLarge(const LintContext &context, LintReport &report)
{
    qsizetype bytes = 0;
    for (const MailFlowRule &rule : context.workspace.rules)
        bytes += patternBytes(rule.conditions) + patternBytes(rule.exceptions);
    if (bytes > maxRegexBytes)
        report.add(QString(), QString(),
                   tr("The text patterns of all rules add up to %1 bytes; Exchange Online "
                      "allows %2 bytes (20 KB) across all rules.").arg(bytes).arg(maxRegexBytes),
                   tr("Replace patterns with word lists where you can, or merge similar "
                      "patterns."));
}

} // namespace mailflow::lintchecks
