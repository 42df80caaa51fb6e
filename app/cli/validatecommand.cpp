#include "validatecommand.h"

#include "clioutput.h"
#include "logging.h"
#include "model/workspace.h"
#include "probe/failureadvice.h"
#include "probe/tlsloader.h"
#include "probe/validator.h"
#include "validation/fieldrules.h"
#include "validation/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace mailflow::cli {

namespace {

constexpr int defaultStepTimeoutSeconds = 30;
constexpr int maxStepTimeoutSeconds = 3600;

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("mailflow::cli::ValidateCommand", text, disambiguation);
}

const QString command = u"validate"_s;

int usageError(const QString &message)
{
    return cli::usageError(command, message);
}

// A problem with the workspace or the connector rather than with the command line.
void reportError(const QString &message)
{
    standardError() << u"mailflow-admin "_s << command << u": "_s << message << u'\n';
    standardError().flush();
}

struct Request {
    QString path;
    QString connectorName;
    probe::ProbeOptions options;
    bool json = false;
};

// Parses the words after "validate". Returns the request, or sets *exitCode (help or error).
std::optional<Request> parseArguments(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Validates an outbound connector: connects to every smart host address, checks TLS "
           "as the connector requires, and sends a test message to its validation recipients."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption connectorOption(u"connector"_s, tr("The connector to validate."),
                                             tr("name"));
    const QCommandLineOption portOption(
        u"port"_s, tr("Connect to this port instead of 25 (for testing)."), tr("port"));
    const QCommandLineOption caFileOption(
        u"ca-file"_s, tr("Also trust the CA certificates in this PEM file."), tr("file"));
    const QCommandLineOption senderOption(
        u"sender"_s, tr("MAIL FROM address (default: postmaster of this host)."), tr("address"));
    const QCommandLineOption noDataOption(
        u"no-data"_s, tr("Stop after RCPT TO: check recipients without sending a message."));
    const QCommandLineOption timeoutOption(
        u"timeout"_s,
        tr("Longest wait for one step of the dialogue, in seconds (default %1).")
            .arg(defaultStepTimeoutSeconds),
        tr("seconds"));
    const QCommandLineOption resolveOption(
        u"resolve"_s,
        tr("Use this address for a smart host name instead of asking DNS (repeatable), "
           "e.g. mail.contoso.com=192.0.2.10."),
        tr("host=address"));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print the full report as JSON."));
    parser.addOptions({connectorOption, portOption, caFileOption, senderOption, noDataOption,
                       timeoutOption, resolveOption, jsonOption});
    parser.addPositionalArgument(u"file"_s, tr("The workspace file (*.mailflow.json)."),
                                 u"validate FILE"_s);

    *exitCode = exitUsage;
    if (!parser.parse(QStringList{u"mailflow-admin"_s} + arguments)) {
        usageError(parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(helpOption)) {
        standardOutput() << subcommandHelp(
            parser.helpText(),
            u"mailflow-admin validate FILE --connector NAME [OPTIONS]"_s);
        *exitCode = exitSuccess;
        return std::nullopt;
    }

    Request request;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        usageError(tr("Give exactly one workspace file, e.g. "
                      "'mailflow-admin validate contoso.mailflow.json --connector NAME'."));
        return std::nullopt;
    }
    request.path = positional.first();

    request.connectorName = parser.value(connectorOption);
    if (request.connectorName.isEmpty()) {
        usageError(tr("Say which connector to validate with --connector NAME."));
        return std::nullopt;
    }

    if (parser.isSet(portOption)) {
        bool ok = false;
        const uint port = parser.value(portOption).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            usageError(tr("--port: '%1' is not a port number from 1 to 65535.")
                           .arg(parser.value(portOption)));
            return std::nullopt;
        }
        request.options.port = static_cast<quint16>(port);
    }

    if (parser.isSet(caFileOption)) {
        // Checked here without the TLS backend, which is still loading; the validator's
        // loader decodes the certificates on its thread and reports a damaged one.
        const QString caFile = parser.value(caFileOption);
        QByteArray pem;
        const QString problem = probe::TlsLoader::readCaFile(caFile, &pem);
        if (!problem.isEmpty()) {
            usageError(u"--ca-file: "_s + problem);
            return std::nullopt;
        }
        request.options.caFile = QFileInfo(caFile).absoluteFilePath();
    }

    if (parser.isSet(senderOption)) {
        const QString sender = parser.value(senderOption);
        const QString problem = fieldrules::checkMailbox(sender);
        if (!problem.isEmpty()) {
            usageError(tr("--sender: %1").arg(problem));
            return std::nullopt;
        }
        request.options.sender = sender;
    }

    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const int seconds = parser.value(timeoutOption).toInt(&ok);
        if (!ok || seconds < 1 || seconds > maxStepTimeoutSeconds) {
            usageError(tr("--timeout: '%1' is not a number of seconds from 1 to %2.")
                           .arg(parser.value(timeoutOption)).arg(maxStepTimeoutSeconds));
            return std::nullopt;
        }
        request.options.stepTimeoutMs = seconds * 1000;
        // A dialogue has about a dozen steps; the run as a whole may take several of them.
        request.options.overallTimeoutMs =
            qMax(request.options.overallTimeoutMs, 6 * request.options.stepTimeoutMs);
    }

    const QStringList resolves = parser.values(resolveOption);
    for (const QString &entry : resolves) {
        const QString host = entry.section(u'=', 0, 0).trimmed().toLower();
        const QHostAddress address(entry.section(u'=', 1).trimmed());
        if (!entry.contains(u'=') || !fieldrules::checkHostName(host).isEmpty()
            || address.protocol() != QAbstractSocket::IPv4Protocol) {
            usageError(tr("--resolve: '%1' is not host=address, e.g. "
                          "mail.contoso.com=192.0.2.10 (an IPv4 address).").arg(entry));
            return std::nullopt;
        }
        request.options.hostAddresses[host].append(address);
    }

    request.options.sendTestMessage = !parser.isSet(noDataOption);
    request.json = parser.isSet(jsonOption);
    *exitCode = exitSuccess;
    return request;
}

