#pragma once

#include "model/workspace.h"

#include <QString>
#include <QTextStream>

#include <optional>

namespace mailflow::cli {

inline constexpr int exitSuccess = 0;
inline constexpr int exitProblems = 1;
inline constexpr int exitUsage = 2;

// UTF-8 streams on stdout and stderr, shared by every subcommand so their output interleaves in
// the order it was written.
[[nodiscard]] QTextStream &standardOutput();
[[nodiscard]] QTextStream &standardError();

// Makes text from a workspace or a server safe to print on a terminal: C0 controls (CR, LF,
// TAB and ESC included), DEL and C1 controls become "\x1b"-style escapes and bidi overrides
// become "<U+202E>", so untrusted text can neither move the cursor, retitle the window nor
// forge a line of its own.
[[nodiscard]] QString terminalSafe(const QString &text);

// Flushes stdout and checks that everything reached it (a full disk, /dev/full, a closed
// pipe). On failure prints a message on stderr and returns exitUsage; otherwise `status`.
[[nodiscard]] int finishOutput(int status);

// Prints "mailflow-admin COMMAND: message" and a pointer to the command's help on stderr;
// returns exitUsage.
int usageError(const QString &command, const QString &message);

// A subcommand's help: QCommandLineParser's text with its first line replaced by `usage`
// ("mailflow-admin lint [--json] FILE"), since the parser would show the program's full path.
[[nodiscard]] QString subcommandHelp(const QString &parserHelp, const QString &usage);

// Loads a workspace file; on failure prints the loader's message (which names the file, and the
// line and column or the field) on stderr and returns nothing.
[[nodiscard]] std::optional<Workspace> loadWorkspaceOrReport(const QString &path);

} // namespace mailflow::cli
