#pragma once

#include "importcontext.h"
#include "scripttypes.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace mailflow::interop {

// Turns parsed parameter values into the model's types. A value of the wrong kind (a variable,
// an expression, an array where one value belongs) is an error naming the object, the
// parameter and the position, and the getter returns nothing.
class ParameterReader
{
public:
    ParameterReader(ImportContext *context, QString object);

    [[nodiscard]] const QString &object() const { return m_object; }
    void setObject(const QString &object) { m_object = object; }

    // $null gives an empty text and an empty list.
    [[nodiscard]] std::optional<QString> text(const ScriptParameter &parameter);
    [[nodiscard]] std::optional<QStringList> list(const ScriptParameter &parameter);
    // A switch written without a value is $true.
    [[nodiscard]] std::optional<bool> boolean(const ScriptParameter &parameter);
    // An invalid QDateTime for $null. Only unambiguous forms are read: ISO 8601, as
    // '2026-12-04T00:00:00Z', ([datetime]'…') or (Get-Date '…'); a time without a zone is UTC.
    [[nodiscard]] std::optional<QDateTime> date(const ScriptParameter &parameter);
    // 10485760, 10MB, '10 MB' or '10 MB (10,485,760 bytes)'.
    [[nodiscard]] std::optional<qint64> size(const ScriptParameter &parameter);
    [[nodiscard]] std::optional<qint64> number(const ScriptParameter &parameter);

    // One of the names, matched case-insensitively.
    template<typename Enum>
    [[nodiscard]] std::optional<Enum>
    choice(const ScriptParameter &parameter,
           std::initializer_list<std::pair<const char16_t *, Enum>> choices)
    {
        const std::optional<QString> value = text(parameter);
        if (!value)
            return std::nullopt;
        QStringList names;
        for (const auto &[name, item] : choices) {
            if (value->compare(QStringView(name), Qt::CaseInsensitive) == 0)
                return item;
            names << QString::fromUtf16(name);
        }
        notOneOf(parameter, *value, names);
        return std::nullopt;
    }

    void fail(const ScriptParameter &parameter, const QString &message,
              const QString &fix = {});

private:
    [[nodiscard]] bool hasValue(const ScriptParameter &parameter);
    [[nodiscard]] bool isLiteral(const ScriptParameter &parameter, const ScriptValue &value);
    void notOneOf(const ScriptParameter &parameter, const QString &value,
                  const QStringList &names);

    ImportContext *m_context;
    QString m_object;
};

// A command's parameters are each given once, and no value stands without a parameter name
// (except the object's name first, as PowerShell allows). Reports through the context.
[[nodiscard]] bool checkCommandShape(const ScriptCommand &command, const QString &object,
                                     ImportContext *context);

} // namespace mailflow::interop
