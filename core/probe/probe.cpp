#include "probe.h"

#include "certificatecheck.h"
#include "logging.h"
#include "smarthostplan.h"
#include "testmessage.h"

#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mailflow::probe {

namespace {

// After QUIT only the 221 is left to hear; a server that dawdles must not hold up the report.
constexpr int quitGraceMs = 250;

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

    m_socket = new QSslSocket(this);
    QSslConfiguration configuration = m_socket->sslConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // Every setting verifies, so the report can name what is wrong with a certificate even
    // when the connector's setting then accepts it.
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Qt reports a TLS 1.3 session ticket (newSessionTicketReceived) only with session
    // persistence on; the ticket stays in this socket and is never used to resume.
    configuration.setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
    if (!m_target.caCertificates.isEmpty())
        configuration.setCaCertificates(m_target.caCertificates);
    m_socket->setSslConfiguration(configuration);
    if (!m_target.serverName.isEmpty())
        m_socket->setPeerVerifyName(m_target.serverName);

    connect(m_socket, &QSslSocket::connected, this, &Probe::onConnected);
    connect(m_socket, &QSslSocket::readyRead, this, &Probe::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, &Probe::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &Probe::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &Probe::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &Probe::onDisconnected);
    connect(m_socket, &QSslSocket::alertReceived, this, &Probe::onAlertReceived);

