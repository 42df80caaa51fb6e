#pragma once

#include <QStringList>

namespace mailflow::cli {

// `mailflow-admin export FILE -o OUT [--format powershell|rule-xml] [--idempotent] [--force]`:
// writes the workspace as a PowerShell script or as a rule collection (the XML of
// Export-TransportRuleCollection). The format defaults to the one OUT's extension names (.ps1,
// .xml). An existing OUT is replaced only with --force, as it may be a script edited by hand;
// OUT "-" writes to standard output. Every export is read back before it is written. Returns 0,
// 1 when the workspace holds something the format cannot express, 2 for usage and file errors.
[[nodiscard]] int runExportCommand(const QStringList &arguments);

} // namespace mailflow::cli
