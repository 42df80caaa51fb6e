#pragma once

#include <QByteArray>
#include <QStringList>
#include <QTcpServer>

class QTcpSocket;

namespace mailflow::testsupport {

// A minimal SMTP server on 127.0.0.1 and an ephemeral port, for GUI tests that press
// Validate: it greets, answers EHLO without STARTTLS, accepts or refuses RCPT TO, takes the
// DATA content and says goodbye (RFC 5321 replies). It never relays anything anywhere.
class LoopbackSmtpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit LoopbackSmtpServer(QObject *parent = nullptr);

    // Listens on 127.0.0.1 only, on a port the system picks.
    bool start();

    // When set, every RCPT TO gets "550 5.1.1 <address>: Recipient address rejected".
    void setRejectRecipients(bool reject) { m_rejectRecipients = reject; }

    [[nodiscard]] QStringList commands() const { return m_commands; }
    [[nodiscard]] int messageCount() const { return m_messages; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QByteArray &line);

    bool m_rejectRecipients = false;
    QStringList m_commands;
    int m_messages = 0;
};

} // namespace mailflow::testsupport
