#pragma once

#include <QStringList>

namespace mailflow::cli {

// `mailflow-admin show FILE`: the connectors in the admin center's words (direction, state,
// use, routing, TLS with its PowerShell value, validation) and the rules in priority order with
// their sentences. `arguments` are the words after "show". Returns 0, or 2 for usage and file
// errors.
[[nodiscard]] int runShowCommand(const QStringList &arguments);

} // namespace mailflow::cli
