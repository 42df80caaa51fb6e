#include "valuemembers.h"

namespace mailflow::store {

ValueMembers valueMembers(ValueShape shape)
{
    switch (shape) {
    case ValueShape::Words:
    case ValueShape::Patterns:
    case ValueShape::Addresses:
    case ValueShape::Domains:
        return ValueMember::Items;
    case ValueShape::PropertyWords:
    case ValueShape::PropertyPatterns:
        return ValueMember::Properties;
    case ValueShape::Scope:
    case ValueShape::Connector:
    case ValueShape::Text:
        return ValueMember::Text;
    case ValueShape::SizeBytes:
        return ValueMember::Number;
    case ValueShape::HeaderWords:
    case ValueShape::HeaderPatterns:
        return ValueMember::Text | ValueMember::Items;
    case ValueShape::HeaderValue:
    case ValueShape::Rejection:
        return ValueMember::Text | ValueMember::SecondText;
    case ValueShape::Flag:
        return {};
    }
    return {};
}

QStringList valueMemberKeys(ValueMembers members)
{
    QStringList keys;
    if (members & ValueMember::Items)
        keys << QStringLiteral("items");
    if (members & ValueMember::Properties)
        keys << QStringLiteral("properties");
    if (members & ValueMember::Text)
        keys << QStringLiteral("text");
    if (members & ValueMember::SecondText)
        keys << QStringLiteral("secondText");
    if (members & ValueMember::Number)
        keys << QStringLiteral("number");
    return keys;
}

} // namespace mailflow::store
