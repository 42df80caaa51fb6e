#include "reportbuilder.h"

#include "failureadvice.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mailflow::probe {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("mailflow::probe::ReportBuilder", text, disambiguation,
                                       n);
}

} // namespace

const QString ReportBuilder::sendTaskId = u"send"_s;

void ReportBuilder::reset(const QString &connectorName, const QStringList &recipients,
                          bool sendTestMessage, TaskListener listener)
{
    m_report = {};
    m_report.connectorName = connectorName;
    m_report.recipients = recipients;
    m_taskIndex.clear();
    m_listener = std::move(listener);
    m_sendTestMessage = sendTestMessage;
}

void ReportBuilder::setTask(const QString &id, const QString &title, TaskStatus status,
                            const QString &detail)
{
    qsizetype index = m_taskIndex.value(id, -1);
    if (index < 0) {
        index = m_report.tasks.size();
        m_taskIndex.insert(id, index);
        m_report.tasks.append(ValidationTask{id, title, status, detail});
    } else {
        ValidationTask &task = m_report.tasks[index];
        task.title = title;
        task.status = status;
        task.detail = detail;
    }

    if (m_listener)
        m_listener(m_report.tasks.at(index));
}

void ReportBuilder::setTaskStatus(const QString &id, TaskStatus status, const QString &detail)
{
    const qsizetype index = m_taskIndex.value(id, -1);
    if (index >= 0)
        setTask(id, m_report.tasks.at(index).title, status, detail);
}

TaskStatus ReportBuilder::taskStatus(const QString &id) const
{
    const qsizetype index = m_taskIndex.value(id, -1);
    return index < 0 ? TaskStatus::Pending : m_report.tasks.at(index).status;
}

qsizetype ReportBuilder::addHost(const ProbeResult &result)
{
    m_report.hosts.append(result);
    return m_report.hosts.size() - 1;
}

void ReportBuilder::finishHost(qsizetype index, const QString &taskId,
                               const ProbeResult &result)
{
    m_report.hosts[index] = result;

    if (result.failure == FailureClass::Cancelled)
        setTaskStatus(taskId, TaskStatus::Skipped, result.message);
    else
        setTaskStatus(taskId, result.succeeded ? TaskStatus::Succeeded : TaskStatus::Failed,
                      connectivityDetail(result));
}

QString ReportBuilder::connectivityDetail(const ProbeResult &result)
{
    if (!result.succeeded)
        return result.message;

    QString detail;
    if (result.tlsUsed && !result.certificate.isNull()) {
        detail = tr("Connected over %1 (%2); certificate %3, valid until %4.")
                     .arg(result.tlsProtocol, result.tlsCipher, result.certificate.subject,
                          QLocale().toString(result.certificate.notAfterUtc.date(),
                                             QLocale::ShortFormat));
    } else if (result.tlsUsed) {
        detail = tr("Connected over %1 (%2).").arg(result.tlsProtocol, result.tlsCipher);
    } else {
        detail = tr("Connected without TLS.");
    }
    if (!result.recipients.isEmpty())
        detail += u' ' + tr("%n recipient(s) accepted.", nullptr, int(result.recipients.size()));
    for (const QString &note : result.notes)
        detail += u' ' + note;
    return detail;
}

void ReportBuilder::finish(bool cancelled, qint64 durationMs)
{
    m_report.cancelled = cancelled;
    m_report.finishedUtc = QDateTime::currentDateTimeUtc();
    m_report.durationMs = durationMs;

    // Copies: settling a task notifies the listener, which may look at the report.
    const QList<ValidationTask> tasks = m_report.tasks;
    for (const ValidationTask &task : tasks) {
        if (!cancelled && task.id == sendTaskId)
            continue;
        if (task.status == TaskStatus::Running || task.status == TaskStatus::Pending)
            setTaskStatus(task.id, TaskStatus::Skipped, cancelled ? tr("Cancelled.") : task.detail);
    }
    if (!cancelled)
        finishSendTask();
    writeSummary();
}

