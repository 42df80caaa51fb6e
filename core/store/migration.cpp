#include "migration.h"

#include "logging.h"
#include "workspacewriter.h"

#include <array>

namespace mailflow::store {

namespace {

using MigrationStep = QJsonObject (*)(const QJsonObject &);

// Entry k upgrades a file of version oldestReadableVersion() + k by one version. Version 1 is
// the first format, so the chain is empty until the format changes.
constexpr std::array<MigrationStep, 0> steps = {};

} // namespace

int oldestReadableVersion()
{
    return currentFormatVersion - int(steps.size());
}

QJsonObject migrateToCurrent(QJsonObject root, int version)
{
    for (int from = version; from < currentFormatVersion; ++from) {
        qCInfo(lcWorkspace) << "upgrading workspace format" << from << "to" << from + 1;
        root = steps.at(std::size_t(from - oldestReadableVersion()))(root);
    }
    root.insert(QStringLiteral("version"), currentFormatVersion);
    return root;
}

} // namespace mailflow::store
