#include "scriptscanner.h"

#include <QCoreApplication>

namespace mailflow::interop {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::interop::Script", text);
}

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

QChar closerOf(QChar open)
{
    if (open == u'(')
        return u')';
    if (open == u'[')
        return u']';
    return u'}';
}

} // namespace

ScriptScanner::ScriptScanner(const QString &text, qsizetype begin, qsizetype end,
                             QList<ScriptError> *errors)
    : m_text(text)
    , m_pos(begin)
    , m_end(end)
    , m_errors(errors)
{
}

QChar ScriptScanner::peek(qsizetype ahead) const
{
    return m_pos + ahead < m_end ? m_text.at(m_pos + ahead) : QChar();
}

bool ScriptScanner::isSingleQuote(QChar c)
{
    return c == u'\'' || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A)
        || c == QChar(0x201B);
}

bool ScriptScanner::isDoubleQuote(QChar c)
{
    return c == u'"' || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x201E);
}

bool ScriptScanner::isDash(QChar c)
{
    return c == u'-' || c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x2015);
}

void ScriptScanner::fail(qsizetype offset, const QString &message)
{
    if (!m_failed && m_errors)
        m_errors->append({offset, message});
    m_failed = true;
    m_pos = m_end;
}

bool ScriptScanner::skipBlanks(bool newlines)
{
    bool crossed = false;
    while (!atEnd()) {
        const QChar c = peek();
        if (isSpace(c)) {
            ++m_pos;
        } else if (c == u'`' && isNewline(peek(1))) {
            // A backtick as the last character of a line continues the command.
            m_pos += (peek(1) == u'\r' && peek(2) == u'\n') ? 3 : 2;
        } else if (c == u'#') {
            while (!atEnd() && !isNewline(peek()))
                ++m_pos;
        } else if (c == u'<' && peek(1) == u'#') {
            const qsizetype close = m_text.indexOf(u"#>", m_pos + 2);
            if (close < 0 || close + 2 > m_end) {
                fail(m_pos, tr("The block comment that starts here is not closed; add #>."));
                return crossed;
            }
            m_pos = close + 2;
        } else if (newlines && isNewline(c)) {
            ++m_pos;
            crossed = true;
        } else {
            break;
        }
    }
    return crossed;
}

bool ScriptScanner::atStatementEnd() const
{
    if (atEnd())
        return true;
    const QChar c = peek();
    return isNewline(c) || c == u';' || c == u'|' || c == u')' || c == u'}';
}

bool ScriptScanner::atParameter() const
{
    return isDash(peek()) && (peek(1).isLetter() || peek(1) == u'_');
}

QString ScriptScanner::readWord()
{
    const qsizetype start = m_pos;
    while (!atEnd()) {
        const QChar c = peek();
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            break;
        ++m_pos;
    }
    return m_text.mid(start, m_pos - start);
}

QString ScriptScanner::readParameterName(bool *colon)
{
    ++m_pos; // the dash
    const qsizetype start = m_pos;
    while (!atEnd() && (peek().isLetterOrNumber() || peek() == u'_'))
        ++m_pos;
    const QString name = m_text.mid(start, m_pos - start);
    *colon = peek() == u':';
    if (*colon)
        ++m_pos;
    return name;
}

ScriptValue ScriptScanner::readValue()
{
    ScriptValue first = readElement();
    if (m_failed)
        return {};

    qsizetype save = m_pos;
    skipBlanks(false);
    if (peek() != u',') {
        m_pos = save;
        return first;
    }

    ScriptValue array;
    array.kind = ScriptValue::Kind::Array;
    array.offset = first.offset;
    array.items << first;
    while (peek() == u',') {
        const qsizetype comma = m_pos;
        ++m_pos;
        // PowerShell lets an array continue on the next line after a comma.
        skipBlanks(true);
        if (atStatementEnd() || atParameter()) {
            fail(comma, tr("A value is missing after this comma."));
            return {};
        }
        array.items << readElement();
        if (m_failed)
            return {};
        save = m_pos;
        skipBlanks(false);
    }
    m_pos = save;
    array.end = save;
    return array;
}

bool ScriptScanner::atBareEnd() const
{
    if (atEnd())
        return true;
    const QChar c = peek();
    if (isSpace(c) || isNewline(c))
        return true;
    if (c == u'`' && isNewline(peek(1)))
        return true;
    return c == u',' || c == u';' || c == u'(' || c == u')' || c == u'{' || c == u'}'
        || c == u'|' || c == u'&';
}