    setState(State::Connecting);
    m_record.beginStep(u"connect"_s);
    m_record.log('*', tr("Connecting to %1 port %2").arg(m_result.address).arg(m_target.port));
    armStepTimer();
    if (m_target.overallTimeoutMs > 0)
        m_deadline.start(m_target.overallTimeoutMs);
    m_socket->connectToHost(m_target.address, m_target.port);
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
    if (m_finished || m_state == State::TlsHandshake)
        return;

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

void Probe::handleReply(const SmtpReply &reply)
{
    m_stepTimer.stop();
    for (const QString &line : reply.wireLines())
        m_record.log('S', line);
    m_record.endStep(reply.isPositive() || reply.isIntermediate(), reply);

    if (m_state == State::Quitting) {
        finish();
        return;
    }
    // RFC 5321 §3.8: 421 at any point means the server is closing the channel.
    if (reply.code == 421) {
        failReply(FailureClass::TemporaryFailure, reply, Ending::Close);
        return;
    }

    switch (m_state) {
    case State::Greeting:
        handleGreeting(reply);
        return;
    case State::Ehlo:
    case State::EhloAfterTls:
        handleEhlo(reply);
        return;
    case State::StartTls:
        handleStartTls(reply);
        return;
    case State::MailFrom:
        handleMailFrom(reply);
        return;
    case State::RcptTo:
        handleRcpt(reply);
        return;
    case State::Data:
        handleData(reply);
        return;
    default:
        failProtocol(tr("a reply arrived while no command was waiting for one"));
        return;
    }
}

void Probe::handleGreeting(const SmtpReply &reply)
{
    if (reply.code == 220) {
        sendEhlo(false);
        return;
    }

    // RFC 5321 §3.1: after a 554 greeting the server still waits for QUIT.
    if (reply.isPermanent())
        failReply(FailureClass::GreetingRefused, reply, Ending::Quit);
    else if (reply.isTransient())
        failReply(FailureClass::TemporaryFailure, reply, Ending::Quit);
    else
        failProtocol(tr("the greeting has code %1 instead of 220").arg(reply.code));
}

void Probe::handleEhlo(const SmtpReply &reply)
{
    if (reply.isPositive()) {
        if (!m_heloSent) {
            // The first line names the server; each further line is one extension.
            m_result.capabilities = reply.lines.mid(1);
        }
        afterEhlo();
        return;
    }

    // RFC 5321 §4.1.4: a server that does not know EHLO answers 500 or 502; fall back to HELO.
    if (!m_heloSent && (reply.code == 500 || reply.code == 502)) {
        m_record.note(tr("The server does not understand EHLO, so the probe used HELO; HELO "
                         "offers no extensions such as STARTTLS."));
        sendEhlo(true);
        return;
    }

    if (reply.isTransient())
        failReply(FailureClass::TemporaryFailure, reply, Ending::Quit);
    else if (reply.isPermanent())
        failReply(FailureClass::PermanentFailure, reply, Ending::Quit);
    else
        failProtocol(tr("EHLO was answered with code %1").arg(reply.code));
}

void Probe::afterEhlo()
{
    if (m_state == State::EhloAfterTls) {
        sendMailFrom();
        return;
    }

    bool offersStartTls = false;
    for (const QString &capability : std::as_const(m_result.capabilities)) {
        if (capability.section(u' ', 0, 0).compare(u"STARTTLS"_s, Qt::CaseInsensitive) == 0)
            offersStartTls = true;
    }
    if (offersStartTls) {
        setState(State::StartTls);
        sendCommand("STARTTLS", u"starttls"_s);
        return;
    }

    if (m_target.tls != TlsSettings::None) {
        fail(FailureClass::StartTlsNotOffered, facts(), Ending::Quit);
        return;
    }
    m_record.note(tr("The server does not offer STARTTLS; with opportunistic TLS the connector "
                     "sends in plaintext."));
    sendMailFrom();
}

void Probe::handleStartTls(const SmtpReply &reply)
{
    if (reply.code == 220) {
        // RFC 3207 §5 (CVE-2011-0411): bytes after the 220 came before the handshake. A client
        // that kept them would treat plaintext an attacker injected as if it came over TLS.
        if (m_parser.hasPendingData() || m_socket->bytesAvailable() > 0) {
            failProtocol(tr("data followed the 220 reply to STARTTLS before the TLS handshake; "
                            "such data can be injected by an attacker, so TLS was not started"));
            return;
        }
        m_parser.reset();
        setState(State::TlsHandshake);
        m_record.beginStep(u"tls"_s);
        armStepTimer();
        m_socket->startClientEncryption();
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

void Probe::onEncrypted()
{
    m_stepTimer.stop();

    const QSslCipher cipher = m_socket->sessionCipher();
    m_peerCertificate = m_socket->peerCertificate();
    m_result.tlsUsed = true;
    m_result.tlsProtocol = protocolName(m_socket->sessionProtocol(), cipher);
    m_result.tlsCipher = cipher.name();
    m_result.certificate = describeCertificate(m_peerCertificate);
    const bool nameMatches = m_target.tls != TlsSettings::DomainValidation
        || certificateMatchesDomain(m_peerCertificate, m_target.tlsDomain);
    m_record.endStep(nameMatches);
    m_record.log('*', tr("TLS negotiated: %1, %2").arg(m_result.tlsProtocol, m_result.tlsCipher));
    if (!m_result.certificate.isNull()) {
        m_record.log('*', tr("Certificate: %1; issued by %2; SHA-256 %3")
                              .arg(m_result.certificate.subject, m_result.certificate.issuer,
                                   m_result.certificate.sha256));
    }

    if (!nameMatches) {
        FailureFacts f = facts();
        f.certificateNames = presentedDnsNames(m_peerCertificate);
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
    if (m_socket->sessionProtocol() == QSsl::TlsV1_3) {
        connect(m_socket, &QSslSocket::newSessionTicketReceived, this, &Probe::sendEhloAfterTls,
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
    if (verdict == FailureClass::CertificateUntrusted && !m_target.caCertificates.isEmpty()) {
        // Loading the whole system store into the handshake costs far more than the whole
        // dialogue, so only a chain the extra CAs do not anchor is checked against it.
        const QList<QSslError> systemErrors =
            QSslCertificate::verify(m_socket->peerCertificateChain());
        verdict = classifySslErrors(systemErrors, m_target.tls);
        if (verdict == FailureClass::None)
            m_record.log('*', tr("Certificate check: the system's trusted CAs accept the chain"));
    }
    if (verdict == FailureClass::None) {
        if (!problems.isEmpty()) {
            m_record.note(tr("The certificate has problems this connector's TLS setting does "
                             "not check: %1").arg(problems.join(u"; "_s)));
        }
        m_socket->ignoreSslErrors();
        return;
    }

    // Not ignoring the errors makes the socket abort the handshake; the socket error that
    // follows reports this verdict.
    m_certificateFailure = verdict;
    m_certificateDetail = problems.join(u"; "_s);
    m_peerCertificate = m_socket->peerCertificate();
    m_result.certificate = describeCertificate(m_peerCertificate);
}

void Probe::onAlertReceived(QSsl::AlertLevel level, QSsl::AlertType type, const QString &text)
{
    m_record.log('*', tr("TLS alert from the server: %1").arg(text));
    if (level == QSsl::AlertLevel::Fatal && type == QSsl::AlertType::ProtocolVersion)
        m_protocolAlert = true;
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
        f.certificateNames = presentedDnsNames(m_peerCertificate);
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

    // During the wait for a session ticket the handshake is already done.
    if (m_state == State::TlsHandshake && !m_result.tlsUsed) {
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

void Probe::sendEhlo(bool helo)
{
    m_heloSent = helo;
    const bool afterTls = m_result.tlsUsed;
    setState(afterTls ? State::EhloAfterTls : State::Ehlo);

    const QByteArray verb = helo ? "HELO " : "EHLO ";
    const QString step = helo ? u"helo"_s : (afterTls ? u"ehlo-tls"_s : u"ehlo"_s);
    const QString name = m_target.ehloName.isEmpty() ? addressLiteral(m_socket->localAddress())
                                                     : m_target.ehloName;
    sendCommand(verb + name.toUtf8(), step);
}

void Probe::sendMailFrom()
{
    setState(State::MailFrom);
    sendCommand("MAIL FROM:<" + m_target.sender.toUtf8() + '>', u"mail"_s);
}

void Probe::handleMailFrom(const SmtpReply &reply)
{
    if (reply.isPositive())
        sendNextRecipient();
    else if (reply.isTransient())
        failReply(FailureClass::TemporaryFailure, reply, Ending::Quit);
    else if (reply.isPermanent())
        failReply(FailureClass::PermanentFailure, reply, Ending::Quit);
    else
        failProtocol(tr("MAIL FROM was answered with code %1").arg(reply.code));
}

void Probe::sendNextRecipient()
{
    if (m_nextRecipient >= m_target.recipients.size()) {
        afterRecipients();
        return;
    }

    setState(State::RcptTo);
    const QString recipient = m_target.recipients.at(m_nextRecipient);
    sendCommand("RCPT TO:<" + recipient.toUtf8() + '>', u"rcpt"_s, recipient);
}

void Probe::handleRcpt(const SmtpReply &reply)
{
    RecipientResult &recipient = m_result.recipients[m_nextRecipient];
    recipient.code = reply.code;
    recipient.enhancedCode = reply.enhancedCode;
    recipient.reply = reply.text();

    if (reply.isPositive()) {
        recipient.status = RecipientStatus::Accepted;
    } else if (reply.isTransient()) {
        recipient.status = RecipientStatus::TemporaryFailure;
    } else if (reply.isPermanent()) {
        recipient.status = RecipientStatus::Rejected;
    } else {
        failProtocol(tr("RCPT TO was answered with code %1").arg(reply.code));
        return;
    }

    ++m_nextRecipient;
    sendNextRecipient();
}

void Probe::afterRecipients()
{
    QStringList rejected;
    QStringList deferred;
    SmtpReply firstRejection;
    SmtpReply firstDeferral;
    qsizetype accepted = 0;
    for (const RecipientResult &recipient : std::as_const(m_result.recipients)) {
        SmtpReply reply;
        reply.code = recipient.code;
        reply.enhancedCode = recipient.enhancedCode;
        reply.lines = QStringList{recipient.reply};
        if (recipient.status == RecipientStatus::Accepted) {
            ++accepted;
        } else if (recipient.status == RecipientStatus::Rejected) {
            if (rejected.isEmpty())
                firstRejection = reply;
            rejected.append(recipient.address);
        } else if (recipient.status == RecipientStatus::TemporaryFailure) {
            if (deferred.isEmpty())
                firstDeferral = reply;
            deferred.append(recipient.address);
        }
    }

    FailureFacts f = facts();
    if (!rejected.isEmpty()) {
        f.recipients = rejected;
        f.reply = firstRejection;
        m_record.recordFailure(FailureClass::RecipientRejected, f);
    } else if (!deferred.isEmpty()) {
        f.recipients = deferred;
        f.reply = firstDeferral;
        m_record.recordFailure(FailureClass::TemporaryFailure, f);
    } else {
        m_result.succeeded = m_result.failure == FailureClass::None;
    }

    if (accepted > 0 && m_target.sendTestMessage) {
        setState(State::Data);
        sendCommand("DATA", u"data"_s);
        return;
    }
    quit();
}

void Probe::handleData(const SmtpReply &reply)
{
    if (!m_messageSent && reply.code == 354) {
        sendMessage();
        return;
    }
    if (m_messageSent && reply.isPositive()) {
        m_result.messageAccepted = true;
        m_result.messageReply = reply.text();
        quit();
        return;
    }

    if (reply.isTransient())
        failReply(FailureClass::TemporaryFailure, reply, Ending::Quit);
    else if (reply.isPermanent())
        failReply(FailureClass::PermanentFailure, reply, Ending::Quit);
    else
        failProtocol(tr("DATA was answered with code %1").arg(reply.code));
}

void Probe::sendMessage()
{
    QStringList accepted;
    for (const RecipientResult &recipient : std::as_const(m_result.recipients)) {
        if (recipient.status == RecipientStatus::Accepted)
            accepted.append(recipient.address);
    }

    // The Message-ID names this host as the EHLO did, unless that was an address literal.
    const QString domain = m_target.ehloName.isEmpty() || m_target.ehloName.startsWith(u'[')
        ? mailDomain(m_target.sender) : m_target.ehloName;
    TestMessage message = TestMessage::create(m_target.sender, accepted,
                                              m_target.connectorName, domain);
    message.host = m_target.host;
    message.address = m_result.address;
    m_result.messageId = message.messageId;
    m_messageSent = true;

    const QByteArray data = message.wireData();
    m_record.log('C', tr("(test message: %1 bytes, Message-ID %2)")
                          .arg(data.size()).arg(message.messageId));
    m_record.beginStep(u"message"_s);
    m_socket->write(data);
    armStepTimer();
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
