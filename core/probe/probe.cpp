#include "probe.h"

#include "certificatecheck.h"
#include "logging.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace mailflow::probe {

namespace {

// After QUIT only the 221 is left to hear; a server that dawdles must not hold up the report.
constexpr int quitGraceMs = 250;

bool looksLikeOldProtocol(const QString &text)
{
    return text.contains(u"unsupported protocol"_s, Qt::CaseInsensitive)
        || text.contains(u"protocol version"_s, Qt::CaseInsensitive)
        || text.contains(u"no protocols available"_s, Qt::CaseInsensitive);
}

} // namespace

Probe::Probe(const ProbeTarget &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_record(target.host, target.address, target.port, target.recipients)
    , m_result(m_record.result())
{
    m_stepTimer.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_stepTimer, &QTimer::timeout, this, &Probe::onStepTimeout);
    connect(&m_deadline, &QTimer::timeout, this, &Probe::onDeadline);
}

Probe::~Probe() = default;

void Probe::start()
{
    if (m_state != State::Idle)
        return;
    m_record.startClock();

    m_socket = new QTcpSocket(this);
    connectTransport(m_socket);

    setState(State::Connecting);
    m_record.beginStep(u"connect"_s);
    m_record.log('*', tr("Connecting to %1 port %2").arg(m_result.address).arg(m_target.port));
    armStepTimer();
    if (m_target.overallTimeoutMs > 0)
        m_deadline.start(m_target.overallTimeoutMs);
    m_socket->connectToHost(m_target.address, m_target.port);
}

void Probe::connectTransport(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::connected, this, &Probe::onConnected);
    connect(socket, &QTcpSocket::readyRead, this, &Probe::onReadyRead);
    connect(socket, &QTcpSocket::errorOccurred, this, &Probe::onSocketError);
    connect(socket, &QTcpSocket::disconnected, this, &Probe::onDisconnected);
}

void Probe::cancel()
{
    if (m_finished)
        return;
    fail(FailureClass::Cancelled, facts(), Ending::Close);
}

void Probe::onConnected()
{
    // Each command is one small write that waits for its reply: Nagle's algorithm would only
    // hold it back until the server's delayed ACK.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    m_record.endStep(true);
    m_record.log('*', tr("Connected"));
    setState(State::Greeting);
    m_record.beginStep(u"greeting"_s);
    armStepTimer();
}

void Probe::onReadyRead()
{
    if (m_finished)
        return;
    if (m_state == State::TlsHandshake) {
        // On the plain socket these bytes came after the 220 to STARTTLS, while the handshake
        // waited for the TLS backend. On the TLS socket they wait for the EHLO reply.
        if (!m_tlsSocket)
            failInjection();
        return;
    }

    const QByteArray bytes = m_socket->readAll();
    m_parser.feed(bytes);
    if (m_parser.hasError()) {
        m_record.log('S', QString::fromUtf8(m_parser.errorLine()));
        failProtocol(m_parser.errorText());
        return;
    }

    while (!m_finished && m_state != State::TlsHandshake) {
        const std::optional<SmtpReply> reply = m_parser.takeReply();
        if (!reply)
            break;
        handleReply(*reply);
    }
}

