#pragma once

#include <QJsonObject>

namespace mailflow::store {

// The oldest format version this program can upgrade. Each later format version adds one step
// to the chain in migration.cpp, so a file of any readable version reaches the current one
// step by step instead of through special cases in the reader.
[[nodiscard]] int oldestReadableVersion();

// Upgrades the root object of a file of `version` (oldestReadableVersion() ≤ version ≤
// currentFormatVersion) to the current format.
[[nodiscard]] QJsonObject migrateToCurrent(QJsonObject root, int version);

} // namespace mailflow::store
