#pragma once

#include "model/connector.h"
#include "model/mailflowrule.h"

#include <QStringList>

namespace mailflow::interop {

// Field by field, in the admin's words, one entry per changed setting; empty when equal.
// Connectors are compared as saved for their kind (Connector::normalized), so a setting the
// kind does not use is no change. Lists name the items added and removed:
// "smart hosts +'mail2.contoso.com' -'mail1.contoso.com'".
[[nodiscard]] QStringList connectorChanges(const Connector &before, const Connector &after);

// Conditions, exceptions and actions are matched by kind; a changed value lists its items
// (or, for user properties, each property's words) added and removed.
[[nodiscard]] QStringList ruleChanges(const MailFlowRule &before, const MailFlowRule &after);

// "+'a' -'b'", "order changed", or empty when the lists are equal.
[[nodiscard]] QString listChange(const QStringList &before, const QStringList &after);

} // namespace mailflow::interop