ScriptValue ScriptScanner::readElement()
{
    const qsizetype start = m_pos;
    const QChar c = peek();
    if (c == u'$' && peek(1) != u'(')
        return readVariable();
    const bool opensAfterSigil = (c == u'@' || c == u'$') && (peek(1) == u'(' || peek(1) == u'{');
    if (c == u'(' || c == u'{' || opensAfterSigil)
        return readGroup();

    // Quoted and bare pieces written without a space between them form one argument.
    ScriptValue value;
    value.offset = start;
    bool expands = false;
    int pieces = 0;
    while (!atEnd()) {
        const QChar next = peek();
        if (isSingleQuote(next)) {
            value.text += readSingleQuoted();
            value.quoted = true;
        } else if (isDoubleQuote(next)) {
            value.text += readDoubleQuoted(&expands);
            value.quoted = true;
        } else if (!atBareEnd()) {
            if ((next == u'$' && isVariableStart(peek(1))) || (pieces == 0 && next == u'@'))
                expands = true;
            value.text += readBare();
        } else {
            break;
        }
        if (m_failed)
            return {};
        ++pieces;
    }
    if (pieces == 0) {
        fail(start, tr("A value was expected here."));
        return {};
    }
    if (expands) {
        value.kind = ScriptValue::Kind::Variable;
        value.text = m_text.mid(start, m_pos - start);
    }
    value.end = m_pos;
    return value;
}

ScriptValue ScriptScanner::readVariable()
{
    ScriptValue value;
    value.offset = m_pos;
    ++m_pos;
    const qsizetype nameStart = m_pos;
    if (peek() == u'{') {
        const qsizetype close = m_text.indexOf(u'}', m_pos);
        if (close < 0 || close >= m_end) {
            fail(value.offset, tr("The variable name that starts here is not closed; add }."));
            return {};
        }
        m_pos = close + 1;
    } else {
        while (!atEnd() && (peek().isLetterOrNumber() || peek() == u'_' || peek() == u':'
                            || peek() == u'?' || peek() == u'^' || peek() == u'$'))
            ++m_pos;
    }
    const QString name = m_text.mid(nameStart, m_pos - nameStart);

    const bool alone = atBareEnd() && !isSingleQuote(peek()) && !isDoubleQuote(peek());
    if (alone && name.compare(u"true", Qt::CaseInsensitive) == 0) {
        value.kind = ScriptValue::Kind::Boolean;
        value.boolean = true;
    } else if (alone && name.compare(u"false", Qt::CaseInsensitive) == 0) {
        value.kind = ScriptValue::Kind::Boolean;
    } else if (alone && name.compare(u"null", Qt::CaseInsensitive) == 0) {
        value.kind = ScriptValue::Kind::Null;
    } else {
        // $x.Name, $x[0] and the like: only ever kept verbatim.
        while (!atBareEnd())
            ++m_pos;
        value.kind = ScriptValue::Kind::Variable;
    }
    value.text = m_text.mid(value.offset, m_pos - value.offset);
    value.end = m_pos;
    return value;
}

QString ScriptScanner::readSingleQuoted()
{
    const qsizetype start = m_pos;
    ++m_pos;
    QString out;
    while (!atEnd()) {
        const QChar c = m_text.at(m_pos++);
        if (isSingleQuote(c)) {
            // Two quote characters in a row stand for the second one.
            if (!atEnd() && isSingleQuote(peek())) {
                out += m_text.at(m_pos++);
                continue;
            }
            return out;
        }
        out += c;
    }
    fail(start, tr("The text in single quotes that starts here is not closed. Add the closing "
                   "quote, and double every quote inside the text ('')."));
    return {};
}

QString ScriptScanner::readDoubleQuoted(bool *expands)
{
    const qsizetype start = m_pos;
    ++m_pos;
    QString out;
    while (!atEnd()) {
        const QChar c = m_text.at(m_pos++);
        if (isDoubleQuote(c)) {
            if (!atEnd() && isDoubleQuote(peek())) {
                out += m_text.at(m_pos++);
                continue;
            }
            return out;
        }
        if (c == u'`' && !atEnd()) {
            const QChar e = m_text.at(m_pos++);
            switch (e.unicode()) {
            case u'0': out += QChar(0); break;
            case u'a': out += QChar(7); break;
            case u'b': out += QChar(8); break;
            case u'e': out += QChar(27); break;
            case u'f': out += QChar(12); break;
            case u'n': out += QChar(u'\n'); break;
            case u'r': out += QChar(u'\r'); break;
            case u't': out += QChar(u'\t'); break;
            case u'v': out += QChar(11); break;
            case u'u': {
                const qsizetype close = m_text.indexOf(u'}', m_pos);
                bool ok = false;
                const uint code = (peek() == u'{' && close > m_pos && close < m_end)
                    ? m_text.mid(m_pos + 1, close - m_pos - 1).toUInt(&ok, 16) : 0;
                if (!ok || code > 0x10FFFF) {
                    fail(m_pos - 2, tr("The escape `u needs a code point in braces, such as "
                                       "`u{2019}."));
                    return {};
                }
                const char32_t point = code;
                out += QString::fromUcs4(&point, 1);
                m_pos = close + 1;
                break;
            }
            default: out += e; break;
            }
            continue;
        }
        if (c == u'$' && isVariableStart(peek()))
            *expands = true;
        out += c;
    }
    fail(start, tr("The text in double quotes that starts here is not closed; add the closing "
                   "quote (\")."));
    return {};
}

