#include "lintchecks.h"

#include "lintsupport.h"

#include <QStringList>

#include <algorithm>

namespace mailflow::lintchecks {

using lintsupport::tr;

namespace {

QString dateText(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

// True when every condition of `earlier` is also a condition of `later`: conditions are ANDed,
// so whatever `later` matches, `earlier` matches too.
bool conditionsCover(const MailFlowRule &earlier, const MailFlowRule &later)
{
    return !earlier.conditions.isEmpty()
        && std::all_of(earlier.conditions.cbegin(), earlier.conditions.cend(),
                       [&later](const RuleCondition &c) { return later.conditions.contains(c); });
}

// Exceptions are ORed: a message that escapes `earlier` through one of its exceptions is only
// sure to escape `later` too when `later` has the same exception.
bool exceptionsCovered(const MailFlowRule &earlier, const MailFlowRule &later)
{
    return std::all_of(earlier.exceptions.cbegin(), earlier.exceptions.cend(),
                       [&later](const RuleCondition &c) { return later.exceptions.contains(c); });
}

// Calls `visit` with every word of the word-matching conditions and exceptions of a rule.
template<typename Visit>
void forEachWord(const MailFlowRule &rule, Visit visit)
{
    const auto walk = [&](const QList<RuleCondition> &list, bool exception) {
        for (const RuleCondition &condition : list) {
            const PredicateType *type = findPredicate(condition.kind);
            if (!type)
                continue;
            const QString field = lintsupport::conditionField(*type, exception);
            if (type->shape == ValueShape::Words || type->shape == ValueShape::HeaderWords) {
                for (const QString &word : condition.value.items)
                    visit(field, word);
            } else if (type->shape == ValueShape::PropertyWords) {
                for (const PropertyWords &group : condition.value.properties) {
                    for (const QString &word : group.words)
                        visit(field, word);
                }
            }
        }
    };
    walk(rule.conditions, false);
    walk(rule.exceptions, true);
}

} // namespace

void datesOutOfOrder(const LintContext &context, LintReport &report)
{
    for (const MailFlowRule &rule : context.workspace.rules) {
        if (!rule.activationDate.isValid() || !rule.expiryDate.isValid()
            || rule.activationDate < rule.expiryDate)
            continue;
        report.add(rule.name,
                   lintsupport::validationField("Deactivate this rule on the following date"),
                   tr("The rule is deactivated on %1, not after it is activated on %2, so it "
                      "never runs.").arg(dateText(rule.expiryDate),
                                         dateText(rule.activationDate)),
                   tr("Set the deactivation date after the activation date."));
    }
}

void ruleExpired(const LintContext &context, LintReport &report)
{
    for (const MailFlowRule &rule : context.workspace.rules) {
        if (!rule.expiryDate.isValid() || rule.expiryDate > context.now)
            continue;
        if (rule.activationDate.isValid() && rule.activationDate >= rule.expiryDate)
            continue; // datesOutOfOrder already says it never runs
        report.add(rule.name,
                   lintsupport::validationField("Deactivate this rule on the following date"),
                   tr("The rule was deactivated on %1 and no longer runs.")
                       .arg(dateText(rule.expiryDate)),
                   tr("Remove the deactivation date or set a later one, or remove the rule."));
    }
}

// Rules run in priority order; an earlier rule that stops processing hides every later rule
// whose messages it always matches.
void ruleShadowed(const LintContext &context, LintReport &report)
{
    const QList<MailFlowRule> &rules = context.workspace.rules;
    for (qsizetype later = 0; later < rules.size(); ++later) {
        if (!rules.at(later).enabled)
            continue;
        for (qsizetype earlier = 0; earlier < later; ++earlier) {
            const MailFlowRule &e = rules.at(earlier);
            const bool alwaysStops = e.enabled && e.stopProcessing && e.mode == RuleMode::Enforce
                && !e.activationDate.isValid() && !e.expiryDate.isValid();
            if (!alwaysStops || !conditionsCover(e, rules.at(later))
                || !exceptionsCovered(e, rules.at(later)))
                continue;
            report.add(rules.at(later).name, tr("Priority"),
                       tr("The rule never runs: the earlier rule '%1' (priority %2) matches "
                          "every message this rule matches and stops processing more rules.")
                           .arg(e.name)
                           .arg(earlier),
                       tr("Move this rule above '%1', or turn off \"Stop processing more "
                          "rules\" there.").arg(e.name));
            break;
        }
    }
}

// The admin center refuses words with surrounding spaces, and word matching would never find
// them anyway: a word is bounded by spaces or punctuation in the message.
void wordsWithSpaces(const LintContext &context, LintReport &report)
{
    for (const MailFlowRule &rule : context.workspace.rules) {
        forEachWord(rule, [&](const QString &field, const QString &word) {
            if (word.trimmed().isEmpty() || word == word.trimmed())
                return;
            report.add(rule.name, field,
                       tr("The word '%1' starts or ends with a space.").arg(word),
                       tr("Remove the spaces around '%1'.").arg(word.trimmed()));
        });
    }
}

// PowerShell reads "City:New Orleans,Baton Rouge" as two words, so a comma inside one word
// splits it when the rule is created.
void wordsWithCommas(const LintContext &context, LintReport &report)
{
    for (const MailFlowRule &rule : context.workspace.rules) {
        forEachWord(rule, [&](const QString &field, const QString &word) {
            if (!word.contains(u','))
                return;
            report.add(rule.name, field,
                       tr("The word '%1' contains a comma; Exchange reads it as %2 separate "
                          "words.").arg(word).arg(word.split(u',').size()),
                       tr("Enter each word on its own, without commas."));
        });
    }
}

} // namespace mailflow::lintchecks
