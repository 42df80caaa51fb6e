#include "importcommand.h"

#include "clioutput.h"
#include "interop/inputfile.h"
#include "interop/interop.h"
#include "store/workspacefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace mailflow::cli {

namespace {

const QString command = QStringLiteral("import");

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::cli::ImportCommand", text);
}

// --force replaces a file, never a device node or FIFO (as root that would replace /dev/full),
// and never the file being imported.
std::optional<QString> outputProblem(const QString &output, const QString &input)
{
    const QFileInfo info(output);
    if (!info.exists())
        return std::nullopt;
    if (!info.isFile())
        return tr("%1 exists and is not a regular file (a folder, device or FIFO); name a "
                  "workspace file to write.").arg(output);
    if (info.canonicalFilePath() == QFileInfo(input).canonicalFilePath())
        return tr("%1 is the file being imported; name a different workspace file to write.")
            .arg(output);
    return std::nullopt;
}

} // namespace

int runImportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reads connectors and rules from a PowerShell script of the shape 'export' writes, "
           "or rules from a rule collection (Export-TransportRuleCollection), and saves them as "
           "a workspace file. Parameters Mailflow Admin has no field for are kept word for word "
           "and written back by every export."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The workspace file to write."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption forceOption(
        QStringLiteral("force"), tr("Replace FILE if it exists (the old one is kept as .bak)."));
    parser.addOptions({outputOption, forceOption});
    parser.addPositionalArgument(QStringLiteral("in"), tr("The .ps1 script or .xml file."),
                                 QStringLiteral("import IN"));

    if (!parser.parse(QStringList{QStringLiteral("mailflow-admin")} + arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(helpOption)) {
        standardOutput() << subcommandHelp(parser.helpText(),
                                           QStringLiteral("mailflow-admin import IN -o FILE "
                                                          "[--force]"));
        return exitSuccess;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(command, tr("Give exactly one file to import, for example "
                                      "'mailflow-admin import rules.xml -o "
                                      "contoso.mailflow.json'."));
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return usageError(command, tr("Name the workspace file to write with -o, for example "
                                      "-o contoso.mailflow.json."));
    if (QFileInfo::exists(output) && !parser.isSet(forceOption))
        return usageError(command, tr("%1 exists already. Add --force to replace it; the old "
                                      "file is kept as %1.bak.").arg(output));

    const QString input = parser.positionalArguments().constFirst();
    if (const std::optional<QString> problem = outputProblem(output, input))
        return usageError(command, *problem);
    QString problem;
    const QByteArray data = interop::readImportFile(input, &problem);
    if (!problem.isEmpty()) {
        standardError() << problem << '\n';
        return exitUsage;
    }
    const interop::ImportResult result = interop::importFile(data, input);

    QTextStream &stream = result.ok() ? standardOutput() : standardError();
    for (const QString &line : result.report())
        stream << input << ": " << line.trimmed() << '\n';
    if (!result.ok())
        return exitUsage;

    const store::SaveResult saved = store::saveWorkspace(output, result.workspace);
    if (!saved.ok) {
        standardError() << saved.message << '\n';
        return exitUsage;
    }
    standardOutput() << tr("Wrote %1.").arg(output) << '\n';
    return exitSuccess;
}

} // namespace mailflow::cli
