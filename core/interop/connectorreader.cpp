#include "connectorreader.h"

#include "keptvalue.h"
#include "parameterreader.h"
#include "rulereader.h"

#include <QCoreApplication>

namespace mailflow::interop {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::interop::Import", text);
}

bool is(const QString &name, const char16_t *expected)
{
    return name.compare(QStringView(expected), Qt::CaseInsensitive) == 0;
}

// What the cmdlets assume for a parameter that is left out.
struct Written {
    bool partner = true;
    bool ruleScoped = false;
    bool allAcceptedDomains = false;
    bool useMxRecord = true;
    bool retainHeaders = false;
    bool retainHeadersGiven = false;
    bool requireTls = false;
    std::optional<QStringList> senderDomains;
    qsizetype senderDomainsOffset = 0;
};

class ConnectorBuilder
{
public:
    ConnectorBuilder(ImportContext *context, const QString &name, bool outbound)
        : m_context(context)
        , m_reader(context, name)
        , m_outbound(outbound)
    {
        m_out.name = name;
        if (outbound)
            m_out.tls = TlsSettings::None; // Exchange's default: opportunistic TLS
        m_errorsBefore = context->errorCount();
    }

    void apply(const ScriptParameter &p)
    {
        if (is(p.name, u"Name"))
            return;
        if (is(p.name, u"ConnectorType")) {
            setIf(&m_written.partner, m_reader.choice<bool>(p, {{u"Partner", true},
                                                                 {u"OnPremises", false}}));
        } else if (is(p.name, u"Comment")) {
            setIf(&m_out.description, m_reader.text(p));
        } else if (is(p.name, u"Enabled")) {
            setIf(&m_out.enabled, m_reader.boolean(p));
        } else if (is(p.name, u"CloudServicesMailEnabled")) {
            setIf(&m_written.retainHeaders, m_reader.boolean(p));
            m_written.retainHeadersGiven = true;
        } else if (!(m_outbound ? applyOutbound(p) : applyInbound(p))) {
            if (keepsLiteral(*m_context, m_out.name, p)) {
                m_out.unmodelledParameters.append({p.name, p.sourceText});
                m_context->keep(false, m_out.name, p.name, p.sourceText, p.offset);
            }
        }
    }

    std::optional<Connector> finish()
    {
        m_out.retainInternalHeaders = m_written.retainHeaders;
        if (m_outbound)
            finishOutbound();
        else
            finishInbound();
        if (m_failed || m_context->errorCount() > m_errorsBefore)
            return std::nullopt;

        const Connector normalized = m_out.normalized();
        const QString unused = unusedSettings(normalized);
        if (!unused.isEmpty())
            m_context->warning("connector.unused", m_offset, m_out.name, {},
                               tr("Some settings do not apply to this kind of connector and "
                                  "were left out: %1.").arg(unused));
        return normalized;
    }

    void setOffset(qsizetype offset) { m_offset = offset; }

private:
    template<typename T>
    void setIf(T *target, const std::optional<T> &value)
    {
        if (value)
            *target = *value;
        else
            m_failed = true;
    }

    bool applyOutbound(const ScriptParameter &p)
    {
        if (is(p.name, u"IsTransportRuleScoped")) {
            setIf(&m_written.ruleScoped, m_reader.boolean(p));
        } else if (is(p.name, u"RecipientDomains")) {
            setIf(&m_out.recipientDomains, m_reader.list(p));
        } else if (is(p.name, u"AllAcceptedDomains")) {
            setIf(&m_written.allAcceptedDomains, m_reader.boolean(p));
        } else if (is(p.name, u"UseMXRecord")) {
            setIf(&m_written.useMxRecord, m_reader.boolean(p));
        } else if (is(p.name, u"SmartHosts")) {
            setIf(&m_out.smartHosts, m_reader.list(p));
        } else if (is(p.name, u"TlsSettings")) {
            if (p.hasValue && p.value.kind == ScriptValue::Kind::Null)
                m_out.tls = TlsSettings::None;
            else
                setIf(&m_out.tls, m_reader.choice<TlsSettings>(
                                      p, {{u"EncryptionOnly", TlsSettings::EncryptionOnly},
                                          {u"CertificateValidation",
                                           TlsSettings::CertificateValidation},
                                          {u"DomainValidation",
                                           TlsSettings::DomainValidation}}));
        } else if (is(p.name, u"TlsDomain")) {
            setIf(&m_out.tlsDomain, m_reader.text(p));
        } else if (is(p.name, u"SmtpDaneMode")) {
            setIf(&m_out.daneMode, m_reader.choice<SmtpDaneMode>(
                                       p, {{u"None", SmtpDaneMode::None},
                                           {u"Opportunistic", SmtpDaneMode::Opportunistic},
                                           {u"Mandatory", SmtpDaneMode::Mandatory}}));
        } else if (is(p.name, u"MtaStsMode")) {
            setIf(&m_out.mtaStsMode, m_reader.choice<MtaStsMode>(
                                         p, {{u"None", MtaStsMode::None},
                                             {u"Opportunistic", MtaStsMode::Opportunistic}}));
        } else {
            return false;
        }
        return true;
    }

