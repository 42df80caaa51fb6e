#include "support/fakesmtpserver.h"
#include "support/probeharness.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailflow;
using namespace mailflow::probe;
using namespace mailflow::probe::test;

Q_DECLARE_METATYPE(mailflow::probe::FailureClass)
Q_DECLARE_METATYPE(mailflow::TlsSettings)

// The probe against a plaintext fake server: the dialogue, failing replies at every step, and
// every hostile behaviour that does not involve TLS.
class tst_Probe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void happyPathDeliversTestMessage();
    void replyDrippedOneByteAtATime();
    void failures_data();
    void failures();
    void connectionRefused();
    void cancelMidRun();
    void overallDeadline();
    void twoProbesInParallel();
    void someRecipientsRejected();
    void withoutTestMessage();
    void withoutRecipients();
    void transcriptAndSteps();
    void heloFallback_data();
    void heloFallback();
    void quitWithoutReply();
};

namespace {

const QString greeting = u"S: 220 mail.contoso.com ESMTP ready\n"_s;
const QString ehlo = u"C: EHLO probe.test\nS: 250-mail.contoso.com\nS: 250 8BITMIME\n"_s;
const QString mailFrom = u"C: MAIL FROM:<postmaster@probe.test>\nS: 250 2.1.0 Ok\n"_s;
const QString rcpt = u"C: RCPT TO:<admin@contoso.com>\nS: 250 2.1.5 Ok\n"_s;
const QString data = u"C: DATA\nS: 354 go ahead\n"_s;
const QString quit = u"C: QUIT\nS: 221 Bye\nX: close\n"_s;

} // namespace

void tst_Probe::happyPathDeliversTestMessage()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(plainOpening() + mailTransaction());

    ProbeTarget target = loopbackTarget(server.port());
    target.connectorName = u".Contoso outbound"_s;
    const ProbeResult result = runProbe(target);

    QCOMPARE(server.session(0).scriptError, QString());
    QCOMPARE(failureClassId(result.failure), u"none"_s);
    QVERIFY(result.succeeded);
    QVERIFY(result.messageAccepted);
    QCOMPARE(result.messageReply, u"Ok: queued as 4BQ7XH"_s);
    QCOMPARE(result.recipients.size(), 1);
    QCOMPARE(result.recipients.first().status, RecipientStatus::Accepted);
    QCOMPARE(result.recipients.first().enhancedCode, u"2.1.5"_s);
    QVERIFY(!result.tlsUsed);
    QCOMPARE(result.capabilities, QStringList({u"PIPELINING"_s, u"8BITMIME"_s}));
    QCOMPARE(result.notes.size(), 1); // plaintext under opportunistic TLS

    QByteArray message = server.session(0).message;
    QVERIFY(message.startsWith("From: <postmaster@probe.test>\r\nTo: <admin@contoso.com>\r\n"));
    QVERIFY(message.contains("\r\nSubject: Connector validation by Mailflow Admin: "
                             ".Contoso outbound\r\n"));
    QVERIFY(message.contains("\r\nDate: "));
    QVERIFY(message.contains("\r\nMessage-ID: " + result.messageId.toLatin1() + "\r\n"));
    QVERIFY(result.messageId.endsWith(u"@probe.test>"_s));
    QVERIFY(message.contains("connector validation by Mailflow Admin for connector\r\n"
                             ".Contoso outbound\r\n"));
    // The name starts a line with a dot, so it was stuffed on the wire and unstuffed again.
    QVERIFY(server.session(0).rawMessage.contains("\r\n..Contoso outbound\r\n"));
    QVERIFY(!message.replace("\r\n", "").contains('\n'));
    QVERIFY(!message.contains('\r'));
}

void tst_Probe::replyDrippedOneByteAtATime()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(u"X: drip 2\n"_s + greeting
                     + u"C: EHLO probe.test\nX: drip 2\nS: 250-mail.contoso.com\n"
                       "X: drip 2\nS: 250 8BITMIME\n"_s
                     + mailFrom + u"C: RCPT TO:<admin@contoso.com>\nX: drip 1\n"
                                  "S: 250 2.1.5 Recipient ok\n"_s
                     + data + u"C: <message>\nS: 250 queued\n"_s + quit);

    const ProbeResult result = runProbe(loopbackTarget(server.port()));

    QCOMPARE(server.session(0).scriptError, QString());
    QCOMPARE(failureClassId(result.failure), u"none"_s);
    QVERIFY(result.succeeded);
    QVERIFY(result.messageAccepted);
    QCOMPARE(result.capabilities, QStringList{u"8BITMIME"_s});
}

