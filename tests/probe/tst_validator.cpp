#include "probe/validator.h"
#include "support/fakesmtpserver.h"
#include "support/probeharness.h"
#include "support/testpki.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailflow;
using namespace mailflow::probe;
using namespace mailflow::probe::test;

// The Validator over fake servers: one probe per address in parallel, tasks as the admin sees
// them, the report, cancel, and input the probe must refuse before any connection.
class tst_Validator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneSmartHostSucceeds();
    void nameWithTwoAddressesProbesBoth();
    void twoSmartHostsInParallel();
    void failedHostFailsTheRun();
    void smallRangeProbesEachAddress();
    void largeRangeIsSkipped();
    void unresolvableName();
    void cancelMidRun();
    void startWhileRunningCancelsFirst();
    void restartFromFinishedSlot();
    void badCaFile_data();
    void badCaFile();
    void caFileTrustsPrivateCa();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void mxRoutingProbesEachExchanger();
    void nullMx();
    void withoutTestMessage();
    void reportJsonAndTranscript();

private:
    [[nodiscard]] ProbeOptions options(quint16 port) const;
    [[nodiscard]] static Connector connector(const QStringList &smartHosts);
    static ValidationReport run(Validator &validator, const Connector &connector,
                                const ProbeOptions &options, QList<ValidationTask> *changes);

    TestPki m_pki;
};

namespace {

const QString delivery = plainOpening() + mailTransaction();

QString taskStatuses(const ValidationReport &report)
{
    QStringList out;
    for (const ValidationTask &task : report.tasks)
        out.append(task.id + u'=' + taskStatusId(task.status));
    return out.join(u", "_s);
}

} // namespace

void tst_Validator::initTestCase()
{
    QVERIFY2(m_pki.create(), qPrintable(m_pki.errorString()));
}

ProbeOptions tst_Validator::options(quint16 port) const
{
    ProbeOptions options;
    options.port = port;
    options.sender = u"postmaster@probe.test"_s;
    options.ehloName = u"probe.test"_s;
    options.stepTimeoutMs = 1000;
    options.overallTimeoutMs = 5000;
    return options;
}

Connector tst_Validator::connector(const QStringList &smartHosts)
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

ValidationReport tst_Validator::run(Validator &validator, const Connector &connector,
                                    const ProbeOptions &options,
                                    QList<ValidationTask> *changes)
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

void tst_Validator::oneSmartHostSucceeds()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(delivery);

    Validator validator;
    QList<ValidationTask> changes;
    const ValidationReport report = run(validator, connector({u"127.0.0.1"_s}),
                                        options(server.port()), &changes);

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

void tst_Validator::nameWithTwoAddressesProbesBoth()
{
    // Two servers behind one name, one of them with a certificate for another name: the
    // classic cause of half the mail failing. Each address gets its own task and result.
    FakeSmtpServer v4;
    FakeSmtpServer v6;
    QVERIFY(v4.start());
    if (!v6.start(QHostAddress::LocalHostIPv6, v4.port()))
        QSKIP("IPv6 loopback is not available here");
    const QString tls = u"S: 220 mail.contoso.com ESMTP\nC: EHLO probe.test\n"
                        "S: 250-mail.contoso.com\nS: 250 STARTTLS\nC: STARTTLS\n"
                        "S: 220 Ready\nX: starttls\nC: EHLO probe.test\nS: 250 mail.contoso.com\n"_s
        + mailTransaction();
    v4.setCertificate(m_pki.good.certificate, m_pki.good.key);
    v6.setCertificate(m_pki.wrongName.certificate, m_pki.wrongName.key);
    v4.setScript(tls);
    v6.setScript(tls);

    Connector c = connector({u"mail.contoso.com"_s});
    c.tls = TlsSettings::DomainValidation;
    c.tlsDomain = u"mail.contoso.com"_s;
    ProbeOptions o = options(v4.port());
    o.caFile = m_pki.caFile();
    o.hostAddresses.insert(u"mail.contoso.com"_s,
                           {QHostAddress(QHostAddress::LocalHost),
                            QHostAddress(QHostAddress::LocalHostIPv6)});
    Validator validator;
    const ValidationReport report = run(validator, c, o, nullptr);

    QVERIFY(!report.succeeded);
    QCOMPARE(taskStatuses(report),
             u"lookup:connect:mail.contoso.com:mail.contoso.com=succeeded, "
             "connect:mail.contoso.com:127.0.0.1=succeeded, "
             "connect:mail.contoso.com:::1=failed, send=failed"_s);
    QCOMPARE(report.tasks.at(1).title, u"Check connectivity to mail.contoso.com (127.0.0.1)"_s);
    QCOMPARE(report.hosts.size(), 2);
    QCOMPARE(report.hosts.at(1).failure, FailureClass::CertificateNameMismatch);
    QCOMPARE(report.hosts.at(1).certificate.subjectAltNames,
             QStringList{u"mail.fabrikam.com"_s});
    QVERIFY(report.hosts.at(0).messageAccepted);
    QVERIFY(!v6.receivedCommand(u"MAIL FROM"_s));
    QVERIFY(report.summary.contains(u"mail.fabrikam.com"_s));
}

