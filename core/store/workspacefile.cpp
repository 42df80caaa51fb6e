#include "workspacefile.h"

#include "jsonwriter.h"
#include "logging.h"
#include "migration.h"
#include "workspacereader.h"
#include "workspacewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace mailflow::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::WorkspaceFile", text);
}

LoadResult failure(const QString &code, const QString &message, const QString &jsonPath = {})
{
    LoadResult result;
    result.code = code;
    result.message = message;
    result.jsonPath = jsonPath;
    qCWarning(lcWorkspace) << "cannot load workspace:" << code << message;
    return result;
}

// QJsonParseError::offset is a byte offset just past the character the parser stopped at;
// the admin needs the line and column (in characters) of that character.
void lineAndColumn(const QByteArray &data, int offset, int *line, int *column)
{
    const int stop = qBound(0, offset - 1, int(data.size()));
    int lineNumber = 1;
    int columnNumber = 1;
    for (int i = 0; i < stop; ++i) {
        const char byte = data.at(i);
        if (byte == '\n') {
            ++lineNumber;
            columnNumber = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++columnNumber; // UTF-8 continuation bytes belong to the previous character
        }
    }
    *line = lineNumber;
    *column = columnNumber;
}

bool isBlank(const QByteArray &data)
{
    QByteArray rest = data;
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest.remove(0, 3);
    return rest.trimmed().isEmpty();
}

// QSaveFile reports "Unknown error" when the folder itself is the problem, so say what it is.
QString saveProblem(const QString &path, const QString &errorString)
{
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    if (target.isDir())
        return tr("%1 is a folder").arg(QDir::toNativeSeparators(path));
    if (!folder.exists())
        return tr("the folder %1 does not exist")
            .arg(QDir::toNativeSeparators(folder.filePath()));
    if (!folder.isDir())
        return tr("%1 is a file, not a folder").arg(QDir::toNativeSeparators(folder.filePath()));
    return errorString;
}

SaveResult saveFailure(const QString &code, const QString &message)
{
    qCWarning(lcWorkspace) << "cannot save workspace:" << message;
    return SaveResult{false, code, message};
}

// Keeps one previous version next to the file, written atomically like the file itself.
bool writeBackup(const QString &path, QString *problem)
{
    QFile current(path);
    if (!current.open(QIODevice::ReadOnly)) {
        *problem = current.errorString();
        return false;
    }
    const QByteArray previous = current.readAll();

    // The backup holds the same data, so it gets the same protection (a 0600 workspace must
    // not leave a world-readable copy next to it).
    QSaveFile backup(path + QStringLiteral(".bak"));
    if (!backup.open(QIODevice::WriteOnly) || !backup.setPermissions(current.permissions())
        || backup.write(previous) != previous.size() || !backup.commit()) {
        *problem = saveProblem(backup.fileName(), backup.errorString());
        return false;
    }
    return true;
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace

std::optional<QString> checkReadableFile(const QString &path)
{
    // A Qt resource (":/…") is compiled into the program and has no device or pipe form.
    if (path.startsWith(u':')) {
        const QFileInfo resource(path);
        if (!resource.exists())
            return tr("it does not exist");
        if (resource.isDir())
            return tr("it is a folder");
        return std::nullopt;
    }

    // stat() follows symbolic links and tells a loop (ELOOP) apart from a missing file, which
    // QFileInfo does not.
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        if (errno == ELOOP)
            return tr("it is a loop of symbolic links that never reaches a file");
        if (errno == ENOENT || errno == ENOTDIR)
            return tr("it does not exist");
        return QString::fromLocal8Bit(std::strerror(errno));
    }

    if (S_ISDIR(status.st_mode))
        return tr("it is a folder");
    if (S_ISFIFO(status.st_mode))
        return tr("it is a named pipe (FIFO), not a regular file");
    if (S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode))
        return tr("it is a device, not a regular file");
    if (S_ISSOCK(status.st_mode))
        return tr("it is a socket, not a regular file");
    if (!S_ISREG(status.st_mode))
        return tr("it is not a regular file");

    if (qint64(status.st_size) > maxWorkspaceFileBytes)
        return tr("it is %1, more than the %2 a workspace file may have")
            .arg(sizeText(qint64(status.st_size)), sizeText(maxWorkspaceFileBytes));
    return std::nullopt;
}

LoadResult loadWorkspace(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return failure(QStringLiteral("file.missing"),
                       tr("The workspace file %1 does not exist.").arg(name));

    if (const std::optional<QString> problem = checkReadableFile(path))
        return failure(QStringLiteral("file.unreadable"),
                       tr("The workspace file %1 cannot be read: %2.").arg(name, *problem));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("file.unreadable"),
                       tr("The workspace file %1 cannot be read: %2.")
                           .arg(name, file.errorString()));

    // The size was checked above, but the file may grow while it is read.
    const QByteArray data = file.read(maxWorkspaceFileBytes + 1);
    if (data.size() > maxWorkspaceFileBytes)
        return failure(QStringLiteral("file.unreadable"),
                       tr("The workspace file %1 cannot be read: it is more than %2.")
                           .arg(name, sizeText(maxWorkspaceFileBytes)));
    if (file.error() != QFileDevice::NoError)
        return failure(QStringLiteral("file.unreadable"),
                       tr("The workspace file %1 cannot be read: %2.")
                           .arg(name, file.errorString()));
    return loadWorkspaceFromBytes(data, name);
}

