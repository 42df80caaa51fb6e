#include "failureadvice.h"

#include <QCoreApplication>
#include <QLocale>

namespace mailflow::probe::advice {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("mailflow::probe::FailureAdvice", text, disambiguation);
}

QString codeMeaning(int code)
{
    switch (code) {
    case 421: return tr("service not available, closing the connection");
    case 450: return tr("mailbox unavailable, try again later");
    case 451: return tr("local error on the server, try again later");
    case 452: return tr("insufficient storage on the server, try again later");
    case 454: return tr("TLS not available right now");
    case 500: return tr("command not recognized");
    case 501: return tr("syntax error in the parameters");
    case 502: return tr("command not implemented");
    case 503: return tr("bad sequence of commands");
    case 504: return tr("command parameter not implemented");
    case 521: return tr("this server does not accept mail");
    case 530: return tr("authentication or TLS required");
    case 550: return tr("mailbox unavailable or access denied");
    case 551: return tr("user not local");
    case 552: return tr("storage limit exceeded");
    case 553: return tr("mailbox name not allowed");
    case 554: return tr("transaction failed or refused");
    case 555: return tr("MAIL FROM or RCPT TO parameters not recognized");
    default: break;
    }
    if (code >= 200 && code < 300)
        return tr("accepted");
    if (code >= 300 && code < 400)
        return tr("go ahead");
    if (code >= 400 && code < 500)
        return tr("temporary failure");
    return tr("permanent failure");
}

QString dateText(const QDateTime &utc)
{
    return QLocale().toString(utc.toUTC(), QLocale::ShortFormat) + QStringLiteral(" UTC");
}

QString namesText(const QStringList &names)
{
    if (names.isEmpty())
        return tr("no host name at all");
    return names.join(QStringLiteral(", "));
}

} // namespace

QString describeReply(const SmtpReply &reply)
{
    const QString text = reply.text();
    QString words = reply.enhancedCode.isEmpty() ? text : reply.enhancedCode + u' ' + text;
    if (words.isEmpty())
        return tr("%1 (%2)").arg(reply.code).arg(codeMeaning(reply.code));
    return tr("%1 (%2): \u201c%3\u201d").arg(reply.code).arg(codeMeaning(reply.code), words);
}

QString serverLabel(const QString &host, const QString &address)
{
    if (host.isEmpty() || host == address)
        return address;
    if (address.isEmpty())
        return host;
    return tr("%1 (%2)").arg(host, address);
}

QString stepPhrase(const QString &step)
{
    if (step == u"connect")
        return tr("the TCP connection");
    if (step == u"greeting")
        return tr("the greeting");
    if (step == u"ehlo" || step == u"ehlo-tls")
        return tr("the reply to EHLO");
    if (step == u"helo")
        return tr("the reply to HELO");
    if (step == u"starttls")
        return tr("the reply to STARTTLS");
    if (step == u"tls")
        return tr("the TLS handshake");
    if (step == u"mail")
        return tr("the reply to MAIL FROM");
    if (step == u"rcpt")
        return tr("the reply to RCPT TO");
    if (step == u"data")
        return tr("the reply to DATA");
    if (step == u"message")
        return tr("the reply to the test message");
    if (step == u"quit")
        return tr("the reply to QUIT");
    if (step == u"lookup")
        return tr("the DNS lookup");
    return tr("the end of the validation");
}

QString commandPhrase(const QString &step)
{
    if (step == u"connect" || step == u"greeting")
        return tr("the connection");
    if (step == u"ehlo" || step == u"ehlo-tls")
        return QStringLiteral("EHLO");
    if (step == u"helo")
        return QStringLiteral("HELO");
    if (step == u"starttls")
        return QStringLiteral("STARTTLS");
    if (step == u"tls")
        return tr("the TLS handshake");
    if (step == u"mail")
        return QStringLiteral("MAIL FROM");
    if (step == u"rcpt")
        return QStringLiteral("RCPT TO");
    if (step == u"data")
        return QStringLiteral("DATA");
    if (step == u"message")
        return tr("the test message");
    if (step == u"quit")
        return QStringLiteral("QUIT");
    return tr("the session");
}

