#include "validatorharness.h"

#include "probeharness.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace mailflow::probe::test {

QString deliveryScript()
{
    return plainOpening() + mailTransaction();
}

ProbeOptions validatorOptions(quint16 port)
{
    ProbeOptions options;
    options.port = port;
    options.sender = u"postmaster@probe.test"_s;
    options.ehloName = u"probe.test"_s;
    options.stepTimeoutMs = 1000;
    options.overallTimeoutMs = 5000;
    return options;
}

Connector outboundConnector(const QStringList &smartHosts)
{
    Connector connector;
    connector.name = u"Contoso outbound"_s;
    connector.kind = ConnectorKind::OutboundToOrganization;
    connector.routing = ConnectorRouting::SmartHosts;
    connector.smartHosts = smartHosts;
    connector.tls = TlsSettings::None;
    connector.validationRecipients = {u"admin@contoso.com"_s};
    return connector;
}

ValidationReport runValidation(Validator &validator, const Connector &connector,
                               const ProbeOptions &options, QList<ValidationTask> *changes)
{
    QSignalSpy finished(&validator, &Validator::finished);
    QObject context;
    if (changes) {
        QObject::connect(&validator, &Validator::taskChanged, &context,
                         [changes](const ValidationTask &task) { changes->append(task); });
    }
    validator.start(connector, options);
    if (!finished.wait(10000) && finished.isEmpty())
        qWarning("The validator did not finish");
    if (finished.size() != 1)
        return validator.report();
    return finished.first().first().value<ValidationReport>();
}

QString taskStatuses(const ValidationReport &report)
{
    QStringList out;
    for (const ValidationTask &task : report.tasks)
        out.append(task.id + u'=' + taskStatusId(task.status));
    return out.join(u", "_s);
}

} // namespace mailflow::probe::test
