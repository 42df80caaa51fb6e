#include "loopbacksmtpserver.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace mailflow::testsupport {

namespace {

const char *const inDataProperty = "mailflowInData";

} // namespace

LoopbackSmtpServer::LoopbackSmtpServer(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &LoopbackSmtpServer::onNewConnection);
}

bool LoopbackSmtpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

void LoopbackSmtpServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->write("220 loopback.test ESMTP ready\r\n");
    }
}

void LoopbackSmtpServer::onReadyRead(QTcpSocket *socket)
{
    while (socket->canReadLine()) {
        QByteArray line = socket->readLine();
        line.chop(line.endsWith("\r\n") ? 2 : 1);

        // RFC 5321 4.1.1.4: the content ends with a line holding a single dot.
        if (socket->property(inDataProperty).toBool()) {
            if (line == ".") {
                socket->setProperty(inDataProperty, false);
                ++m_messages;
                socket->write("250 2.0.0 Ok: queued\r\n");
            }
            continue;
        }
        m_commands << QString::fromLatin1(line);
        answer(socket, line);
    }
}

void LoopbackSmtpServer::answer(QTcpSocket *socket, const QByteArray &line)
{
    const QByteArray verb = line.left(4).toUpper();
    if (verb == "EHLO") {
        socket->write("250-loopback.test\r\n250-SIZE 10240000\r\n250 8BITMIME\r\n");
    } else if (verb == "HELO" || verb == "MAIL" || verb == "RSET" || verb == "NOOP") {
        socket->write("250 2.0.0 Ok\r\n");
    } else if (verb == "RCPT") {
        socket->write(m_rejectRecipients ? "550 5.1.1 Recipient address rejected\r\n"
                                         : "250 2.1.5 Ok\r\n");
    } else if (verb == "DATA") {
        socket->setProperty(inDataProperty, true);
        socket->write("354 End data with <CR><LF>.<CR><LF>\r\n");
    } else if (verb == "QUIT") {
        socket->write("221 2.0.0 Bye\r\n");
        socket->disconnectFromHost();
    } else {
        socket->write("502 5.5.2 Command not recognized\r\n");
    }
}

} // namespace mailflow::testsupport
