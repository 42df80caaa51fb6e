#pragma once

#include "importresult.h"
#include "diagnostics/diagnostic.h"
#include "model/workspace.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace mailflow::interop {

// Exchange interoperability: the entry points the window and the command line use.

enum class ExportFormat {
    PowerShell,     // a .ps1 script of New-… commands, UTF-8 with a byte-order mark
    RuleCollection, // Export-TransportRuleCollection XML, UTF-16LE with a byte-order mark
};

// "powershell" or "rule-xml", as the command line names them.
[[nodiscard]] std::optional<ExportFormat> exportFormatFromName(const QString &name);

struct ExportOptions {
    ExportFormat format = ExportFormat::PowerShell;
    bool idempotent = false; // PowerShell only: update objects that exist (Set-…)
    QString sourceName;      // the workspace file, named in the script's header
    QString generator;       // empty: "Mailflow Admin <version>"
};

struct ExportResult {
    QByteArray data;    // the file's bytes; empty on failure
    Diagnostics errors; // what the format cannot express, or a failed read-back

    [[nodiscard]] bool ok() const { return errors.isEmpty(); }
};

// Writes the workspace in the chosen format and reads the result back with the matching
// importer before returning it: if it does not give the same workspace (its rules, for a rule
// collection), the export fails with the differences instead of handing out a file that means
// something else. Windows PowerShell 5.1 reads a script without a byte-order mark as ANSI,
// which is why the script gets one.
[[nodiscard]] ExportResult exportWorkspace(const Workspace &workspace,
                                           const ExportOptions &options);

// Imports a .ps1 script or a rule-collection XML file, told apart by content (XML starts with
// '<'), in UTF-8 or UTF-16 with or without a byte-order mark. `name` is only used in messages.
[[nodiscard]] ImportResult importFile(const QByteArray &data, const QString &name);

} // namespace mailflow::interop
