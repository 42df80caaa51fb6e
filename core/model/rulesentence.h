#pragma once

#include "mailflowrule.h"

#include <QString>

namespace mailflow {

// The rule in one readable paragraph, as the admin center's summary pane shows it: conditions,
// actions, exceptions and options. The CLI and the GUI both print this text.
[[nodiscard]] QString describeRule(const MailFlowRule &rule);

[[nodiscard]] QString ruleModeText(RuleMode mode);

} // namespace mailflow
