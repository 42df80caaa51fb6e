#include "scriptscanner.h"

#include "scriptquotedtext.h"
#include "scriptsyntax.h"

#include <QCoreApplication>

namespace mailflow::interop {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::interop::Script", text);
}

} // namespace

using syntax::isNewline;
using syntax::isSpace;
using syntax::isVariableStart;

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
    return syntax::isSingleQuote(c);
}

bool ScriptScanner::isDoubleQuote(QChar c)
{
    return syntax::isDoubleQuote(c);
}

bool ScriptScanner::isDash(QChar c)
{
    return syntax::isDash(c);
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
        if (isSingleQuote(next) || isDoubleQuote(next)) {
            value.text += readQuoted(&expands);
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

QString ScriptScanner::readQuoted(bool *expands)
{
    const syntax::QuotedText piece = isSingleQuote(peek())
        ? syntax::readSingleQuoted(m_text, m_pos, m_end)
        : syntax::readDoubleQuoted(m_text, m_pos, m_end);
    if (!piece.error.isEmpty()) {
        fail(piece.errorOffset, piece.error);
        return {};
    }
    m_pos = piece.end;
    if (piece.expands)
        *expands = true;
    return piece.text;
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

ScriptValue ScriptScanner::readGroup()
{
    const qsizetype start = m_pos;
    const bool prefixed = peek() == u'@' || peek() == u'$';
    const qsizetype open = prefixed ? m_pos + 1 : m_pos;
    if (m_depth >= MaxGroupDepth) {
        m_tooDeep = true;
        fail(open, tr("Brackets nest more than %1 levels deep here; a script for Exchange "
                      "never needs that many.").arg(MaxGroupDepth));
        return {};
    }
    const qsizetype close = syntax::findClosingBracket(m_text, open, m_end);
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
    if (m_failed)
        return {};
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
    QList<ScriptError> innerErrors;
    ScriptScanner inner(m_text, begin, end, &innerErrors);
    inner.m_depth = m_depth + 1;
    ScriptValue value = interpretGroupWith(inner, end, forceArray);

    // Other inner errors only make the group a verbatim expression; too deep a nesting is an
    // error of the whole script.
    if (inner.m_tooDeep && !innerErrors.isEmpty()) {
        m_tooDeep = true;
        fail(innerErrors.constFirst().offset, innerErrors.constFirst().message);
        return {};
    }
    return value;
}

ScriptValue ScriptScanner::interpretGroupWith(ScriptScanner &inner, qsizetype end,
                                              bool forceArray)
{
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
