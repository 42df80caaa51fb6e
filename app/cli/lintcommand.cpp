#include "lintcommand.h"

#include "clioutput.h"
#include "diagnostics/lint.h"
#include "store/workspacefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace mailflow::cli {

namespace {

const QString command = QStringLiteral("lint");

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::cli::LintCommand", text);
}

// Singular and plural spelt out: no translation is loaded for English, so a "%n error(s)"
// numerus string would print as written.
QString countText(qsizetype errors, qsizetype warnings)
{
    if (errors == 0 && warnings == 0)
        return tr("No problems found.");
    const QString errorText = errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors);
    const QString warningText =
        warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings);
    return tr("%1, %2").arg(errorText, warningText);
}

QJsonObject diagnosticObject(const Diagnostic &d)
{
    return QJsonObject{
        {QStringLiteral("severity"), severityWord(d.severity)},
        {QStringLiteral("code"), d.code},
        {QStringLiteral("object"), d.object},
        {QStringLiteral("field"), d.field},
        {QStringLiteral("message"), d.message},
        {QStringLiteral("fix"), d.fix},
    };
}

void printJson(const QJsonObject &object)
{
    standardOutput() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace

int runLintCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks a workspace file: every field as the admin center would, and the connectors "
           "and rules together (redirect targets, TLS, smart hosts, dates, service limits)."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print the problems as JSON."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The workspace file (*.mailflow.json)."),
                                 QStringLiteral("lint FILE"));

    if (!parser.parse(QStringList{QStringLiteral("mailflow-admin")} + arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(helpOption)) {
        standardOutput() << subcommandHelp(parser.helpText(),
                                           QStringLiteral("mailflow-admin lint [--json] FILE"));
        return exitSuccess;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(command, tr("Give exactly one workspace file, for example "
                                      "'mailflow-admin lint contoso.mailflow.json'."));

    const QString file = files.first();
    const bool json = parser.isSet(jsonOption);
    const store::LoadResult loaded = store::loadWorkspace(file);
    if (!loaded.ok) {
        standardError() << loaded.message << '\n';
        if (json) {
            printJson(QJsonObject{
                {QStringLiteral("file"), file},
                {QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), loaded.code},
                             {QStringLiteral("message"), loaded.message},
                             {QStringLiteral("line"), loaded.line},
                             {QStringLiteral("column"), loaded.column},
                             {QStringLiteral("path"), loaded.jsonPath}}},
            });
        }
        return exitUsage;
    }

    const Diagnostics problems = lintWorkspace(loaded.workspace);
    const qsizetype errors = std::count_if(problems.cbegin(), problems.cend(),
                                           [](const Diagnostic &d) { return d.isError(); });
    const qsizetype warnings = problems.size() - errors;

    if (json) {
        QJsonArray list;
        for (const Diagnostic &d : problems)
            list.append(diagnosticObject(d));
        printJson(QJsonObject{
            {QStringLiteral("file"), file},
            {QStringLiteral("errors"), errors},
            {QStringLiteral("warnings"), warnings},
            {QStringLiteral("diagnostics"), list},
        });
    } else {
        for (const Diagnostic &d : problems)
            standardOutput() << terminalSafe(diagnosticLine(file, d)) << '\n';
        standardOutput() << countText(errors, warnings) << '\n';
    }
    return errors > 0 ? exitProblems : exitSuccess;
}

} // namespace mailflow::cli
