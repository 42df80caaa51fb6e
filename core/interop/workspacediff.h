#pragma once

#include "objectdiff.h"
#include "model/workspace.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mailflow::interop {

// One connector or rule that differs between two workspaces.
struct ObjectChange {
    enum class Kind { Added, Removed, Changed };

    Kind kind = Kind::Changed;
    bool isRule = false; // else a connector
    QString name;        // the name in the newer workspace, or the removed one's
    QStringList details; // in the admin's words: "smart hosts +'b.contoso.com'", "priority 3 → 1"

    friend bool operator==(const ObjectChange &, const ObjectChange &) = default;
};

// What changed from `before` to `after`, connectors first, then rules. Objects are matched by
// name, case-insensitively as Exchange does. Rules keep their place when others are inserted
// or removed: a priority change is reported only for rules whose order relative to the rules
// of both workspaces changed (those outside a longest common subsequence of the names), so
// inserting one rule is one change, not a cascade of renumbered priorities. Lists (smart hosts,
// words, addresses) show the items added and removed.
[[nodiscard]] QList<ObjectChange> diffWorkspaces(const Workspace &before, const Workspace &after);

// The changes as lines: "rule 'Route New Orleans': City +'Baton Rouge'".
[[nodiscard]] QStringList diffLines(const QList<ObjectChange> &changes);

} // namespace mailflow::interop
