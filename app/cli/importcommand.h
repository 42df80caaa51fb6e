#pragma once

#include <QStringList>

namespace mailflow::cli {

// `mailflow-admin import IN -o FILE [--force]`: reads a PowerShell script (New-…Connector,
// New-TransportRule, Validate-OutboundConnector) or a rule collection XML, told apart by
// content, and saves it as a workspace file. Prints the import report: what was read, the
// parameters kept word for word with their rule or connector, and the warnings. Nothing is
// written when the input has errors; an existing FILE is replaced only with --force (its old
// content is kept as FILE.bak). Returns 0, or 2 for usage, input and file errors.
[[nodiscard]] int runImportCommand(const QStringList &arguments);

} // namespace mailflow::cli
