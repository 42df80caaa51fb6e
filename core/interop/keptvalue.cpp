#include "keptvalue.h"

#include "scriptquotedtext.h"
#include "scriptsyntax.h"

#include <QCoreApplication>

namespace mailflow::interop {

namespace {

// Characters a bare word may hold without PowerShell reading an operator, a redirection or a
// variable into it.
bool isSafeBare(QChar c)
{
    static const QString safe = QStringLiteral("-_.:/\\+*=~%");
    return c.isLetterOrNumber() || safe.contains(c);
}

class LiteralChecker
{
public:
    explicit LiteralChecker(const QString &text)
        : m_text(text)
    {
    }

    qsizetype run()
    {
        if (m_pos < m_text.size() && m_text.at(m_pos) == u':')
            ++m_pos;
        skipBlanks(false);
        if (atEnd())
            return -1; // a switch
        if (!argument())
            return m_pos;
        return -1;
    }

private:
    static constexpr int MaxDepth = 64;

    [[nodiscard]] bool atEnd() const { return m_pos >= m_text.size(); }
    [[nodiscard]] QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }

    bool skipBlanks(bool newlines)
    {
        bool crossed = false;
        while (!atEnd()) {
            const QChar c = peek();
            if (syntax::isSpace(c)) {
                ++m_pos;
            } else if (c == u'`' && syntax::isNewline(peek(1))) {
                m_pos += 2;
            } else if (newlines && syntax::isNewline(c)) {
                ++m_pos;
                crossed = true;
            } else {
                break;
            }
        }
        return crossed;
    }

    // Argument mode: a,b,'c d'.
    bool argument()
    {
        while (true) {
            if (!element(false))
                return false;
            skipBlanks(false);
            if (atEnd())
                return true;
            if (peek() != u',')
                return false;
            ++m_pos;
            skipBlanks(true);
        }
    }

    bool element(bool expression)
    {
        const QChar c = peek();
        if (c == u'$')
            return constant();
        if (c == u'@' && peek(1) == u'(') {
            m_pos += 2;
            return group();
        }
        if (c == u'(') {
            ++m_pos;
            return group();
        }
        if (c == u'@' && peek(1) == u'{') {
            m_pos += 2;
            return hashtable();
        }
        return expression ? expressionText() : argumentText();
    }

    bool constant()
    {
        const qsizetype start = m_pos;
        ++m_pos;
        while (!atEnd() && peek().isLetter())
            ++m_pos;
        const QStringView name = QStringView(m_text).mid(start + 1, m_pos - start - 1);
        for (const char16_t *known : {u"true", u"false", u"null"}) {
            if (name.compare(QStringView(known), Qt::CaseInsensitive) == 0)
                return true;
        }
        m_pos = start;
        return false;
    }

    bool quoted()
    {
        const bool single = syntax::isSingleQuote(peek());
        const syntax::QuotedText piece = single
            ? syntax::readSingleQuoted(m_text, m_pos, m_text.size())
            : syntax::readDoubleQuoted(m_text, m_pos, m_text.size());
        if (!piece.error.isEmpty())
            return false;
        // Double-quoted text expands $name and $(…); no escape makes that safe to keep.
        if (!single && QStringView(m_text).mid(m_pos, piece.end - m_pos).contains(u'$'))
            return false;
        m_pos = piece.end;
        return true;
    }

    bool argumentText()
    {
        int pieces = 0;
        while (!atEnd()) {
            const QChar c = peek();
            if (syntax::isSingleQuote(c) || syntax::isDoubleQuote(c)) {
                if (!quoted())
                    return false;
            } else if (isSafeBare(c)) {
                ++m_pos;
            } else {
                break;
            }
            ++pieces;
        }
        return pieces > 0;
    }

    // Inside brackets PowerShell reads a bare word as a command: only quotes and numbers.
    bool expressionText()
    {
        const QChar c = peek();
        if (syntax::isSingleQuote(c) || syntax::isDoubleQuote(c))
            return quoted();
        const qsizetype start = m_pos;
        if (c == u'-')
            ++m_pos;
        if (!peek().isDigit()) {
            m_pos = start;
            return false;
        }
        while (!atEnd() && (peek().isLetterOrNumber() || peek() == u'.'))
            ++m_pos;
        return true;
    }

    bool group()
    {
        if (++m_depth > MaxDepth)
            return false;
        skipBlanks(true);
        while (peek() != u')') {
            if (atEnd() || !element(true))
                return false;
            const bool newline = skipBlanks(true);
            if (peek() == u',') {
                ++m_pos;
                skipBlanks(true);
            } else if (peek() != u')' && !newline) {
                return false;
            }
        }
        ++m_pos;
        --m_depth;
        return true;
    }

    // @{ key = literal; 'other key' = literal }
    bool hashtable()
    {
        if (++m_depth > MaxDepth)
            return false;
        skipBlanks(true);
        while (peek() != u'}') {
            if (!key())
                return false;
            skipBlanks(false);
            if (peek() != u'=')
                return false;
            ++m_pos;
            skipBlanks(true);
            if (atEnd() || !element(true))
                return false;
            const bool newline = skipBlanks(true);
            if (peek() == u';') {
                ++m_pos;
                skipBlanks(true);
            } else if (peek() != u'}' && !newline) {
                return false;
            }
        }
        ++m_pos;
        --m_depth;
        return true;
    }

    bool key()
    {
        if (syntax::isSingleQuote(peek()) || syntax::isDoubleQuote(peek()))
            return quoted();
        const qsizetype start = m_pos;
        while (!atEnd() && (peek().isLetterOrNumber() || peek() == u'_'))
            ++m_pos;
        return m_pos > start;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
};

} // namespace

bool isPlainParameterName(const QString &name)
{
    if (name.isEmpty() || !(name.front().isLetter() || name.front() == u'_'))
        return false;
    for (const QChar c : name) {
        if (!c.isLetterOrNumber() && c != u'_')
            return false;
    }
    return true;
}

qsizetype nonLiteralOffset(const QString &source)
{
    LiteralChecker checker(source);
    return checker.run();
}

bool keepsLiteral(ImportContext &context, const QString &object, const ScriptParameter &parameter)
{
    const qsizetype bad = nonLiteralOffset(parameter.sourceText);
    if (bad < 0)
        return true;

    const qsizetype sourceStart = parameter.value.end - parameter.sourceText.size();
    context.error("value.notLiteral", sourceStart + bad, object, u'-' + parameter.name,
                  QCoreApplication::translate(
                      "mailflow::interop::Script",
                      "-%1 is not a setting this tool models, and only literal values "
                      "(quoted text, numbers, $true, $false, $null and lists of them) are "
                      "imported for such settings; a command or variable here would run "
                      "when the script runs.")
                      .arg(parameter.name),
                  QCoreApplication::translate("mailflow::interop::Script",
                                              "Replace the value with its literal result, or "
                                              "remove the parameter."));
    return false;
}

} // namespace mailflow::interop
