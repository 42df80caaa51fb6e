#include "smarthostplan.h"

#include "validation/fieldrules.h"

#include <QHostInfo>

#include <algorithm>

namespace mailflow::probe {

SmartHostKind smartHostKind(const QString &host)
{
    if (host.contains(u'/'))
        return SmartHostKind::Range;
    QHostAddress address;
    if (address.setAddress(host))
        return SmartHostKind::Address;
    return SmartHostKind::Name;
}

QList<QHostAddress> rangeAddresses(const QString &cidr, quint64 *totalAddresses)
{
    if (totalAddresses)
        *totalAddresses = 0;
    int prefix = 0;
    if (!fieldrules::isIpv4Cidr(cidr, &prefix))
        return {};

    const quint64 size = quint64(1) << (32 - prefix);
    if (totalAddresses)
        *totalAddresses = size;
    if (size > quint64(maxRangeAddresses))
        return {};

    const QHostAddress base(cidr.section(u'/', 0, 0));
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    const quint32 network = base.toIPv4Address() & mask;
    quint64 first = network;
    quint64 last = network + size - 1;
    if (prefix <= 30) {
        ++first;
        --last;
    }

    QList<QHostAddress> out;
    for (quint64 value = first; value <= last; ++value)
        out.append(QHostAddress(quint32(value)));
    return out;
}

QList<QHostAddress> uniqueAddresses(const QList<QHostAddress> &addresses)
{
    QList<QHostAddress> out;
    for (const QHostAddress &address : addresses) {
        if (!out.contains(address))
            out.append(address);
    }
    return out;
}

QStringList orderedMailExchangers(QList<MailExchanger> records, bool *nullMx)
{
    if (nullMx)
        *nullMx = false;
    std::stable_sort(records.begin(), records.end(),
                     [](const MailExchanger &a, const MailExchanger &b) {
                         return a.preference < b.preference;
                     });

    QStringList out;
    for (const MailExchanger &record : std::as_const(records)) {
        QString name = record.exchange.trimmed().toLower();
        if (name.endsWith(u'.'))
            name.chop(1);
        if (name.isEmpty()) {
            // RFC 7505: "MX 0 ." says the domain accepts no mail at all.
            if (records.size() == 1 && nullMx)
                *nullMx = true;
            continue;
        }
        if (!out.contains(name))
            out.append(name);
    }
    return out;
}

QString localEhloName()
{
    // Only the kernel's host name: asking the resolver for a domain (localDomainName) loads
    // libresolv, which costs more than the whole SMTP dialogue on loopback.
    const QString name = QHostInfo::localHostName().toLower();
    if (!name.contains(u'.') || !fieldrules::checkHostName(name).isEmpty())
        return {};
    return name;
}

QString addressLiteral(const QHostAddress &address)
{
    QHostAddress plain = address;
    plain.setScopeId(QString());
    bool isV4 = false;
    const quint32 v4 = plain.toIPv4Address(&isV4);
    if (isV4)
        return u'[' + QHostAddress(v4).toString() + u']';
    return QStringLiteral("[IPv6:%1]").arg(plain.toString());
}

QString mailDomain(const QString &address)
{
    return address.section(u'@', -1).trimmed().toLower();
}

} // namespace mailflow::probe
