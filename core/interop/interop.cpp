#include "interop.h"

#include "powershellreader.h"
#include "powershellwriter.h"
#include "rulecollectionreader.h"
#include "rulecollectionwriter.h"
#include "textdecoding.h"
#include "workspacediff.h"

#include <QCoreApplication>

namespace mailflow::interop {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::interop::Interop", text);
}

Diagnostic fileError(const QString &code, const QString &name, const QString &message,
                     const QString &fix = {})
{
    return {Severity::Error, code, name, {}, message, fix};
}

// What a script can carry: the validation record is proof from a probe run here, not a
// setting, and authenticating a partner by IP address is the same in Exchange as restricting
// it to those addresses.
Connector exportable(const Connector &connector)
{
    Connector out = connector.normalized();
    out.validation = {};
    if (out.kind == ConnectorKind::InboundFromPartner && out.restrictToIpAddresses
        && out.identity == InboundIdentity::SenderIpAddresses)
        out.identity = InboundIdentity::SenderDomains;
    return out;
}

Workspace exportable(const Workspace &workspace, ExportFormat format)
{
    Workspace out;
    out.rules = workspace.rules;
    if (format == ExportFormat::PowerShell) {
        for (const Connector &connector : workspace.connectors)
            out.connectors << exportable(connector);
    }
    return out;
}

void readBack(const Workspace &workspace, const ExportOptions &options, ExportResult *result)
{
    const ImportResult back = importFile(result->data, QString());
    if (!back.ok()) {
        result->errors << fileError(QStringLiteral("export.readback"), {},
                                    tr("The exported file cannot be read back (%1), so it was "
                                       "not written.").arg(back.errors.constFirst().message),
                                    tr("Report this as a bug in Mailflow Admin."));
        return;
    }
    const QStringList differences = diffLines(
        diffWorkspaces(exportable(workspace, options.format),
                       exportable(back.workspace, options.format)));
    if (!differences.isEmpty()) {
        result->errors << fileError(QStringLiteral("export.readback"), {},
                                    tr("The exported file would not read back as the "
                                       "workspace, so it was not written: %1.")
                                        .arg(differences.mid(0, 5).join(QStringLiteral("; "))),
                                    tr("Change the values named here, or report this as a bug "
                                       "in Mailflow Admin."));
    } else if (exportable(workspace, options.format)
               != exportable(back.workspace, options.format)) {
        result->errors << fileError(QStringLiteral("export.readback"), {},
                                    tr("The exported file would not read back as the "
                                       "workspace, so it was not written."),
                                    tr("Report this as a bug in Mailflow Admin."));
    }
}

} // namespace

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    if (name == u"powershell")
        return ExportFormat::PowerShell;
    if (name == u"rule-xml")
        return ExportFormat::RuleCollection;
    return std::nullopt;
}

ExportResult exportWorkspace(const Workspace &workspace, const ExportOptions &options)
{
    ExportResult result;
    if (options.format == ExportFormat::PowerShell) {
        PowerShellOptions script;
        script.idempotent = options.idempotent;
        script.sourceName = options.sourceName;
        script.generator = options.generator.isEmpty()
            ? QStringLiteral("Mailflow Admin " MAILFLOW_VERSION) : options.generator;
        const QString text = writePowerShell(workspace, script, &result.errors);
        result.data = "\xEF\xBB\xBF" + text.toUtf8();
    } else {
        result.data = encodeRuleCollection(writeRuleCollectionText(workspace, &result.errors));
    }

    if (result.ok())
        readBack(workspace, options, &result);
    if (!result.ok())
        result.data.clear();
    return result;
}

ImportResult importFile(const QByteArray &data, const QString &name)
{
    ImportResult failed;
    const DecodedText decoded = decodeText(data);
    if (!decoded.error.isEmpty()) {
        failed.errors << fileError(QStringLiteral("import.encoding"), name, decoded.error);
        return failed;
    }
    const QString trimmed = decoded.text.trimmed();
    if (trimmed.isEmpty()) {
        failed.errors << fileError(QStringLiteral("import.empty"), name,
                                   tr("The file is empty."),
                                   tr("Choose a .ps1 script or a rule collection (.xml)."));
        return failed;
    }
    // "<#" opens a PowerShell block comment, anything else starting with '<' is XML.
    if (trimmed.startsWith(u'<') && !trimmed.startsWith(u"<#"))
        return readRuleCollection(decoded.text);
    return readPowerShell(decoded.text);
}

} // namespace mailflow::interop
