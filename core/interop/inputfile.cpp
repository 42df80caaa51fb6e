#include "inputfile.h"

#include "store/workspacefile.h"

#include <QCoreApplication>
#include <QFile>

namespace mailflow::interop {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::interop::InputFile", text);
}

} // namespace

std::optional<QString> checkImportFile(const QString &path)
{
    // The same rule as for workspace files: a regular file of sane size, nothing else.
    if (const std::optional<QString> reason = store::checkReadableFile(path))
        return tr("%1 cannot be read: %2.").arg(path, *reason);
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
