#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace mailflow::store {

// Indented UTF-8 JSON with the keys in the order a reader expects (format and version first, a
// connector's name before its settings). QJsonDocument would sort keys alphabetically, which
// buries the name in the middle of each object and makes diffs of workspace files hard to read.
[[nodiscard]] QByteArray writeOrderedJson(const QJsonObject &object);

} // namespace mailflow::store
