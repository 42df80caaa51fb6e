#include "importresult.h"

#include <QCoreApplication>

namespace mailflow::interop {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::interop::Import", text);
}

// Singular and plural spelt out: no translation is loaded for English, so a "%n rule(s)"
// numerus string would print as written.
QString count(qsizetype number, const char *one, const char *many)
{
    return number == 1 ? tr(one) : tr(many).arg(number);
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
        out << (errors.size() == 1
                    ? tr("Nothing was imported, because of 1 error:")
                    : tr("Nothing was imported, because of %1 errors:").arg(errors.size()));
        for (const Diagnostic &error : errors)
            out << tr("  error: %1").arg(diagnosticLine(error));
    } else {
        const QString source = format == ImportFormat::PowerShell
            ? tr("PowerShell script") : tr("rule collection");
        out << tr("Read %1 and %2 from the %3.")
                   .arg(count(workspace.connectors.size(),
                              QT_TRANSLATE_NOOP("mailflow::interop::Import", "1 connector"),
                              QT_TRANSLATE_NOOP("mailflow::interop::Import", "%1 connectors")),
                        count(workspace.rules.size(),
                              QT_TRANSLATE_NOOP("mailflow::interop::Import", "1 rule"),
                              QT_TRANSLATE_NOOP("mailflow::interop::Import", "%1 rules")),
                        source);
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