QString describeFailure(const FailureFacts &f)
{
    const QString server = serverLabel(f.host, f.address);
    const QString reply = describeReply(f.reply);
    const QString names = namesText(f.certificateNames);

    switch (f.failure) {
    case FailureClass::None:
        return {};
    case FailureClass::NameNotFound:
        return tr("The name %1 could not be resolved (%2). Check its spelling and that it has "
                  "an A or AAAA record in public DNS.").arg(f.host, f.detail);
    case FailureClass::ConnectionRefused:
        return tr("%1 refused the connection on port %2. Check that the SMTP service is "
                  "running and that the firewall allows port %2 from Exchange Online.")
            .arg(server).arg(f.port);
    case FailureClass::NetworkUnreachable:
        return tr("%1 cannot be reached on port %2 (%3). Check the routing and firewalls "
                  "between this computer and the server.").arg(server).arg(f.port).arg(f.detail);
    case FailureClass::TimedOut:
        return tr("%1 did not answer in time (%3 seconds) while the probe waited for %2. Check "
                  "that no firewall silently drops SMTP and that the server is not overloaded "
                  "or slowing down unknown clients.")
            .arg(server, stepPhrase(f.step), QLocale().toString(f.timeoutMs / 1000.0, 'g', 3));
    case FailureClass::GreetingRefused:
        return tr("%1 refused the session in its greeting: %2. The server does not accept mail "
                  "from this client; check its connection policy, such as blocklists and the "
                  "address ranges allowed to connect.").arg(server, reply);
    case FailureClass::StartTlsNotOffered:
        return tr("%1 does not offer STARTTLS, but the connector requires TLS. Nothing was sent "
                  "in plaintext. Turn on STARTTLS on the server, or clear \u201cAlways use "
                  "TLS\u201d on the connector.").arg(server);
    case FailureClass::StartTlsRefused:
        return tr("%1 refused STARTTLS: %2. The connector requires TLS, so nothing was sent in "
                  "plaintext. Check the server's TLS certificate and key configuration.")
            .arg(server, reply);
    case FailureClass::TlsHandshakeFailed:
        return tr("The TLS handshake with %1 failed (%2). Check the server's certificate, key "
                  "and TLS settings, and any firewall that inspects SMTP.").arg(server, f.detail);
    case FailureClass::TlsVersionTooOld:
        return tr("%1 offers only TLS versions older than 1.2 (%2). Exchange Online requires "
                  "TLS 1.2 or newer; turn on TLS 1.2 or 1.3 on the server.")
            .arg(server, f.detail);
    case FailureClass::CertificateUntrusted:
        if (f.caFileGiven) {
            return tr("%1 presented a certificate for %2, issued by %3, that is not trusted (%4). "
                      "Neither the CA file given for this validation nor this computer's trusted "
                      "CAs vouch for that issuer: check that the CA file holds the certificate "
                      "of the CA that issued the server's certificate.")
                .arg(server, names, f.certificateIssuer, f.detail);
        }
        return tr("%1 presented a certificate for %2, issued by %3, that is not trusted (%4). "
                  "The connector requires a certificate from a trusted certificate authority: "
                  "install one from a public CA, or for a private CA pass its certificate as "
                  "the CA file.").arg(server, names, f.certificateIssuer, f.detail);
    case FailureClass::CertificateExpired:
        return tr("%1 presented a certificate for %2 that expired on %3. Renew the certificate "
                  "on the server.").arg(server, names, dateText(f.certificateDateUtc));
    case FailureClass::CertificateNotYetValid:
        return tr("%1 presented a certificate for %2 that is valid only from %3. Check the "
                  "server's clock and this computer's clock, and the certificate's start date.")
            .arg(server, names, dateText(f.certificateDateUtc));
    case FailureClass::CertificateNameMismatch:
        return tr("The server at %1 presented a certificate for %2, but the connector requires "
                  "a name matching %3. Check the certificate's SAN list or the connector's TLS "
                  "domain.").arg(server, names, f.tlsDomain);
    case FailureClass::RecipientRejected:
        return tr("%1 rejected %2: %3. Check that the mailbox exists on that server and that "
                  "the server accepts mail for its domain from Exchange Online.")
            .arg(server, f.recipients.join(QStringLiteral(", ")), reply);
    case FailureClass::TemporaryFailure:
        return tr("%1 answered %2 with a temporary failure: %3. Try again later; if it "
                  "persists, check the server's log, queue, storage and rate limits.")
            .arg(server, commandPhrase(f.step), reply);
    case FailureClass::PermanentFailure:
        return tr("%1 refused %2: %3. Check the server's log and its policy for mail from "
                  "Exchange Online.").arg(server, commandPhrase(f.step), reply);
    case FailureClass::ProtocolViolation:
        return tr("%1 broke the SMTP protocol in %2: %3. Check the server software and any "
                  "firewall or proxy that inspects or rewrites SMTP.")
            .arg(server, stepPhrase(f.step), f.detail);
    case FailureClass::ConnectionLost:
        return tr("%1 closed the connection while the probe waited for %2 (%3). Check the "
                  "server's log for why it ended the session.")
            .arg(server, stepPhrase(f.step), f.detail);
    case FailureClass::Cancelled:
        return tr("The validation was cancelled before %1 finished.").arg(server);
    case FailureClass::CaFileInvalid:
        return f.detail;
    }
    return {};
}

} // namespace mailflow::probe::advice