void tst_Validator::twoSmartHostsInParallel()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(u"X: delay 400\n"_s + delivery);

    QElapsedTimer clock;
    clock.start();
    Validator validator;
    const ValidationReport report = run(validator,
                                        connector({u"127.0.0.1"_s, u"127.0.0.1/32"_s}),
                                        options(server.port()), nullptr);

    QVERIFY2(report.succeeded, qPrintable(report.summary));
    QCOMPARE(server.connectionCount(), 2);
    QCOMPARE(report.hosts.size(), 2);
    QVERIFY2(clock.elapsed() < 780, qPrintable(QString::number(clock.elapsed())));
}

void tst_Validator::failedHostFailsTheRun()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScripts({delivery, u"S: 554 5.7.1 You are not welcome\nC: QUIT\nS: 221 bye\n"_s});

    Validator validator;
    const ValidationReport report = run(validator,
                                        connector({u"127.0.0.1"_s, u"127.0.0.1/32"_s}),
                                        options(server.port()), nullptr);

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

void tst_Validator::smallRangeProbesEachAddress()
{
    // 127.0.0.0/30 holds two host addresses; only 127.0.0.1 has a server listening.
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(delivery);

    Validator validator;
    const ValidationReport report = run(validator, connector({u"127.0.0.0/30"_s}),
                                        options(server.port()), nullptr);

    QCOMPARE(report.hosts.size(), 2);
    QCOMPARE(report.hosts.at(0).address, u"127.0.0.1"_s);
    QCOMPARE(report.hosts.at(1).address, u"127.0.0.2"_s);
    QVERIFY(report.hosts.at(0).succeeded);
    QCOMPARE(report.hosts.at(1).failure, FailureClass::ConnectionRefused);
    QCOMPARE(report.tasks.at(1).title, u"Check connectivity to 127.0.0.0/30 (127.0.0.2)"_s);
}

void tst_Validator::largeRangeIsSkipped()
{
    Validator validator;
    const ValidationReport report = run(validator, connector({u"192.0.2.0/24"_s}),
                                        options(25), nullptr);

    QVERIFY(!report.succeeded);
    QCOMPARE(report.hosts.size(), 0);
    QCOMPARE(taskStatuses(report), u"connect:192.0.2.0/24=skipped, send=failed"_s);
    QVERIFY(report.tasks.first().detail.contains(u"256"_s));
    QVERIFY(report.summary.startsWith(u"Nothing was validated: The range 192.0.2.0/24"_s));
}

void tst_Validator::unresolvableName()
{
    Connector c = connector({u"mail.contoso.com"_s});
    ProbeOptions o = options(25);
    o.hostAddresses.insert(u"mail.contoso.com"_s, {});
    Validator validator;
    const ValidationReport report = run(validator, c, o, nullptr);

    QVERIFY(!report.succeeded);
    QCOMPARE(report.hosts.size(), 1);
    QCOMPARE(report.hosts.first().failure, FailureClass::NameNotFound);
    QCOMPARE(report.tasks.first().status, TaskStatus::Failed);
    QVERIFY(report.tasks.first().detail.contains(u"mail.contoso.com"_s));
}

