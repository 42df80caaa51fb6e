#pragma once

#include <QStringList>

namespace mailflow::cli {

// True when the program was started as a command-line tool: the first argument after the
// program name is a subcommand (known or a word that looks like one, so a typo gets a usage
// error instead of a window), or --help, -h, --version or -v.
[[nodiscard]] bool isCommandLine(const QStringList &arguments);

// Runs the command line. `arguments` include the program name; a QCoreApplication must exist.
// Exit codes: 0 success, 1 problems found (lint errors, failed validation), 2 usage or file
// errors.
[[nodiscard]] int run(const QStringList &arguments);

} // namespace mailflow::cli
