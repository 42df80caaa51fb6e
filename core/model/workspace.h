#pragma once

#include "connector.h"
#include "mailflowrule.h"

#include <QList>
#include <QString>

namespace mailflow {

// Everything one workspace file holds. Rules are kept in priority order (index 0 runs first).
struct Workspace {
    QList<Connector> connectors;
    QList<MailFlowRule> rules;

    // Case-insensitive, as Exchange treats names; -1 when absent.
    [[nodiscard]] qsizetype connectorIndex(const QString &name) const;
    [[nodiscard]] qsizetype ruleIndex(const QString &name) const;

    [[nodiscard]] const Connector *findConnector(const QString &name) const;

    // Renames a connector and every redirect that names it, so rules never dangle.
    void renameConnector(const QString &from, const QString &to);

    friend bool operator==(const Workspace &, const Workspace &) = default;
};

} // namespace mailflow
