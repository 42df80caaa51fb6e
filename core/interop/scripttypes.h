#pragma once

#include <QList>
#include <QString>

namespace mailflow::interop {

// One argument value of a PowerShell command line, as far as the importers need to understand
// it. Offsets count QChars from the start of the parsed text.
struct ScriptValue {
    enum class Kind {
        String,     // quoted literal or bare word ('New Orleans', Enforce, 42)
        Boolean,    // $true / $false
        Null,       // $null
        Array,      // a,b,'c d' or @('a','b') or ('a','b')
        Cast,       // ([datetime]'2026-12-04T00:00:00Z'): typeName + items[0]
        Command,    // (Get-Date '2026-12-04T00:00:00Z'): typeName = command, items = arguments
        Variable,   // $name, or a double-quoted string that expands one
        Expression, // anything else in (), @(), {} or @{}: usable only verbatim
    };

    Kind kind = Kind::String;
    QString text;     // String: the value; Variable: the variable; Cast/Command: the type/name
    bool boolean = false;
    bool quoted = false; // String: came from quotes, so "Enforce" was not a bare word
    QList<ScriptValue> items;
    qsizetype offset = 0;
    qsizetype end = 0; // one past the last character of the value's source
};

// "-Name value", "-Name:value" or a switch "-Name".
struct ScriptParameter {
    QString name; // without the dash and the colon
    bool hasValue = false;
    ScriptValue value;
    QString sourceText; // the value exactly as written; a colon-attached value keeps its ':'
    qsizetype offset = 0;
};

struct ScriptCommand {
    QString name;
    QList<ScriptParameter> parameters;
    QList<ScriptValue> positional; // values not preceded by a parameter name
    qsizetype offset = 0;
};

// A statement of the script shapes the importers read: a command, or
// "if (<command>) { statements } else { statements }".
struct ScriptStatement {
    enum class Kind { Command, If };

    Kind kind = Kind::Command;
    ScriptCommand command; // Command: the command; If: the condition
    QList<ScriptStatement> thenBranch;
    QList<ScriptStatement> elseBranch;
    bool hasElse = false;
    qsizetype offset = 0;
};

struct ScriptError {
    qsizetype offset = 0;
    QString message; // translated
};

struct Script {
    QList<ScriptStatement> statements;
    QList<ScriptError> errors;
};

} // namespace mailflow::interop