// Finds the connector and says, in the admin's words, why it cannot be validated.
std::optional<Connector> pickConnector(const Workspace &workspace, const Request &request)
{
    const qsizetype index = workspace.connectorIndex(request.connectorName);
    if (index < 0) {
        QStringList names;
        for (const Connector &connector : workspace.connectors)
            names << u"  "_s + connector.name;
        if (names.isEmpty()) {
            reportError(tr("'%1' holds no connectors.").arg(request.path));
        } else {
            reportError(tr("There is no connector named '%1' in '%2'. Its connectors are:")
                            .arg(request.connectorName, request.path)
                        + u'\n' + names.join(u'\n'));
        }
        return std::nullopt;
    }

    const Connector &connector = workspace.connectors.at(index);
    if (!connector.isOutbound()) {
        reportError(tr("'%1' is an inbound connector. Validation sends mail from Office 365 "
                       "to a server, so it applies to outbound connectors only.")
                        .arg(connector.name));
        return std::nullopt;
    }
    if (connector.validationRecipients.isEmpty()) {
        reportError(tr("'%1' has no validation recipients. Add one or more mailboxes on the "
                       "destination server (Validation email page of the connector wizard, or "
                       "\"validationRecipients\" in the file), then validate again.")
                        .arg(connector.name));
        return std::nullopt;
    }

    const Diagnostics diagnostics = validateConnector(connector, workspace, index);
    if (hasErrors(diagnostics)) {
        QStringList lines;
        for (const Diagnostic &diagnostic : diagnostics) {
            if (diagnostic.isError())
                lines << u"  %1: %2"_s.arg(diagnostic.field, diagnostic.message);
        }
        reportError(tr("Connector '%1' has settings the admin center would not save; fix "
                       "them first:").arg(connector.name) + u'\n' + lines.join(u'\n'));
        return std::nullopt;
    }
    return connector;
}

QString statusWord(probe::TaskStatus status)
{
    switch (status) {
    case probe::TaskStatus::Pending:
        return tr("Pending", "task status");
    case probe::TaskStatus::Running:
        return tr("Running", "task status");
    case probe::TaskStatus::Succeeded:
        return tr("Succeeded", "task status");
    case probe::TaskStatus::Failed:
        return tr("Failed", "task status");
    case probe::TaskStatus::Skipped:
        return tr("Skipped", "task status");
    }
    return {};
}

// Step lines stay one screen line wide; --json and the task details keep the full text.
QString shortReply(const QString &text)
{
    constexpr qsizetype maxLength = 72;
    const qsizetype end = text.indexOf(u'\n');
    const QString line = end < 0 ? text : text.left(end);
    return line.size() <= maxLength ? line : line.left(maxLength - 1) + u'…';
}

QString stepDetail(const probe::ProbeResult &host, const probe::ProbeStep &step)
{
    QString detail;
    if (step.step == u"tls" && step.ok)
        detail = u"%1 %2"_s.arg(host.tlsProtocol, host.tlsCipher).trimmed();
    else if (step.replyCode > 0)
        detail = u"%1 %2"_s.arg(step.replyCode).arg(shortReply(step.reply)).trimmed();
    if (!step.argument.isEmpty())
        detail = u"<%1> %2"_s.arg(step.argument, detail).trimmed();
    return detail;
}

// One line per step of a host that has finished, timed by the probe itself.
void printHostSteps(const probe::ProbeResult &host)
{
    QString label = probe::advice::serverLabel(host.host, host.address);
    if (host.port != 25)
        label += u" port %1"_s.arg(host.port);

    QTextStream &out = standardOutput();
    for (const probe::ProbeStep &step : host.steps) {
        const QString time = step.durationMs < 0 ? tr("no reply")
                                                 : tr("%1 ms").arg(step.durationMs);
        const QString outcome = step.ok ? tr("ok", "step outcome") : tr("failed", "step outcome");
        const QString detail = stepDetail(host, step);
        out << u"  %1  %2 %3  "_s.arg(label).arg(step.step, -9).arg(time, 9);
        if (detail.isEmpty())
            out << outcome << u'\n';
        else
            out << outcome.leftJustified(6) << u"  "_s << terminalSafe(detail) << u'\n';
    }
    out.flush();
}

