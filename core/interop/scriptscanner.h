#pragma once

#include "scripttypes.h"

#include <QString>

namespace mailflow::interop {

// Reads the pieces of a PowerShell command line in argument mode: parameter names, quoted and
// bare values, arrays, $true/$false/$null and parenthesised groups. It follows PowerShell's
// own rules where they matter for Exchange scripts: '' (and the typographic single quotes
// ‘ ’ ‚ ‛, which PowerShell treats as single quotes) inside single-quoted text, backtick
// escapes and "" inside double-quoted text, a backtick at the end of a line continues it, and
// the en and em dash start a parameter name as the hyphen does.
class ScriptScanner
{
public:
    ScriptScanner(const QString &text, qsizetype begin, qsizetype end, QList<ScriptError> *errors);

    [[nodiscard]] qsizetype position() const { return m_pos; }
    void setPosition(qsizetype position) { m_pos = position; }
    [[nodiscard]] bool atEnd() const { return m_pos >= m_end; }
    [[nodiscard]] QChar peek(qsizetype ahead = 0) const;
    [[nodiscard]] bool failed() const { return m_failed; }

    // Skips spaces, tabs, comments and line continuations; newlines too when asked. Returns
    // true when at least one newline was skipped.
    bool skipBlanks(bool newlines);

    // True at a newline, ';', '|', ')', '}' or the end: where a command's arguments stop.
    [[nodiscard]] bool atStatementEnd() const;
    [[nodiscard]] bool atParameter() const;

    // A command name or keyword: letters, digits, '-', '_' and '.'.
    [[nodiscard]] QString readWord();

    // "-Name" or "-Name:"; *colon tells which.
    [[nodiscard]] QString readParameterName(bool *colon);

    // One argument: an element, or several joined by commas into an array.
    [[nodiscard]] ScriptValue readValue();

    void fail(qsizetype offset, const QString &message);

    [[nodiscard]] static bool isSingleQuote(QChar c);
    [[nodiscard]] static bool isDoubleQuote(QChar c);
    [[nodiscard]] static bool isDash(QChar c);

    // How deep (), @(), $() and {} may nest inside one value. Exchange's own scripts never
    // nest more than a few levels; the limit keeps hostile input from exhausting the stack.
    static constexpr int MaxGroupDepth = 64;

private:
    [[nodiscard]] ScriptValue readElement();
    [[nodiscard]] ScriptValue readVariable();
    [[nodiscard]] ScriptValue readGroup();
    [[nodiscard]] ScriptValue interpretGroup(qsizetype begin, qsizetype end, bool forceArray);
    [[nodiscard]] ScriptValue interpretGroupWith(ScriptScanner &inner, qsizetype end,
                                                 bool forceArray);
    [[nodiscard]] QString readQuoted(bool *expands);
    [[nodiscard]] QString readBare();
    [[nodiscard]] bool atBareEnd() const;

    const QString &m_text;
    qsizetype m_pos;
    qsizetype m_end;
    QList<ScriptError> *m_errors;
    bool m_failed = false;
    int m_depth = 0;
    bool m_tooDeep = false; // failed on MaxGroupDepth: an error, never a verbatim expression
};

} // namespace mailflow::interop
