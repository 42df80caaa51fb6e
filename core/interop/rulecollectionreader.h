#pragma once

#include "importresult.h"

#include <QString>

namespace mailflow::interop {

// Reads the rules of a file written by Export-TransportRuleCollection (RuleCollectionXML).
// Each <rule format="cmdlet"> holds one New-TransportRule command in its <commandBlock>,
// parsed by the same command-line parser as a .ps1 script; document order is the priority.
// Positions in messages are lines and columns of the file. `text` is the decoded file: the
// caller decodes it (see decodeText), because Qt's XML reader refuses UTF-8 bytes whose
// declaration still says utf-16, as a file re-saved by an editor often does.
[[nodiscard]] ImportResult readRuleCollection(const QString &text);

} // namespace mailflow::interop
