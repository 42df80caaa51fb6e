#include "exportcommand.h"

#include "clioutput.h"
#include "interop/interop.h"
#include "validation/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace mailflow::cli {

namespace {

const QString command = QStringLiteral("export");

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::cli::ExportCommand", text);
}

std::optional<interop::ExportFormat> formatFor(const QString &name, const QString &output)
{
    if (!name.isEmpty())
        return interop::exportFormatFromName(name);
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix == u"ps1")
        return interop::ExportFormat::PowerShell;
    if (suffix == u"xml")
        return interop::ExportFormat::RuleCollection;
    return std::nullopt;
}

// --force replaces a file, never a device node or FIFO (as root that would replace /dev/full),
// and never the workspace being exported.
std::optional<QString> outputProblem(const QString &output, const QString &input)
{
    const QFileInfo info(output);
    if (!info.exists())
        return std::nullopt;
    if (!info.isFile())
        return tr("%1 exists and is not a regular file (a folder, device or FIFO); name a file "
                  "to write, or - for standard output.").arg(output);
    if (info.canonicalFilePath() == QFileInfo(input).canonicalFilePath())
        return tr("%1 is the workspace being exported; name a different file to write.")
            .arg(output);
    return std::nullopt;
}

int writeOutput(const QString &output, const QByteArray &data)
{
    if (output == u"-") {
        standardOutput().flush();
        QFile out;
        // A full disk or a closed pipe shows only when the data is flushed.
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size()
            || !out.flush() || std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
            standardError() << tr("Could not write to standard output.") << '\n';
            return exitUsage;
        }
        return exitSuccess;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        standardError() << tr("%1: could not be written: %2").arg(output, file.errorString())
                        << '\n';
        return exitUsage;
    }
    return exitSuccess;
}

} // namespace

int runExportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the workspace for Exchange Online: a PowerShell script of New-… commands, or "
           "a rule collection as Export-TransportRuleCollection writes it (rules only). The "
           "result is read back and compared with the workspace before it is written."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        tr("The file to write; - for standard output."), QStringLiteral("OUT"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        tr("powershell or rule-xml; by default the one OUT's extension names (.ps1, .xml)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption idempotentOption(
        QStringLiteral("idempotent"),
        tr("PowerShell: update connectors and rules that exist already (Set-…) instead of "
           "failing on them."));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         tr("Replace OUT if it exists."));
    parser.addOptions({outputOption, formatOption, idempotentOption, forceOption});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The workspace file (*.mailflow.json)."),
                                 QStringLiteral("export FILE"));

    if (!parser.parse(QStringList{QStringLiteral("mailflow-admin")} + arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(helpOption)) {
        standardOutput() << subcommandHelp(
            parser.helpText(), QStringLiteral("mailflow-admin export FILE -o OUT "
                                              "[--format powershell|rule-xml] [--idempotent] "
                                              "[--force]"));
        return exitSuccess;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(command, tr("Give exactly one workspace file, for example "
                                      "'mailflow-admin export contoso.mailflow.json -o "
                                      "contoso.ps1'."));
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return usageError(command, tr("Name the file to write with -o, for example -o "
                                      "contoso.ps1."));
    const std::optional<interop::ExportFormat> format =
        formatFor(parser.value(formatOption), output);
    if (!format)
        return usageError(command, parser.isSet(formatOption)
                                       ? tr("'%1' is not a format; use powershell or rule-xml.")
                                             .arg(parser.value(formatOption))
                                       : tr("Choose the format with --format powershell or "
                                            "--format rule-xml."));
    if (parser.isSet(idempotentOption) && *format != interop::ExportFormat::PowerShell)
        return usageError(command, tr("--idempotent applies to --format powershell only."));
    if (output != u"-" && QFileInfo::exists(output) && !parser.isSet(forceOption))
        return usageError(command, tr("%1 exists already, and may hold changes made by hand. "
                                      "Add --force to replace it.").arg(output));

    const QString file = parser.positionalArguments().constFirst();
    if (output != u"-") {
        if (const std::optional<QString> problem = outputProblem(output, file))
            return usageError(command, *problem);
    }
    const std::optional<Workspace> workspace = loadWorkspaceOrReport(file);
    if (!workspace)
        return exitUsage;

    // Exchange would refuse these commands; say so, but the file is still the admin's to keep.
    for (const Diagnostic &problem : validateWorkspace(*workspace)) {
        Diagnostic warning = problem;
        warning.severity = Severity::Warning;
        standardError() << diagnosticLine(file, warning) << '\n';
    }

    interop::ExportOptions options;
    options.format = *format;
    options.idempotent = parser.isSet(idempotentOption);
    options.sourceName = QFileInfo(file).fileName();
    const interop::ExportResult result = interop::exportWorkspace(*workspace, options);
    if (!result.ok()) {
        for (const Diagnostic &error : result.errors)
            standardError() << diagnosticLine(file, error) << '\n';
        standardError() << tr("Nothing was written.") << '\n';
        return exitProblems;
    }

    const int status = writeOutput(output, result.data);
    if (status == exitSuccess && output != u"-") {
        const QString what = *format == interop::ExportFormat::PowerShell
            ? tr("PowerShell script") : tr("rule collection (UTF-16)");
        standardOutput() << tr("Wrote %1 as a %2.").arg(output, what) << '\n';
    }
    return status;
}

} // namespace mailflow::cli
