#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailflow::probe {

// The tasks the admin sees while a connector is validated, as the admin center lists them:
// one "Check connectivity to <host>" per smart host address and one "Send test email".
enum class TaskStatus { Pending, Running, Succeeded, Failed, Skipped };

struct ValidationTask {
    QString id;     // stable within one run, e.g. "connect:mail.contoso.com:192.0.2.10"
    QString title;  // translated, e.g. "Check connectivity to mail.contoso.com (192.0.2.10)"
    TaskStatus status = TaskStatus::Pending;
    QString detail; // translated outcome: what happened and what to check
};

// What one whole validation run found. The probe work extends this with per-host details
// (steps, timings, certificates, failure classes); the fields below are the ones the wizard's
// Validation page and the connector's validation record rely on.
struct ValidationReport {
    bool succeeded = false;
    bool cancelled = false;
    QDateTime finishedUtc;
    QStringList recipients;
    QList<ValidationTask> tasks;
    QString summary; // one translated paragraph saying what passed and what failed

    // The SMTP dialogue of every host, with a time offset per line, ready to show.
    [[nodiscard]] QString transcriptText() const;
};

} // namespace mailflow::probe
