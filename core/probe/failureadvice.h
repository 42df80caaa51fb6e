#pragma once

#include "smtpreply.h"
#include "validationreport.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mailflow::probe {

// Everything a failure message may quote. Fields a class does not use stay empty.
struct FailureFacts {
    FailureClass failure = FailureClass::None;
    QString step;     // ProbeStep::step id where it happened
    QString host;
    QString address;
    quint16 port = 25;
    int timeoutMs = 0;
    SmtpReply reply;  // the server's reply that caused it, if any
    QString detail;   // socket or TLS library text, or what broke the protocol
    QStringList certificateNames;
    QString certificateIssuer;
    QDateTime certificateDateUtc; // expiry or start date
    QString tlsDomain;
    bool caFileGiven = false; // the admin gave extra CA certificates for this run
    QStringList recipients; // rejected or deferred recipients
};

// Sentences an experienced admin would say: what happened, then what to check. Translated in
// the context "mailflow::probe::FailureAdvice".
namespace advice {

[[nodiscard]] QString describeFailure(const FailureFacts &facts);

// An SMTP reply in plain words plus the server's text: 550 (mailbox unavailable): "5.1.1 …".
[[nodiscard]] QString describeReply(const SmtpReply &reply);

// "mail.contoso.com (192.0.2.10)", or just the address when the host is the address.
[[nodiscard]] QString serverLabel(const QString &host, const QString &address);

// What the probe waits for at a step, in the middle of a sentence: "the greeting", "the reply
// to RCPT TO", "the TLS handshake", …
[[nodiscard]] QString stepPhrase(const QString &step);

// What the probe sent at a step, in the middle of a sentence: "the connection", "EHLO",
// "RCPT TO", "the test message", …
[[nodiscard]] QString commandPhrase(const QString &step);

} // namespace advice

} // namespace mailflow::probe
