#pragma once

#include "validationreport.h"

#include <QHash>
#include <QString>

#include <functional>

namespace mailflow::probe {

// Keeps one run's ValidationReport: the task list as the run changes it (each change goes to
// the listener at once), the host results, and at the end the verdict of "Send test email"
// and the summary. Cheap: a change touches one task; the end walks the lists once.
class ReportBuilder
{
public:
    using TaskListener = std::function<void(const ValidationTask &)>;

    static const QString sendTaskId; // "send"

    void reset(const QString &connectorName, const QStringList &recipients,
               bool sendTestMessage, TaskListener listener);

    [[nodiscard]] const ValidationReport &report() const { return m_report; }

    // Adds the task, or updates it when the id is known.
    void setTask(const QString &id, const QString &title, TaskStatus status,
                 const QString &detail = {});
    void setTaskStatus(const QString &id, TaskStatus status, const QString &detail = {});
    [[nodiscard]] TaskStatus taskStatus(const QString &id) const;

    // Index of the new host in report().hosts.
    qsizetype addHost(const ProbeResult &result);
    // Stores a finished probe and settles its connectivity task.
    void finishHost(qsizetype index, const QString &taskId, const ProbeResult &result);

    // Ends the run: unfinished tasks become skipped, the send task gets its verdict, the
    // report its summary.
    void finish(bool cancelled, qint64 durationMs);

private:
    void finishSendTask();
    void writeSummary();
    [[nodiscard]] static QString connectivityDetail(const ProbeResult &result);

    ValidationReport m_report;
    QHash<QString, qsizetype> m_taskIndex;
    TaskListener m_listener;
    bool m_sendTestMessage = true;
};

} // namespace mailflow::probe
