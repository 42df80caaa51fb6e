#include "diffcommand.h"

#include "clioutput.h"
#include "interop/inputfile.h"
#include "interop/interop.h"
#include "interop/workspacediff.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace mailflow::cli {

namespace {

const QString command = QStringLiteral("diff");

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::cli::DiffCommand", text);
}

// A workspace file is JSON; anything else is left to the importers.
std::optional<Workspace> loadAny(const QString &path)
{
    QString problem;
    const QByteArray data = interop::readImportFile(path, &problem);
    if (!problem.isEmpty()) {
        standardError() << problem << '\n';
        return std::nullopt;
    }
    QByteArray start = data.left(64);
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    if (start.trimmed().startsWith('{') || data.trimmed().isEmpty())
        return loadWorkspaceOrReport(path);

    const interop::ImportResult result = interop::importFile(data, path);
    if (!result.ok()) {
        for (const QString &line : result.report())
            standardError() << path << ": " << line.trimmed() << '\n';
        return std::nullopt;
    }
    return result.workspace;
}

} // namespace

int runDiffCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the connectors and rules that were added, removed or changed from OLD to NEW. "
           "Rules are matched by name; a rule's priority is reported only when its order among "
           "the others changed."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("old"),
                                 tr("The earlier workspace file (or .ps1 or .xml)."),
                                 QStringLiteral("diff OLD"));
    parser.addPositionalArgument(QStringLiteral("new"), tr("The later one."),
                                 QStringLiteral("NEW"));

    if (!parser.parse(QStringList{QStringLiteral("mailflow-admin")} + arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(helpOption)) {
        standardOutput() << subcommandHelp(parser.helpText(),
                                           QStringLiteral("mailflow-admin diff OLD NEW"));
        return exitSuccess;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2)
        return usageError(command, tr("Give two files, for example 'mailflow-admin diff "
                                      "before.mailflow.json after.mailflow.json'."));

    const std::optional<Workspace> before = loadAny(files.at(0));
    const std::optional<Workspace> after = loadAny(files.at(1));
    if (!before || !after)
        return exitUsage;

    const QStringList lines = interop::diffLines(interop::diffWorkspaces(*before, *after));
    if (lines.isEmpty()) {
        standardOutput() << tr("No differences.") << '\n';
        return exitSuccess;
    }
    for (const QString &line : lines)
        standardOutput() << line << '\n';
    return exitProblems;
}

} // namespace mailflow::cli
