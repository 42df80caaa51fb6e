// Probe, continued: the SMTP dialogue of RFC 5321 step by step, the command each state sends
// and what each reply means, up to the test message. The reply to STARTTLS and the handshake
// are in probetls.cpp.
#include "probe.h"

#include "smarthostplan.h"
#include "testmessage.h"

#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace mailflow::probe {

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

} // namespace mailflow::probe
