#pragma once

#include "interop/importresult.h"

#include <QString>

// Reading PowerShell text typed into a test, shared by the import tests that accept a script
// and those that refuse one.
namespace mailflow::interoptest {

// Imports `script` as the bytes of a UTF-8 file named test.ps1.
[[nodiscard]] interop::ImportResult importScript(const QString &script);

// The import's report, one line per entry, for a test's failure message.
[[nodiscard]] QString importReport(const interop::ImportResult &result);

} // namespace mailflow::interoptest
