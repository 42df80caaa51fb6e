#include "importresult.h"

#include <QCoreApplication>

namespace mailflow::interop {

namespace {

QString tr(const char *text, int count = -1)
{
    return QCoreApplication::translate("mailflow::interop::Import", text, nullptr, count);
}

QString diagnosticLine(const Diagnostic &diagnostic)
{
    QString line = diagnostic.message;
    if (!diagnostic.field.isEmpty())
        line = tr("%1: %2").arg(diagnostic.field, line);
    if (!diagnostic.object.isEmpty())
        line = tr("'%1': %2").arg(diagnostic.object, line);
    if (!diagnostic.fix.isEmpty())
        line += u' ' + diagnostic.fix;
    return line;
}

} // namespace

QStringList ImportResult::report() const
{
    QStringList out;
    if (!ok()) {
        out << tr("Nothing was imported, because of %n error(s):", int(errors.size()));
        for (const Diagnostic &error : errors)
            out << tr("  error: %1").arg(diagnosticLine(error));
    } else {
        const QString source = format == ImportFormat::PowerShell
            ? tr("PowerShell script") : tr("rule collection");
        out << tr("Read %n connector(s)", int(workspace.connectors.size()))
                + tr(" and %n rule(s) from the %1.", int(workspace.rules.size())).arg(source);
        if (!kept.isEmpty()) {
            out << tr("Kept word for word, because Mailflow Admin has no field for them; every "
                      "export writes them back unchanged:");
            for (const KeptParameter &parameter : kept) {
                const QString object = parameter.onRule
                    ? tr("rule '%1'").arg(parameter.object)
                    : tr("connector '%1'").arg(parameter.object);
                const QString value = parameter.text.isEmpty()
                    ? u'-' + parameter.parameter
                    : (parameter.text.startsWith(u':')
                           ? u'-' + parameter.parameter + parameter.text
                           : u'-' + parameter.parameter + u' ' + parameter.text);
                out << tr("  %1: %2 (line %3, column %4)")
                           .arg(object, value)
                           .arg(parameter.line)
                           .arg(parameter.column);
            }
        }
    }
    for (const Diagnostic &warning : warnings)
        out << tr("  warning: %1").arg(diagnosticLine(warning));
    return out;
}

} // namespace mailflow::interop