void tst_Validator::cancelMidRun()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(u"S: 220 hello\nC: EHLO probe.test\nX: silence\n"_s);

    Validator validator;
    QSignalSpy finished(&validator, &Validator::finished);
    validator.start(connector({u"127.0.0.1"_s, u"127.0.0.1/32"_s}), options(server.port()));
    QTRY_VERIFY(server.allReceived().size() == 2);
    QElapsedTimer clock;
    clock.start();

    validator.cancel();

    QCOMPARE(finished.size(), 1);
    QVERIFY(clock.elapsed() < 100);
    QVERIFY(!validator.isRunning());
    const ValidationReport report = finished.first().first().value<ValidationReport>();
    QVERIFY(report.cancelled);
    QVERIFY(!report.succeeded);
    for (const ValidationTask &task : report.tasks)
        QCOMPARE(task.status, TaskStatus::Skipped);
    for (const ProbeResult &host : report.hosts)
        QCOMPARE(host.failure, FailureClass::Cancelled);

    validator.cancel();
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void tst_Validator::startWhileRunningCancelsFirst()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScripts({u"X: silence\n"_s, delivery});

    Validator validator;
    QSignalSpy finished(&validator, &Validator::finished);
    validator.start(connector({u"127.0.0.1"_s}), options(server.port()));
    QTRY_COMPARE(server.connectionCount(), 1);
    validator.start(connector({u"127.0.0.1"_s}), options(server.port()));

    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<ValidationReport>().cancelled);
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(finished.last().first().value<ValidationReport>().succeeded);
}

void tst_Validator::restartFromFinishedSlot()
{
    // The wizard's "Validate again" may start the next run from the finished() slot.
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(delivery);

    Validator validator;
    QList<ValidationReport> reports;
    QObject context;
    connect(&validator, &Validator::finished, &context,
            [&](const ValidationReport &report) {
                const bool first = reports.isEmpty();
                if (first)
                    validator.start(connector({u"127.0.0.1"_s}), options(server.port()));
                reports.append(report);
                QVERIFY(report.succeeded);
                QCOMPARE(report.hosts.size(), 1);
            });
    validator.start(connector({u"127.0.0.1"_s}), options(server.port()));

    QTRY_COMPARE(reports.size(), 2);
    QVERIFY(reports.last().succeeded);
    QCOMPARE(server.connectionCount(), 2);
    QTest::qWait(50);
    QCOMPARE(reports.size(), 2);
}

void tst_Validator::badCaFile_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QString() << u"cannot be read"_s;
    QTest::newRow("not PEM") << u"hello"_s << u"no PEM certificate"_s;
}

void tst_Validator::badCaFile()
{
    QFETCH(QString, content);
    QFETCH(QString, expected);

    const QString path = m_pki.path(u"bad-ca.pem"_s);
    QFile::remove(path);
    if (!content.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content.toUtf8());
    }

    FakeSmtpServer server;
    QVERIFY(server.start());
    ProbeOptions o = options(server.port());
    o.caFile = path;
    Validator validator;
    const ValidationReport report = run(validator, connector({u"127.0.0.1"_s}), o, nullptr);

    QVERIFY(!report.succeeded);
    QCOMPARE(taskStatuses(report), u"ca-file=failed"_s);
    QVERIFY2(report.tasks.first().detail.contains(expected),
             qPrintable(report.tasks.first().detail));
    QVERIFY(report.tasks.first().detail.contains(path));
    QCOMPARE(server.connectionCount(), 0);
}

void tst_Validator::caFileTrustsPrivateCa()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setCertificate(m_pki.good.certificate, m_pki.good.key);
    server.setScript(u"S: 220 mail.contoso.com ESMTP\nC: EHLO probe.test\n"
                     "S: 250-mail.contoso.com\nS: 250 STARTTLS\nC: STARTTLS\nS: 220 Ready\n"
                     "X: starttls\n"
                     "C: EHLO probe.test\nS: 250 mail.contoso.com\n"_s + mailTransaction());

    Connector c = connector({u"127.0.0.1"_s});
    c.tls = TlsSettings::CertificateValidation;
    ProbeOptions o = options(server.port());
    o.caFile = m_pki.caFile();
    Validator validator;
    const ValidationReport report = run(validator, c, o, nullptr);

    QVERIFY2(report.succeeded, qPrintable(report.summary));
    QCOMPARE(report.hosts.first().tlsProtocol, u"TLSv1.3"_s);
}