void Probe::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_finished)
        return;
    if (m_state == State::Quitting) {
        finish();
        return;
    }

    FailureFacts f = facts();
    f.detail = m_socket->errorString();
    m_record.log('*', f.detail);

    if (m_certificateFailure != FailureClass::None) {
        const CertificateInfo &certificate = m_result.certificate;
        if (m_peerCertificate)
            f.certificateNames = presentedDnsNames(*m_peerCertificate);
        f.certificateIssuer = certificate.issuer;
        f.certificateDateUtc = m_certificateFailure == FailureClass::CertificateNotYetValid
            ? certificate.notBeforeUtc : certificate.notAfterUtc;
        f.detail = m_certificateDetail;
        fail(m_certificateFailure, f, Ending::Close);
        return;
    }

    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        fail(FailureClass::ConnectionRefused, f, Ending::Close);
        return;
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::SocketAccessError:
    case QAbstractSocket::SocketAddressNotAvailableError:
        fail(FailureClass::NetworkUnreachable, f, Ending::Close);
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        fail(m_protocolAlert || looksLikeOldProtocol(f.detail) ? FailureClass::TlsVersionTooOld
                                                                : FailureClass::TlsHandshakeFailed,
             f, Ending::Close);
        return;
    default:
        break;
    }

    // During the wait for a session ticket the handshake is already done; during the wait
    // for the TLS library it has not begun.
    if (m_state == State::TlsHandshake && m_tlsSocket && !m_result.tlsUsed) {
        fail(FailureClass::TlsHandshakeFailed, f, Ending::Close);
        return;
    }
    fail(FailureClass::ConnectionLost, f, Ending::Close);
}

void Probe::onDisconnected()
{
    if (m_finished)
        return;
    if (m_state == State::Quitting) {
        finish();
        return;
    }
    FailureFacts f = facts();
    f.detail = tr("the connection closed");
    fail(FailureClass::ConnectionLost, f, Ending::Close);
}

void Probe::onStepTimeout()
{
    if (m_state == State::Quitting) {
        finish();
        return;
    }
    fail(FailureClass::TimedOut, facts(), Ending::Close);
}

void Probe::onDeadline()
{
    FailureFacts f = facts();
    f.timeoutMs = m_target.overallTimeoutMs;
    fail(FailureClass::TimedOut, f, Ending::Close);
}

void Probe::quit()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        finish();
        return;
    }
    setState(State::Quitting);
    sendCommand("QUIT", u"quit"_s);
    armStepTimer(qMin(quitGraceMs, m_target.stepTimeoutMs));
}

void Probe::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Probe::sendCommand(const QByteArray &command, const QString &step, const QString &argument)
{
    // Never let a secret reach the transcript or the log, should AUTH ever be added.
    const bool secret = command.startsWith("AUTH ");
    m_record.log('C', secret ? u"AUTH (hidden)"_s : QString::fromUtf8(command));

    m_record.beginStep(step, argument);
    m_socket->write(command + "\r\n");
    armStepTimer();
}

void Probe::armStepTimer(int timeoutMs)
{
    m_stepTimer.start(timeoutMs < 0 ? m_target.stepTimeoutMs : timeoutMs);
}

FailureFacts Probe::facts() const
{
    FailureFacts f;
    f.step = m_record.currentStep();
    f.host = m_target.host;
    f.address = m_result.address;
    f.port = m_target.port;
    f.timeoutMs = m_stepTimer.interval();
    f.tlsDomain = m_target.tlsDomain;
    f.caFileGiven = !extraCaCertificates().isEmpty();
    return f;
}

void Probe::fail(FailureClass failure, const FailureFacts &facts, Ending ending)
{
    m_record.recordFailure(failure, facts);
    m_record.endStep(false);

    const bool connected = m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
    if (ending == Ending::Quit && connected && m_state != State::Quitting)
        quit();
    else
        finish();
}

void Probe::failReply(FailureClass failure, const SmtpReply &reply, Ending ending)
{
    FailureFacts f = facts();
    f.reply = reply;
    fail(failure, f, ending);
}

void Probe::failProtocol(const QString &detail)
{
    FailureFacts f = facts();
    f.detail = detail;
    fail(FailureClass::ProtocolViolation, f, Ending::Close);
}

void Probe::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_stepTimer.stop();
    m_deadline.stop();
    m_record.close();

    if (m_socket) {
        const bool polite = m_state == State::Quitting;
        m_socket->disconnect(this);
        // After QUIT the session is over: close without waiting for the server's FIN. Any
        // other ending drops the connection at once.
        if (polite && m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->disconnectFromHost();
        else
            m_socket->abort();
    }
    m_record.log('*', tr("Closed"));

    setState(State::Done);
    Q_EMIT finished(m_result);
}

} // namespace mailflow::probe
