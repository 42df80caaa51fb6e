#pragma once

#include "lintcheck.h"

// The lint checks, one function each; lint.cpp lists them in its table with code and severity.
namespace mailflow::lintchecks {

// Redirects and the connectors they name (lintredirects.cpp).
void redirectTargetMissing(const LintContext &context, LintReport &report);
void redirectTargetDisabled(const LintContext &context, LintReport &report);
void redirectTargetNotRuleScoped(const LintContext &context, LintReport &report);
void ruleScopedConnectorUnused(const LintContext &context, LintReport &report);
void testModeRedirect(const LintContext &context, LintReport &report);
void opportunisticTlsOnRedirect(const LintContext &context, LintReport &report);

// Connectors (lintconnectors.cpp).
void duplicateSmartHosts(const LintContext &context, LintReport &report);
void unreachableSmartHosts(const LintContext &context, LintReport &report);
void certificateDomainMismatch(const LintContext &context, LintReport &report);
void recipientDomainConflict(const LintContext &context, LintReport &report);

// Rules (lintrules.cpp).
void datesOutOfOrder(const LintContext &context, LintReport &report);
void ruleExpired(const LintContext &context, LintReport &report);
void ruleShadowed(const LintContext &context, LintReport &report);
void wordsWithSpaces(const LintContext &context, LintReport &report);
void wordsWithCommas(const LintContext &context, LintReport &report);

// Exchange Online service limits (lintlimits.cpp).
void tooManyRules(const LintContext &context, LintReport &report);
void ruleTooLarge(const LintContext &context, LintReport &report);
void regexTooLarge(const LintContext &context, LintReport &report);

} // namespace mailflow::lintchecks
