#pragma once

#include "importcontext.h"
#include "scripttypes.h"
#include "model/connector.h"

#include <optional>

namespace mailflow::interop {

// Builds a connector from a New-OutboundConnector or New-InboundConnector command. A parameter
// the command leaves out takes Exchange's default (ConnectorType Partner, UseMXRecord $true,
// TlsSettings $null, …), so a hand-written script means what it would mean to Exchange.
// Parameters with no place in the model are kept word for word; settings that the connector's
// kind does not use are dropped with a warning. Errors go to the context, and the result is
// then empty.
[[nodiscard]] std::optional<Connector> readConnector(const ScriptCommand &command, bool outbound,
                                                     ImportContext *context);

} // namespace mailflow::interop
