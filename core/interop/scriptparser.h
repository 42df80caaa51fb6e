#pragma once

#include "scripttypes.h"

#include <QString>

namespace mailflow::interop {

// Parses the PowerShell the importers read: commands with their parameters, one per line
// (or split with ` at line ends, or separated by ';'), comments, and the
// "if (Get-… -Identity 'x' …) { … } else { … }" statement the idempotent export writes.
// Pipelines, loops and assignments are refused with a position, never guessed at.
// Shared by the .ps1 importer and the rule-collection importer, which parses each command
// block with it.
[[nodiscard]] Script parseScript(const QString &text);

// The one command a rule collection's command block must hold.
[[nodiscard]] Script parseScript(const QString &text, qsizetype begin, qsizetype end);

} // namespace mailflow::interop
