#pragma once

#include "diagnostics/diagnostic.h"
#include "model/workspace.h"

namespace mailflow {

// Field validation: what the admin center would refuse to save. Every diagnostic names the
// object and the field. `selfIndex` is the object's own position in the workspace (or -1 for a
// new one), so a name is not reported as a duplicate of itself.
[[nodiscard]] Diagnostics validateConnector(const Connector &connector,
                                            const Workspace &workspace,
                                            qsizetype selfIndex = -1);
[[nodiscard]] Diagnostics validateRule(const MailFlowRule &rule, const Workspace &workspace,
                                       qsizetype selfIndex = -1);

// Every connector and rule in place.
[[nodiscard]] Diagnostics validateWorkspace(const Workspace &workspace);

} // namespace mailflow
