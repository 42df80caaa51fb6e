#include "cli.h"

#include "clioutput.h"
#include "diffcommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "lintcommand.h"
#include "logging.h"
#include "showcommand.h"
#include "validatecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace mailflow::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::cli", text);
}

struct Subcommand {
    const char *name;
    const char *summary; // translated with the context "mailflow::cli"
    int (*run)(const QStringList &arguments); // the words after the subcommand's name
};

// One row per subcommand; adding a subcommand is adding a row (and its header).
const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> table = {
        {"lint", QT_TRANSLATE_NOOP("mailflow::cli", "Check a workspace file for mistakes"),
         &runLintCommand},
        {"show", QT_TRANSLATE_NOOP("mailflow::cli", "Print the connectors and rules of a "
                                                    "workspace file"),
         &runShowCommand},
        {"export", QT_TRANSLATE_NOOP("mailflow::cli", "Write a workspace as a PowerShell script "
                                                      "or a rule collection (XML)"),
         &runExportCommand},
        {"import", QT_TRANSLATE_NOOP("mailflow::cli", "Read a PowerShell script or a rule "
                                                      "collection into a workspace file"),
         &runImportCommand},
        {"diff", QT_TRANSLATE_NOOP("mailflow::cli", "List the connectors and rules that differ "
                                                    "between two workspaces"),
         &runDiffCommand},
        {"validate", QT_TRANSLATE_NOOP("mailflow::cli", "Validate an outbound connector: probe "
                                                        "its smart hosts and send a test email"),
         &runValidateCommand},
    };
    return table;
}

const Subcommand *findSubcommand(const QString &name)
{
    for (const Subcommand &subcommand : subcommands()) {
        if (name == QLatin1String(subcommand.name))
            return &subcommand;
    }
    return nullptr;
}

bool isHelpOrVersion(const QString &argument)
{
    static const QStringList options = {
        QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("-?"),
        QStringLiteral("--version"), QStringLiteral("-v"),
    };
    return options.contains(argument);
}

// A bare lower-case word that is not a file: meant as a subcommand, perhaps misspelt.
bool looksLikeSubcommand(const QString &argument)
{
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z0-9-]*$"));
    return word.match(argument).hasMatch() && !QFileInfo::exists(argument);
}

QString helpText()
{
    QString text = tr("Usage: mailflow-admin [FILE…]\n"
                      "       mailflow-admin COMMAND [OPTIONS] FILE\n\n"
                      "Designs, checks and validates Exchange Online conditional mail routing "
                      "offline. Without a command, opens the window (with the given workspace "
                      "files).\n\nCommands:\n");
    qsizetype width = 0;
    for (const Subcommand &subcommand : subcommands())
        width = qMax(width, qsizetype(qstrlen(subcommand.name)));
    for (const Subcommand &subcommand : subcommands()) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(subcommand.name).leftJustified(width),
                         tr(subcommand.summary));
    }
    text += tr("\nOptions:\n"
               "  -h, --help     Show this help; 'mailflow-admin COMMAND --help' shows a "
               "command's options.\n"
               "  -v, --version  Show the version.\n\n"
               "Exit status: 0 success, 1 problems found, 2 usage or file error.\n"
               "The commands print their own messages; set QT_LOGGING_RULES=\"mailflow.*=true\" "
               "to see the log as well.\n");
    return text;
}

} // namespace

bool isCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return findSubcommand(first) || isHelpOrVersion(first) || looksLikeSubcommand(first);
}

int run(const QStringList &arguments)
{
    // The commands report every problem themselves; log lines would repeat them on stderr.
    // QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("mailflow.*.info=false\n"
                                                    "mailflow.*.warning=false"));

    // Options after the subcommand belong to it, so parsing stops at the first word.
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));

    int status = exitUsage;
    const QStringList words = arguments.mid(1);
    if (!parser.parse(QStringList{QStringLiteral("mailflow-admin")} + words)) {
        status = usageError(QString(), parser.errorText());
    } else if (parser.isSet(helpOption)) {
        standardOutput() << helpText();
        status = exitSuccess;
    } else if (parser.isSet(versionOption)) {
        standardOutput() << "mailflow-admin " << MAILFLOW_VERSION << '\n';
        status = exitSuccess;
    } else if (parser.positionalArguments().isEmpty()) {
        status = usageError(QString(), tr("No command given."));
    } else {
        const QString name = parser.positionalArguments().first();
        const Subcommand *subcommand = findSubcommand(name);
        if (subcommand) {
            qCDebug(lcCli) << "running" << name;
            status = subcommand->run(parser.positionalArguments().mid(1));
        } else {
            QStringList names;
            for (const Subcommand &s : subcommands())
                names << QString::fromLatin1(s.name);
            status = usageError(QString(), tr("'%1' is not a command. Commands: %2.")
                                               .arg(name, names.join(QStringLiteral(", "))));
        }
    }

    status = finishOutput(status);
    standardError().flush();
    return status;
}

} // namespace mailflow::cli
