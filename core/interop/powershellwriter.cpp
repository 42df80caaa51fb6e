#include "powershellwriter.h"

#include "parameterwriter.h"
#include "powershellliteral.h"
#include "model/connectortext.h"

#include <QCoreApplication>

namespace mailflow::interop {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::interop::Export", text);
}

// Names go into comments too; a line break there would end the comment early.
QString commentText(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return out;
}

class ScriptWriter
{
public:
    explicit ScriptWriter(const PowerShellOptions &options)
        : m_options(options)
    {
    }

    void comment(const QString &text)
    {
        m_out += u"# "_s + commentText(text) + u'\n';
    }

    void blank() { m_out += u'\n'; }

    void line(const QString &text) { m_out += text + u'\n'; }

    // One command, a parameter per line joined with the line-continuation backtick.
    void command(const QString &name, const QList<RenderedParameter> &parameters, int indent)
    {
        const QString pad(indent, u' ');
        m_out += pad + name;
        for (qsizetype i = 0; i < parameters.size(); ++i) {
            m_out += i == 0 ? QStringLiteral(" ") : u" `\n"_s + pad + u"    "_s;
            m_out += renderParameter(parameters.at(i));
        }
        m_out += u'\n';
    }

    // Plain New-…, or the if-exists form that updates an existing object.
    void object(const QString &noun, const QString &name, const QList<RenderedParameter> &update,
                const QList<RenderedParameter> &create, const QString &afterUpdate = {},
                const QList<RenderedParameter> &afterParameters = {})
    {
        const RenderedParameter identity{QStringLiteral("Identity"), literal::quote(name)};
        const RenderedParameter named{QStringLiteral("Name"), literal::quote(name)};
        if (!m_options.idempotent) {
            command(u"New-"_s + noun, QList<RenderedParameter>{named} + create, 0);
            return;
        }
        m_out += u"if (Get-"_s + noun + u' ' + renderParameter(identity)
            + u" -ErrorAction SilentlyContinue) {\n"_s;
        command(u"Set-"_s + noun, QList<RenderedParameter>{identity} + update, 4);
        if (!afterUpdate.isEmpty())
            command(afterUpdate, QList<RenderedParameter>{identity} + afterParameters, 4);
        m_out += u"} else {\n";
        command(u"New-"_s + noun, QList<RenderedParameter>{named} + create, 4);
        m_out += u"}\n";
    }

    [[nodiscard]] QString take() { return std::move(m_out); }

private:
    const PowerShellOptions &m_options;
    QString m_out;
};

void writeHeader(ScriptWriter &out, const Workspace &workspace, const PowerShellOptions &options)
{
    out.comment(options.sourceName.isEmpty()
                    ? tr("Created by %1.").arg(options.generator)
                    : tr("Created by %1 from %2.").arg(options.generator, options.sourceName));
    out.comment(tr("Recreates the connectors (%1) and mail flow rules (%2) of the workspace in "
                   "Exchange Online. Run it in a session opened with Connect-ExchangeOnline.")
                    .arg(workspace.connectors.size())
                    .arg(workspace.rules.size()));
    out.comment(tr("Values are single-quoted literals. Dates are ISO 8601 instants in UTC inside "
                   "[datetime]'…', which PowerShell reads the same way under every regional "
                   "setting."));
    out.comment(tr("SmtpDaneMode and MtaStsMode are written as announced for Exchange Online; "
                   "the cmdlet reference does not list them yet. Remove them if the tenant "
                   "refuses them."));
    if (options.idempotent)
        out.comment(tr("Connectors and rules that exist already are updated with Set-…; an "
                       "update does not remove conditions, actions, descriptions or dates that "
                       "this script leaves out."));
    out.comment(tr("To bring changes back: mailflow-admin import FILE.ps1 -o "
                   "FILE.mailflow.json"));
}

QString connectorSummary(const Connector &connector)
{
    return tr("Connector '%1' (%2)").arg(connector.name, directionText(connector.kind));
}

} // namespace

QString writePowerShell(const Workspace &workspace, const PowerShellOptions &options,
                        Diagnostics *errors)
{
    ScriptWriter out(options);
    writeHeader(out, workspace, options);

    for (const Connector &connector : workspace.connectors) {
        const QList<RenderedParameter> settings = connectorSettings(connector, errors);
        const QString noun = connector.isOutbound() ? QStringLiteral("OutboundConnector")
                                                    : QStringLiteral("InboundConnector");
        out.blank();
        out.comment(connectorSummary(connector));
        out.object(noun, connector.name, settings, settings);
    }

    for (qsizetype priority = 0; priority < workspace.rules.size(); ++priority) {
        const MailFlowRule &rule = workspace.rules.at(priority);
        const RenderedParameter priorityParameter{QStringLiteral("Priority"),
                                                  QString::number(priority)};
        const QList<RenderedParameter> settings = ruleSettings(rule, errors);
        const QList<RenderedParameter> create = QList<RenderedParameter>{
            priorityParameter, {QStringLiteral("Enabled"), literal::boolean(rule.enabled)}}
            + settings;
        out.blank();
        out.comment(tr("Rule '%1' (priority %2)").arg(rule.name).arg(priority));
        // Set-TransportRule has no -Enabled; the state has its own two cmdlets.
        if (rule.enabled)
            out.object(QStringLiteral("TransportRule"), rule.name,
                       QList<RenderedParameter>{priorityParameter} + settings, create,
                       QStringLiteral("Enable-TransportRule"));
        else
            out.object(QStringLiteral("TransportRule"), rule.name,
                       QList<RenderedParameter>{priorityParameter} + settings, create,
                       QStringLiteral("Disable-TransportRule"),
                       {{QStringLiteral("Confirm"), QStringLiteral(":$false")}});
    }

    bool validationHeader = false;
    for (const Connector &connector : workspace.connectors) {
        const Connector c = connector.normalized();
        if (!c.isOutbound() || c.validationRecipients.isEmpty())
            continue;
        if (!validationHeader) {
            out.blank();
            out.comment(tr("Validation: connects to each smart host and sends a test message "
                           "to each address."));
            validationHeader = true;
        }
        out.line(QStringLiteral("Validate-OutboundConnector ")
                 + renderParameter({QStringLiteral("Identity"), literal::quote(c.name)}) + u' '
                 + renderParameter({QStringLiteral("Recipients"),
                                    literal::quoteList(c.validationRecipients)}));
    }
    return out.take();
}

} // namespace mailflow::interop
