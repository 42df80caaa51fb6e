#pragma once

#include "model/predicateregistry.h"

#include <QFlags>
#include <QStringList>

namespace mailflow::store {

// The PredicateValue members a value shape uses. The file stores exactly these for a condition
// or action, named as in PredicateValue, so a new predicate of a known shape needs no change
// to the file format.
enum class ValueMember {
    Items = 0x1,
    Properties = 0x2,
    Text = 0x4,
    SecondText = 0x8,
    Number = 0x10,
};
Q_DECLARE_FLAGS(ValueMembers, ValueMember)
Q_DECLARE_OPERATORS_FOR_FLAGS(ValueMembers)

[[nodiscard]] ValueMembers valueMembers(ValueShape shape);

// The JSON keys of the members, in file order: "items", "properties", …
[[nodiscard]] QStringList valueMemberKeys(ValueMembers members);

} // namespace mailflow::store