void tst_Probe::failures_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<FailureClass>("failure");
    QTest::addColumn<QString>("step");
    QTest::addColumn<bool>("sendsQuit");

    const QString silence = u"X: silence\n"_s;
    const QString quitOnly = u"C: QUIT\nS: 221 Bye\nX: close\n"_s;

    QTest::newRow("no greeting") << silence << FailureClass::TimedOut << u"greeting"_s << false;
    QTest::newRow("greeting then silence")
        << greeting + u"C: EHLO probe.test\n"_s + silence << FailureClass::TimedOut
        << u"ehlo"_s << false;
    QTest::newRow("silence after DATA")
        << greeting + ehlo + mailFrom + rcpt + u"C: DATA\n"_s + silence
        << FailureClass::TimedOut << u"data"_s << false;
    QTest::newRow("silence after the message")
        << greeting + ehlo + mailFrom + rcpt + data + u"C: <message>\n"_s + silence
        << FailureClass::TimedOut << u"message"_s << false;
    QTest::newRow("closed before greeting")
        << u"X: close\n"_s << FailureClass::ConnectionLost << u"greeting"_s << false;
    QTest::newRow("reset after EHLO")
        << greeting + u"C: EHLO probe.test\nX: reset\n"_s << FailureClass::ConnectionLost
        << u"ehlo"_s << false;
    QTest::newRow("reset after MAIL FROM")
        << greeting + ehlo + u"C: MAIL FROM:<postmaster@probe.test>\nX: reset\n"_s
        << FailureClass::ConnectionLost << u"mail"_s << false;
    QTest::newRow("over-long greeting")
        << u"X: raw 220 "_s + QString(600, u'x') + u"\\r\\n\n"_s
        << FailureClass::ProtocolViolation << u"greeting"_s << false;
    QTest::newRow("over-long EHLO line")
        << greeting + u"C: EHLO probe.test\nS: 250-mail.contoso.com\nS: 250 "_s
               + QString(520, u'A') + u"\n"_s
        << FailureClass::ProtocolViolation << u"ehlo"_s << false;
    QTest::newRow("bare LF in greeting")
        << u"X: raw 220 mail.contoso.com\\n\n"_s << FailureClass::ProtocolViolation
        << u"greeting"_s << false;
    QTest::newRow("bare LF in RCPT reply")
        << greeting + ehlo + mailFrom + u"C: RCPT TO:<admin@contoso.com>\nX: raw 250 ok\\n\n"_s
        << FailureClass::ProtocolViolation << u"rcpt"_s << false;
    QTest::newRow("garbage instead of a reply")
        << u"X: raw SSH-2.0-OpenSSH_9.2\\r\\n\n"_s << FailureClass::ProtocolViolation
        << u"greeting"_s << false;
    QTest::newRow("greeting with a 2xx other than 220")
        << u"S: 250 hello\n"_s << FailureClass::ProtocolViolation << u"greeting"_s << false;

    QTest::newRow("greeting 554") << u"S: 554 5.7.1 No SMTP service here\n"_s + quitOnly
                                  << FailureClass::GreetingRefused << u"greeting"_s << true;
    QTest::newRow("greeting 421") << u"S: 421 4.3.2 Too busy\nX: close\n"_s
                                  << FailureClass::TemporaryFailure << u"greeting"_s << false;
    QTest::newRow("greeting 450") << u"S: 450 try later\n"_s + quitOnly
                                  << FailureClass::TemporaryFailure << u"greeting"_s << true;
    QTest::newRow("EHLO 421")
        << greeting + u"C: EHLO probe.test\nS: 421 4.4.2 Timeout\nX: close\n"_s
        << FailureClass::TemporaryFailure << u"ehlo"_s << false;
    QTest::newRow("EHLO 451") << greeting + u"C: EHLO probe.test\nS: 451 later\n"_s + quitOnly
                              << FailureClass::TemporaryFailure << u"ehlo"_s << true;
    QTest::newRow("EHLO 550")
        << greeting + u"C: EHLO probe.test\nS: 550 5.7.1 go away\n"_s + quitOnly
        << FailureClass::PermanentFailure << u"ehlo"_s << true;
    QTest::newRow("EHLO and HELO both 502")
        << greeting + u"C: EHLO probe.test\nS: 502 no\nC: HELO probe.test\nS: 502 no\n"_s
               + quitOnly
        << FailureClass::PermanentFailure << u"helo"_s << true;
    QTest::newRow("MAIL FROM 421")
        << greeting + ehlo + u"C: MAIL FROM:<postmaster@probe.test>\nS: 421 bye\nX: close\n"_s
        << FailureClass::TemporaryFailure << u"mail"_s << false;
    QTest::newRow("MAIL FROM 451")
        << greeting + ehlo + u"C: MAIL FROM:<postmaster@probe.test>\nS: 451 4.3.0 later\n"_s
               + quitOnly
        << FailureClass::TemporaryFailure << u"mail"_s << true;
    QTest::newRow("MAIL FROM 553")
        << greeting + ehlo + u"C: MAIL FROM:<postmaster@probe.test>\nS: 553 5.1.8 bad\n"_s
               + quitOnly
        << FailureClass::PermanentFailure << u"mail"_s << true;
    QTest::newRow("RCPT TO 421")
        << greeting + ehlo + mailFrom + u"C: RCPT TO:<admin@contoso.com>\nS: 421 bye\n"
                                        "X: close\n"_s
        << FailureClass::TemporaryFailure << u"rcpt"_s << false;
    QTest::newRow("RCPT TO 450")
        << greeting + ehlo + mailFrom + u"C: RCPT TO:<admin@contoso.com>\n"
                                        "S: 450 4.2.0 greylisted\n"_s + quitOnly
        << FailureClass::TemporaryFailure << u"rcpt"_s << true;
    QTest::newRow("RCPT TO 550")
        << greeting + ehlo + mailFrom + u"C: RCPT TO:<admin@contoso.com>\n"
                                        "S: 550 5.1.1 User unknown\n"_s + quitOnly
        << FailureClass::RecipientRejected << u"rcpt"_s << true;
    QTest::newRow("DATA 421")
        << greeting + ehlo + mailFrom + rcpt + u"C: DATA\nS: 421 bye\nX: close\n"_s
        << FailureClass::TemporaryFailure << u"data"_s << false;
    QTest::newRow("DATA 451")
        << greeting + ehlo + mailFrom + rcpt + u"C: DATA\nS: 451 later\n"_s + quitOnly
        << FailureClass::TemporaryFailure << u"data"_s << true;
    QTest::newRow("DATA 554")
        << greeting + ehlo + mailFrom + rcpt + u"C: DATA\nS: 554 5.5.1 No valid recipients\n"_s
               + quitOnly
        << FailureClass::PermanentFailure << u"data"_s << true;
    QTest::newRow("message 421")
        << greeting + ehlo + mailFrom + rcpt + data + u"C: <message>\nS: 421 bye\nX: close\n"_s
        << FailureClass::TemporaryFailure << u"message"_s << false;
    QTest::newRow("message 452")
        << greeting + ehlo + mailFrom + rcpt + data + u"C: <message>\nS: 452 full\n"_s
               + quitOnly
        << FailureClass::TemporaryFailure << u"message"_s << true;
    QTest::newRow("message 552")
        << greeting + ehlo + mailFrom + rcpt + data + u"C: <message>\nS: 552 5.3.4 too big\n"_s
               + quitOnly
        << FailureClass::PermanentFailure << u"message"_s << true;
}

