#include "support/fakesmtpserver.h"
#include "support/probeharness.h"
#include "support/testpki.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailflow;
using namespace mailflow::probe;
using namespace mailflow::probe::test;

Q_DECLARE_METATYPE(mailflow::probe::FailureClass)
Q_DECLARE_METATYPE(mailflow::TlsSettings)

// STARTTLS and certificates: every TLS setting of the connector against good and bad
// certificates, servers that do not offer or refuse STARTTLS, and STARTTLS injection.
class tst_ProbeTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void happyPathOverTls();
    void certificates_data();
    void certificates();
    void startTlsNotOffered_data();
    void startTlsNotOffered();
    void startTlsRefused_data();
    void startTlsRefused();
    void injectionAfterStartTlsReply();
    void garbageInsteadOfHandshake();
    void silenceInsteadOfHandshake();
    void tls12Server();
    void serverWithOldTlsOnly();
    void tlsDomainNotSmartHostName();

private:
    [[nodiscard]] const TestPki::Identity &identity(const QString &name) const;

    TestPki m_pki;
};

namespace {

const QString greeting = u"S: 220 mail.contoso.com ESMTP ready\n"_s;
const QString ehloWithStartTls = u"C: EHLO probe.test\nS: 250-mail.contoso.com\n"
                                 "S: 250-X-BEFORE-TLS\nS: 250 STARTTLS\n"_s;
const QString startTls = u"C: STARTTLS\nS: 220 2.0.0 Ready to start TLS\nX: starttls\n"_s;
const QString ehloAfterTls = u"C: EHLO probe.test\nS: 250-mail.contoso.com\n"
                             "S: 250 X-AFTER-TLS\n"_s;

QString tlsScript()
{
    return greeting + ehloWithStartTls + startTls + ehloAfterTls + mailTransaction();
}

} // namespace

void tst_ProbeTls::initTestCase()
{
    QVERIFY2(m_pki.create(), qPrintable(m_pki.errorString()));
}

const TestPki::Identity &tst_ProbeTls::identity(const QString &name) const
{
    if (name == u"self-signed")
        return m_pki.selfSigned;
    if (name == u"expired")
        return m_pki.expired;
    if (name == u"not-yet-valid")
        return m_pki.notYetValid;
    if (name == u"wrong-name")
        return m_pki.wrongName;
    if (name == u"untrusted")
        return m_pki.untrusted;
    if (name == u"wildcard")
        return m_pki.wildcard;
    return m_pki.good;
}

void tst_ProbeTls::happyPathOverTls()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setCertificate(m_pki.good.certificate, m_pki.good.key);
    server.setScript(tlsScript());

    ProbeTarget target = loopbackTarget(server.port(), TlsSettings::DomainValidation);
    target.caCertificates = QSslCertificate::fromPath(m_pki.caFile());
    const ProbeResult result = runProbe(target);

    QCOMPARE(server.session(0).scriptError, QString());
    QCOMPARE(failureClassId(result.failure), u"none"_s);
    QVERIFY(result.succeeded);
    QVERIFY(result.messageAccepted);
    QVERIFY(server.session(0).encrypted);
    QCOMPARE(result.tlsProtocol, u"TLSv1.3"_s);
    QVERIFY(!result.tlsCipher.isEmpty());
    QCOMPARE(result.certificate.subject, u"CN=mail.contoso.com"_s);
    QCOMPARE(result.certificate.subjectAltNames, QStringList{u"mail.contoso.com"_s});
    QCOMPARE(result.certificate.issuer, u"CN=Mailflow Test CA"_s);
    QCOMPARE(result.certificate.sha256.size(), 32 * 3 - 1);
    QVERIFY(result.certificate.notAfterUtc > QDateTime::currentDateTimeUtc());
    QVERIFY(!result.certificate.selfSigned);
    // RFC 3207: what the server said before TLS is forgotten.
    QCOMPARE(result.capabilities, QStringList{u"X-AFTER-TLS"_s});
    QVERIFY(result.notes.isEmpty());

    QStringList steps;
    for (const ProbeStep &step : result.steps)
        steps.append(step.step);
    QCOMPARE(steps, QStringList({u"connect"_s, u"greeting"_s, u"ehlo"_s, u"starttls"_s,
                                 u"tls"_s, u"ehlo-tls"_s, u"mail"_s, u"rcpt"_s, u"data"_s,
                                 u"message"_s, u"quit"_s}));
}

