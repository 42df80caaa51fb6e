#include "probe/tlsloader.h"
#include "support/fakesmtpserver.h"
#include "support/probeharness.h"
#include "support/testpki.h"

#include <QFile>
#include <QScopeGuard>
#include <QSslConfiguration>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailflow;
using namespace mailflow::probe;
using namespace mailflow::probe::test;

// The probe greets, says EHLO and asks for STARTTLS on a plain socket while the TLS backend
// loads, waits at the 220 for its TlsLoader, then hands the connection to a TLS socket.
class tst_ProbeHandover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void waitsForLoaderAtStartTls();
    void bytesWhileWaitingAreInjection();
    void undecodableCaStopsBeforeHandshake();
    void plainDialogueNeedsNoLoader();
    void systemCasStillAskedWithCaFile();

private:
    TestPki m_pki;
    QByteArray m_caPem;
};

namespace {

const QString opening = u"S: 220 mail.contoso.com ESMTP ready\nC: EHLO probe.test\n"
                        "S: 250-mail.contoso.com\nS: 250 STARTTLS\n"_s;
const QString startTls = u"C: STARTTLS\nS: 220 2.0.0 Ready to start TLS\n"_s;
const QString afterTls = u"C: EHLO probe.test\nS: 250-mail.contoso.com\nS: 250 8BITMIME\n"_s;

// Runs the probe; when it reaches the handshake, calls atHandshake (once).
ProbeResult runUntilEnd(const ProbeTarget &target, const std::function<void()> &atHandshake)
{
    Probe probe(target);
    QSignalSpy finished(&probe, &Probe::finished);
    QObject::connect(&probe, &Probe::stateChanged, &probe, [&](Probe::State state) {
        if (state == Probe::State::TlsHandshake && atHandshake)
            atHandshake();
    });
    probe.start();
    if (finished.isEmpty() && !finished.wait(5000))
        return probe.result();
    return finished.first().first().value<ProbeResult>();
}

} // namespace

void tst_ProbeHandover::initTestCase()
{
    QVERIFY2(m_pki.create(), qPrintable(m_pki.errorString()));
    QFile file(m_pki.caFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_caPem = file.readAll();
}

void tst_ProbeHandover::waitsForLoaderAtStartTls()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setCertificate(m_pki.good.certificate, m_pki.good.key);
    server.setScript(opening + startTls + u"X: starttls\n"_s + afterTls + mailTransaction());

    TlsLoader loader;
    ProbeTarget target = loopbackTarget(server.port(), TlsSettings::DomainValidation);
    target.tlsLoader = &loader;
    bool loaderWasReady = true;
    const ProbeResult result = runUntilEnd(target, [&] {
        // The loader starts only now: the probe has to wait for it.
        loaderWasReady = loader.isReady();
        loader.start(m_pki.caFile(), m_caPem);
    });

    QVERIFY(!loaderWasReady);
    QCOMPARE(server.session(0).scriptError, QString());
    QCOMPARE(failureClassId(result.failure), u"none"_s);
    QVERIFY(result.succeeded);
    QVERIFY(server.session(0).encrypted);
    // The certificate was verified against the CA the loader read, not the system store.
    QCOMPARE(result.certificate.issuer, u"CN=Mailflow Test CA"_s);
}

void tst_ProbeHandover::bytesWhileWaitingAreInjection()
{
    // The 220 arrives alone; a planted reply follows while the probe waits for TLS to load.
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setCertificate(m_pki.good.certificate, m_pki.good.key);
    server.setScript(opening + startTls
                     + u"X: delay 100\nX: raw 250 2.1.0 planted\\r\\n\nX: silence\n"_s);

    TlsLoader loader; // never started: the probe waits until the bytes come
    ProbeTarget target = loopbackTarget(server.port(), TlsSettings::EncryptionOnly);
    target.tlsLoader = &loader;
    const ProbeResult result = runUntilEnd(target, {});

    QCOMPARE(result.failure, FailureClass::ProtocolViolation);
    QCOMPARE(result.failureStep, u"starttls"_s);
    QVERIFY2(result.message.contains(u"injected"_s), qPrintable(result.message));
    QVERIFY(!result.tlsUsed);
    QVERIFY(!server.session(0).encrypted);
}

void tst_ProbeHandover::undecodableCaStopsBeforeHandshake()
{
    // Well-formed base64 of a DER SEQUENCE, so it passes the early check, yet no certificate.
    const QByteArray pem = "-----BEGIN CERTIFICATE-----\n"
                           + QByteArray::fromHex("3003020105").toBase64()
                           + "\n-----END CERTIFICATE-----\n";
    QVERIFY(TlsLoader::hasPemCertificate(pem));

    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setCertificate(m_pki.good.certificate, m_pki.good.key);
    server.setScript(opening + startTls + u"X: silence\n"_s);

    TlsLoader loader;
    loader.start(u"/tmp/damaged-ca.pem"_s, pem);
    ProbeTarget target = loopbackTarget(server.port(), TlsSettings::DomainValidation);
    target.tlsLoader = &loader;
    const ProbeResult result = runUntilEnd(target, {});

    QCOMPARE(result.failure, FailureClass::CaFileInvalid);
    QVERIFY2(result.message.contains(u"/tmp/damaged-ca.pem"_s), qPrintable(result.message));
    QVERIFY(!server.session(0).encrypted);
}

void tst_ProbeHandover::plainDialogueNeedsNoLoader()
{
    // No STARTTLS offered and opportunistic TLS: the run never waits for TLS at all.
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(plainOpening() + mailTransaction());

    TlsLoader loader; // never started, never ready
    ProbeTarget target = loopbackTarget(server.port(), TlsSettings::None);
    target.tlsLoader = &loader;
    const ProbeResult result = runUntilEnd(target, {});

    QCOMPARE(server.session(0).scriptError, QString());
    QVERIFY(result.succeeded);
    QVERIFY(!result.tlsUsed);
}

void tst_ProbeHandover::systemCasStillAskedWithCaFile()
{
    // The CA file adds to the system's CAs: a chain it does not anchor is checked against
    // those, which for this test process are the rogue CA.
    QSslConfiguration defaults = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> systemCas = defaults.caCertificates();
    defaults.setCaCertificates(QSslCertificate::fromPath(m_pki.path(u"rogue-ca.pem"_s)));
    QSslConfiguration::setDefaultConfiguration(defaults);
    const auto restore = qScopeGuard([systemCas] {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(systemCas);
        QSslConfiguration::setDefaultConfiguration(configuration);
    });

    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setCertificate(m_pki.untrusted.certificate, m_pki.untrusted.key);
    server.setScript(opening + startTls + u"X: starttls\n"_s + afterTls + mailTransaction());

    TlsLoader loader;
    loader.start(m_pki.caFile(), m_caPem);
    ProbeTarget target = loopbackTarget(server.port(), TlsSettings::CertificateValidation);
    target.tlsLoader = &loader;
    const ProbeResult result = runUntilEnd(target, {});

    QCOMPARE(failureClassId(result.failure), u"none"_s);
    QVERIFY(result.succeeded);
    QCOMPARE(result.certificate.issuer, u"CN=Rogue Test CA"_s);
    // The first check's "issuer not found" was answered by the system's CAs: no note about it.
    QVERIFY2(result.notes.isEmpty(), qPrintable(result.notes.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_ProbeHandover)
#include "tst_probehandover.moc"
