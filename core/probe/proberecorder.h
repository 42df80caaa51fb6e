#pragma once

#include "failureadvice.h"
#include "smtpreply.h"
#include "validationreport.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QString>

namespace mailflow::probe {

// The written record of one probe: steps with their timings, the transcript with a time
// offset per line, notes, and the first failure with its advice. The probe decides; this
// class only writes down, so the state machine stays about SMTP.
class ProbeRecorder
{
public:
    ProbeRecorder(const QString &host, const QHostAddress &address, quint16 port,
                  const QStringList &recipients);

    void startClock() { m_clock.start(); }
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.elapsed(); }

    void beginStep(const QString &step, const QString &argument = {});
    // Closes the open step; does nothing when no step is open.
    void endStep(bool ok, const SmtpReply &reply = {});
    // The last step begun, or "connect" before any.
    [[nodiscard]] QString currentStep() const;

    // direction: 'C' sent, 'S' received, '*' an event. Also the lcProbe debug wire trace.
    void log(char direction, const QString &text);
    void note(const QString &text);

    // Keeps the first failure only: later ones are consequences of it.
    void recordFailure(FailureClass failure, const FailureFacts &facts);

    // Closes the open step and stamps the probe's duration.
    void close();

    [[nodiscard]] ProbeResult &result() { return m_result; }
    [[nodiscard]] const ProbeResult &result() const { return m_result; }

private:
    ProbeResult m_result;
    QElapsedTimer m_clock;
};

} // namespace mailflow::probe
