#include "inputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace mailflow::interop {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::interop::InputFile", text);
}

} // namespace

std::optional<QString> checkImportFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return tr("%1 does not exist.").arg(path);
    if (!info.isFile())
        return tr("%1 is not a regular file (a folder, device or FIFO); name a .ps1, .xml or "
                  "workspace file.").arg(path);
    if (info.size() > maxImportFileBytes)
        return tr("%1 is %2 bytes, more than the %3 bytes (64 MiB) a script, rule collection "
                  "or workspace file can be; it is not one.")
            .arg(path)
            .arg(info.size())
            .arg(maxImportFileBytes);
    return std::nullopt;
}

QByteArray readImportFile(const QString &path, QString *problem)
{
    if (const std::optional<QString> reason = checkImportFile(path)) {
        *problem = *reason;
        return {};
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("%1: could not be read: %2").arg(path, file.errorString());
        return {};
    }
    // The size is checked again while reading: the file may have grown since.
    const QByteArray data = file.read(maxImportFileBytes + 1);
    if (data.size() > maxImportFileBytes) {
        *problem = tr("%1 grew past %2 bytes (64 MiB) while it was read.")
                       .arg(path)
                       .arg(maxImportFileBytes);
        return {};
    }
    problem->clear();
    return data;
}

} // namespace mailflow::interop
