#include "scriptsyntax.h"

namespace mailflow::interop::syntax {

namespace {

QChar closerOf(QChar open)
{
    if (open == u'(')
        return u')';
    if (open == u'[')
        return u']';
    return u'}';
}

} // namespace

bool isNewline(QChar c)
{
    return c == u'\n' || c == u'\r';
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\f' || c == u'\v' || c == QChar(0x00A0);
}

bool isVariableStart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'{' || c == u'(' || c == u'?'
        || c == u'^' || c == u'$';
}

bool isSingleQuote(QChar c)
{
    return c == u'\'' || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A)
        || c == QChar(0x201B);
}

bool isDoubleQuote(QChar c)
{
    return c == u'"' || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x201E);
}

bool isDash(QChar c)
{
    return c == u'-' || c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x2015);
}

qsizetype findClosingBracket(const QString &text, qsizetype open, qsizetype end)
{
    QString stack(1, closerOf(text.at(open)));
    qsizetype i = open + 1;
    while (i < end) {
        const QChar c = text.at(i);
        const QChar before = text.at(i - 1);
        const bool tokenStart = isSpace(before) || isNewline(before) || before == u'('
            || before == u'{' || before == u',' || before == u';';
        if (c == u'`') {
            i += 2;
        } else if (c == u'<' && i + 1 < end && text.at(i + 1) == u'#') {
            const qsizetype close = text.indexOf(u"#>", i + 2);
            if (close < 0 || close + 2 > end)
                return -1;
            i = close + 2;
        } else if (c == u'#' && tokenStart) {
            // A comment may hold quotes and brackets that mean nothing.
            while (i < end && !isNewline(text.at(i)))
                ++i;
        } else if (isSingleQuote(c)) {
            ++i;
            while (i < end && !(isSingleQuote(text.at(i))
                                && !(i + 1 < end && isSingleQuote(text.at(i + 1)))))
                i += isSingleQuote(text.at(i)) ? 2 : 1;
            if (i >= end)
                return -1;
            ++i;
        } else if (isDoubleQuote(c)) {
            ++i;
            while (i < end && !isDoubleQuote(text.at(i)))
                i += text.at(i) == u'`' ? 2 : 1;
            if (i >= end)
                return -1;
            ++i;
        } else if (c == u'(' || c == u'[' || c == u'{') {
            stack += closerOf(c);
            ++i;
        } else if (c == u')' || c == u']' || c == u'}') {
            if (c != stack.back())
                return -1;
            stack.chop(1);
            if (stack.isEmpty())
                return i;
            ++i;
        } else {
            ++i;
        }
    }
    return -1;
}

} // namespace mailflow::interop::syntax