void tst_Validator::badInputIsRefused_data()
{
    QTest::addColumn<QStringList>("smartHosts");
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("expected");

    const QStringList host = {u"127.0.0.1"_s};
    const QStringList recipient = {u"admin@contoso.com"_s};
    QTest::newRow("no smart host") << QStringList() << recipient << QString()
                                   << u"no smart host"_s;
    QTest::newRow("smart host with a port") << QStringList{u"mail.contoso.com:2525"_s}
                                            << recipient << QString() << u"port"_s;
    QTest::newRow("recipient with a line break")
        << host << QStringList{u"admin@contoso.com>\r\nRCPT TO:<x@y.z"_s} << QString()
        << u"Validation recipient"_s;
    QTest::newRow("sender without domain") << host << recipient << u"postmaster"_s
                                           << u"Sender"_s;
}

void tst_Validator::badInputIsRefused()
{
    QFETCH(QStringList, smartHosts);
    QFETCH(QStringList, recipients);
    QFETCH(QString, sender);
    QFETCH(QString, expected);

    FakeSmtpServer server;
    QVERIFY(server.start());
    Connector c = connector(smartHosts);
    c.validationRecipients = recipients;
    ProbeOptions o = options(server.port());
    if (!sender.isEmpty())
        o.sender = sender;
    Validator validator;
    const ValidationReport report = run(validator, c, o, nullptr);

    QVERIFY(!report.succeeded);
    QCOMPARE(taskStatuses(report), u"settings=failed"_s);
    QVERIFY2(report.tasks.first().detail.contains(expected),
             qPrintable(report.tasks.first().detail));
    QCOMPARE(server.connectionCount(), 0);
}

void tst_Validator::mxRoutingProbesEachExchanger()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(delivery);

    Connector c = connector({});
    c.kind = ConnectorKind::OutboundToPartner;
    c.routing = ConnectorRouting::MxRecord;
    c.validationRecipients = {u"admin@contoso.com"_s};
    ProbeOptions o = options(server.port());
    o.mailExchangers.insert(u"contoso.com"_s, {u"mx1.contoso.com"_s, u"127.0.0.1"_s});
    o.hostAddresses.insert(u"mx1.contoso.com"_s, {QHostAddress(QHostAddress::LocalHost)});
    Validator validator;
    const ValidationReport report = run(validator, c, o, nullptr);

    QVERIFY2(report.succeeded, qPrintable(report.summary));
    QCOMPARE(taskStatuses(report),
             u"mx:contoso.com=succeeded, "
             "lookup:connect:contoso.com:mx1.contoso.com:mx1.contoso.com=succeeded, "
             "connect:contoso.com:mx1.contoso.com:127.0.0.1=succeeded, "
             "connect:contoso.com:127.0.0.1:127.0.0.1=succeeded, send=succeeded"_s);
    QCOMPARE(server.connectionCount(), 2);
}

void tst_Validator::nullMx()
{
    Connector c = connector({});
    c.kind = ConnectorKind::OutboundToPartner;
    c.routing = ConnectorRouting::MxRecord;
    ProbeOptions o = options(25);
    o.mailExchangers.insert(u"contoso.com"_s, {u"."_s});
    Validator validator;
    const ValidationReport report = run(validator, c, o, nullptr);

    QVERIFY(!report.succeeded);
    QCOMPARE(report.tasks.first().status, TaskStatus::Failed);
    QVERIFY(report.tasks.first().detail.contains(u"RFC 7505"_s));
}

void tst_Validator::withoutTestMessage()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(plainOpening()
                     + u"C: MAIL FROM:<postmaster@probe.test>\nS: 250 ok\n"
                       "C: RCPT TO:<admin@contoso.com>\nS: 250 ok\nC: QUIT\nS: 221 bye\n"_s);

    ProbeOptions o = options(server.port());
    o.sendTestMessage = false;
    Validator validator;
    const ValidationReport report = run(validator, connector({u"127.0.0.1"_s}), o, nullptr);

    QVERIFY2(report.succeeded, qPrintable(report.summary));
    QCOMPARE(taskStatuses(report), u"connect:127.0.0.1:127.0.0.1=succeeded, send=skipped"_s);
    QCOMPARE(server.session(0).scriptError, QString());
}

void tst_Validator::reportJsonAndTranscript()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(delivery);

    Validator validator;
    const ValidationReport report = run(validator, connector({u"127.0.0.1"_s}),
                                        options(server.port()), nullptr);
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
