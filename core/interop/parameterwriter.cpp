#include "parameterwriter.h"

#include "keptvalue.h"

#include "powershellliteral.h"
#include "model/predicateregistry.h"

#include <QCoreApplication>
#include <QSet>

namespace mailflow::interop {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::interop::Export", text);
}

QString word(const char16_t *text)
{
    return QString::fromUtf16(text);
}

class Collector
{
public:
    Collector(QString object, Diagnostics *errors)
        : m_object(std::move(object))
        , m_errors(errors)
    {
    }

    void add(const QString &name, const QString &value) { m_out.append({name, value}); }

    void error(const QString &field, const QString &message, const QString &fix = {})
    {
        m_errors->append({Severity::Error, QStringLiteral("export.unsupported"), m_object, field,
                          message, fix});
    }

    // PowerShell refuses a parameter given twice, so the export must refuse it first.
    QList<RenderedParameter> take()
    {
        QSet<QString> seen;
        for (const RenderedParameter &parameter : std::as_const(m_out)) {
            const QString key = parameter.name.toLower();
            if (seen.contains(key))
                error(u'-' + parameter.name,
                      tr("-%1 would appear twice in one command.").arg(parameter.name),
                      tr("Merge the two entries into one, or remove the kept copy."));
            seen.insert(key);
        }
        return std::move(m_out);
    }

private:
    QString m_object;
    Diagnostics *m_errors;
    QList<RenderedParameter> m_out;
};

void addPredicate(Collector &out, const QString &kind, const PredicateValue &value,
                  const QString &prefix)
{
    const PredicateType *type = findPredicate(kind);
    if (!type) {
        out.error(kind, tr("'%1' is not a known condition or action.").arg(kind));
        return;
    }
    const QString first = prefix + QLatin1String(type->parameter);
    const QString second = type->secondParameter
        ? prefix + QLatin1String(type->secondParameter) : QString();

    if (shapeHasItems(type->shape) && value.items.isEmpty())
        out.error(type->menuText(), tr("The entry has no value, so the command would not "
                                       "include it."), tr("Enter a value or remove the entry."));

    switch (type->shape) {
    case ValueShape::Words:
    case ValueShape::Patterns:
    case ValueShape::Addresses:
    case ValueShape::Domains:
        out.add(first, literal::quoteList(value.items));
        break;
    case ValueShape::PropertyWords:
    case ValueShape::PropertyPatterns:
        for (const PropertyWords &group : value.properties) {
            for (const QString &item : group.words) {
                if (item.contains(u','))
                    out.error(type->menuText(),
                              tr("'%1' contains a comma, which the Property:word,word form "
                                 "reads as two entries.").arg(item),
                              tr("Split it into two words."));
            }
        }
        out.add(first, literal::propertyWords(value.properties));
        break;
    case ValueShape::Scope:
        out.add(first, literal::quote(value.text));
        break;
    case ValueShape::SizeBytes:
        out.add(first, QString::number(value.number));
        break;
    case ValueShape::HeaderWords:
    case ValueShape::HeaderPatterns:
        out.add(first, literal::quote(value.text));
        out.add(second, literal::quoteList(value.items));
        break;
    case ValueShape::Connector:
    case ValueShape::Text:
        out.add(first, literal::quote(value.text));
        break;
    case ValueShape::HeaderValue:
    case ValueShape::Rejection:
        out.add(first, literal::quote(value.text));
        out.add(second, literal::quote(value.secondText));
        break;
    case ValueShape::Flag:
        out.add(first, literal::boolean(true));
        break;
    }
}

QString modeWord(RuleMode mode)
{
    switch (mode) {
    case RuleMode::Enforce: return word(u"Enforce");
    case RuleMode::Audit: return word(u"Audit");
    case RuleMode::AuditAndNotify: return word(u"AuditAndNotify");
    }
    return {};
}

QString senderLocationWord(SenderAddressLocation location)
{
    switch (location) {
    case SenderAddressLocation::Header: return word(u"Header");
    case SenderAddressLocation::Envelope: return word(u"Envelope");
    case SenderAddressLocation::HeaderOrEnvelope: return word(u"HeaderOrEnvelope");
    }
    return {};
}

QString tlsWord(TlsSettings tls)
{
    switch (tls) {
    case TlsSettings::None: return word(u"$null");
    case TlsSettings::EncryptionOnly: return word(u"EncryptionOnly");
    case TlsSettings::CertificateValidation: return word(u"CertificateValidation");
    case TlsSettings::DomainValidation: return word(u"DomainValidation");
    }
    return {};
}

QString daneWord(SmtpDaneMode mode)
{
    switch (mode) {
    case SmtpDaneMode::None: return word(u"None");
    case SmtpDaneMode::Opportunistic: return word(u"Opportunistic");
    case SmtpDaneMode::Mandatory: return word(u"Mandatory");
    }
    return {};
}

QString textOrNull(const QString &text)
{
    return text.isEmpty() ? word(u"$null") : literal::quote(text);
}

// A kept value is written verbatim into the script the admin runs, and a workspace file may
// carry anything: only plain names and literal values are written.
void addUnmodelled(Collector &out, const QList<std::pair<QString, QString>> &parameters)
{
    for (const auto &[name, value] : parameters) {
        if (!isPlainParameterName(name)) {
            out.error(u'-' + name,
                      tr("The kept parameter name \"%1\" is not a plain PowerShell parameter "
                         "name (letters, digits and _).").arg(name),
                      tr("Remove the kept parameter from the workspace."));
        } else if (nonLiteralOffset(value) >= 0) {
            out.error(u'-' + name,
                      tr("The kept value of -%1 is not a literal (quoted text, a number, "
                         "$true, $false, $null or a list of them); it would run as code when "
                         "the script runs.").arg(name),
                      tr("Replace the value with its literal result, or remove the kept "
                         "parameter from the workspace."));
        } else {
            out.add(name, value);
        }
    }
}

