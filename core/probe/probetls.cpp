// Probe, continued: STARTTLS and the TLS handshake (RFC 3207), with the certificate checks
// and the session-ticket wait. Kept apart from the SMTP dialogue so each file does one job.
#include "probe.h"

#include "certificatecheck.h"
#include "logging.h"
#include "tlsloader.h"

#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

#include <algorithm>
#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace mailflow::probe {

namespace {

// How long EHLO after a TLS 1.3 handshake waits for the server's session ticket: two round
// trips as the STARTTLS reply measured them, within bounds that keep a ticketless server cheap.
constexpr int minTicketWaitMs = 5;
constexpr int maxTicketWaitMs = 200;

int ticketWaitMs(const ProbeResult &result)
{
    qint64 roundTrip = 0;
    for (const ProbeStep &step : result.steps) {
        if (step.step == u"starttls" && step.durationMs > 0)
            roundTrip = step.durationMs;
    }
    return int(std::clamp<qint64>(2 * roundTrip, minTicketWaitMs, maxTicketWaitMs));
}

QString protocolName(QSsl::SslProtocol protocol, const QSslCipher &cipher)
{
    switch (protocol) {
    case QSsl::TlsV1_3:
        return u"TLSv1.3"_s;
    case QSsl::TlsV1_2:
        return u"TLSv1.2"_s;
    default:
        return cipher.protocolString();
    }
}

} // namespace

void Probe::handleStartTls(const SmtpReply &reply)
{
    if (reply.code == 220) {
        // RFC 3207 §5 (CVE-2011-0411): bytes after the 220 came before the handshake. A client
        // that kept them would treat plaintext an attacker injected as if it came over TLS.
        if (m_parser.hasPendingData() || m_socket->bytesAvailable() > 0) {
            failInjection();
            return;
        }
        m_parser.reset();
        setState(State::TlsHandshake);
        if (m_target.tlsLoader && !m_target.tlsLoader->isReady()) {
            // A wait on this computer, not on the server: no step timeout runs (the overall
            // deadline does), and the "tls" step starts after it.
            m_stepTimer.stop();
            m_record.log('*', tr("Waiting for this computer's TLS library to load"));
            connect(m_target.tlsLoader, &TlsLoader::ready, this, &Probe::startHandshake,
                    Qt::SingleShotConnection);
            return;
        }
        startHandshake();
        return;
    }

    if (!reply.isTransient() && !reply.isPermanent()) {
        failProtocol(tr("STARTTLS was answered with code %1").arg(reply.code));
        return;
    }
    if (m_target.tls != TlsSettings::None) {
        failReply(FailureClass::StartTlsRefused, reply, Ending::Quit);
        return;
    }
    m_record.note(tr("The server refused STARTTLS (%1); with opportunistic TLS the connector "
                     "sends in plaintext.").arg(advice::describeReply(reply)));
    sendMailFrom();
}

void Probe::failInjection()
{
    failProtocol(tr("data followed the 220 reply to STARTTLS before the TLS handshake; such "
                    "data can be injected by an attacker, so TLS was not started"));
}

void Probe::startHandshake()
{
    if (m_finished || m_state != State::TlsHandshake || m_tlsSocket)
        return;
    if (m_socket->bytesAvailable() > 0) {
        failInjection();
        return;
    }
    if (m_target.tlsLoader && !m_target.tlsLoader->caProblem().isEmpty()) {
        FailureFacts f = facts();
        f.detail = m_target.tlsLoader->caProblem();
        fail(FailureClass::CaFileInvalid, f, Ending::Close);
        return;
    }

    m_record.beginStep(u"tls"_s);
    armStepTimer();
    QSslSocket *tls = takeOverConnection();
    if (!tls)
        return;
    tls->startClientEncryption();
}

// The admin's extra CAs: the handshake trusts only these when there are any, and the system's
// CAs are then asked about a chain they do not anchor (onSslErrors).
const QList<QSslCertificate> &Probe::extraCaCertificates() const
{
    return m_target.tlsLoader ? m_target.tlsLoader->caCertificates() : m_target.caCertificates;
}

