#pragma once

#include <QByteArray>
#include <QString>

// Raw file access for tests that check what the workspace store left on disk byte for byte.
namespace mailflow::storetest {

// The whole file, or nothing when it cannot be opened.
[[nodiscard]] QByteArray readAll(const QString &path);

// Whether all of `data` was written to `path`.
[[nodiscard]] bool writeAll(const QString &path, const QByteArray &data);

} // namespace mailflow::storetest
