#include "parameterreader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace mailflow::interop {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::interop::Import", text);
}

QString dashed(const ScriptParameter &parameter)
{
    return u'-' + parameter.name;
}

bool isExpression(const ScriptValue &value)
{
    using Kind = ScriptValue::Kind;
    return value.kind == Kind::Variable || value.kind == Kind::Expression
        || value.kind == Kind::Cast || value.kind == Kind::Command;
}

QDateTime parseIsoDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    // QDate reads the first ten characters only, so only a text of that length is a date.
    const QDate dateOnly = trimmed.size() == 10 ? QDate::fromString(trimmed, Qt::ISODate)
                                                : QDate();
    if (dateOnly.isValid())
        return QDateTime(dateOnly, QTime(0, 0), Qt::UTC);

    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?"
                       "(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch match = shape.match(trimmed);
    if (!match.hasMatch())
        return {};
    QString iso = trimmed;
    iso.replace(u' ', u'T');
    const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    if (match.capturedLength(3) == 0)
        return QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    return parsed.toUTC();
}

} // namespace

ParameterReader::ParameterReader(ImportContext *context, QString object)
    : m_context(context)
    , m_object(std::move(object))
{
}

void ParameterReader::fail(const ScriptParameter &parameter, const QString &message,
                           const QString &fix)
{
    const qsizetype offset = parameter.hasValue ? parameter.value.offset : parameter.offset;
    m_context->error("value", offset, m_object, dashed(parameter), message, fix);
}

bool ParameterReader::hasValue(const ScriptParameter &parameter)
{
    if (parameter.hasValue)
        return true;
    fail(parameter, tr("%1 has no value.").arg(dashed(parameter)),
         tr("Write the value after the parameter name."));
    return false;
}

bool ParameterReader::isLiteral(const ScriptParameter &parameter, const ScriptValue &value)
{
    if (!isExpression(value))
        return true;
    fail(parameter, tr("%1 is given by a variable or an expression (%2), which an import "
                       "cannot evaluate.").arg(dashed(parameter), value.text.left(60)),
         tr("Write the value itself in single quotes."));
    return false;
}

void ParameterReader::notOneOf(const ScriptParameter &parameter, const QString &value,
                               const QStringList &names)
{
    fail(parameter, tr("'%1' is not a value of %2.").arg(value, dashed(parameter)),
         tr("Use one of: %1.").arg(names.join(QStringLiteral(", "))));
}

std::optional<QString> ParameterReader::text(const ScriptParameter &parameter)
{
    if (!hasValue(parameter) || !isLiteral(parameter, parameter.value))
        return std::nullopt;
    switch (parameter.value.kind) {
    case ScriptValue::Kind::Null:
        return QString();
    case ScriptValue::Kind::String:
        return parameter.value.text;
    case ScriptValue::Kind::Array:
        fail(parameter, tr("%1 takes one value, not a list.").arg(dashed(parameter)));
        return std::nullopt;
    default:
        fail(parameter, tr("%1 takes text, not %2.").arg(dashed(parameter),
                                                         parameter.sourceText));
        return std::nullopt;
    }
}

std::optional<QStringList> ParameterReader::list(const ScriptParameter &parameter)
{
    if (!hasValue(parameter) || !isLiteral(parameter, parameter.value))
        return std::nullopt;
    const ScriptValue &value = parameter.value;
    if (value.kind == ScriptValue::Kind::Null)
        return QStringList();
    const QList<ScriptValue> items = value.kind == ScriptValue::Kind::Array
        ? value.items : QList<ScriptValue>{value};

    QStringList out;
    for (const ScriptValue &item : items) {
        if (!isLiteral(parameter, item))
            return std::nullopt;
        if (item.kind != ScriptValue::Kind::String) {
            fail(parameter, tr("%1 lists text values; %2 is not one.")
                                .arg(dashed(parameter), item.kind == ScriptValue::Kind::Null
                                         ? QStringLiteral("$null") : item.text));
            return std::nullopt;
        }
        out << item.text;
    }
    return out;
}

std::optional<bool> ParameterReader::boolean(const ScriptParameter &parameter)
{
    if (!parameter.hasValue)
        return true;
    const ScriptValue &value = parameter.value;
    if (value.kind == ScriptValue::Kind::Boolean)
        return value.boolean;
    // PowerShell binds the numbers 1 and 0 to a Boolean parameter as well.
    if (value.kind == ScriptValue::Kind::String && !value.quoted
        && (value.text == u"1" || value.text == u"0"))
        return value.text == u"1";
    if (isLiteral(parameter, value))
        fail(parameter, tr("%1 takes $true or $false, not %2.")
                            .arg(dashed(parameter), parameter.sourceText));
    return std::nullopt;
}