LoadResult loadWorkspaceFromBytes(const QByteArray &data, const QString &displayName)
{
    if (isBlank(data))
        return failure(QStringLiteral("file.empty"),
                       tr("The workspace file %1 is empty.").arg(displayName));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 0;
        int column = 0;
        lineAndColumn(data, parseError.offset, &line, &column);
        LoadResult result = failure(
            QStringLiteral("file.syntax"),
            tr("%1 is not valid JSON: %2 at line %3, column %4. It may be cut short or "
               "edited by hand; fix it there or open the backup (.bak).")
                .arg(displayName, parseError.errorString())
                .arg(line)
                .arg(column));
        result.line = line;
        result.column = column;
        return result;
    }
    if (!document.isObject())
        return failure(QStringLiteral("file.format"),
                       tr("%1 is not a Mailflow Admin workspace: it holds a JSON %2, not an "
                          "object with a \"format\" marker.")
                           .arg(displayName, document.isArray() ? tr("list") : tr("value")));

    QJsonObject root = document.object();
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.isUndefined())
        return failure(QStringLiteral("file.format"),
                       tr("%1 is not a Mailflow Admin workspace: it has no \"format\" marker.")
                           .arg(displayName),
                       QStringLiteral("format"));
    if (format.toString() != formatMarker())
        return failure(QStringLiteral("file.format"),
                       tr("%1 is not a Mailflow Admin workspace: its format is '%2', not '%3'.")
                           .arg(displayName,
                                format.isString() ? format.toString() : tr("(not text)"),
                                formatMarker()),
                       QStringLiteral("format"));

    const QJsonValue versionValue = root.value(QStringLiteral("version"));
    const int version = versionValue.toInt(-1);
    if (!versionValue.isDouble() || double(version) != versionValue.toDouble() || version < 0)
        return failure(QStringLiteral("file.version"),
                       tr("%1 has no valid format version: \"version\" must be a whole number "
                          "such as %2.").arg(displayName).arg(currentFormatVersion),
                       QStringLiteral("version"));
    if (version > currentFormatVersion)
        return failure(QStringLiteral("file.version.newer"),
                       tr("%1 was written by a newer Mailflow Admin (version %2); this one "
                          "reads up to version %3. Open it with the newer program, or update "
                          "this one.").arg(displayName).arg(version).arg(currentFormatVersion),
                       QStringLiteral("version"));
    if (version < oldestReadableVersion())
        return failure(QStringLiteral("file.version"),
                       tr("%1 has format version %2, which no Mailflow Admin wrote; this one "
                          "reads versions %3 to %4.")
                           .arg(displayName)
                           .arg(version)
                           .arg(oldestReadableVersion())
                           .arg(currentFormatVersion),
                       QStringLiteral("version"));
    root = migrateToCurrent(root, version);

    WorkspaceReader reader;
    const std::optional<Workspace> workspace = reader.read(root);
    if (!workspace)
        return failure(reader.errorCode(),
                       tr("%1: %2").arg(displayName, reader.errorMessage()),
                       reader.errorPath());

    LoadResult result;
    result.ok = true;
    result.workspace = *workspace;
    qCDebug(lcWorkspace) << "loaded" << displayName << workspace->connectors.size()
                        << "connectors" << workspace->rules.size() << "rules";
    return result;
}

QByteArray workspaceToJson(const Workspace &workspace)
{
    return writeOrderedJson(workspaceObject(workspace));
}

SaveResult saveWorkspace(const QString &path, const Workspace &workspace)
{
    const QString name = QDir::toNativeSeparators(path);
    const QByteArray data = workspaceToJson(workspace);

    // Saving renames a new file over the old one, which would silently replace a device node or
    // a named pipe with a regular file.
    const QFileInfo existing(path);
    if (existing.exists() && !existing.isFile() && !existing.isDir()) {
        const QString problem = checkReadableFile(path).value_or(QString());
        return saveFailure(QStringLiteral("file.save"),
                           tr("Could not save %1: %2. Choose a regular file instead.")
                               .arg(name, problem));
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return saveFailure(QStringLiteral("file.save"),
                           tr("Could not save %1: %2.")
                               .arg(name, saveProblem(path, file.errorString())));
    if (file.write(data) != data.size()) {
        const QString problem = file.errorString();
        file.cancelWriting();
        return saveFailure(QStringLiteral("file.save"),
                           tr("Could not save %1: %2.").arg(name, problem));
    }

    QString backupProblem;
    if (QFileInfo(path).isFile() && !writeBackup(path, &backupProblem)) {
        file.cancelWriting();
        return saveFailure(QStringLiteral("file.backup"),
                           tr("Could not save %1, because the backup %2 could not be written: "
                              "%3. The file was not changed.")
                               .arg(name, QDir::toNativeSeparators(path + QStringLiteral(".bak")),
                                    backupProblem));
    }

    if (!file.commit())
        return saveFailure(QStringLiteral("file.save"),
                           tr("Could not save %1: %2. The previous file is unchanged.")
                               .arg(name, saveProblem(path, file.errorString())));

    qCDebug(lcWorkspace) << "saved" << name << data.size() << "bytes";
    return SaveResult{true, QString(), QString()};
}

} // namespace mailflow::store
