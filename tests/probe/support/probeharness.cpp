#include "probeharness.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mailflow::probe::test {

ProbeTarget loopbackTarget(quint16 port, TlsSettings tls)
{
    ProbeTarget target;
    target.host = u"127.0.0.1"_s;
    target.address = QHostAddress(QHostAddress::LocalHost);
    target.port = port;
    target.tls = tls;
    target.tlsDomain = u"mail.contoso.com"_s;
    target.ehloName = u"probe.test"_s;
    target.sender = u"postmaster@probe.test"_s;
    target.recipients = {u"admin@contoso.com"_s};
    target.sendTestMessage = true;
    target.connectorName = u"Contoso outbound"_s;
    target.stepTimeoutMs = 1000;
    target.overallTimeoutMs = 4000;
    return target;
}

ProbeResult runProbe(const ProbeTarget &target, int waitMs)
{
    Probe probe(target);
    QSignalSpy finished(&probe, &Probe::finished);
    probe.start();
    if (finished.isEmpty() && !finished.wait(waitMs)) {
        qWarning("The probe did not finish within %d ms", waitMs);
        return probe.result();
    }
    if (finished.size() != 1)
        qWarning("finished() was emitted %d times", int(finished.size()));
    return finished.first().first().value<ProbeResult>();
}

QString plainOpening()
{
    return uR"(S: 220 mail.contoso.com ESMTP ready
C: EHLO probe.test
S: 250-mail.contoso.com
S: 250-PIPELINING
S: 250 8BITMIME
)"_s;
}

QString mailTransaction()
{
    return uR"(C: MAIL FROM:<postmaster@probe.test>
S: 250 2.1.0 Ok
C: RCPT TO:<admin@contoso.com>
S: 250 2.1.5 Ok
C: DATA
S: 354 End data with <CR><LF>.<CR><LF>
C: <message>
S: 250 2.0.0 Ok: queued as 4BQ7XH
C: QUIT
S: 221 2.0.0 Bye
X: close
)"_s;
}

} // namespace mailflow::probe::test
