#pragma once

#include "importresult.h"

#include <QString>

namespace mailflow::interop {

// Reads connectors and rules back from a script of the shape the PowerShell export writes, so a
// script kept in version control can be edited by hand and imported again:
// New-OutboundConnector, New-InboundConnector, New-TransportRule (placed by -Priority as
// Exchange would place them, in script order), Validate-OutboundConnector (its recipients
// become the connector's validation addresses) and the export's
// "if (Get-… -Identity 'x' …) { Set-… } else { New-… }" form, whose two branches must
// agree.
// Other commands (Connect-ExchangeOnline, Write-Host, …) are skipped with a warning; Set-,
// Remove- and other changes to existing objects are errors, because the import cannot know the
// object they change.
[[nodiscard]] ImportResult readPowerShell(const QString &text);

} // namespace mailflow::interop