void tst_ProbeTls::certificates_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<TlsSettings>("tls");
    QTest::addColumn<QString>("tlsDomain");
    QTest::addColumn<FailureClass>("failure");

    const QString domain = u"mail.contoso.com"_s;
    const auto none = FailureClass::None;
    const QStringList all = {u"good"_s, u"self-signed"_s, u"expired"_s, u"not-yet-valid"_s,
                             u"wrong-name"_s, u"untrusted"_s, u"wildcard"_s};
    for (const QString &name : all) {
        QTest::addRow("opportunistic, %s", qPrintable(name))
            << name << TlsSettings::None << QString() << none;
        QTest::addRow("encryption only, %s", qPrintable(name))
            << name << TlsSettings::EncryptionOnly << QString() << none;
    }

    const auto cv = TlsSettings::CertificateValidation;
    QTest::newRow("CA, good") << u"good"_s << cv << QString() << none;
    QTest::newRow("CA, self-signed")
        << u"self-signed"_s << cv << QString() << FailureClass::CertificateUntrusted;
    QTest::newRow("CA, expired")
        << u"expired"_s << cv << QString() << FailureClass::CertificateExpired;
    QTest::newRow("CA, not yet valid")
        << u"not-yet-valid"_s << cv << QString() << FailureClass::CertificateNotYetValid;
    QTest::newRow("CA, wrong name is not checked") << u"wrong-name"_s << cv << QString() << none;
    QTest::newRow("CA, untrusted CA")
        << u"untrusted"_s << cv << QString() << FailureClass::CertificateUntrusted;
    QTest::newRow("CA, wildcard") << u"wildcard"_s << cv << QString() << none;

    const auto dv = TlsSettings::DomainValidation;
    QTest::newRow("domain, good") << u"good"_s << dv << domain << none;
    QTest::newRow("domain, upper-case TLS domain")
        << u"good"_s << dv << u"MAIL.Contoso.COM"_s << none;
    QTest::newRow("domain, self-signed")
        << u"self-signed"_s << dv << domain << FailureClass::CertificateUntrusted;
    QTest::newRow("domain, expired")
        << u"expired"_s << dv << domain << FailureClass::CertificateExpired;
    QTest::newRow("domain, not yet valid")
        << u"not-yet-valid"_s << dv << domain << FailureClass::CertificateNotYetValid;
    QTest::newRow("domain, wrong name")
        << u"wrong-name"_s << dv << domain << FailureClass::CertificateNameMismatch;
    QTest::newRow("domain, untrusted CA")
        << u"untrusted"_s << dv << domain << FailureClass::CertificateUntrusted;
    QTest::newRow("domain, wildcard certificate") << u"wildcard"_s << dv << domain << none;
    QTest::newRow("wildcard domain, good") << u"good"_s << dv << u"*.contoso.com"_s << none;
    QTest::newRow("wildcard domain, wildcard certificate")
        << u"wildcard"_s << dv << u"*.contoso.com"_s << none;
    QTest::newRow("wildcard domain, wrong name")
        << u"wrong-name"_s << dv << u"*.contoso.com"_s << FailureClass::CertificateNameMismatch;
    QTest::newRow("wildcard certificate does not cover the parent")
        << u"wildcard"_s << dv << u"contoso.com"_s << FailureClass::CertificateNameMismatch;
    QTest::newRow("wildcard certificate covers one label only")
        << u"wildcard"_s << dv << u"a.b.contoso.com"_s
        << FailureClass::CertificateNameMismatch;
}

