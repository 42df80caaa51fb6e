#pragma once

#include "diagnostics/diagnostic.h"
#include "model/workspace.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mailflow::interop {

enum class ImportFormat { PowerShell, RuleCollection };

// A parameter the model has no field for, kept on its connector or rule word for word and
// written back by every export. The import report lists each one.
struct KeptParameter {
    bool onRule = true; // else on a connector
    QString object;     // the rule's or connector's name
    QString parameter;  // without the dash
    QString text;       // the value as written; empty for a switch
    int line = 0;
    int column = 0;

    friend bool operator==(const KeptParameter &, const KeptParameter &) = default;
};

// What an import produced: either a whole workspace, or errors and an empty workspace, never
// a part of one. Warnings (a command that is not part of a workspace, a setting the connector's
// kind does not use) do not stop the import. Every diagnostic's message starts with the line
// and column it is about.
struct ImportResult {
    ImportFormat format = ImportFormat::PowerShell;
    Workspace workspace;
    QList<KeptParameter> kept;
    Diagnostics warnings;
    Diagnostics errors;

    [[nodiscard]] bool ok() const { return errors.isEmpty(); }

    // The import report, one line each: what was read, then every kept parameter with its
    // rule or connector name, then the warnings.
    [[nodiscard]] QStringList report() const;
};

} // namespace mailflow::interop
