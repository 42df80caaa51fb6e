#pragma once

#include <QStringList>

namespace mailflow {

// The user properties the AD-property predicates accept, in the order the admin center lists
// them. Matching a property name is case-insensitive; canonicalUserProperty returns the spelling
// Exchange uses, or an empty string for an unknown name.
[[nodiscard]] const QStringList &userProperties();
[[nodiscard]] QString canonicalUserProperty(const QString &name);

} // namespace mailflow
