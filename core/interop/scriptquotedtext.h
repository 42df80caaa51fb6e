#pragma once

#include <QString>

namespace mailflow::interop::syntax {

// One quoted piece of a PowerShell argument, read from the quote that opens it.
struct QuotedText {
    QString text;          // quotes removed, doubled quotes and backtick escapes resolved
    qsizetype end = 0;     // one past the closing quote
    bool expands = false;  // double-quoted text naming a variable PowerShell would substitute
    QString error;         // empty when the piece was read; else what to fix, translated
    qsizetype errorOffset = 0;
};

// Single-quoted text starting at `open`, not reaching past `end`: taken literally, except that
// two quote characters in a row stand for the second one.
[[nodiscard]] QuotedText readSingleQuoted(const QString &text, qsizetype open, qsizetype end);

// Double-quoted text starting at `open`: "" stands for one quote and a backtick escapes the
// next character (`n, `t, `u{2019} and the rest of PowerShell's escapes).
[[nodiscard]] QuotedText readDoubleQuoted(const QString &text, qsizetype open, qsizetype end);

} // namespace mailflow::interop::syntax