QSslSocket *Probe::takeOverConnection()
{
    auto *tls = new QSslSocket(this);
    QSslConfiguration configuration = tls->sslConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // Every setting verifies, so the report can name what is wrong with a certificate even
    // when the connector's setting then accepts it.
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Qt reports a TLS 1.3 session ticket (newSessionTicketReceived) only with session
    // persistence on; the ticket stays in this socket and is never used to resume.
    configuration.setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
    if (!extraCaCertificates().isEmpty())
        configuration.setCaCertificates(extraCaCertificates());
    tls->setSslConfiguration(configuration);
    if (!m_target.serverName.isEmpty())
        tls->setPeerVerifyName(m_target.serverName);

    // The TLS socket gets its own descriptor of the same connection; closing the plain
    // socket's one then ends nothing (close(2) without shutdown(2) sends no FIN).
    const int descriptor = ::fcntl(int(m_socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    if (descriptor < 0 || !tls->setSocketDescriptor(descriptor)) {
        FailureFacts f = facts();
        f.detail = descriptor < 0 ? qt_error_string(errno) : tls->errorString();
        if (descriptor >= 0)
            ::close(descriptor);
        delete tls;
        fail(FailureClass::TlsHandshakeFailed, f, Ending::Close);
        return nullptr;
    }
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = tls;
    m_tlsSocket = tls;

    connectTransport(tls);
    connect(tls, &QSslSocket::encrypted, this, &Probe::onEncrypted);
    connect(tls, &QSslSocket::sslErrors, this, &Probe::onSslErrors);
    connect(tls, &QSslSocket::alertReceived, this, &Probe::onAlertReceived);
    return tls;
}

void Probe::onEncrypted()
{
    m_stepTimer.stop();

    const QSslCipher cipher = m_tlsSocket->sessionCipher();
    m_peerCertificate = m_tlsSocket->peerCertificate();
    m_result.tlsUsed = true;
    m_result.tlsProtocol = protocolName(m_tlsSocket->sessionProtocol(), cipher);
    m_result.tlsCipher = cipher.name();
    m_result.certificate = describeCertificate(*m_peerCertificate);
    const bool nameMatches = m_target.tls != TlsSettings::DomainValidation
        || certificateMatchesDomain(*m_peerCertificate, m_target.tlsDomain);
    m_record.endStep(nameMatches);
    m_record.log('*', tr("TLS negotiated: %1, %2").arg(m_result.tlsProtocol, m_result.tlsCipher));
    if (!m_result.certificate.isNull()) {
        m_record.log('*', tr("Certificate: %1; issued by %2; SHA-256 %3")
                              .arg(m_result.certificate.subject, m_result.certificate.issuer,
                                   m_result.certificate.sha256));
    }

    if (!nameMatches) {
        FailureFacts f = facts();
        f.certificateNames = presentedDnsNames(*m_peerCertificate);
        fail(FailureClass::CertificateNameMismatch, f, Ending::Quit);
        return;
    }

    // RFC 3207 §4.2: forget everything learned before TLS, the capabilities included.
    m_parser.reset();
    m_result.capabilities.clear();

    // A TLS 1.3 server sends session tickets as soon as it reads our Finished. An EHLO in the
    // same segment leaves them unacknowledged, and a server writing with Nagle's algorithm
    // (Postfix does) then holds the EHLO reply until our delayed ACK, 40 ms or more. An EHLO
    // sent once the ticket is here carries that ACK.
    if (m_tlsSocket->sessionProtocol() == QSsl::TlsV1_3) {
        connect(m_tlsSocket, &QSslSocket::newSessionTicketReceived, this, &Probe::sendEhloAfterTls,
                Qt::SingleShotConnection);
        QTimer::singleShot(ticketWaitMs(m_result), this, &Probe::sendEhloAfterTls);
        return;
    }
    sendEhlo(false);
}

void Probe::sendEhloAfterTls()
{
    if (m_finished || m_state != State::TlsHandshake)
        return;
    sendEhlo(false);
}

void Probe::onSslErrors(const QList<QSslError> &errors)
{
    QStringList problems;
    for (const QSslError &error : errors) {
        if (error.error() != QSslError::HostNameMismatch)
            problems.append(error.errorString());
    }
    for (const QString &problem : std::as_const(problems))
        m_record.log('*', tr("Certificate check: %1").arg(problem));

    FailureClass verdict = classifySslErrors(errors, m_target.tls);
    if (verdict == FailureClass::CertificateUntrusted && !extraCaCertificates().isEmpty()) {
        // Loading the whole system store into the handshake costs far more than the whole
        // dialogue, so only a chain the extra CAs do not anchor is checked against it.
        const QList<QSslError> systemErrors =
            QSslCertificate::verify(m_tlsSocket->peerCertificateChain());
        verdict = classifySslErrors(systemErrors, m_target.tls);
        if (verdict == FailureClass::None) {
            m_record.log('*', tr("Certificate check: the system's trusted CAs accept the chain"));
            // What the first check found came from not knowing those CAs; only what this
            // check still finds is worth a note.
            problems.clear();
            for (const QSslError &error : systemErrors) {
                if (error.error() != QSslError::HostNameMismatch)
                    problems.append(error.errorString());
            }
        }
    }
    if (verdict == FailureClass::None) {
        if (!problems.isEmpty()) {
            m_record.note(tr("The certificate has problems this connector's TLS setting does "
                             "not check: %1").arg(problems.join(u"; "_s)));
        }
        m_tlsSocket->ignoreSslErrors();
        return;
    }

    // Not ignoring the errors makes the socket abort the handshake; the socket error that
    // follows reports this verdict.
    m_certificateFailure = verdict;
    m_certificateDetail = problems.join(u"; "_s);
    m_peerCertificate = m_tlsSocket->peerCertificate();
    m_result.certificate = describeCertificate(*m_peerCertificate);
}

void Probe::onAlertReceived(QSsl::AlertLevel level, QSsl::AlertType type, const QString &text)
{
    m_record.log('*', tr("TLS alert from the server: %1").arg(text));
    if (level == QSsl::AlertLevel::Fatal && type == QSsl::AlertType::ProtocolVersion)
        m_protocolAlert = true;
}

} // namespace mailflow::probe
