#include "validator_p.h"

#include "failureadvice.h"
#include "logging.h"
#include "smarthostplan.h"

#include <QDnsLookup>
#include <QHostInfo>

using namespace Qt::StringLiterals;

namespace mailflow::probe {

void Validator::Private::planProbes()
{
    // With MX routing each recipient domain has its own mail servers, so the recipients
    // are probed per domain; smart hosts take every recipient.
    if (connector.routing == ConnectorRouting::MxRecord) {
        QStringList domains;
        for (const QString &recipient : std::as_const(connector.validationRecipients)) {
            if (!domains.contains(mailDomain(recipient)))
                domains.append(mailDomain(recipient));
        }
        for (const QString &domain : std::as_const(domains)) {
            QStringList recipients;
            for (const QString &recipient : std::as_const(connector.validationRecipients)) {
                if (mailDomain(recipient) == domain)
                    recipients.append(recipient);
            }
            planMailExchangers(domain, recipients);
        }
    } else {
        for (const QString &host : std::as_const(connector.smartHosts))
            planSmartHost(host.trimmed());
    }
}

void Validator::Private::planSmartHost(const QString &host)
{
    const QString prefix = u"connect:"_s + host + u':';
    switch (smartHostKind(host)) {
    case SmartHostKind::Address:
        addProbe(host, QHostAddress(host), prefix, connector.validationRecipients);
        return;
    case SmartHostKind::Range: {
        quint64 total = 0;
        const QList<QHostAddress> addresses = rangeAddresses(host, &total);
        if (addresses.isEmpty()) {
            builder.setTask(
                u"connect:"_s + host, Validator::tr("Check connectivity to %1").arg(host),
                TaskStatus::Skipped,
                Validator::tr("The range %1 holds %2 addresses; the probe checks ranges of up to "
                              "%3 addresses one by one. Validate the servers in it by listing "
                              "their addresses or names as smart hosts.")
                        .arg(host).arg(total).arg(maxRangeAddresses));
            return;
        }
        for (const QHostAddress &address : addresses)
            addProbe(host, address, prefix, connector.validationRecipients);
        return;
    }
    case SmartHostKind::Name:
        lookUpName(host, prefix, connector.validationRecipients);
        return;
    }
}

void Validator::Private::planMailExchangers(const QString &domain, const QStringList &recipients)
{
    builder.setTask(u"mx:"_s + domain, Validator::tr("Look up the MX records of %1").arg(domain),
                    TaskStatus::Running);

    const auto known = options.mailExchangers.constFind(domain);
    if (known != options.mailExchangers.cend()) {
        QList<MailExchanger> records;
        for (const QString &host : *known)
            records.append(MailExchanger{quint16(records.size() * 10), host});
        bool nullMx = false;
        const QStringList hosts = orderedMailExchangers(records, &nullMx);
        useMailExchangers(domain, recipients, hosts, nullMx, QString());
        return;
    }
    lookUpMailExchangers(domain, recipients);
}

void Validator::Private::lookUpMailExchangers(const QString &domain,
                                              const QStringList &recipients)
{
    const QString taskId = u"mx:"_s + domain;
    auto *lookup = new QDnsLookup(QDnsLookup::MX, domain, run);
    pendingLookups.insert(taskId);
    QObject::connect(lookup, &QDnsLookup::finished, run,
                     [this, lookup, taskId, domain, recipients] {
        lookup->deleteLater();
        if (!pendingLookups.remove(taskId))
            return;

        QList<MailExchanger> records;
        const QList<QDnsMailExchangeRecord> answers = lookup->mailExchangeRecords();
        for (const QDnsMailExchangeRecord &record : answers)
            records.append(MailExchanger{record.preference(), record.exchange()});
        bool nullMx = false;
        const QStringList hosts = orderedMailExchangers(records, &nullMx);

        // RFC 5321 §5.1: a domain without MX records takes mail at its own address.
        const bool noRecords = lookup->error() == QDnsLookup::NotFoundError
            || (lookup->error() == QDnsLookup::NoError && answers.isEmpty());
        if (noRecords)
            useMailExchangers(domain, recipients, {domain}, false, {});
        else if (lookup->error() != QDnsLookup::NoError)
            useMailExchangers(domain, recipients, {}, false, lookup->errorString());
        else
            useMailExchangers(domain, recipients, hosts, nullMx, {});
        scheduleCompletionCheck();
    });
    lookup->lookup();
}

void Validator::Private::useMailExchangers(const QString &domain, const QStringList &recipients,
                                           const QStringList &hosts, bool nullMx,
                                           const QString &error)
{
    const QString taskId = u"mx:"_s + domain;
    if (nullMx) {
        builder.setTaskStatus(taskId, TaskStatus::Failed,
                              Validator::tr("%1 publishes a null MX record (RFC 7505): the "
                                            "domain accepts no mail. Check the validation "
                                            "recipients.").arg(domain));
        return;
    }
    if (hosts.isEmpty()) {
        builder.setTaskStatus(taskId, TaskStatus::Failed,
                              Validator::tr("The MX records of %1 could not be looked up (%2). "
                                            "Check the domain's DNS.").arg(domain, error));
        return;
    }

    builder.setTaskStatus(taskId, TaskStatus::Succeeded,
                          Validator::tr("Mail servers, best first: %1")
                              .arg(hosts.join(u", "_s)));
    for (const QString &host : hosts) {
        const QString prefix = u"connect:"_s + domain + u':' + host + u':';
        if (smartHostKind(host) == SmartHostKind::Address)
            addProbe(host, QHostAddress(host), prefix, recipients);
        else
            lookUpName(host, prefix, recipients);
    }
}

void Validator::Private::lookUpName(const QString &host, const QString &taskPrefix,
                                    const QStringList &recipients)
{
    const QString taskId = u"lookup:"_s + taskPrefix + host;
    builder.setTask(taskId, Validator::tr("Look up %1").arg(host), TaskStatus::Running);

    const auto known = options.hostAddresses.constFind(host.toLower());
    if (known != options.hostAddresses.cend()) {
        useAddresses(host, taskPrefix, recipients, *known, {});
        return;
    }

    pendingLookups.insert(taskId);
    QHostInfo::lookupHost(host, run, [this, taskId, host, taskPrefix,
                                      recipients](const QHostInfo &info) {
        if (!pendingLookups.remove(taskId))
            return;
        useAddresses(host, taskPrefix, recipients, info.addresses(),
                     info.error() == QHostInfo::NoError ? QString() : info.errorString());
        scheduleCompletionCheck();
    });
}

void Validator::Private::useAddresses(const QString &host, const QString &taskPrefix,
                                      const QStringList &recipients,
                                      const QList<QHostAddress> &found, const QString &error)
{
    const QString lookupId = u"lookup:"_s + taskPrefix + host;
    const QList<QHostAddress> addresses = uniqueAddresses(found);
    if (addresses.isEmpty()) {
        FailureFacts facts;
        facts.failure = FailureClass::NameNotFound;
        facts.host = host;
        facts.step = u"lookup"_s;
        facts.detail = error.isEmpty() ? Validator::tr("no address records") : error;

        ProbeResult result;
        result.host = host;
        result.port = options.port;
        result.failure = FailureClass::NameNotFound;
        result.failureStep = facts.step;
        result.message = advice::describeFailure(facts);
        builder.addHost(result);
        qCWarning(lcProbe).noquote() << host << failureClassId(result.failure) << result.message;
        builder.setTaskStatus(lookupId, TaskStatus::Failed, result.message);
        return;
    }

    QStringList texts;
    for (const QHostAddress &address : addresses)
        texts.append(address.toString());
    builder.setTaskStatus(lookupId, TaskStatus::Succeeded,
                          Validator::tr("%1 has %n address(es): %2", nullptr,
                                        int(addresses.size()))
                              .arg(host, texts.join(u", "_s)));
    for (const QHostAddress &address : addresses)
        addProbe(host, address, taskPrefix, recipients);
}

} // namespace mailflow::probe
