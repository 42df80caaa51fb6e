#include "powershellliteral.h"

#include "scriptscanner.h"

namespace mailflow::interop::literal {

namespace {

bool needsEscapes(const QString &text)
{
    for (const QChar c : text) {
        if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7F)
            return true;
    }
    return false;
}

QString doubleQuoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0: out += u"`0"; break;
        case 7: out += u"`a"; break;
        case 8: out += u"`b"; break;
        case 9: out += u"`t"; break;
        case 10: out += u"`n"; break;
        case 11: out += u"`v"; break;
        case 12: out += u"`f"; break;
        case 13: out += u"`r"; break;
        case u'`':
        case u'$':
            out += u'`';
            out += c;
            break;
        default:
            if (ScriptScanner::isDoubleQuote(c)) {
                out += u'`';
                out += c;
            } else if (c.unicode() < 0x20 || c.unicode() == 0x7F) {
                // Needs PowerShell 7; Windows PowerShell has no escape for these characters.
                out += QStringLiteral("`u{%1}").arg(c.unicode(), 0, 16);
            } else {
                out += c;
            }
        }
    }
    out += u'"';
    return out;
}

} // namespace

QString quote(const QString &text)
{
    if (needsEscapes(text))
        return doubleQuoted(text);

    QString out = QStringLiteral("'");
    for (const QChar c : text) {
        if (ScriptScanner::isSingleQuote(c))
            out += c;
        out += c;
    }
    out += u'\'';
    return out;
}

QString quoteList(const QStringList &items)
{
    if (items.isEmpty())
        return QStringLiteral("$null");
    QStringList quoted;
    for (const QString &item : items)
        quoted << quote(item);
    return quoted.join(u',');
}

QString boolean(bool value)
{
    return value ? QStringLiteral("$true") : QStringLiteral("$false");
}

QString dateTime(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    const QString text = utc.time().msec() != 0 ? utc.toString(Qt::ISODateWithMs)
                                                : utc.toString(Qt::ISODate);
    return QStringLiteral("([datetime]%1)").arg(quote(text));
}

QString propertyWords(const QList<PropertyWords> &properties)
{
    QStringList entries;
    for (const PropertyWords &group : properties)
        entries << group.property + u':' + group.words.join(u',');
    return quoteList(entries);
}

} // namespace mailflow::interop::literal
