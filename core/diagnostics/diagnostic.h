#pragma once

#include <QList>
#include <QString>

namespace mailflow {

enum class Severity { Error, Warning };

// One finding about the workspace or an input: shared by field validation, lint, file errors
// and importers, so every surface reports problems the same way.
struct Diagnostic {
    Severity severity = Severity::Error;
    QString code;    // stable id, e.g. "connector.name.required" or "lint.redirect.missing"
    QString object;  // connector or rule name the finding is about; may be empty
    QString field;   // the admin-visible field, e.g. "Name" or "Smart hosts"
    QString message; // what is wrong, translated
    QString fix;     // one line on what to do, translated; may be empty

    [[nodiscard]] bool isError() const { return severity == Severity::Error; }

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;

[[nodiscard]] bool hasErrors(const Diagnostics &diagnostics);

// "error"/"warning", untranslated: the CLI's machine-readable word.
[[nodiscard]] QString severityWord(Severity severity);

// "FILE: error: <object>: <field>: message — fix", one line as compilers write them; empty
// parts are left out.
[[nodiscard]] QString diagnosticLine(const QString &file, const Diagnostic &diagnostic);

} // namespace mailflow
