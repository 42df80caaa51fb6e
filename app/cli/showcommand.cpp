#include "showcommand.h"

#include "clioutput.h"
#include "model/connectortext.h"
#include "model/rulesentence.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <utility>

namespace mailflow::cli {

namespace {

const QString command = QStringLiteral("show");

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::cli::ShowCommand", text);
}

using Lines = QList<std::pair<QString, QString>>;

// Label and value pairs, labels padded to one width so the values line up.
void printLines(const Lines &lines, int indent)
{
    qsizetype width = 0;
    for (const auto &line : lines)
        width = qMax(width, line.first.size());
    for (const auto &[label, value] : lines) {
        standardOutput() << QString(indent, u' ') << (label + u':').leftJustified(width + 2)
                         << terminalSafe(value) << '\n';
    }
}

QString onOff(bool on)
{
    return on ? tr("On") : tr("Off");
}

QString securityText(const Connector &c)
{
    QString powerShell = QStringLiteral("TlsSettings %1").arg(tlsPowerShellValue(c.tls));
    if (c.tls == TlsSettings::DomainValidation)
        powerShell += QStringLiteral(", TlsDomain %1").arg(c.tlsDomain);
    return tr("%1 (%2)").arg(tlsText(c), powerShell);
}

QString listText(const QStringList &items)
{
    return items.isEmpty() ? tr("(none)") : items.join(QStringLiteral(", "));
}

QString inboundIdentityText(const Connector &c)
{
    switch (c.identity) {
    case InboundIdentity::CertificateSubject:
        return tr("The sending server's certificate names %1").arg(c.tlsSenderCertificateName);
    case InboundIdentity::SenderIpAddresses:
        return tr("The sending server's IP address is one of: %1")
            .arg(listText(c.senderIpAddresses));
    case InboundIdentity::SenderDomains:
        return tr("The sender's domain is one of: %1").arg(listText(c.senderDomains));
    }
    return {};
}

void printConnector(const Connector &c)
{
    standardOutput() << "  " << terminalSafe(c.name) << '\n';

    Lines lines;
    lines << std::pair{tr("Direction"), directionText(c.kind)}
          << std::pair{tr("State"), onOff(c.enabled)}
          << std::pair{tr("Use"), usageText(c)};
    if (c.isOutbound()) {
        lines << std::pair{tr("Routing"), routingText(c)}
              << std::pair{tr("Security"), securityText(c)}
              << std::pair{tr("Validation email"), listText(c.validationRecipients)}
              << std::pair{tr("Validation"), validationText(c.validation)};
    } else {
        lines << std::pair{tr("Authentication"), inboundIdentityText(c)};
        if (c.kind == ConnectorKind::InboundFromPartner)
            lines << std::pair{tr("Require TLS"), onOff(c.requireTls)};
    }
    if (c.kind != ConnectorKind::InboundFromPartner)
        lines << std::pair{tr("Retain internal headers"), onOff(c.retainInternalHeaders)};
    if (!c.description.isEmpty())
        lines << std::pair{tr("Description"), c.description};
    printLines(lines, 4);
}

void printRule(qsizetype priority, const MailFlowRule &rule)
{
    standardOutput() << "  " << priority << ". " << terminalSafe(rule.name) << '\n';

    Lines lines;
    lines << std::pair{tr("State"), onOff(rule.enabled)}
          << std::pair{tr("Mode"), ruleModeText(rule.mode)}
          << std::pair{tr("Rule"), describeRule(rule)};
    if (!rule.comments.isEmpty())
        lines << std::pair{tr("Comments"), rule.comments};
    printLines(lines, 5);
}

} // namespace

int runShowCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the connectors and the rules (in priority order) of a workspace file."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The workspace file (*.mailflow.json)."),
                                 QStringLiteral("show FILE"));

    if (!parser.parse(QStringList{QStringLiteral("mailflow-admin")} + arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(helpOption)) {
        standardOutput() << subcommandHelp(parser.helpText(),
                                           QStringLiteral("mailflow-admin show FILE"));
        return exitSuccess;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(command, tr("Give exactly one workspace file, for example "
                                      "'mailflow-admin show contoso.mailflow.json'."));

    const std::optional<Workspace> workspace = loadWorkspaceOrReport(files.first());
    if (!workspace)
        return exitUsage;

    standardOutput() << tr("Workspace %1").arg(terminalSafe(files.first())) << "\n\n";
    standardOutput() << tr("Connectors (%1)").arg(workspace->connectors.size()) << '\n';
    if (workspace->connectors.isEmpty())
        standardOutput() << "  " << tr("No connectors.") << '\n';
    for (const Connector &connector : workspace->connectors)
        printConnector(connector);

    standardOutput() << '\n'
                     << tr("Rules in priority order (%1)").arg(workspace->rules.size()) << '\n';
    if (workspace->rules.isEmpty())
        standardOutput() << "  " << tr("No rules.") << '\n';
    for (qsizetype i = 0; i < workspace->rules.size(); ++i)
        printRule(i, workspace->rules.at(i));
    return exitSuccess;
}

} // namespace mailflow::cli
