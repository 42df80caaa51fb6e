#pragma once

#include "model/connector.h"
#include "model/mailflowrule.h"

namespace mailflow {

// QCOMPARE finds these next to the types, so a failed comparison of two connectors or two
// rules prints every field of both instead of only saying that they differ.
[[nodiscard]] char *toString(const Connector &connector);
[[nodiscard]] char *toString(const MailFlowRule &rule);

} // namespace mailflow
