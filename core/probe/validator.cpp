#include "validator_p.h"

#include "smarthostplan.h"
#include "validation/fieldrules.h"

#include <QDnsLookup>

using namespace Qt::StringLiterals;

namespace mailflow::probe {

namespace {

const QString &sendTaskId = ReportBuilder::sendTaskId;

} // namespace

Validator::Validator(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->deadline.setSingleShot(true);
    connect(&d->deadline, &QTimer::timeout, this, [this] { d->onDeadline(); });
}

Validator::~Validator()
{
    delete d->run;
}

void Validator::start(const Connector &connector, const ProbeOptions &options)
{
    cancel();
    if (d->run)
        d->run->deleteLater();

    d->run = new QObject(this);
    d->tlsLoader = nullptr;
    d->connector = connector;
    d->options = options;
    d->builder.reset(connector.name, connector.validationRecipients, options.sendTestMessage,
                    [this](const ValidationTask &task) { Q_EMIT taskChanged(task); });
    d->hostIndex.clear();
    d->taskIds.clear();
    d->runningProbes = 0;
    d->pendingLookups.clear();
    d->running = true;
    d->clock.start();
    d->begin();
}

void Validator::cancel()
{
    if (!d->running)
        return;

    d->cancelling = true;
    const QList<Probe *> probes = d->hostIndex.keys();
    for (Probe *probe : probes)
        probe->cancel();
    d->cancelling = false;

    // Answers still in flight find no pending question and are dropped; deleting the run's
    // objects then ends the lookups themselves.
    d->pendingLookups.clear();
    if (d->run) {
        const QList<QDnsLookup *> lookups = d->run->findChildren<QDnsLookup *>();
        for (QDnsLookup *lookup : lookups)
            lookup->abort();
        d->run->deleteLater();
        d->run = nullptr;
    }
    d->finalize(true);
}

bool Validator::isRunning() const
{
    return d->running;
}

const ValidationReport &Validator::report() const
{
    return d->builder.report();
}

void Validator::Private::begin()
{
    if (options.stepTimeoutMs <= 0)
        options.stepTimeoutMs = ProbeOptions().stepTimeoutMs;
    if (options.overallTimeoutMs <= 0)
        options.overallTimeoutMs = ProbeOptions().overallTimeoutMs;
    deadline.start(options.overallTimeoutMs);

    const QStringList problems = inputProblems();
    if (!problems.isEmpty()) {
        builder.setTask(u"settings"_s, Validator::tr("Check the validation settings"),
                        TaskStatus::Failed, problems.join(u' '));
        scheduleCompletionCheck();
        return;
    }

    QByteArray caPem;
    if (!options.caFile.isEmpty()) {
        // Read here, so that a missing or plainly wrong file stops the run before any
        // connection; the loader decodes the certificates with the TLS backend.
        const QString problem = TlsLoader::readCaFile(options.caFile, &caPem);
        if (!problem.isEmpty()) {
            builder.setTask(u"ca-file"_s,
                            Validator::tr("Read the CA file %1").arg(options.caFile),
                            TaskStatus::Failed, problem);
            scheduleCompletionCheck();
            return;
        }
    }
    // The probes connect, greet and ask for STARTTLS while TLS loads.
    tlsLoader = new TlsLoader(run);
    QObject::connect(tlsLoader, &TlsLoader::ready, run, [this] {
        // Each probe then stops at its handshake, naming the same problem.
        if (running && !tlsLoader->caProblem().isEmpty()) {
            builder.setTask(u"ca-file"_s,
                            Validator::tr("Read the CA file %1").arg(options.caFile),
                            TaskStatus::Failed, tlsLoader->caProblem());
        }
        scheduleCompletionCheck();
    });
    tlsLoader->start(options.caFile, caPem);

    ehloName = options.ehloName.isEmpty() ? localEhloName() : options.ehloName;
    sender = options.sender;
    if (sender.isEmpty())
        sender = u"postmaster@"_s + (ehloName.isEmpty() ? u"localhost"_s : ehloName);

    planProbes();

    builder.setTask(sendTaskId, Validator::tr("Send test email"),
                    options.sendTestMessage ? TaskStatus::Pending : TaskStatus::Skipped,
                    options.sendTestMessage ? QString()
                                            : Validator::tr("Not requested for this validation."));
    scheduleCompletionCheck();
}

QStringList Validator::Private::inputProblems() const
{
    QStringList problems;
    if (options.port == 0)
        problems.append(Validator::tr("Port 0 is not a port a server can listen on; use 25."));
    if (connector.routing == ConnectorRouting::SmartHosts && connector.smartHosts.isEmpty())
        problems.append(Validator::tr("The connector lists no smart host to validate."));
    if (connector.routing == ConnectorRouting::MxRecord
        && connector.validationRecipients.isEmpty()) {
        problems.append(Validator::tr("MX routing needs at least one validation recipient to "
                                      "find the partner's mail servers."));
    }
    for (const QString &host : connector.smartHosts) {
        const QString problem = fieldrules::checkSmartHost(host.trimmed());
        if (!problem.isEmpty() && smartHostKind(host.trimmed()) != SmartHostKind::Address)
            problems.append(Validator::tr("Smart host: %1").arg(problem));
    }
    for (const QString &recipient : connector.validationRecipients) {
        const QString problem = fieldrules::checkMailbox(recipient);
        if (!problem.isEmpty())
            problems.append(Validator::tr("Validation recipient: %1").arg(problem));
    }
    if (!options.sender.isEmpty()) {
        const QString problem = fieldrules::checkMailbox(options.sender);
        if (!problem.isEmpty())
            problems.append(Validator::tr("Sender: %1").arg(problem));
    }
    if (!options.ehloName.isEmpty() && !options.ehloName.startsWith(u'[')) {
        const QString problem = fieldrules::checkHostName(options.ehloName);
        if (!problem.isEmpty())
            problems.append(Validator::tr("EHLO name: %1").arg(problem));
    }
    if (connector.tls == TlsSettings::DomainValidation) {
        const QString problem = fieldrules::checkTlsDomain(connector.tlsDomain);
        if (!problem.isEmpty())
            problems.append(Validator::tr("TLS domain: %1").arg(problem));
    }
    return problems;
}

void Validator::Private::addProbe(const QString &host, const QHostAddress &address,
                                  const QString &taskPrefix, const QStringList &recipients)
{
    ProbeTarget target;
    target.host = host;
    target.address = address;
    target.port = options.port;
    if (smartHostKind(host) == SmartHostKind::Name)
        target.serverName = host;
    target.tls = connector.tls;
    target.tlsDomain = connector.tlsDomain;
    // The file adds to the system's trusted CAs; the probe consults those only when a chain
    // is not anchored in the file.
    target.tlsLoader = tlsLoader;
    target.ehloName = ehloName;
    target.sender = sender;
    target.recipients = recipients;
    target.sendTestMessage = options.sendTestMessage;
    target.connectorName = connector.name;
    target.stepTimeoutMs = options.stepTimeoutMs;
    // Every probe ends by the run's deadline, however late it started.
    target.overallTimeoutMs = qMax(1, int(options.overallTimeoutMs - clock.elapsed()));

    auto *probe = new Probe(target, run);
    const QString id = taskPrefix + address.toString();
    const QString title = host == address.toString()
        ? Validator::tr("Check connectivity to %1").arg(host)
        : Validator::tr("Check connectivity to %1 (%2)").arg(host, address.toString());
    hostIndex.insert(probe, builder.addHost(probe->result()));
    taskIds.insert(probe, id);
    ++runningProbes;

    QObject::connect(probe, &Probe::stateChanged, run, [this, probe](Probe::State state) {
        onProbeStateChanged(probe, state);
    });
    QObject::connect(probe, &Probe::finished, run, [this, probe](const ProbeResult &result) {
        onProbeFinished(probe, result);
    });
    builder.setTask(id, title, TaskStatus::Running);
    probe->start();
}

void Validator::Private::onProbeStateChanged(Probe *probe, Probe::State state)
{
    Q_UNUSED(probe);
    if (state == Probe::State::Data && builder.taskStatus(sendTaskId) == TaskStatus::Pending)
        builder.setTaskStatus(sendTaskId, TaskStatus::Running);
}

void Validator::Private::onProbeFinished(Probe *probe, const ProbeResult &result)
{
    const qsizetype index = hostIndex.value(probe, -1);
    if (index < 0)
        return;
    --runningProbes;
    builder.finishHost(index, taskIds.value(probe), result);

    if (!cancelling)
        scheduleCompletionCheck();
}

void Validator::Private::onDeadline()
{
    if (!running || pendingLookups.isEmpty())
        return;

    // Probes keep their own deadline; what is left are DNS answers that never came.
    const QSet<QString> unanswered = std::exchange(pendingLookups, {});
    for (const QString &taskId : unanswered) {
        builder.setTaskStatus(taskId, TaskStatus::Failed,
                              Validator::tr("No DNS answer within %n second(s). Check this "
                                            "computer's DNS resolver.", nullptr,
                                            qMax(1, options.overallTimeoutMs / 1000)));
    }
    scheduleCompletionCheck();
}

void Validator::Private::scheduleCompletionCheck()
{
    // Queued, so finished() never fires from inside start() or a probe's own signal.
    QMetaObject::invokeMethod(q, [this, current = run] {
        if (current == run)
            checkCompletion();
    }, Qt::QueuedConnection);
}

void Validator::Private::checkCompletion()
{
    if (!running || runningProbes > 0 || !pendingLookups.isEmpty())
        return;
    // Probes that ended before TLS (refused, no STARTTLS) must not end the run before the
    // verdict on the admin's CA file: a damaged file is reported whatever the servers did.
    if (tlsLoader && !tlsLoader->isReady() && !options.caFile.isEmpty())
        return;
    finalize(false);
}

void Validator::Private::finalize(bool cancelled)
{
    if (!running)
        return;
    running = false;
    deadline.stop();

    builder.finish(cancelled, clock.elapsed());
    // A copy: a slot may start the next run, which resets the builder under its feet.
    const ValidationReport report = builder.report();
    Q_EMIT q->finished(report);
}

} // namespace mailflow::probe