std::optional<QDateTime> ParameterReader::date(const ScriptParameter &parameter)
{
    if (!hasValue(parameter))
        return std::nullopt;
    const ScriptValue &value = parameter.value;
    if (value.kind == ScriptValue::Kind::Null)
        return QDateTime();

    const ScriptValue *literal = nullptr;
    if (value.kind == ScriptValue::Kind::String) {
        literal = &value;
    } else if (value.items.size() == 1
               && ((value.kind == ScriptValue::Kind::Cast
                    && (value.text.compare(u"datetime", Qt::CaseInsensitive) == 0
                        || value.text.compare(u"System.DateTime", Qt::CaseInsensitive) == 0))
                   || (value.kind == ScriptValue::Kind::Command
                       && value.text.compare(u"Get-Date", Qt::CaseInsensitive) == 0))) {
        literal = &value.items.constFirst();
    }

    const QDateTime when = literal && literal->kind == ScriptValue::Kind::String
        ? parseIsoDate(literal->text) : QDateTime();
    if (!when.isValid()) {
        fail(parameter, tr("%1 is not a date in ISO 8601 form: %2. A form such as 12/4/2026 "
                           "means different days under different regional settings.")
                            .arg(dashed(parameter), parameter.sourceText),
             tr("Write the date as ([datetime]'2026-12-04T00:00:00Z')."));
        return std::nullopt;
    }
    return when;
}

std::optional<qint64> ParameterReader::size(const ScriptParameter &parameter)
{
    const std::optional<QString> value = text(parameter);
    if (!value)
        return std::nullopt;

    // Exchange prints sizes as "10 MB (10,485,760 bytes)"; PowerShell itself reads 10MB.
    static const QRegularExpression shape(
        QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(B|KB|MB|GB|TB)?\\s*"
                       "(?:\\(([\\d,]+) bytes\\))?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = shape.match(*value);
    if (match.hasMatch()) {
        if (match.capturedLength(3) > 0) {
            bool ok = false;
            const qint64 bytes = match.captured(3).remove(u',').toLongLong(&ok);
            if (ok)
                return bytes;
        }
        const QString unit = match.captured(2).toUpper();
        const int shift = unit == u"KB" ? 10 : unit == u"MB" ? 20 : unit == u"GB" ? 30
                                                 : unit == u"TB" ? 40 : 0;
        bool ok = false;
        const double amount = match.captured(1).toDouble(&ok);
        if (ok && amount * double(qint64(1) << shift) < 9.0e18)
            return qint64(amount * double(qint64(1) << shift));
    }
    fail(parameter, tr("%1 is not a size: %2.").arg(dashed(parameter), *value),
         tr("Write the size in bytes, or as 10MB."));
    return std::nullopt;
}

std::optional<qint64> ParameterReader::number(const ScriptParameter &parameter)
{
    const std::optional<QString> value = text(parameter);
    if (!value)
        return std::nullopt;
    bool ok = false;
    const qint64 number = value->toLongLong(&ok);
    if (!ok) {
        fail(parameter, tr("%1 is not a whole number: %2.").arg(dashed(parameter), *value));
        return std::nullopt;
    }
    return number;
}

bool checkCommandShape(const ScriptCommand &command, const QString &object,
                       ImportContext *context)
{
    bool ok = true;
    QSet<QString> seen;
    for (const ScriptParameter &parameter : command.parameters) {
        const QString key = parameter.name.toLower();
        if (seen.contains(key)) {
            context->error("parameter.duplicate", parameter.offset, object,
                           u'-' + parameter.name, tr("-%1 is given twice.").arg(parameter.name),
                           tr("Keep one of them."));
            ok = false;
        }
        seen.insert(key);
    }

    const bool named = seen.contains(QStringLiteral("name"))
        || seen.contains(QStringLiteral("identity"));
    for (qsizetype i = named ? 0 : 1; i < command.positional.size(); ++i) {
        context->error("parameter.positional", command.positional.at(i).offset, object, {},
                       tr("This value has no parameter name before it."),
                       tr("Write the parameter it belongs to before it, such as -Comments."));
        ok = false;
    }
    return ok;
}

} // namespace mailflow::interop
