#pragma once

#include <QStringList>

namespace mailflow::cli {

// `mailflow-admin lint FILE [--json]`: field validation and lint checks, one line per problem
// ("FILE: error: <name>: <field>: message — fix") and a summary line. `arguments` are the words
// after "lint". Returns 0 without errors (warnings allowed), 1 with errors, 2 when the file
// cannot be read or the arguments are wrong.
[[nodiscard]] int runLintCommand(const QStringList &arguments);

} // namespace mailflow::cli