QString hostKey(const probe::ProbeResult &host)
{
    return u"%1|%2|%3"_s.arg(host.host, host.address).arg(host.port);
}

void printTask(const probe::ValidationTask &task)
{
    QTextStream &out = standardOutput();
    // Titles and details quote the server's own words: print them without its control codes.
    out << u"[%1] %2"_s.arg(statusWord(task.status), terminalSafe(task.title)) << u'\n';
    if (!task.detail.isEmpty())
        out << u"    "_s << terminalSafe(task.detail) << u'\n';
    out.flush();
}

// A CA file whose blocks looked right but that the TLS backend could not decode: a file
// error like the ones found before the run, so the same exit code.
bool caFileFailed(const probe::ValidationReport &report)
{
    for (const probe::ValidationTask &task : report.tasks) {
        if (task.id == u"ca-file" && task.status == probe::TaskStatus::Failed)
            return true;
    }
    return false;
}

void printSummary(const probe::ValidationReport &report)
{
    // The summary already says whether validation succeeded; the time gets a line of its own.
    QTextStream &out = standardOutput();
    out << u'\n';
    if (!report.summary.isEmpty())
        out << terminalSafe(report.summary) << u'\n';
    else
        out << (report.succeeded ? tr("Validation succeeded.") : tr("Validation failed.")) << u'\n';
    out << tr("Finished in %1 ms.").arg(report.durationMs) << u'\n';
    out.flush();
}

} // namespace

int runValidateCommand(const QStringList &arguments)
{
    // bench/validate-vs-swaks.sh is the measurement that asks for this: loading Qt's TLS
    // backend takes about 6 ms, longer than the whole SMTP dialogue with a server on loopback.
    // It loads on a thread of its own while this one reads the command line and the
    // workspace, connects and asks for STARTTLS, none of which needs TLS.
    probe::TlsLoader::preloadBackend();
    // Returning while the thread still loads would unload Qt under its feet.
    const auto backendLoaded = qScopeGuard([] { probe::TlsLoader::waitForBackend(); });

    int exitCode = exitUsage;
    const std::optional<Request> request = parseArguments(arguments, &exitCode);
    if (!request)
        return exitCode;

    const std::optional<Workspace> workspace = loadWorkspaceOrReport(request->path);
    if (!workspace)
        return exitUsage;

    const std::optional<Connector> connector = pickConnector(*workspace, *request);
    if (!connector)
        return exitUsage;

    probe::Validator validator;
    QSet<QString> printedHosts;
    QList<probe::ValidationTask> skippedTasks;

    // Steps of a host are known once its probe ends, which is when its task settles: print
    // them right before that task, so the output follows the run.
    QObject::connect(&validator, &probe::Validator::taskChanged, &validator,
                     [&](const probe::ValidationTask &task) {
        if (request->json)
            return;
        if (task.status == probe::TaskStatus::Pending
            || task.status == probe::TaskStatus::Running)
            return;
        // A task skipped from the start ("Send test email" with --no-data) would come before
        // every server's steps; it is said at the end, before the summary.
        if (task.status == probe::TaskStatus::Skipped && validator.isRunning()) {
            skippedTasks.append(task);
            return;
        }
        for (const probe::ProbeResult &host : validator.report().hosts) {
            const bool ended = !host.steps.isEmpty() || host.failure != probe::FailureClass::None;
            const QString key = hostKey(host);
            if (ended && !printedHosts.contains(key)) {
                printedHosts.insert(key);
                printHostSteps(host);
            }
        }
        printTask(task);
    });

    int result = exitProblems;
    QObject::connect(&validator, &probe::Validator::finished, &validator,
                     [&](const probe::ValidationReport &report) {
        result = report.succeeded ? exitSuccess : exitProblems;
        if (caFileFailed(report))
            result = exitUsage;
        if (request->json) {
            standardOutput() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
            standardOutput().flush();
        } else {
            for (const probe::ValidationTask &task : std::as_const(skippedTasks))
                printTask(task);
            printSummary(report);
        }
        qCDebug(lcCli) << "validation of" << report.connectorName << "ended with exit code"
                       << result;

        // Queued, so a run that ends inside start() still stops the loop exec() enters.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [] { QCoreApplication::exit(0); },
            Qt::QueuedConnection);
    });

    if (!request->json) {
        const QString route = connector->routing == ConnectorRouting::MxRecord
            ? tr("the MX records of the recipients' domains")
            : connector->smartHosts.join(u", "_s);
        standardOutput() << tr("Validating connector '%1' through %2; recipients: %3")
                                .arg(connector->name, route,
                                     connector->validationRecipients.join(u", "_s))
                         << u'\n';
        standardOutput().flush();
    }

    validator.start(*connector, request->options);
    QCoreApplication::exec();
    return result;
}

} // namespace mailflow::cli