QString ScriptScanner::readBare()
{
    QString out;
    while (!atBareEnd() && !isSingleQuote(peek()) && !isDoubleQuote(peek())) {
        const QChar c = m_text.at(m_pos++);
        if (c == u'`' && !atEnd()) {
            out += m_text.at(m_pos++);
            continue;
        }
        out += c;
    }
    return out;
}

qsizetype ScriptScanner::matchingClose(qsizetype open)
{
    QString stack(1, closerOf(m_text.at(open)));
    qsizetype i = open + 1;
    while (i < m_end) {
        const QChar c = m_text.at(i);
        const QChar before = m_text.at(i - 1);
        const bool tokenStart = isSpace(before) || isNewline(before) || before == u'('
            || before == u'{' || before == u',' || before == u';';
        if (c == u'`') {
            i += 2;
        } else if (c == u'<' && i + 1 < m_end && m_text.at(i + 1) == u'#') {
            const qsizetype close = m_text.indexOf(u"#>", i + 2);
            if (close < 0 || close + 2 > m_end)
                return -1;
            i = close + 2;
        } else if (c == u'#' && tokenStart) {
            // A comment may hold quotes and brackets that mean nothing.
            while (i < m_end && !isNewline(m_text.at(i)))
                ++i;
        } else if (isSingleQuote(c)) {
            ++i;
            while (i < m_end && !(isSingleQuote(m_text.at(i))
                                  && !(i + 1 < m_end && isSingleQuote(m_text.at(i + 1)))))
                i += isSingleQuote(m_text.at(i)) ? 2 : 1;
            if (i >= m_end)
                return -1;
            ++i;
        } else if (isDoubleQuote(c)) {
            ++i;
            while (i < m_end && !isDoubleQuote(m_text.at(i)))
                i += m_text.at(i) == u'`' ? 2 : 1;
            if (i >= m_end)
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

ScriptValue ScriptScanner::readGroup()
{
    const qsizetype start = m_pos;
    const bool prefixed = peek() == u'@' || peek() == u'$';
    const qsizetype open = prefixed ? m_pos + 1 : m_pos;
    const qsizetype close = matchingClose(open);
    if (close < 0) {
        fail(open, tr("The bracket that opens here is not closed, or a quote inside it is not "
                      "closed."));
        return {};
    }
    m_pos = close + 1;

    ScriptValue value;
    const bool paren = m_text.at(open) == u'(' && m_text.at(start) != u'$';
    if (paren)
        value = interpretGroup(open + 1, close, prefixed);
    if (!paren || value.kind == ScriptValue::Kind::Expression) {
        value = {};
        value.kind = ScriptValue::Kind::Expression;
        value.text = m_text.mid(start, m_pos - start);
    }
    value.offset = start;
    value.end = m_pos;
    return value;
}

ScriptValue ScriptScanner::interpretGroup(qsizetype begin, qsizetype end, bool forceArray)
{
    QList<ScriptError> ignored;
    ScriptScanner inner(m_text, begin, end, &ignored);
    ScriptValue expression;
    expression.kind = ScriptValue::Kind::Expression;
    inner.skipBlanks(true);

    if (inner.peek() == u'[') {
        const qsizetype close = m_text.indexOf(u']', inner.m_pos);
        if (close < 0 || close >= end)
            return expression;
        ScriptValue cast;
        cast.kind = ScriptValue::Kind::Cast;
        cast.text = m_text.mid(inner.m_pos + 1, close - inner.m_pos - 1).trimmed();
        inner.m_pos = close + 1;
        inner.skipBlanks(false);
        if (inner.atEnd())
            return expression;
        cast.items << inner.readElement();
        inner.skipBlanks(true);
        return !inner.failed() && inner.atEnd() ? cast : expression;
    }

    if (inner.peek().isLetter()) {
        const qsizetype wordStart = inner.m_pos;
        const QString word = inner.readWord();
        if (word.contains(u'-') && inner.atBareEnd()) {
            ScriptValue command;
            command.kind = ScriptValue::Kind::Command;
            command.text = word;
            while (!inner.failed()) {
                inner.skipBlanks(false);
                if (inner.atEnd())
                    return command;
                if (inner.atParameter() || inner.atStatementEnd())
                    return expression;
                command.items << inner.readValue();
            }
            return expression;
        }
        inner.m_pos = wordStart;
    }

    // A list of values, separated by commas or, inside @( ), also by new lines.
    ScriptValue array;
    array.kind = ScriptValue::Kind::Array;
    while (!inner.atEnd()) {
        const ScriptValue item = inner.readValue();
        if (inner.failed())
            return expression;
        if (item.kind == ScriptValue::Kind::Array)
            array.items << item.items;
        else
            array.items << item;
        const bool newline = inner.skipBlanks(true);
        if (!inner.atEnd() && !(newline && forceArray))
            return expression;
    }
    if (!forceArray && array.items.size() == 1)
        return array.items.constFirst();
    return array;
}

} // namespace mailflow::interop
