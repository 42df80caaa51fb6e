#pragma once

#include "diagnostics/diagnostic.h"
#include "model/workspace.h"

#include <QString>

namespace mailflow::interop {

struct PowerShellOptions {
    // Update connectors and rules that already exist (Set-…) instead of failing on them.
    bool idempotent = false;
    QString sourceName; // the workspace file, named in the header comment
    QString generator;  // "Mailflow Admin 0.1.0"
};

// A script that recreates the workspace in Exchange Online: New-OutboundConnector and
// New-InboundConnector in workspace order, New-TransportRule in priority order with -Priority,
// then Validate-OutboundConnector for each connector with validation addresses. With
// `idempotent`, each object is wrapped in
//   if (Get-… -Identity 'x' -ErrorAction SilentlyContinue) { Set-… } else { New-… }
// and a rule's state is set with Enable-/Disable-TransportRule, as Set-TransportRule has no
// -Enabled. Returns the text; what cannot be expressed is added to `errors`.
[[nodiscard]] QString writePowerShell(const Workspace &workspace,
                                      const PowerShellOptions &options, Diagnostics *errors);

} // namespace mailflow::interop
