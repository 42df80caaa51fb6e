#include "probe/validator.h"
#include "support/fakesmtpserver.h"
#include "support/probeharness.h"
#include "support/validatorharness.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailflow;
using namespace mailflow::probe;
using namespace mailflow::probe::test;

// The Validator over fake servers: one probe per smart host in parallel, tasks as the admin sees
// them, the verdict of the whole run, and the report.
class tst_Validator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneSmartHostSucceeds();
    void twoSmartHostsInParallel();
    void failedHostFailsTheRun();
    void withoutTestMessage();
    void oneRecipientRejected();
    void reportJsonAndTranscript();
};

void tst_Validator::oneSmartHostSucceeds()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(deliveryScript());

    Validator validator;
    QList<ValidationTask> changes;
    const ValidationReport report =
        runValidation(validator, outboundConnector({u"127.0.0.1"_s}),
                      validatorOptions(server.port()), &changes);

    QVERIFY2(report.succeeded, qPrintable(report.summary));
    QVERIFY(!report.cancelled);
    QVERIFY(!validator.isRunning());
    QVERIFY(report.finishedUtc.isValid());
    QCOMPARE(report.recipients, QStringList{u"admin@contoso.com"_s});
    QCOMPARE(taskStatuses(report),
             u"connect:127.0.0.1:127.0.0.1=succeeded, send=succeeded"_s);
    QCOMPARE(report.tasks.first().title, u"Check connectivity to 127.0.0.1"_s);
    QCOMPARE(report.tasks.last().title, u"Send test email"_s);
    QCOMPARE(report.hosts.size(), 1);
    QVERIFY(report.hosts.first().messageAccepted);

    // Every change was announced, ending in the final state of each task.
    QStringList sequence;
    for (const ValidationTask &task : std::as_const(changes))
        sequence.append(task.id + u'=' + taskStatusId(task.status));
    QCOMPARE(sequence.first(), u"connect:127.0.0.1:127.0.0.1=running"_s);
    QVERIFY(sequence.contains(u"send=running"_s));
    QCOMPARE(sequence.last(), u"send=succeeded"_s);
}

void tst_Validator::twoSmartHostsInParallel()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(u"X: delay 400\n"_s + deliveryScript());

    QElapsedTimer clock;
    clock.start();
    Validator validator;
    const ValidationReport report =
        runValidation(validator, outboundConnector({u"127.0.0.1"_s, u"127.0.0.1/32"_s}),
                      validatorOptions(server.port()));

    QVERIFY2(report.succeeded, qPrintable(report.summary));
    QCOMPARE(server.connectionCount(), 2);
    QCOMPARE(report.hosts.size(), 2);
    QVERIFY2(clock.elapsed() < 780, qPrintable(QString::number(clock.elapsed())));
}

void tst_Validator::failedHostFailsTheRun()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScripts(
        {deliveryScript(), u"S: 554 5.7.1 You are not welcome\nC: QUIT\nS: 221 bye\n"_s});

    Validator validator;
    const ValidationReport report =
        runValidation(validator, outboundConnector({u"127.0.0.1"_s, u"127.0.0.1/32"_s}),
                      validatorOptions(server.port()));

    QVERIFY(!report.succeeded);
    QCOMPARE(report.hosts.size(), 2);
    int refused = 0;
    for (const ProbeResult &host : report.hosts)
        refused += host.failure == FailureClass::GreetingRefused ? 1 : 0;
    QCOMPARE(refused, 1);
    QCOMPARE(report.tasks.last().status, TaskStatus::Failed);
    QVERIFY(report.tasks.last().detail.contains(u"554"_s));
    QVERIFY(report.summary.contains(u"554"_s));
}

void tst_Validator::oneRecipientRejected()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(plainOpening() + uR"(C: MAIL FROM:<postmaster@probe.test>
S: 250 2.1.0 Ok
C: RCPT TO:<admin@contoso.com>
S: 250 2.1.5 Ok
C: RCPT TO:<nobody@contoso.com>
S: 550 5.1.1 <nobody@contoso.com>: User unknown
C: DATA
S: 354 End data with <CR><LF>.<CR><LF>
C: <message>
S: 250 2.0.0 Ok: queued as 4711
C: QUIT
S: 221 2.0.0 Bye
)"_s);

    Connector connector = outboundConnector({u"127.0.0.1"_s});
    connector.validationRecipients = {u"admin@contoso.com"_s, u"nobody@contoso.com"_s};
    Validator validator;
    const ValidationReport report =
        runValidation(validator, connector, validatorOptions(server.port()));

    QCOMPARE(server.session(0).scriptError, QString());
    QVERIFY(!report.succeeded);
    QVERIFY(report.hosts.first().messageAccepted);
    const ValidationTask &send = report.tasks.last();
    QCOMPARE(send.id, u"send"_s);
    QCOMPARE(send.status, TaskStatus::Failed);
    // The admin learns that the message did arrive, and for whom it did not.
    QVERIFY2(send.detail.contains(u"delivered the test message to admin@contoso.com but not to "
                                  "nobody@contoso.com"_s), qPrintable(send.detail));
}

void tst_Validator::withoutTestMessage()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(plainOpening()
                     + u"C: MAIL FROM:<postmaster@probe.test>\nS: 250 ok\n"
                       "C: RCPT TO:<admin@contoso.com>\nS: 250 ok\nC: QUIT\nS: 221 bye\n"_s);

    ProbeOptions o = validatorOptions(server.port());
    o.sendTestMessage = false;
    Validator validator;
    const ValidationReport report =
        runValidation(validator, outboundConnector({u"127.0.0.1"_s}), o);

    QVERIFY2(report.succeeded, qPrintable(report.summary));
    QCOMPARE(taskStatuses(report), u"connect:127.0.0.1:127.0.0.1=succeeded, send=skipped"_s);
    QCOMPARE(server.session(0).scriptError, QString());
}

void tst_Validator::reportJsonAndTranscript()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(deliveryScript());

    Validator validator;
    const ValidationReport report =
        runValidation(validator, outboundConnector({u"127.0.0.1"_s}),
                      validatorOptions(server.port()));
    QVERIFY(report.succeeded);

    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(u"connector"_s).toString(), u"Contoso outbound"_s);
    QCOMPARE(json.value(u"succeeded"_s).toBool(), true);
    QCOMPARE(json.value(u"tasks"_s).toArray().size(), 2);
    const QJsonObject host = json.value(u"hosts"_s).toArray().first().toObject();
    QCOMPARE(host.value(u"address"_s).toString(), u"127.0.0.1"_s);
    QCOMPARE(host.value(u"failure"_s).toString(), u"none"_s);
    QCOMPARE(host.value(u"recipients"_s).toArray().first().toObject()
                 .value(u"status"_s).toString(), u"accepted"_s);
    QVERIFY(host.value(u"testMessage"_s).toObject().value(u"accepted"_s).toBool());
    QVERIFY(host.value(u"steps"_s).toArray().size() >= 7);

    const QString transcript = report.transcriptText();
    QVERIFY(transcript.startsWith(u"127.0.0.1 port "_s));
    QVERIFY(transcript.contains(u" ms  S: 220 mail.contoso.com ESMTP ready\n"_s));
    QVERIFY(transcript.contains(u" ms  C: MAIL FROM:<postmaster@probe.test>\n"_s));
}

QTEST_GUILESS_MAIN(tst_Validator)
#include "tst_validator.moc"
