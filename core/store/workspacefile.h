#pragma once

#include "model/workspace.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace mailflow::store {

// The outcome of reading a workspace file. On failure `code` is stable and `message` is a
// translated sentence that names the file and where in it the problem is.
struct LoadResult {
    bool ok = false;
    QString code;     // "file.missing", "file.unreadable", "file.empty", "file.syntax",
                      // "file.format", "file.version", "file.version.newer", "file.type",
                      // "file.field", "file.value", "file.kind"
    QString message;
    int line = 0;     // 1-based, for syntax errors; 0 when unknown
    int column = 0;   // 1-based, in characters
    QString jsonPath; // where a structural problem is, e.g. "connectors[1].smartHosts"
    Workspace workspace;
};

struct SaveResult {
    bool ok = false;
    QString code; // "file.save", "file.backup"
    QString message;
};

// Workspace files are a few hundred KiB at most; anything larger is not one, and reading it
// whole would only exhaust memory.
inline constexpr qint64 maxWorkspaceFileBytes = 64 * 1024 * 1024;

// Checks, before anything is read, that `path` names a regular file (symbolic links followed)
// of at most maxWorkspaceFileBytes. Returns a translated reason such as "it is a device, not a
// file" or std::nullopt when the file may be read. Device nodes and FIFOs would otherwise block
// or never end.
[[nodiscard]] std::optional<QString> checkReadableFile(const QString &path);

// Reads and checks the structure of a *.mailflow.json file; content is field validation's job.
[[nodiscard]] LoadResult loadWorkspace(const QString &path);
[[nodiscard]] LoadResult loadWorkspaceFromBytes(const QByteArray &data,
                                                const QString &displayName);

// Writes atomically (QSaveFile). An existing file is first copied to "<path>.bak"; on any
// failure the existing file is left as it was.
[[nodiscard]] SaveResult saveWorkspace(const QString &path, const Workspace &workspace);

[[nodiscard]] QByteArray workspaceToJson(const Workspace &workspace);

// The reference scenario shipped inside the program (:/mailflow/sample.mailflow.json).
[[nodiscard]] Workspace loadSampleWorkspace();

} // namespace mailflow::store
