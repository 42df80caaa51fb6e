#pragma once

#include "importcontext.h"
#include "scripttypes.h"
#include "model/mailflowrule.h"

#include <optional>

namespace mailflow::interop {

struct ReadRule {
    MailFlowRule rule;
    std::optional<qint64> priority; // -Priority, when the command has one
};

// Builds a rule from the parameters of a New-TransportRule command. Every condition, exception
// and action is found through its parameter in the predicate registry; a parameter with no
// place in the model is kept word for word on the rule and reported through the context.
// Errors (a value of the wrong kind, a parameter given twice) go to the context, and the
// result is then empty.
[[nodiscard]] std::optional<ReadRule> readRule(const ScriptCommand &command,
                                               ImportContext *context);

// The rule's name from -Name or the first positional value, or empty.
[[nodiscard]] QString commandObjectName(const ScriptCommand &command);

} // namespace mailflow::interop
