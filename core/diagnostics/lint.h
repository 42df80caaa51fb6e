#pragma once

#include "diagnostic.h"
#include "lintcheck.h"
#include "model/workspace.h"

#include <QDateTime>
#include <QList>

namespace mailflow {

// Every check of the lint, in the order findings are reported.
[[nodiscard]] const QList<LintCheck> &lintChecks();

// Field validation of every connector and rule, followed by the lint checks: problems that
// only show when objects are seen together (a redirect to a turned-off connector) or against
// Exchange Online's behaviour and limits. `now` decides whether a rule has expired.
[[nodiscard]] Diagnostics lintWorkspace(const Workspace &workspace,
                                        const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace mailflow
