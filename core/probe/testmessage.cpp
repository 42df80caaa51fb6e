#include "testmessage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUuid>

namespace mailflow::probe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::probe::TestMessage", text);
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// A header value on one line: a line break in a connector name must not start a new header.
QString oneLine(const QString &text)
{
    QString out = text;
    out.replace(u'\r', u' ');
    out.replace(u'\n', u' ');
    return out;
}

// RFC 2047 encoded-word when the text is not plain ASCII.
QByteArray headerText(const QString &text)
{
    if (isAscii(text))
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

// Quoted-printable (RFC 2045 §6.7) for a body line, so the message stays 7-bit even when the
// server does not offer 8BITMIME.
QByteArray quotedPrintable(const QByteArray &line)
{
    QByteArray out;
    int column = 0;
    for (const char ch : line) {
        const auto byte = static_cast<unsigned char>(ch);
        QByteArray piece;
        if ((byte >= 33 && byte <= 126 && byte != '=') || byte == ' ')
            piece = QByteArray(1, ch);
        else
            piece = '=' + QByteArray::number(byte, 16).toUpper().rightJustified(2, '0');
        if (column + piece.size() > 75) {
            out += "=\r\n";
            column = 0;
        }
        out += piece;
        column += piece.size();
    }
    if (out.endsWith(' '))
        out = out.chopped(1) + "=20";
    return out;
}

} // namespace

TestMessage TestMessage::create(const QString &sender, const QStringList &recipients,
                                const QString &connectorName, const QString &domain)
{
    TestMessage message;
    message.sender = sender;
    message.recipients = recipients;
    message.connectorName = connectorName;
    message.date = QDateTime::currentDateTime();
    message.messageId = u'<' + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'@'
        + (domain.isEmpty() ? QStringLiteral("mailflow-admin.invalid") : domain) + u'>';
    return message;
}

QByteArray TestMessage::content() const
{
    const QString name = oneLine(connectorName);
    const QString via = address.isEmpty() || host == address
        ? host : QStringLiteral("%1 (%2)").arg(host, address);

    // The connector name stands on a line of its own so a name such as ".internal" still
    // reads correctly after the server removes the dot-stuffing.
    const QStringList bodyLines = {
        tr("This message is a connector validation by Mailflow Admin for connector"),
        name,
        QString(),
        tr("It was sent through"),
        via,
        tr("to check that this server accepts mail for the validation recipients."),
        tr("No action is needed; you can delete it."),
    };

    QByteArray body;
    bool ascii = true;
    for (const QString &line : bodyLines) {
        ascii = ascii && isAscii(line);
        body += line.toUtf8() + "\r\n";
    }
    if (!ascii) {
        QByteArray encoded;
        for (const QString &line : bodyLines)
            encoded += quotedPrintable(line.toUtf8()) + "\r\n";
        body = encoded;
    }

    QByteArray out;
    out += "From: <" + sender.toUtf8() + ">\r\n";
    QStringList to;
    for (const QString &recipient : recipients)
        to.append(u'<' + recipient + u'>');
    out += "To: " + to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    out += "Subject: " + headerText(tr("Connector validation by Mailflow Admin: %1").arg(name))
        + "\r\n";
    out += "Date: " + rfc5322Date(date).toLatin1() + "\r\n";
    out += "Message-ID: " + messageId.toLatin1() + "\r\n";
    out += "Auto-Submitted: auto-generated\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=utf-8\r\n";
    out += ascii ? "Content-Transfer-Encoding: 7bit\r\n"
                 : "Content-Transfer-Encoding: quoted-printable\r\n";
    out += "\r\n";
    out += body;
    return out;
}

QByteArray TestMessage::wireData() const
{
    return dotStuff(content());
}

QString rfc5322Date(const QDateTime &dateTime)
{
    const QLocale c = QLocale::c();
    const int offset = dateTime.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    const QString zone = (offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
        + QString::number(minutes / 60).rightJustified(2, u'0')
        + QString::number(minutes % 60).rightJustified(2, u'0');
    return c.toString(dateTime, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss ")) + zone;
}

QByteArray dotStuff(const QByteArray &content)
{
    QByteArray out;
    out.reserve(content.size() + 16);
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf("\r\n", start);
        end = end < 0 ? content.size() : end + 2;
        if (content.at(start) == '.')
            out += '.';
        out += content.mid(start, end - start);
        start = end;
    }
    if (!out.isEmpty() && !out.endsWith("\r\n"))
        out += "\r\n";
    out += ".\r\n";
    return out;
}

} // namespace mailflow::probe