void addOutbound(Collector &out, const Connector &c)
{
    const bool organization = c.kind == ConnectorKind::OutboundToOrganization;
    out.add(word(u"CloudServicesMailEnabled"), literal::boolean(c.retainInternalHeaders));
    out.add(word(u"IsTransportRuleScoped"),
            literal::boolean(c.usage == ConnectorUsage::RuleScoped));
    out.add(word(u"RecipientDomains"), literal::quoteList(c.recipientDomains));
    // AllAcceptedDomains is refused on partner connectors.
    if (organization)
        out.add(word(u"AllAcceptedDomains"),
                literal::boolean(c.usage == ConnectorUsage::AllAcceptedDomains));
    const bool mx = c.routing == ConnectorRouting::MxRecord;
    out.add(word(u"UseMXRecord"), literal::boolean(mx));
    out.add(word(u"SmartHosts"), literal::quoteList(c.smartHosts));
    out.add(word(u"TlsSettings"), tlsWord(c.tls));
    out.add(word(u"TlsDomain"), textOrNull(c.tlsDomain));
    out.add(word(u"SmtpDaneMode"), daneWord(c.daneMode));
    out.add(word(u"MtaStsMode"), c.mtaStsMode == MtaStsMode::None ? word(u"None")
                                                                   : word(u"Opportunistic"));
}

bool keeps(const Connector &c, const char16_t *name)
{
    for (const auto &parameter : c.unmodelledParameters) {
        if (parameter.first.compare(QStringView(name), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void addInbound(Collector &out, const Connector &c)
{
    const bool organization = c.kind == ConnectorKind::InboundFromOrganization;
    if (organization)
        out.add(word(u"CloudServicesMailEnabled"), literal::boolean(c.retainInternalHeaders));
    // New-InboundConnector requires SenderDomains; a connector from the organization's own
    // server accepts every sender domain. An imported value other than '*' is kept as written.
    if (!organization)
        out.add(word(u"SenderDomains"), literal::quoteList(c.senderDomains));
    else if (!keeps(c, u"SenderDomains"))
        out.add(word(u"SenderDomains"), literal::quote(word(u"*")));
    out.add(word(u"SenderIPAddresses"), literal::quoteList(c.senderIpAddresses));
    out.add(word(u"TlsSenderCertificateName"), textOrNull(c.tlsSenderCertificateName));
    out.add(word(u"RequireTls"), literal::boolean(c.requireTls));
    out.add(word(u"RestrictDomainsToCertificate"), literal::boolean(c.restrictToCertificate));
    out.add(word(u"RestrictDomainsToIPAddresses"), literal::boolean(c.restrictToIpAddresses));
}

} // namespace

QString renderParameter(const RenderedParameter &parameter)
{
    if (parameter.value.isEmpty())
        return u'-' + parameter.name;
    if (parameter.value.startsWith(u':'))
        return u'-' + parameter.name + parameter.value;
    return u'-' + parameter.name + u' ' + parameter.value;
}

QList<RenderedParameter> ruleSettings(const MailFlowRule &rule, Diagnostics *errors)
{
    Collector out(rule.name, errors);
    out.add(word(u"Mode"), modeWord(rule.mode));
    if (rule.activationDate.isValid())
        out.add(word(u"ActivationDate"), literal::dateTime(rule.activationDate));
    if (rule.expiryDate.isValid())
        out.add(word(u"ExpiryDate"), literal::dateTime(rule.expiryDate));
    out.add(word(u"StopRuleProcessing"), literal::boolean(rule.stopProcessing));
    out.add(word(u"RuleErrorAction"), rule.errorAction == RuleErrorAction::Defer
                                          ? word(u"Defer") : word(u"Ignore"));
    out.add(word(u"SenderAddressLocation"), senderLocationWord(rule.senderAddressLocation));
    if (!rule.comments.isEmpty())
        out.add(word(u"Comments"), literal::quote(rule.comments));

    for (const RuleCondition &condition : rule.conditions)
        addPredicate(out, condition.kind, condition.value, {});
    for (const RuleCondition &exception : rule.exceptions)
        addPredicate(out, exception.kind, exception.value, QStringLiteral("ExceptIf"));
    for (const RuleAction &action : rule.actions)
        addPredicate(out, action.kind, action.value, {});
    addUnmodelled(out, rule.unmodelledParameters);
    return out.take();
}

QList<RenderedParameter> connectorSettings(const Connector &connector, Diagnostics *errors)
{
    const Connector c = connector.normalized();
    Collector out(c.name, errors);
    out.add(word(u"ConnectorType"), c.isPartner() ? word(u"Partner") : word(u"OnPremises"));
    if (!c.description.isEmpty())
        out.add(word(u"Comment"), literal::quote(c.description));
    out.add(word(u"Enabled"), literal::boolean(c.enabled));
    if (c.isOutbound())
        addOutbound(out, c);
    else
        addInbound(out, c);
    addUnmodelled(out, c.unmodelledParameters);
    return out.take();
}

} // namespace mailflow::interop
