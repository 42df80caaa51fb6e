#include "proberecorder.h"

#include "logging.h"

using namespace Qt::StringLiterals;

namespace mailflow::probe {

ProbeRecorder::ProbeRecorder(const QString &host, const QHostAddress &address, quint16 port,
                             const QStringList &recipients)
{
    m_result.host = host;
    m_result.address = address.toString();
    m_result.port = port;
    for (const QString &recipient : recipients) {
        RecipientResult result;
        result.address = recipient;
        m_result.recipients.append(result);
    }
}

void ProbeRecorder::beginStep(const QString &step, const QString &argument)
{
    ProbeStep entry;
    entry.step = step;
    entry.argument = argument;
    entry.startMs = m_clock.elapsed();
    m_result.steps.append(entry);
}

void ProbeRecorder::endStep(bool ok, const SmtpReply &reply)
{
    if (m_result.steps.isEmpty() || m_result.steps.last().durationMs >= 0)
        return;

    ProbeStep &entry = m_result.steps.last();
    entry.durationMs = m_clock.elapsed() - entry.startMs;
    entry.ok = ok;
    entry.replyCode = reply.code;
    entry.reply = reply.text();
}

QString ProbeRecorder::currentStep() const
{
    return m_result.steps.isEmpty() ? u"connect"_s : m_result.steps.last().step;
}

void ProbeRecorder::log(char direction, const QString &text)
{
    const qint64 offset = m_clock.elapsed();
    m_result.transcript.append(TranscriptLine{offset, direction, text});
    qCDebug(lcProbe).noquote() << m_result.address << u"+%1ms"_s.arg(offset)
                               << QLatin1Char(direction) << text;
}

void ProbeRecorder::note(const QString &text)
{
    m_result.notes.append(text);
    log('*', text);
}

void ProbeRecorder::recordFailure(FailureClass failure, const FailureFacts &facts)
{
    if (m_result.failure != FailureClass::None)
        return;

    FailureFacts f = facts;
    f.failure = failure;
    m_result.failure = failure;
    m_result.failureStep = f.step;
    m_result.message = advice::describeFailure(f);
    if (failure != FailureClass::Cancelled) {
        qCWarning(lcProbe).noquote() << m_result.address << failureClassId(failure)
                                     << m_result.message;
    }
}

void ProbeRecorder::close()
{
    endStep(false);
    m_result.durationMs = m_clock.elapsed();
}

} // namespace mailflow::probe
