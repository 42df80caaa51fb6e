#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace mailflow::interop {

// Scripts and rule collections are a few MiB at most; anything larger is not one, and reading
// it whole would only exhaust memory.
inline constexpr qint64 maxImportFileBytes = 64 * 1024 * 1024; // as store's workspace cap

// Why `path` may not be read for import (translated), or std::nullopt: it must name a regular
// file (symbolic links followed) of at most maxImportFileBytes. A device node would never end
// and a FIFO would block.
[[nodiscard]] std::optional<QString> checkImportFile(const QString &path);

// A file that passed checkImportFile (which this calls first), read whole; on failure the
// reason in *problem and an empty result.
[[nodiscard]] QByteArray readImportFile(const QString &path, QString *problem);

} // namespace mailflow::interop
