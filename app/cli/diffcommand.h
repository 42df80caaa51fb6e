#pragma once

#include <QStringList>

namespace mailflow::cli {

// `mailflow-admin diff OLD NEW`: the connectors and rules added, removed and changed, one line
// per change in the admin's words ("rule 'Route New Orleans': … City +'Baton Rouge'"). OLD and
// NEW are workspace files, or files 'import' reads (.ps1, rule-collection .xml), so a workspace
// can be compared with a script kept in version control. Returns 0 when they are the same, 1
// when they differ, 2 for usage and file errors.
[[nodiscard]] int runDiffCommand(const QStringList &arguments);

} // namespace mailflow::cli