void ReportBuilder::finishSendTask()
{
    const TaskStatus status = taskStatus(sendTaskId);
    if (!m_taskIndex.contains(sendTaskId) || status == TaskStatus::Skipped)
        return;

    if (m_report.recipients.isEmpty()) {
        setTaskStatus(sendTaskId, TaskStatus::Failed,
                      tr("No validation recipient is listed. Add at least one address to send "
                         "the test email to."));
        return;
    }

    QStringList failures;
    QStringList deliveries;
    for (const ProbeResult &host : std::as_const(m_report.hosts)) {
        const QString server = advice::serverLabel(host.host, host.address);
        QStringList accepted;
        QStringList refused;
        for (const RecipientResult &recipient : host.recipients) {
            (recipient.status == RecipientStatus::Accepted ? accepted : refused)
                .append(recipient.address);
        }

        if (host.messageAccepted && refused.isEmpty()) {
            deliveries.append(host.messageReply.isEmpty()
                                  ? server : tr("%1: %2").arg(server, host.messageReply));
        } else if (host.messageAccepted) {
            // Delivered, but not to every mailbox the admin named: say which got it.
            failures.append(tr("%1 delivered the test message to %2 but not to %3: %4")
                                .arg(server, accepted.join(u", "_s), refused.join(u", "_s),
                                     host.message));
        } else {
            failures.append(tr("%1: %2").arg(server, host.message.isEmpty()
                                                        ? tr("the message was not sent.")
                                                        : host.message));
        }
    }

    if (m_report.hosts.isEmpty()) {
        setTaskStatus(sendTaskId, TaskStatus::Failed,
                      tr("No server could be reached to send the test email to."));
    } else if (failures.isEmpty()) {
        setTaskStatus(sendTaskId, TaskStatus::Succeeded,
                      tr("Every server accepted the test message. %1")
                          .arg(deliveries.join(u"; "_s)));
    } else {
        setTaskStatus(sendTaskId, TaskStatus::Failed,
                      tr("The test message did not reach every recipient through every "
                         "server. %1")
                          .arg(failures.join(u' ')));
    }
}

void ReportBuilder::writeSummary()
{
    qsizetype failed = 0;
    qsizetype probed = 0;
    QString firstProblem;
    QString firstSkipped;
    for (const ValidationTask &task : std::as_const(m_report.tasks)) {
        const bool connect = task.id.startsWith(u"connect:"_s);
        if (connect && task.status != TaskStatus::Skipped)
            ++probed;
        if (connect && task.status == TaskStatus::Skipped && firstSkipped.isEmpty())
            firstSkipped = task.detail;
        if (task.status == TaskStatus::Failed) {
            ++failed;
            if (firstProblem.isEmpty())
                firstProblem = task.detail;
        }
    }

    const bool cancelled = m_report.cancelled;
    m_report.succeeded = !cancelled && failed == 0 && probed > 0;
    if (cancelled) {
        m_report.summary = tr("The validation was cancelled before it finished.");
    } else if (probed == 0) {
        m_report.summary = tr("Nothing was validated: %1")
                               .arg(firstSkipped.isEmpty() ? firstProblem : firstSkipped);
    } else if (m_report.succeeded) {
        m_report.summary = m_sendTestMessage
            ? tr("Validation succeeded: %n server address(es) accepted the connection and the "
                 "recipients, and each delivered the test message.", nullptr, int(probed))
            : tr("Validation succeeded: %n server address(es) accepted the connection and the "
                 "recipients.", nullptr, int(probed));
    } else {
        m_report.summary = tr("Validation failed: %n task(s) failed. %1", nullptr, int(failed))
                               .arg(firstProblem);
    }

    // A range too large to probe is worth saying even when everything else passed.
    if (!cancelled && probed > 0 && !firstSkipped.isEmpty())
        m_report.summary += u' ' + firstSkipped;
}

} // namespace mailflow::probe
