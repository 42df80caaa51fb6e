#pragma once

#include <QChar>
#include <QString>

// The characters PowerShell gives a meaning in argument mode, and the bracket matching built on
// them, as plain functions: the scanner, the quoted-text reader and the bracket search share
// one definition of what counts as a quote, a space or a line end.
namespace mailflow::interop::syntax {

[[nodiscard]] bool isNewline(QChar c);

// Space, tab, form feed, vertical tab, and the no-break space a script pasted from a document
// or a web page often holds.
[[nodiscard]] bool isSpace(QChar c);

// Whether `c` after a '$' makes PowerShell read a variable (and so expand it in "…" text).
[[nodiscard]] bool isVariableStart(QChar c);

// ' and the typographic ‘ ’ ‚ ‛, which PowerShell treats as single quotes.
[[nodiscard]] bool isSingleQuote(QChar c);

// " and the typographic “ ” „, which PowerShell treats as double quotes.
[[nodiscard]] bool isDoubleQuote(QChar c);

// The hyphen, and the en dash, em dash and horizontal bar a word processor puts in its place;
// PowerShell starts a parameter name with any of them.
[[nodiscard]] bool isDash(QChar c);

// The position of the bracket that closes the '(', '[' or '{' at `open`, looking no further
// than `end`; -1 when it is not closed. Brackets inside quoted text, after a backtick or in a
// comment do not count, and a quote left open hides the rest of the text.
[[nodiscard]] qsizetype findClosingBracket(const QString &text, qsizetype open, qsizetype end);

} // namespace mailflow::interop::syntax
