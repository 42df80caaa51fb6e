#pragma once

#include "model/connector.h"
#include "model/mailflowrule.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailflow::store {

// The workspace file spells every enum as a stable camelCase word, never as a number, so a
// reordered enum cannot change what an old file means and a person can read the file.
template<typename Enum>
struct EnumName {
    Enum value;
    const char *name;
};

template<typename Enum>
[[nodiscard]] const QList<EnumName<Enum>> &enumNames();

template<>
const QList<EnumName<ConnectorKind>> &enumNames<ConnectorKind>();
template<>
const QList<EnumName<ConnectorUsage>> &enumNames<ConnectorUsage>();
template<>
const QList<EnumName<ConnectorRouting>> &enumNames<ConnectorRouting>();
template<>
const QList<EnumName<TlsSettings>> &enumNames<TlsSettings>();
template<>
const QList<EnumName<SmtpDaneMode>> &enumNames<SmtpDaneMode>();
template<>
const QList<EnumName<MtaStsMode>> &enumNames<MtaStsMode>();
template<>
const QList<EnumName<InboundIdentity>> &enumNames<InboundIdentity>();
template<>
const QList<EnumName<RuleMode>> &enumNames<RuleMode>();
template<>
const QList<EnumName<RuleErrorAction>> &enumNames<RuleErrorAction>();
template<>
const QList<EnumName<SenderAddressLocation>> &enumNames<SenderAddressLocation>();

template<typename Enum>
[[nodiscard]] QString enumToName(Enum value)
{
    for (const EnumName<Enum> &entry : enumNames<Enum>()) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

// Exact, case-sensitive: the file is written by a program, and one spelling keeps diffs quiet.
template<typename Enum>
[[nodiscard]] std::optional<Enum> enumFromName(const QString &name)
{
    for (const EnumName<Enum> &entry : enumNames<Enum>()) {
        if (name == QLatin1String(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

template<typename Enum>
[[nodiscard]] QStringList allEnumNames()
{
    QStringList out;
    for (const EnumName<Enum> &entry : enumNames<Enum>())
        out << QString::fromLatin1(entry.name);
    return out;
}

} // namespace mailflow::store
