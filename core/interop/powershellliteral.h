#pragma once

#include "model/predicate.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mailflow::interop::literal {

// PowerShell source text for values, as every export writes them.

// A single-quoted literal. Every character PowerShell takes as a single quote (' and the
// typographic ‘ ’ ‚ ‛) is doubled, so names with quotes, $, backticks or non-ASCII letters
// arrive unchanged. Text holding control characters other than tab is written double-quoted
// with backtick escapes instead (`r, `n, …), because a rule-collection file is XML, and XML
// would turn a raw CR LF inside a single-quoted literal into LF.
[[nodiscard]] QString quote(const QString &text);

// 'a','b','c d', or $null for an empty list (which clears the setting when updating).
[[nodiscard]] QString quoteList(const QStringList &items);

[[nodiscard]] QString boolean(bool value); // $true / $false

// ([datetime]'2026-12-04T00:00:00Z'): ISO 8601 in UTC. A cast from a string uses the invariant
// culture in PowerShell, so the script means the same instant under every regional setting,
// unlike the local short-date form Exchange parses from a plain string.
[[nodiscard]] QString dateTime(const QDateTime &when);

// The user-property predicates' form: 'City:New Orleans,Baton Rouge','Department:Sales'.
[[nodiscard]] QString propertyWords(const QList<PropertyWords> &properties);

} // namespace mailflow::interop::literal
