#include "scriptquotedtext.h"

#include "scriptsyntax.h"

#include <QCoreApplication>

namespace mailflow::interop::syntax {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::interop::Script", text);
}

QuotedText failure(qsizetype offset, const QString &message)
{
    QuotedText piece;
    piece.error = message;
    piece.errorOffset = offset;
    return piece;
}

} // namespace

QuotedText readSingleQuoted(const QString &text, qsizetype open, qsizetype end)
{
    QuotedText piece;
    qsizetype pos = open + 1;
    while (pos < end) {
        const QChar c = text.at(pos++);
        if (isSingleQuote(c)) {
            // Two quote characters in a row stand for the second one.
            if (pos < end && isSingleQuote(text.at(pos))) {
                piece.text += text.at(pos++);
                continue;
            }
            piece.end = pos;
            return piece;
        }
        piece.text += c;
    }
    return failure(open, tr("The text in single quotes that starts here is not closed. Add the "
                            "closing quote, and double every quote inside the text ('')."));
}

QuotedText readDoubleQuoted(const QString &text, qsizetype open, qsizetype end)
{
    QuotedText piece;
    qsizetype pos = open + 1;
    while (pos < end) {
        const QChar c = text.at(pos++);
        if (isDoubleQuote(c)) {
            if (pos < end && isDoubleQuote(text.at(pos))) {
                piece.text += text.at(pos++);
                continue;
            }
            piece.end = pos;
            return piece;
        }
        if (c == u'`' && pos < end) {
            const QChar e = text.at(pos++);
            switch (e.unicode()) {
            case u'0': piece.text += QChar(0); break;
            case u'a': piece.text += QChar(7); break;
            case u'b': piece.text += QChar(8); break;
            case u'e': piece.text += QChar(27); break;
            case u'f': piece.text += QChar(12); break;
            case u'n': piece.text += QChar(u'\n'); break;
            case u'r': piece.text += QChar(u'\r'); break;
            case u't': piece.text += QChar(u'\t'); break;
            case u'v': piece.text += QChar(11); break;
            case u'u': {
                const qsizetype close = text.indexOf(u'}', pos);
                bool ok = false;
                const uint code = (pos < end && text.at(pos) == u'{' && close > pos && close < end)
                    ? text.mid(pos + 1, close - pos - 1).toUInt(&ok, 16) : 0;
                if (!ok || code > 0x10FFFF) {
                    return failure(pos - 2, tr("The escape `u needs a code point in braces, such "
                                               "as `u{2019}."));
                }
                const char32_t point = code;
                piece.text += QString::fromUcs4(&point, 1);
                pos = close + 1;
                break;
            }
            default: piece.text += e; break;
            }
            continue;
        }
        if (c == u'$' && pos < end && isVariableStart(text.at(pos)))
            piece.expands = true;
        piece.text += c;
    }
    return failure(open, tr("The text in double quotes that starts here is not closed; add the "
                            "closing quote (\")."));
}

} // namespace mailflow::interop::syntax
