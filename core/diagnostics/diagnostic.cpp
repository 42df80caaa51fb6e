#include "diagnostic.h"

#include <algorithm>

namespace mailflow {

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.isError(); });
}

QString severityWord(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QString diagnosticLine(const QString &file, const Diagnostic &diagnostic)
{
    QStringList parts{file, severityWord(diagnostic.severity)};
    if (!diagnostic.object.isEmpty())
        parts << diagnostic.object;
    if (!diagnostic.field.isEmpty())
        parts << diagnostic.field;
    QString line = parts.join(QStringLiteral(": ")) + QStringLiteral(": ") + diagnostic.message;
    if (!diagnostic.fix.isEmpty())
        line += QStringLiteral(" — ") + diagnostic.fix;
    return line;
}

} // namespace mailflow
