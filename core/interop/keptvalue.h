#pragma once

#include "importcontext.h"
#include "scripttypes.h"

#include <QString>

namespace mailflow::interop {

// Parameters the model has no field for are kept as PowerShell source and written back
// verbatim into the script the admin runs. Only literals may be kept: a subexpression, a
// command in brackets, a script block or a variable would run code the admin never saw.

// A plain PowerShell parameter name: a letter or '_', then letters, digits and '_'.
[[nodiscard]] bool isPlainParameterName(const QString &name);

// Where in `source` (a kept value as written, perhaps with a leading ':') the value stops
// being a literal, or -1 when it is one. Literals: single-quoted text, double-quoted text
// without '$', numbers, $true/$false/$null, bare words of safe characters, and lists of those
// (a,b or @(…) or (…)), and hashtables of them (@{ key = literal }).
[[nodiscard]] qsizetype nonLiteralOffset(const QString &source);

// For an importer about to keep `parameter` of `object`: true when its value is a literal;
// otherwise adds an error at the first character that is not and returns false.
[[nodiscard]] bool keepsLiteral(ImportContext &context, const QString &object,
                                const ScriptParameter &parameter);

} // namespace mailflow::interop
