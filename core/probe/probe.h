#pragma once

#include "failureadvice.h"
#include "model/connector.h"
#include "proberecorder.h"
#include "replyparser.h"
#include "validationreport.h"

#include <QAbstractSocket>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <optional>

QT_BEGIN_NAMESPACE
class QSslSocket;
class QTcpSocket;
QT_END_NAMESPACE

namespace mailflow::probe {

class TlsLoader;

// One address to probe and how.
struct ProbeTarget {
    QString host; // smart host or MX host as written: a name, an address or a range
    QHostAddress address;
    quint16 port = 25;
    QString serverName; // sent as TLS SNI; empty when the host is an address
    TlsSettings tls = TlsSettings::None;
    QString tlsDomain;
    // Extra trusted CAs (a private CA). The handshake trusts only these, which is fast; a chain
    // they do not anchor is then checked against the system store. Empty = system store only.
    QList<QSslCertificate> caCertificates;
    // When set, the handshake waits until it is ready and trusts its CA certificates instead
    // of caCertificates; when not, the TLS backend loads at the handshake, blocking.
    QPointer<TlsLoader> tlsLoader;
    QString ehloName;
    QString sender;
    QStringList recipients;
    bool sendTestMessage = true;
    QString connectorName;
    int stepTimeoutMs = 30000;
    int overallTimeoutMs = 180000;
};

// The SMTP dialogue with one address (RFC 5321, STARTTLS per RFC 3207) as a state machine
// driven by socket signals and timers: nothing blocks and nothing spins its own event loop.
// Emits finished() exactly once, also after cancel(). The dialogue starts on a plain TCP
// socket, which needs no TLS backend; at the 220 to STARTTLS a QSslSocket takes over the
// connection for the handshake and the rest.
class Probe : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,
        Connecting,
        Greeting,
        Ehlo,
        StartTls,
        TlsHandshake,
        EhloAfterTls,
        MailFrom,
        RcptTo,
        Data,
        Quitting,
        Done,
    };
    Q_ENUM(State)

    explicit Probe(const ProbeTarget &target, QObject *parent = nullptr);
    ~Probe() override;

    void start();
    void cancel();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const ProbeResult &result() const { return m_result; }
    [[nodiscard]] const ProbeTarget &target() const { return m_target; }

Q_SIGNALS:
    void stateChanged(mailflow::probe::Probe::State state);
    void finished(const mailflow::probe::ProbeResult &result);

private:
    enum class Ending { Quit, Close };

    void connectTransport(QTcpSocket *socket);
    void onConnected();
    void onReadyRead();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onStepTimeout();
    void onDeadline();
    void onAlertReceived(QSsl::AlertLevel level, QSsl::AlertType type, const QString &text);

    void handleReply(const SmtpReply &reply);
    void handleGreeting(const SmtpReply &reply);
    void handleEhlo(const SmtpReply &reply);
    void handleStartTls(const SmtpReply &reply);
    void startHandshake();
    [[nodiscard]] QSslSocket *takeOverConnection();
    [[nodiscard]] const QList<QSslCertificate> &extraCaCertificates() const;
    void failInjection();
    void handleMailFrom(const SmtpReply &reply);
    void handleRcpt(const SmtpReply &reply);
    void handleData(const SmtpReply &reply);

    void afterEhlo();
    void sendEhlo(bool helo);
    void sendEhloAfterTls();
    void sendMailFrom();
    void sendNextRecipient();
    void afterRecipients();
    void sendMessage();

    void setState(State state);
    void sendCommand(const QByteArray &command, const QString &step, const QString &argument = {});
    void armStepTimer(int timeoutMs = -1);

    void fail(FailureClass failure, const FailureFacts &facts, Ending ending);
    void failReply(FailureClass failure, const SmtpReply &reply, Ending ending);
    void failProtocol(const QString &detail);
    void quit();
    void finish();

    [[nodiscard]] FailureFacts facts() const;

    ProbeTarget m_target;
    ProbeRecorder m_record;
    ProbeResult &m_result; // the record's result, named for the many places that fill it
    QTcpSocket *m_socket = nullptr;    // the connection: plain, then m_tlsSocket after STARTTLS
    QSslSocket *m_tlsSocket = nullptr;
    ReplyParser m_parser;
    QTimer m_stepTimer;
    QTimer m_deadline;
    State m_state = State::Idle;
    qsizetype m_nextRecipient = 0;
    bool m_heloSent = false;
    bool m_messageSent = false;
    bool m_finished = false;
    FailureClass m_certificateFailure = FailureClass::None;
    QString m_certificateDetail;
    // Empty until the server presents one: even an empty QSslCertificate loads the TLS backend,
    // which the plain part of the dialogue must not wait for.
    std::optional<QSslCertificate> m_peerCertificate;
    bool m_protocolAlert = false;
};

} // namespace mailflow::probe
