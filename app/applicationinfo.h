#pragma once

#include <QCoreApplication>
#include <QString>

namespace mailflow {

// The names and version both executables report (QSettings paths, --version, window titles).
inline void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("mailflow-admin"));
    QCoreApplication::setApplicationName(QStringLiteral("mailflow-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILFLOW_VERSION));
}

} // namespace mailflow
