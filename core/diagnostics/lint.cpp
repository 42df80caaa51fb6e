#include "lint.h"

#include "lintchecks.h"
#include "validation/validator.h"

#include <algorithm>

namespace mailflow {

LintReport::LintReport(QString code, Severity severity)
    : m_code(std::move(code))
    , m_severity(severity)
{
}

void LintReport::add(const QString &object, const QString &field, const QString &message,
                     const QString &fix)
{
    m_findings.append({m_severity, m_code, object, field, message, fix});
}

const QList<LintCheck> &lintChecks()
{
    using namespace lintchecks;
    static const QList<LintCheck> checks = {
        {"lint.redirect.missing", Severity::Error, &redirectTargetMissing, "rule.action.value"},
        {"lint.redirect.disabled", Severity::Warning, &redirectTargetDisabled, nullptr},
        {"lint.redirect.notRuleScoped", Severity::Warning, &redirectTargetNotRuleScoped,
         nullptr},
        {"lint.redirect.testMode", Severity::Warning, &testModeRedirect, nullptr},
        {"lint.redirect.opportunisticTls", Severity::Warning, &opportunisticTlsOnRedirect,
         nullptr},
        {"lint.connector.unused", Severity::Warning, &ruleScopedConnectorUnused, nullptr},
        {"lint.connector.smartHostDuplicate", Severity::Error, &duplicateSmartHosts,
         "connector.smartHosts.duplicate"},
        {"lint.connector.smartHostUnreachable", Severity::Error, &unreachableSmartHosts,
         nullptr},
        {"lint.connector.certificateDomain", Severity::Warning, &certificateDomainMismatch,
         nullptr},
        {"lint.connector.recipientDomainConflict", Severity::Warning, &recipientDomainConflict,
         nullptr},
        {"lint.rule.dates", Severity::Error, &datesOutOfOrder, "rule.dates"},
        {"lint.rule.expired", Severity::Warning, &ruleExpired, nullptr},
        {"lint.rule.shadowed", Severity::Warning, &ruleShadowed, nullptr},
        {"lint.rule.wordSpaces", Severity::Warning, &wordsWithSpaces, nullptr},
        {"lint.rule.wordComma", Severity::Warning, &wordsWithCommas, nullptr},
        {"lint.limit.ruleCount", Severity::Error, &tooManyRules, nullptr},
        {"lint.limit.ruleSize", Severity::Error, &ruleTooLarge, nullptr},
        {"lint.limit.regexSize", Severity::Error, &regexTooLarge, nullptr},
    };
    return checks;
}

Diagnostics lintWorkspace(const Workspace &workspace, const QDateTime &now)
{
    const LintContext context{workspace, now};
    Diagnostics lint;
    QList<Diagnostic> superseding; // code = the validation code it replaces
    for (const LintCheck &check : lintChecks()) {
        LintReport report(QString::fromLatin1(check.code), check.severity);
        check.run(context, report);
        const Diagnostics findings = report.take();
        if (check.supersedes) {
            for (Diagnostic finding : findings) {
                finding.code = QString::fromLatin1(check.supersedes);
                superseding << finding;
            }
        }
        lint << findings;
    }

    Diagnostics out;
    for (const Diagnostic &d : validateWorkspace(workspace)) {
        const bool replaced = std::any_of(superseding.cbegin(), superseding.cend(),
                                          [&d](const Diagnostic &s) {
                                              return s.code == d.code && s.object == d.object
                                                  && s.field == d.field;
                                          });
        if (!replaced)
            out << d;
    }
    out << lint;
    return out;
}

} // namespace mailflow