void tst_Probe::failures()
{
    QFETCH(QString, script);
    QFETCH(FailureClass, failure);
    QFETCH(QString, step);
    QFETCH(bool, sendsQuit);

    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(script);

    QElapsedTimer clock;
    clock.start();
    ProbeTarget target = loopbackTarget(server.port());
    target.stepTimeoutMs = 300;
    const ProbeResult result = runProbe(target);

    QCOMPARE(failureClassId(result.failure), failureClassId(failure));
    QCOMPARE(result.failureStep, step);
    QVERIFY(!result.succeeded || failure == FailureClass::TemporaryFailure
            || failure == FailureClass::PermanentFailure || failure == FailureClass::TimedOut);
    QVERIFY(!result.messageAccepted);
    QVERIFY2(!result.message.isEmpty(), "a failure always comes with advice");
    QVERIFY(clock.elapsed() < 2000);
    QTRY_VERIFY(server.connectionCount() == 1);
    QCOMPARE(server.session(0).scriptError, QString());
    QTRY_COMPARE(server.receivedCommand(u"QUIT"_s), sendsQuit);
}

void tst_Probe::connectionRefused()
{
    quint16 port = 0;
    {
        FakeSmtpServer server;
        QVERIFY(server.start());
        port = server.port();
    }

    const ProbeResult result = runProbe(loopbackTarget(port));

    QCOMPARE(result.failure, FailureClass::ConnectionRefused);
    QCOMPARE(result.failureStep, u"connect"_s);
    QVERIFY(result.message.contains(QString::number(port)));
}

