#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace mailflow::store {

namespace {

// Keys of every object the workspace file holds, in the order they are written; a key missing
// here goes after these, alphabetically.
const QStringList &keyOrder()
{
    static const QStringList order = {
        QStringLiteral("format"), QStringLiteral("version"),
        QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("kind"),
        QStringLiteral("enabled"), QStringLiteral("retainInternalHeaders"),
        QStringLiteral("usage"), QStringLiteral("recipientDomains"), QStringLiteral("routing"),
        QStringLiteral("smartHosts"), QStringLiteral("tls"), QStringLiteral("tlsDomain"),
        QStringLiteral("smtpDaneMode"), QStringLiteral("mtaStsMode"),
        QStringLiteral("validationRecipients"), QStringLiteral("validation"),
        QStringLiteral("validated"), QStringLiteral("lastValidatedUtc"),
        QStringLiteral("recipients"), QStringLiteral("identity"),
        QStringLiteral("tlsSenderCertificateName"), QStringLiteral("senderIpAddresses"),
        QStringLiteral("senderDomains"), QStringLiteral("requireTls"),
        QStringLiteral("restrictToCertificate"), QStringLiteral("restrictToIpAddresses"),
        QStringLiteral("mode"), QStringLiteral("activationDate"), QStringLiteral("expiryDate"),
        QStringLiteral("stopProcessing"), QStringLiteral("errorAction"),
        QStringLiteral("senderAddressLocation"), QStringLiteral("comments"),
        QStringLiteral("conditions"), QStringLiteral("exceptions"), QStringLiteral("actions"),
        QStringLiteral("items"), QStringLiteral("properties"), QStringLiteral("property"),
        QStringLiteral("words"), QStringLiteral("text"), QStringLiteral("secondText"),
        QStringLiteral("number"), QStringLiteral("connectors"), QStringLiteral("rules"),
    };
    return order;
}

QStringList orderedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    const QStringList &order = keyOrder();
    std::stable_sort(keys.begin(), keys.end(), [&order](const QString &a, const QString &b) {
        const qsizetype rankA = order.indexOf(a);
        const qsizetype rankB = order.indexOf(b);
        if (rankA < 0 && rankB < 0)
            return a < b;
        if (rankA < 0 || rankB < 0)
            return rankB < 0;
        return rankA < rankB;
    });
    return keys;
}

QByteArray escaped(char16_t c)
{
    switch (c) {
    case u'"':
        return "\\\"";
    case u'\\':
        return "\\\\";
    case u'\b':
        return "\\b";
    case u'\f':
        return "\\f";
    case u'\n':
        return "\\n";
    case u'\r':
        return "\\r";
    case u'\t':
        return "\\t";
    default:
        return "\\u" + QByteArray::number(c, 16).rightJustified(4, '0');
    }
}

// RFC 8259 section 7: quote, backslash and control characters are escaped; everything else,
// including non-ASCII text, is written as UTF-8. Plain runs are converted whole so surrogate
// pairs stay together.
void writeString(const QString &text, QByteArray *out)
{
    out->append('"');
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        out->append(QStringView(text).mid(runStart, i - runStart).toUtf8());
        out->append(escaped(c));
        runStart = i + 1;
    }
    out->append(QStringView(text).mid(runStart).toUtf8());
    out->append('"');
}

void writeValue(const QJsonValue &value, int depth, QByteArray *out);

void indent(int depth, QByteArray *out)
{
    out->append(QByteArray(depth * 4, ' '));
}

void writeObject(const QJsonObject &object, int depth, QByteArray *out)
{
    if (object.isEmpty()) {
        out->append("{}");
        return;
    }
    out->append("{\n");
    const QStringList keys = orderedKeys(object);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        indent(depth + 1, out);
        writeString(keys.at(i), out);
        out->append(": ");
        writeValue(object.value(keys.at(i)), depth + 1, out);
        out->append(i + 1 < keys.size() ? ",\n" : "\n");
    }
    indent(depth, out);
    out->append('}');
}

void writeArray(const QJsonArray &array, int depth, QByteArray *out)
{
    if (array.isEmpty()) {
        out->append("[]");
        return;
    }
    out->append("[\n");
    for (qsizetype i = 0; i < array.size(); ++i) {
        indent(depth + 1, out);
        writeValue(array.at(i), depth + 1, out);
        out->append(i + 1 < array.size() ? ",\n" : "\n");
    }
    indent(depth, out);
    out->append(']');
}

void writeValue(const QJsonValue &value, int depth, QByteArray *out)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out->append("null");
        break;
    case QJsonValue::Bool:
        out->append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double: {
        // Sizes are whole byte counts; keep them exact instead of printing 1.5e+08.
        const double number = value.toDouble();
        constexpr qint64 exactLimit = qint64(1) << 53;
        if (std::floor(number) == number && std::fabs(number) <= double(exactLimit))
            out->append(QByteArray::number(value.toInteger()));
        else
            out->append(QByteArray::number(number, 'g', 17));
        break;
    }
    case QJsonValue::String:
        writeString(value.toString(), out);
        break;
    case QJsonValue::Array:
        writeArray(value.toArray(), depth, out);
        break;
    case QJsonValue::Object:
        writeObject(value.toObject(), depth, out);
        break;
    }
}

} // namespace

QByteArray writeOrderedJson(const QJsonObject &object)
{
    QByteArray out;
    writeObject(object, 0, &out);
    out.append('\n');
    return out;
}

} // namespace mailflow::store