void tst_ProbeTls::certificates()
{
    QFETCH(QString, certificate);
    QFETCH(TlsSettings, tls);
    QFETCH(QString, tlsDomain);
    QFETCH(FailureClass, failure);

    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setCertificate(identity(certificate).certificate, identity(certificate).key);
    server.setScript(tlsScript());

    ProbeTarget target = loopbackTarget(server.port(), tls);
    target.tlsDomain = tlsDomain;
    target.caCertificates = QSslCertificate::fromPath(m_pki.caFile());
    const ProbeResult result = runProbe(target);

    QCOMPARE(failureClassId(result.failure), failureClassId(failure));
    QVERIFY(!result.certificate.isNull());
    if (failure == FailureClass::None) {
        QVERIFY(result.succeeded);
        QVERIFY(result.messageAccepted);
        QCOMPARE(server.session(0).scriptError, QString());
        return;
    }

    QCOMPARE(result.failureStep, u"tls"_s);
    QVERIFY(!result.succeeded);
    QVERIFY(!server.receivedCommand(u"MAIL FROM"_s));
    if (failure == FailureClass::CertificateNameMismatch) {
        QVERIFY(result.message.contains(u"mail.fabrikam.com"_s)
                || result.message.contains(u"*.contoso.com"_s));
        QVERIFY(result.message.contains(tlsDomain));
        QTRY_VERIFY(server.receivedCommand(u"QUIT"_s));
    }
}

void tst_ProbeTls::startTlsNotOffered_data()
{
    QTest::addColumn<TlsSettings>("tls");
    QTest::newRow("encryption only") << TlsSettings::EncryptionOnly;
    QTest::newRow("certificate validation") << TlsSettings::CertificateValidation;
    QTest::newRow("domain validation") << TlsSettings::DomainValidation;
}

void tst_ProbeTls::startTlsNotOffered()
{
    QFETCH(TlsSettings, tls);

    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(plainOpening() + mailTransaction());

    const ProbeResult result = runProbe(loopbackTarget(server.port(), tls));

    QCOMPARE(result.failure, FailureClass::StartTlsNotOffered);
    QCOMPARE(result.failureStep, u"ehlo"_s);
    QVERIFY(!result.tlsUsed);
    QTRY_VERIFY(server.receivedCommand(u"QUIT"_s));
    QVERIFY(!server.receivedCommand(u"MAIL FROM"_s));
    QVERIFY(!server.receivedCommand(u"RCPT TO"_s));
}

void tst_ProbeTls::startTlsRefused_data()
{
    QTest::addColumn<TlsSettings>("tls");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<FailureClass>("failure");

    QTest::newRow("454, required") << TlsSettings::EncryptionOnly
                                   << u"454 4.7.0 TLS not available"_s
                                   << FailureClass::StartTlsRefused;
    QTest::newRow("502, required") << TlsSettings::DomainValidation << u"502 not here"_s
                                   << FailureClass::StartTlsRefused;
    QTest::newRow("454, opportunistic") << TlsSettings::None
                                        << u"454 4.7.0 TLS not available"_s
                                        << FailureClass::None;
    QTest::newRow("421, opportunistic") << TlsSettings::None << u"421 bye"_s
                                        << FailureClass::TemporaryFailure;
}

void tst_ProbeTls::startTlsRefused()
{
    QFETCH(TlsSettings, tls);
    QFETCH(QString, reply);
    QFETCH(FailureClass, failure);

    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(greeting + ehloWithStartTls + u"C: STARTTLS\nS: "_s + reply + u"\n"_s
                     + mailTransaction());

    const ProbeResult result = runProbe(loopbackTarget(server.port(), tls));

    QCOMPARE(failureClassId(result.failure), failureClassId(failure));
    QVERIFY(!result.tlsUsed);
    if (failure == FailureClass::None) {
        QVERIFY(result.succeeded);
        QCOMPARE(result.notes.size(), 1);
        QVERIFY(result.notes.first().contains(u"454"_s));
        return;
    }
    QCOMPARE(result.failureStep, u"starttls"_s);
    QVERIFY(!server.receivedCommand(u"MAIL FROM"_s));
}