    bool applyInbound(const ScriptParameter &p)
    {
        if (is(p.name, u"SenderDomains")) {
            m_written.senderDomains = m_reader.list(p);
            m_written.senderDomainsOffset = p.offset;
            if (!m_written.senderDomains)
                m_failed = true;
            m_senderDomainsSource = {p.name, p.sourceText};
        } else if (is(p.name, u"SenderIPAddresses")) {
            setIf(&m_out.senderIpAddresses, m_reader.list(p));
        } else if (is(p.name, u"TlsSenderCertificateName")) {
            setIf(&m_out.tlsSenderCertificateName, m_reader.text(p));
        } else if (is(p.name, u"RequireTls")) {
            setIf(&m_written.requireTls, m_reader.boolean(p));
        } else if (is(p.name, u"RestrictDomainsToCertificate")) {
            setIf(&m_out.restrictToCertificate, m_reader.boolean(p));
        } else if (is(p.name, u"RestrictDomainsToIPAddresses")) {
            setIf(&m_out.restrictToIpAddresses, m_reader.boolean(p));
        } else {
            return false;
        }
        return true;
    }

    void finishOutbound()
    {
        m_out.kind = m_written.partner ? ConnectorKind::OutboundToPartner
                                       : ConnectorKind::OutboundToOrganization;
        if (m_written.ruleScoped)
            m_out.usage = ConnectorUsage::RuleScoped;
        else if (m_written.allAcceptedDomains)
            m_out.usage = ConnectorUsage::AllAcceptedDomains;
        else
            m_out.usage = ConnectorUsage::RecipientDomains;
        m_out.routing = m_written.useMxRecord ? ConnectorRouting::MxRecord
                                              : ConnectorRouting::SmartHosts;
    }

    void finishInbound()
    {
        m_out.requireTls = m_written.requireTls;
        if (!m_written.partner) {
            m_out.kind = ConnectorKind::InboundFromOrganization;
            // The organization's own server sends for every domain: '*' is what the admin
            // center writes, so only another value is worth keeping.
            const QStringList any{QStringLiteral("*")};
            if (m_written.senderDomains && *m_written.senderDomains != any) {
                m_out.unmodelledParameters.append(m_senderDomainsSource);
                m_context->keep(false, m_out.name, m_senderDomainsSource.first,
                                m_senderDomainsSource.second, m_written.senderDomainsOffset);
            }
            m_out.identity = !m_out.tlsSenderCertificateName.isEmpty()
                    || m_out.senderIpAddresses.isEmpty()
                ? InboundIdentity::CertificateSubject : InboundIdentity::SenderIpAddresses;
            return;
        }

        m_out.kind = ConnectorKind::InboundFromPartner;
        if (!m_written.retainHeadersGiven)
            m_out.retainInternalHeaders = Connector().retainInternalHeaders;
        if (!m_written.senderDomains)
            m_context->error("connector.senderDomains", m_offset, m_out.name,
                             QStringLiteral("-SenderDomains"),
                             tr("New-InboundConnector requires -SenderDomains."),
                             tr("Add -SenderDomains with the partner's domains, or '*'."));
        else
            m_out.senderDomains = *m_written.senderDomains;
        // Authenticating the partner by IP address is the list without the restriction box.
        m_out.identity = !m_out.senderIpAddresses.isEmpty() && !m_out.restrictToIpAddresses
            ? InboundIdentity::SenderIpAddresses : InboundIdentity::SenderDomains;
    }

    QString unusedSettings(const Connector &normalized) const
    {
        QStringList names;
        auto check = [&](bool differs, const char16_t *name) {
            if (differs)
                names << QString::fromUtf16(name);
        };
        check(normalized.recipientDomains != m_out.recipientDomains, u"RecipientDomains");
        check(normalized.smartHosts != m_out.smartHosts, u"SmartHosts");
        check(normalized.tlsDomain != m_out.tlsDomain, u"TlsDomain");
        check(normalized.usage != m_out.usage, u"AllAcceptedDomains");
        check(normalized.routing != m_out.routing, u"UseMXRecord");
        check(normalized.senderIpAddresses != m_out.senderIpAddresses, u"SenderIPAddresses");
        check(normalized.tlsSenderCertificateName != m_out.tlsSenderCertificateName,
              u"TlsSenderCertificateName");
        check(normalized.restrictToCertificate != m_out.restrictToCertificate,
              u"RestrictDomainsToCertificate");
        check(normalized.restrictToIpAddresses != m_out.restrictToIpAddresses,
              u"RestrictDomainsToIPAddresses");
        check(normalized.retainInternalHeaders != m_out.retainInternalHeaders,
              u"CloudServicesMailEnabled");
        return names.join(QStringLiteral(", "));
    }

    ImportContext *m_context;
    ParameterReader m_reader;
    bool m_outbound;
    Connector m_out;
    Written m_written;
    std::pair<QString, QString> m_senderDomainsSource;
    qsizetype m_offset = 0;
    bool m_failed = false;
    qsizetype m_errorsBefore = 0;
};

} // namespace

std::optional<Connector> readConnector(const ScriptCommand &command, bool outbound,
                                       ImportContext *context)
{
    const QString name = commandObjectName(command);
    if (name.trimmed().isEmpty()) {
        context->error("name.missing", command.offset, {}, QStringLiteral("-Name"),
                       tr("%1 has no -Name.").arg(command.name),
                       tr("Add -Name 'connector name' to the command."));
        return std::nullopt;
    }
    if (!checkCommandShape(command, name, context))
        return std::nullopt;

    ConnectorBuilder builder(context, name, outbound);
    builder.setOffset(command.offset);
    for (const ScriptParameter &parameter : command.parameters)
        builder.apply(parameter);
    return builder.finish();
}

} // namespace mailflow::interop
