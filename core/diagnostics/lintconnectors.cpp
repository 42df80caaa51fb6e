#include "lintchecks.h"

#include "lintsupport.h"
#include "validation/fieldrules.h"

#include <QSet>
#include <QStringList>

namespace mailflow::lintchecks {

using lintsupport::tr;

namespace {

bool usesSmartHosts(const Connector &connector)
{
    return connector.isOutbound() && connector.routing == ConnectorRouting::SmartHosts;
}

quint32 ipv4Value(const QString &address)
{
    quint32 value = 0;
    for (const QString &octet : address.split(u'.'))
        value = (value << 8) | octet.toUInt();
    return value;
}

quint32 prefixMask(int length)
{
    return length == 0 ? 0 : ~quint32(0) << (32 - length);
}

struct AddressRange {
    quint32 base;
    int prefixLength;
    const char *description;
};

// Ranges no server on the internet can be reached at (RFC 1918, RFC 1122, RFC 3927, RFC 6598).
const QList<AddressRange> &unreachableRanges()
{
    static const QList<AddressRange> ranges = {
        {0x00000000, 8, QT_TRANSLATE_NOOP("mailflow::Lint", "\"this network\" (0.0.0.0/8)")},
        {0x0A000000, 8, QT_TRANSLATE_NOOP("mailflow::Lint", "a private range (10.0.0.0/8)")},
        {0x64400000, 10, QT_TRANSLATE_NOOP("mailflow::Lint", "the carrier-grade NAT range "
                                                             "(100.64.0.0/10)")},
        {0x7F000000, 8, QT_TRANSLATE_NOOP("mailflow::Lint", "the loopback range (127.0.0.0/8)")},
        {0xA9FE0000, 16, QT_TRANSLATE_NOOP("mailflow::Lint", "the link-local range "
                                                             "(169.254.0.0/16)")},
        {0xAC100000, 12, QT_TRANSLATE_NOOP("mailflow::Lint", "a private range (172.16.0.0/12)")},
        {0xC0A80000, 16, QT_TRANSLATE_NOOP("mailflow::Lint", "a private range "
                                                             "(192.168.0.0/16)")},
    };
    return ranges;
}

// The range that the address or CIDR block falls into (or overlaps), or nullptr.
const AddressRange *unreachableRange(const QString &host)
{
    int prefixLength = 32;
    QString address = host;
    if (fieldrules::isIpv4Cidr(host, &prefixLength))
        address = host.section(u'/', 0, 0);
    else if (!fieldrules::isIpv4Address(host))
        return nullptr;

    const quint32 value = ipv4Value(address);
    for (const AddressRange &range : unreachableRanges()) {
        const quint32 mask = prefixMask(qMin(prefixLength, range.prefixLength));
        if ((value & mask) == (range.base & mask))
            return &range;
    }
    return nullptr;
}

// RFC 6125 section 6.4.3: a wildcard stands for exactly one whole left-most label, so
// *.contoso.com covers mail.contoso.com but neither contoso.com nor a.mail.contoso.com.
bool certificateNameCovers(const QString &pattern, const QString &host)
{
    if (!pattern.startsWith(QStringLiteral("*.")))
        return pattern.compare(host, Qt::CaseInsensitive) == 0;

    const qsizetype dot = host.indexOf(u'.');
    if (dot <= 0)
        return false;
    return host.mid(dot + 1).compare(pattern.mid(2), Qt::CaseInsensitive) == 0;
}

} // namespace

void duplicateSmartHosts(const LintContext &context, LintReport &report)
{
    for (const Connector &connector : context.workspace.connectors) {
        if (!usesSmartHosts(connector))
            continue;
        // A set keeps this linear for connectors with very many smart hosts.
        QSet<QString> seen;
        for (const QString &host : connector.smartHosts) {
            const QString folded = host.toCaseFolded();
            if (seen.contains(folded))
                report.add(connector.name, lintsupport::validationField("Smart hosts"),
                           tr("'%1' is listed twice (host names ignore case).").arg(host),
                           tr("Remove one of them."));
            seen.insert(folded);
        }
    }
}

void unreachableSmartHosts(const LintContext &context, LintReport &report)
{
    for (const Connector &connector : context.workspace.connectors) {
        if (!usesSmartHosts(connector))
            continue;
        for (const QString &host : connector.smartHosts) {
            const AddressRange *range = unreachableRange(host);
            if (!range)
                continue;
            report.add(connector.name, lintsupport::validationField("Smart hosts"),
                       tr("'%1' is in %2. Exchange Online connects from the internet and "
                          "cannot reach it.").arg(host, tr(range->description)),
                       tr("Enter the public IP address or host name at which the server "
                          "accepts mail from Office 365."));
        }
    }
}

void certificateDomainMismatch(const LintContext &context, LintReport &report)
{
    for (const Connector &connector : context.workspace.connectors) {
        if (!usesSmartHosts(connector) || connector.tls != TlsSettings::DomainValidation
            || !fieldrules::checkTlsDomain(connector.tlsDomain).isEmpty())
            continue;

        const QString field = lintsupport::validationField("Smart hosts");
        const QString fix = tr("Make sure each server's certificate names %1, or change the "
                               "certificate domain to match the smart hosts.")
                                .arg(connector.tlsDomain);
        for (const QString &host : connector.smartHosts) {
            if (fieldrules::isIpv4Address(host) || fieldrules::isIpv4Cidr(host))
                report.add(connector.name, field,
                           tr("'%1' is an IP address, so nothing shows that its certificate "
                              "names %2; with domain validation, delivery fails if it does "
                              "not.").arg(host, connector.tlsDomain),
                           fix);
            else if (fieldrules::checkSmartHost(host).isEmpty()
                     && !certificateNameCovers(connector.tlsDomain, host))
                report.add(connector.name, field,
                           tr("'%1' is not covered by the certificate domain %2 (a wildcard "
                              "covers exactly one label), so its certificate probably does not "
                              "match and delivery fails.").arg(host, connector.tlsDomain),
                           fix);
        }
    }
}

// Exchange picks one connector per domain; two claiming the same one makes routing depend on
// which it picks.
void recipientDomainConflict(const LintContext &context, LintReport &report)
{
    const QList<Connector> &connectors = context.workspace.connectors;
    const auto claims = [](const Connector &c) {
        return c.isOutbound() && c.enabled && c.usage == ConnectorUsage::RecipientDomains;
    };
    for (qsizetype i = 0; i < connectors.size(); ++i) {
        if (!claims(connectors.at(i)))
            continue;
        for (qsizetype j = 0; j < i; ++j) {
            if (!claims(connectors.at(j)))
                continue;
            for (const QString &domain : connectors.at(i).recipientDomains) {
                if (!connectors.at(j).recipientDomains.contains(domain, Qt::CaseInsensitive))
                    continue;
                report.add(connectors.at(i).name,
                           lintsupport::validationField("Recipient domains"),
                           tr("The domain %1 is also claimed by the connector '%2'. Exchange "
                              "Online uses only one of them for it, so its mail may not take "
                              "the route you expect.")
                               .arg(domain, connectors.at(j).name),
                           tr("Keep each domain on one connector only."));
            }
        }
    }
}

} // namespace mailflow::lintchecks
