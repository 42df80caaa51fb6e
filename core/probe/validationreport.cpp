#include "validationreport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace mailflow::probe {

namespace {

QString isoUtc(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject certificateJson(const CertificateInfo &certificate)
{
    return QJsonObject{
        {u"subject"_s, certificate.subject},
        {u"subjectAltNames"_s, QJsonArray::fromStringList(certificate.subjectAltNames)},
        {u"issuer"_s, certificate.issuer},
        {u"notBefore"_s, isoUtc(certificate.notBeforeUtc)},
        {u"notAfter"_s, isoUtc(certificate.notAfterUtc)},
        {u"sha256"_s, certificate.sha256},
        {u"selfSigned"_s, certificate.selfSigned},
    };
}

QJsonObject stepJson(const ProbeStep &step)
{
    QJsonObject out{
        {u"step"_s, step.step},
        {u"startMs"_s, step.startMs},
        {u"durationMs"_s, step.durationMs},
        {u"ok"_s, step.ok},
    };
    if (!step.argument.isEmpty())
        out.insert(u"argument"_s, step.argument);
    if (step.replyCode != 0) {
        out.insert(u"replyCode"_s, step.replyCode);
        out.insert(u"reply"_s, step.reply);
    }
    return out;
}

QJsonObject recipientJson(const RecipientResult &recipient)
{
    return QJsonObject{
        {u"address"_s, recipient.address},
        {u"status"_s, recipientStatusId(recipient.status)},
        {u"code"_s, recipient.code},
        {u"enhancedCode"_s, recipient.enhancedCode},
        {u"reply"_s, recipient.reply},
    };
}

} // namespace

QString failureClassId(FailureClass failure)
{
    switch (failure) {
    case FailureClass::None: return u"none"_s;
    case FailureClass::NameNotFound: return u"name-not-found"_s;
    case FailureClass::ConnectionRefused: return u"connection-refused"_s;
    case FailureClass::NetworkUnreachable: return u"network-unreachable"_s;
    case FailureClass::TimedOut: return u"timed-out"_s;
    case FailureClass::GreetingRefused: return u"greeting-refused"_s;
    case FailureClass::StartTlsNotOffered: return u"starttls-not-offered"_s;
    case FailureClass::StartTlsRefused: return u"starttls-refused"_s;
    case FailureClass::TlsHandshakeFailed: return u"tls-handshake-failed"_s;
    case FailureClass::TlsVersionTooOld: return u"tls-version-too-old"_s;
    case FailureClass::CertificateUntrusted: return u"certificate-untrusted"_s;
    case FailureClass::CertificateExpired: return u"certificate-expired"_s;
    case FailureClass::CertificateNotYetValid: return u"certificate-not-yet-valid"_s;
    case FailureClass::CertificateNameMismatch: return u"certificate-name-mismatch"_s;
    case FailureClass::RecipientRejected: return u"recipient-rejected"_s;
    case FailureClass::TemporaryFailure: return u"temporary-failure"_s;
    case FailureClass::PermanentFailure: return u"permanent-failure"_s;
    case FailureClass::ProtocolViolation: return u"protocol-violation"_s;
    case FailureClass::ConnectionLost: return u"connection-lost"_s;
    case FailureClass::Cancelled: return u"cancelled"_s;
    case FailureClass::CaFileInvalid: return u"ca-file-invalid"_s;
    }
    return u"none"_s;
}

QString taskStatusId(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Pending: return u"pending"_s;
    case TaskStatus::Running: return u"running"_s;
    case TaskStatus::Succeeded: return u"succeeded"_s;
    case TaskStatus::Failed: return u"failed"_s;
    case TaskStatus::Skipped: return u"skipped"_s;
    }
    return u"pending"_s;
}

QString recipientStatusId(RecipientStatus status)
{
    switch (status) {
    case RecipientStatus::NotTried: return u"not-tried"_s;
    case RecipientStatus::Accepted: return u"accepted"_s;
    case RecipientStatus::TemporaryFailure: return u"temporary-failure"_s;
    case RecipientStatus::Rejected: return u"rejected"_s;
    }
    return u"not-tried"_s;
}

QJsonObject ProbeResult::toJson() const
{
    QJsonArray stepArray;
    for (const ProbeStep &step : steps)
        stepArray.append(stepJson(step));
    QJsonArray recipientArray;
    for (const RecipientResult &recipient : recipients)
        recipientArray.append(recipientJson(recipient));
    QJsonArray transcriptArray;
    for (const TranscriptLine &line : transcript) {
        transcriptArray.append(QJsonObject{
            {u"ms"_s, line.offsetMs},
            {u"direction"_s, QString(QLatin1Char(line.direction))},
            {u"text"_s, line.text},
        });
    }

    QJsonObject out{
        {u"host"_s, host},
        {u"address"_s, address},
        {u"port"_s, port},
        {u"succeeded"_s, succeeded},
        {u"failure"_s, failureClassId(failure)},
        {u"failureStep"_s, failureStep},
        {u"message"_s, message},
        {u"tls"_s, QJsonObject{{u"used"_s, tlsUsed},
                               {u"protocol"_s, tlsProtocol},
                               {u"cipher"_s, tlsCipher}}},
        {u"capabilities"_s, QJsonArray::fromStringList(capabilities)},
        {u"notes"_s, QJsonArray::fromStringList(notes)},
        {u"steps"_s, stepArray},
        {u"recipients"_s, recipientArray},
        {u"testMessage"_s, QJsonObject{{u"accepted"_s, messageAccepted},
                                       {u"messageId"_s, messageId},
                                       {u"reply"_s, messageReply}}},
        {u"durationMs"_s, durationMs},
        {u"transcript"_s, transcriptArray},
    };
    if (!certificate.isNull())
        out.insert(u"certificate"_s, certificateJson(certificate));
    return out;
}

QString ValidationReport::transcriptText() const
{
    QString out;
    for (const ProbeResult &host : hosts) {
        if (!out.isEmpty())
            out += u'\n';
        out += host.host == host.address
            ? u"%1 port %2\n"_s.arg(host.address).arg(host.port)
            : u"%1 (%2) port %3\n"_s.arg(host.host, host.address).arg(host.port);
        for (const TranscriptLine &line : host.transcript) {
            out += u"%1 ms  "_s.arg(line.offsetMs, 6);
            out += line.direction == '*' ? u"* "_s : QString(QLatin1Char(line.direction)) + u": "_s;
            out += line.text;
            out += u'\n';
        }
    }
    return out;
}

QJsonObject ValidationReport::toJson() const
{
    QJsonArray taskArray;
    for (const ValidationTask &task : tasks) {
        taskArray.append(QJsonObject{
            {u"id"_s, task.id},
            {u"title"_s, task.title},
            {u"status"_s, taskStatusId(task.status)},
            {u"detail"_s, task.detail},
        });
    }
    QJsonArray hostArray;
    for (const ProbeResult &host : hosts)
        hostArray.append(host.toJson());

    return QJsonObject{
        {u"connector"_s, connectorName},
        {u"succeeded"_s, succeeded},
        {u"cancelled"_s, cancelled},
        {u"finishedUtc"_s, isoUtc(finishedUtc)},
        {u"durationMs"_s, durationMs},
        {u"recipients"_s, QJsonArray::fromStringList(recipients)},
        {u"summary"_s, summary},
        {u"tasks"_s, taskArray},
        {u"hosts"_s, hostArray},
    };
}

} // namespace mailflow::probe
