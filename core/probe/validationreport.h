#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailflow::probe {

// The tasks the admin sees while a connector is validated, as the admin center lists them:
// one "Check connectivity to <host>" per smart host address and one "Send test email".
enum class TaskStatus { Pending, Running, Succeeded, Failed, Skipped };

struct ValidationTask {
    QString id;     // stable within one run, e.g. "connect:mail.contoso.com:192.0.2.10"
    QString title;  // translated, e.g. "Check connectivity to mail.contoso.com (192.0.2.10)"
    TaskStatus status = TaskStatus::Pending;
    QString detail; // translated outcome: what happened and what to check
};

// Why a probe failed. Each class has a stable id (failureClassId) for scripts and --json.
enum class FailureClass {
    None,
    NameNotFound,
    ConnectionRefused,
    NetworkUnreachable,
    TimedOut,
    GreetingRefused,
    StartTlsNotOffered,
    StartTlsRefused,
    TlsHandshakeFailed,
    TlsVersionTooOld,
    CertificateUntrusted,
    CertificateExpired,
    CertificateNotYetValid,
    CertificateNameMismatch,
    RecipientRejected,
    TemporaryFailure,
    PermanentFailure,
    ProtocolViolation,
    ConnectionLost,
    Cancelled,
    CaFileInvalid,
};

// "connection-refused", "certificate-name-mismatch", …; never translated, never changed.
[[nodiscard]] QString failureClassId(FailureClass failure);

// "pending", "running", "succeeded", "failed", "skipped".
[[nodiscard]] QString taskStatusId(TaskStatus status);

// One line of a host's SMTP dialogue. Direction 'C' = sent by the probe, 'S' = from the
// server, '*' = an event (connected, TLS negotiated, closed).
struct TranscriptLine {
    qint64 offsetMs = 0; // from the start of this host's probe
    char direction = '*';
    QString text;
};

// One command/reply exchange (or the TCP connect, or the TLS handshake) and how long it took.
struct ProbeStep {
    QString step;       // stable id: "connect", "greeting", "ehlo", "helo", "starttls", "tls",
                        // "ehlo-tls", "mail", "rcpt", "data", "message", "quit"
    QString argument;   // the recipient for "rcpt"; empty otherwise
    qint64 startMs = 0;
    qint64 durationMs = -1; // -1 while unanswered
    int replyCode = 0;      // 0 when no reply (connect, tls, timeout)
    QString reply;          // the server's text
    bool ok = false;
};

struct CertificateInfo {
    QString subject;            // "CN=mail.contoso.com, O=Contoso"
    QStringList subjectAltNames; // DNS names, then IP addresses
    QString issuer;
    QDateTime notBeforeUtc;
    QDateTime notAfterUtc;
    QString sha256;             // "AB:CD:…", upper case
    bool selfSigned = false;

    [[nodiscard]] bool isNull() const { return sha256.isEmpty(); }
};

enum class RecipientStatus { NotTried, Accepted, TemporaryFailure, Rejected };

struct RecipientResult {
    QString address;
    RecipientStatus status = RecipientStatus::NotTried;
    int code = 0;
    QString enhancedCode;
    QString reply; // the server's text
};

// "not-tried", "accepted", "temporary-failure", "rejected".
[[nodiscard]] QString recipientStatusId(RecipientStatus status);

// What the probe of one address of one smart host found.
struct ProbeResult {
    QString host;    // the smart host (or MX host) as written: name, address or range
    QString address; // the address probed
    quint16 port = 25;

    // Connected, greeted, TLS as the connector requires, MAIL FROM and every RCPT TO accepted:
    // the verdict of the host's connectivity task. `failure` can still be set when only the
    // test message failed afterwards; `messageAccepted` tells.
    bool succeeded = false;
    FailureClass failure = FailureClass::None; // the first failure; later ones follow from it
    QString failureStep; // a ProbeStep::step id; empty when the run got past every step
    QString message;     // translated: what happened and what to check

    bool tlsUsed = false;
    QString tlsProtocol; // "TLSv1.3"
    QString tlsCipher;   // "TLS_AES_256_GCM_SHA384"
    CertificateInfo certificate;
    QStringList capabilities; // EHLO keywords after TLS (or of the plaintext session)
    QStringList notes;        // translated remarks that are not failures

    QList<ProbeStep> steps;
    QList<RecipientResult> recipients;

    bool messageAccepted = false; // the server took the test message (250 after the dot)
    QString messageId;
    QString messageReply;         // the server's text for the message, often a queue id

    qint64 durationMs = 0;
    QList<TranscriptLine> transcript;

    [[nodiscard]] QJsonObject toJson() const;
};

// What one whole validation run found. The fields above `hosts` are the ones the wizard's
// Validation page and the connector's validation record rely on.
struct ValidationReport {
    bool succeeded = false;
    bool cancelled = false;
    QDateTime finishedUtc;
    QStringList recipients;
    QList<ValidationTask> tasks;
    QString summary; // one translated paragraph saying what passed and what failed

    QString connectorName;
    qint64 durationMs = 0;
    QList<ProbeResult> hosts; // one per probed address, in task order

    // The SMTP dialogue of every host, with a time offset per line, ready to show.
    [[nodiscard]] QString transcriptText() const;

    // Everything above as JSON (the command line's --json output).
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace mailflow::probe