void tst_Probe::cancelMidRun()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(greeting + u"C: EHLO probe.test\nX: silence\n"_s);

    Probe probe(loopbackTarget(server.port()));
    QSignalSpy finished(&probe, &Probe::finished);
    probe.start();
    QTRY_COMPARE(probe.state(), Probe::State::Ehlo);

    probe.cancel();

    QCOMPARE(finished.size(), 1);
    QCOMPARE(probe.state(), Probe::State::Done);
    QCOMPARE(probe.result().failure, FailureClass::Cancelled);
    QCOMPARE(probe.result().failureStep, u"ehlo"_s);
    probe.cancel();
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void tst_Probe::overallDeadline()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(u"X: drip 100\nS: 220 a slow greeting that never ends in time\n"_s);

    QElapsedTimer clock;
    clock.start();
    ProbeTarget target = loopbackTarget(server.port());
    target.stepTimeoutMs = 5000;
    target.overallTimeoutMs = 300;
    const ProbeResult result = runProbe(target);

    QCOMPARE(result.failure, FailureClass::TimedOut);
    QCOMPARE(result.failureStep, u"greeting"_s);
    QVERIFY(clock.elapsed() < 1500);
}

void tst_Probe::twoProbesInParallel()
{
    FakeSmtpServer first;
    FakeSmtpServer second;
    QVERIFY(first.start());
    QVERIFY(second.start());
    const QString slowOpening = u"X: delay 400\n"_s + greeting + ehlo;
    first.setScript(slowOpening + mailFrom + rcpt + data + u"C: <message>\nS: 250 one\n"_s
                    + quit);
    second.setScript(slowOpening + mailFrom
                     + u"C: RCPT TO:<admin@contoso.com>\nS: 550 5.1.1 unknown\n"_s + quit);

    Probe one(loopbackTarget(first.port()));
    Probe two(loopbackTarget(second.port()));
    QSignalSpy oneFinished(&one, &Probe::finished);
    QSignalSpy twoFinished(&two, &Probe::finished);
    QElapsedTimer clock;
    clock.start();
    one.start();
    two.start();
    QTRY_VERIFY(!oneFinished.isEmpty() && !twoFinished.isEmpty());

    // Both waited 400 ms for their greeting at the same time.
    QVERIFY2(clock.elapsed() < 780, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(one.result().succeeded);
    QVERIFY(one.result().messageAccepted);
    QCOMPARE(two.result().failure, FailureClass::RecipientRejected);
    QVERIFY(!second.receivedCommand(u"DATA"_s));
}

void tst_Probe::someRecipientsRejected()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(greeting + ehlo + mailFrom
                     + u"C: RCPT TO:<admin@contoso.com>\nS: 250 2.1.5 Ok\n"
                       "C: RCPT TO:<nobody@contoso.com>\nS: 550 5.1.1 <nobody@contoso.com>: "
                       "Recipient address rejected: User unknown\n"
                       "C: RCPT TO:<later@contoso.com>\nS: 451 4.7.1 Greylisted\n"_s
                     + data + u"C: <message>\nS: 250 queued\n"_s + quit);

    ProbeTarget target = loopbackTarget(server.port());
    target.recipients = {u"admin@contoso.com"_s, u"nobody@contoso.com"_s,
                         u"later@contoso.com"_s};
    const ProbeResult result = runProbe(target);

    QCOMPARE(server.session(0).scriptError, QString());
    QCOMPARE(result.failure, FailureClass::RecipientRejected);
    QVERIFY(!result.succeeded);
    QCOMPARE(result.recipients.at(0).status, RecipientStatus::Accepted);
    QCOMPARE(result.recipients.at(1).status, RecipientStatus::Rejected);
    QCOMPARE(result.recipients.at(1).code, 550);
    QCOMPARE(result.recipients.at(1).enhancedCode, u"5.1.1"_s);
    QCOMPARE(result.recipients.at(2).status, RecipientStatus::TemporaryFailure);
    QVERIFY(result.message.contains(u"nobody@contoso.com"_s));
    QVERIFY(result.message.contains(u"550"_s));
    // The message still went to the recipient that was accepted, and only to it.
    QVERIFY(result.messageAccepted);
    QVERIFY(server.session(0).message.contains("\r\nTo: <admin@contoso.com>\r\n"));
}

