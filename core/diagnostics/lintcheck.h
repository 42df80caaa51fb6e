#pragma once

#include "diagnostic.h"
#include "model/workspace.h"

#include <QDateTime>

namespace mailflow {

// What every lint check looks at. `now` is passed in so a check about dates gives the same
// answer in a test next year.
struct LintContext {
    const Workspace &workspace;
    QDateTime now;
};

// Collects one check's findings; the code and severity come from the check's table entry, so
// a check only says which object, which field, what is wrong and what to do.
class LintReport
{
public:
    LintReport(QString code, Severity severity);

    void add(const QString &object, const QString &field, const QString &message,
             const QString &fix);

    [[nodiscard]] Diagnostics take() { return std::move(m_findings); }

private:
    QString m_code;
    Severity m_severity;
    Diagnostics m_findings;
};

using LintFunction = void (*)(const LintContext &context, LintReport &report);

// One row of the lint table.
struct LintCheck {
    const char *code;
    Severity severity;
    LintFunction run;
    // A field-validation code this check reports again with more context; the validation
    // finding for the same object and field is then left out, so each problem shows once.
    const char *supersedes;
};

} // namespace mailflow
