#pragma once

#include "diagnostics/diagnostic.h"
#include "model/workspace.h"

#include <QByteArray>
#include <QString>

namespace mailflow::interop {

// The workspace's rules as the XML Export-TransportRuleCollection writes:
//   <rules name="TransportVersioned"><rule name id format="cmdlet">
//   <version requiredMinVersion="15.0.3.0"><commandBlock><![CDATA[New-TransportRule …]]>
// one rule per element in priority order (no -Priority: the order is the priority). Connectors
// are not part of a rule collection. The id of each rule is a name-based UUID, so exporting
// the same workspace twice gives the same file.
[[nodiscard]] QString writeRuleCollectionText(const Workspace &workspace, Diagnostics *errors);

// The same text encoded as Exchange writes it: UTF-16 little endian with a byte-order mark, the
// encoding its XML declaration names, and CR LF line ends.
[[nodiscard]] QByteArray encodeRuleCollection(const QString &text);

} // namespace mailflow::interop