void tst_Probe::withoutTestMessage()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(greeting + ehlo + mailFrom + rcpt + quit);

    ProbeTarget target = loopbackTarget(server.port());
    target.sendTestMessage = false;
    const ProbeResult result = runProbe(target);

    QCOMPARE(server.session(0).scriptError, QString());
    QVERIFY(result.succeeded);
    QVERIFY(!result.messageAccepted);
    QCOMPARE(result.failure, FailureClass::None);
}

void tst_Probe::withoutRecipients()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(greeting + ehlo + mailFrom + quit);

    ProbeTarget target = loopbackTarget(server.port());
    target.recipients.clear();
    const ProbeResult result = runProbe(target);

    QCOMPARE(server.session(0).scriptError, QString());
    QVERIFY(result.succeeded);
    QVERIFY(!result.messageAccepted);
    QVERIFY(!server.receivedCommand(u"DATA"_s));
}

void tst_Probe::transcriptAndSteps()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(plainOpening() + mailTransaction());

    const ProbeResult result = runProbe(loopbackTarget(server.port()));

    QStringList lines;
    qint64 previous = 0;
    for (const TranscriptLine &line : result.transcript) {
        QVERIFY(line.offsetMs >= previous);
        previous = line.offsetMs;
        if (line.direction != '*')
            lines.append(QLatin1Char(line.direction) + u": "_s + line.text);
    }
    QCOMPARE(lines.first(), u"S: 220 mail.contoso.com ESMTP ready"_s);
    QVERIFY(lines.contains(u"C: EHLO probe.test"_s));
    QVERIFY(lines.contains(u"S: 250-PIPELINING"_s));
    QVERIFY(lines.contains(u"C: RCPT TO:<admin@contoso.com>"_s));
    QCOMPARE(lines.last(), u"S: 221 2.0.0 Bye"_s);
    for (const QString &line : std::as_const(lines))
        QVERIFY(!line.contains(u"This message is a connector validation"_s));

    QStringList steps;
    for (const ProbeStep &step : result.steps) {
        QVERIFY2(step.durationMs >= 0, qPrintable(step.step));
        steps.append(step.step);
    }
    QCOMPARE(steps, QStringList({u"connect"_s, u"greeting"_s, u"ehlo"_s, u"mail"_s,
                                 u"rcpt"_s, u"data"_s, u"message"_s, u"quit"_s}));
    QCOMPARE(result.steps.at(4).argument, u"admin@contoso.com"_s);
    QCOMPARE(result.steps.at(6).replyCode, 250);
}

void tst_Probe::heloFallback_data()
{
    QTest::addColumn<TlsSettings>("tls");
    QTest::addColumn<FailureClass>("failure");
    QTest::newRow("opportunistic continues") << TlsSettings::None << FailureClass::None;
    QTest::newRow("required TLS stops")
        << TlsSettings::EncryptionOnly << FailureClass::StartTlsNotOffered;
}

void tst_Probe::heloFallback()
{
    // RFC 5321 §4.1.4: an old server answers EHLO with 502; HELO still opens the session.
    QFETCH(TlsSettings, tls);
    QFETCH(FailureClass, failure);

    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(greeting + u"C: EHLO probe.test\nS: 502 5.5.1 Command not implemented\n"
                                "C: HELO probe.test\nS: 250 mail.contoso.com\n"_s
                     + mailTransaction());

    const ProbeResult result = runProbe(loopbackTarget(server.port(), tls));

    QCOMPARE(failureClassId(result.failure), failureClassId(failure));
    QVERIFY(result.capabilities.isEmpty());
    QVERIFY(!result.notes.isEmpty());
    QCOMPARE(result.messageAccepted, failure == FailureClass::None);
    QCOMPARE(server.receivedCommand(u"MAIL FROM"_s), failure == FailureClass::None);
}

void tst_Probe::quitWithoutReply()
{
    // After QUIT nothing is left to learn: a server that never says 221 costs a short grace.
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(greeting + ehlo + mailFrom + rcpt + data
                     + u"C: <message>\nS: 250 queued\nC: QUIT\nX: silence\n"_s);

    ProbeTarget target = loopbackTarget(server.port());
    target.stepTimeoutMs = 5000;
    QElapsedTimer clock;
    clock.start();
    const ProbeResult result = runProbe(target);

    QCOMPARE(failureClassId(result.failure), u"none"_s);
    QVERIFY(result.succeeded);
    QVERIFY(result.messageAccepted);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(result.steps.last().step, u"quit"_s);
    QVERIFY(!result.steps.last().ok);
}

QTEST_GUILESS_MAIN(tst_Probe)
#include "tst_probe.moc"