void tst_ProbeTls::injectionAfterStartTlsReply()
{
    // CVE-2011-0411: a command reply planted right behind the 220, inside the same segment.
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setCertificate(m_pki.good.certificate, m_pki.good.key);
    server.setScript(greeting + ehloWithStartTls
                     + u"C: STARTTLS\nX: raw 220 2.0.0 Ready to start TLS\\r\\n"
                       "250-injected\\r\\n250 OK\\r\\n\nX: starttls\n"_s
                     + ehloAfterTls + mailTransaction());

    const ProbeResult result = runProbe(loopbackTarget(server.port(),
                                                       TlsSettings::EncryptionOnly));

    QCOMPARE(result.failure, FailureClass::ProtocolViolation);
    QCOMPARE(result.failureStep, u"starttls"_s);
    QVERIFY(result.message.contains(u"STARTTLS"_s));
    QVERIFY(!result.tlsUsed);
    QVERIFY(!server.session(0).encrypted);
    QVERIFY(!server.receivedCommand(u"MAIL FROM"_s));
}

void tst_ProbeTls::garbageInsteadOfHandshake()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(greeting + ehloWithStartTls
                     + u"C: STARTTLS\nS: 220 Ready to start TLS\nX: delay 100\n"
                       "X: raw this is not TLS at all\\r\\n\nX: delay 100\nX: close\n"_s);

    const ProbeResult result = runProbe(loopbackTarget(server.port(), TlsSettings::None));

    QCOMPARE(failureClassId(result.failure), u"tls-handshake-failed"_s);
    QCOMPARE(result.failureStep, u"tls"_s);
    QVERIFY(!server.receivedCommand(u"MAIL FROM"_s));
}

void tst_ProbeTls::silenceInsteadOfHandshake()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(greeting + ehloWithStartTls
                     + u"C: STARTTLS\nS: 220 Ready to start TLS\nX: silence\n"_s);

    ProbeTarget target = loopbackTarget(server.port(), TlsSettings::EncryptionOnly);
    target.stepTimeoutMs = 300;
    const ProbeResult result = runProbe(target);

    QCOMPARE(result.failure, FailureClass::TimedOut);
    QCOMPARE(result.failureStep, u"tls"_s);
}

void tst_ProbeTls::tls12Server()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setCertificate(m_pki.good.certificate, m_pki.good.key);
    server.setTlsProtocol(QSsl::TlsV1_2);
    server.setScript(tlsScript());

    ProbeTarget target = loopbackTarget(server.port(), TlsSettings::CertificateValidation);
    target.caCertificates = QSslCertificate::fromPath(m_pki.caFile());
    const ProbeResult result = runProbe(target);

    QCOMPARE(failureClassId(result.failure), u"none"_s);
    QCOMPARE(result.tlsProtocol, u"TLSv1.2"_s);
}

void tst_ProbeTls::serverWithOldTlsOnly()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setCertificate(m_pki.good.certificate, m_pki.good.key);
QT_WARNING_PUSH
QT_WARNING_DISABLE_DEPRECATED
    server.setTlsProtocol(QSsl::TlsV1_1);
QT_WARNING_POP
    server.setScript(tlsScript());

    const ProbeResult result = runProbe(loopbackTarget(server.port(),
                                                       TlsSettings::EncryptionOnly));

    QCOMPARE(failureClassId(result.failure), u"tls-version-too-old"_s);
    QCOMPARE(result.failureStep, u"tls"_s);
    QVERIFY(!server.receivedCommand(u"MAIL FROM"_s));
}

void tst_ProbeTls::tlsDomainNotSmartHostName()
{
    // The certificate must match the connector's TLS domain, whatever the smart host is named.
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setCertificate(m_pki.good.certificate, m_pki.good.key);
    server.setScript(tlsScript());

    ProbeTarget target = loopbackTarget(server.port(), TlsSettings::DomainValidation);
    target.host = u"smtp-gateway.contoso.net"_s;
    target.serverName = target.host;
    target.caCertificates = QSslCertificate::fromPath(m_pki.caFile());
    const ProbeResult result = runProbe(target);

    QCOMPARE(failureClassId(result.failure), u"none"_s);
    QVERIFY(result.succeeded);
}

QTEST_GUILESS_MAIN(tst_ProbeTls)
#include "tst_probetls.moc"
