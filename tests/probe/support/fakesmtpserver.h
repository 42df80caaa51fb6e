#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTcpServer>

#include <memory>

QT_BEGIN_NAMESPACE
class QSslSocket;
QT_END_NAMESPACE

namespace mailflow::probe::test {

// An SMTP server inside the test process, on 127.0.0.1 and an ephemeral port, that plays a
// script. One script line per step:
//   S: 250 text        send the line with CRLF
//   C: EHLO *          wait for a client line; a trailing * matches any rest, else exact
//   C: <message>       read the DATA content up to the lone "." and keep it
//   X: starttls        switch to TLS with the configured certificate, drop buffered bytes
//   X: delay 200       wait 200 ms
//   X: drip 5          send the next S: line one byte at a time, 5 ms apart
//   X: raw ab\r\n      send bytes as written, with \r \n \xHH escapes, no CRLF added
//   X: close           close the connection politely
//   X: reset           reset the connection (RST)
//   X: silence         stop answering, keep the connection open
// Every connection plays the same script unless a script per connection is given.
class FakeSmtpServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Session {
        QStringList received;   // client lines in order, without CRLF
        QByteArray message;     // DATA content with dot-stuffing removed, CRLF kept
        QByteArray rawMessage;  // DATA content as sent, dot-stuffed, without the final "."
        bool encrypted = false;
        QString scriptError;    // first mismatch between script and client
        bool ended = false;
    };

    explicit FakeSmtpServer(QObject *parent = nullptr);
    ~FakeSmtpServer() override;

    // Listens on loopback only; port 0 picks a free port.
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    [[nodiscard]] quint16 port() const { return serverPort(); }

    void setScript(const QString &script);
    void setScripts(const QStringList &scriptPerConnection);
    void setCertificate(const QSslCertificate &certificate, const QSslKey &key,
                        const QList<QSslCertificate> &chain = {});
    void setTlsProtocol(QSsl::SslProtocol protocol);

    [[nodiscard]] int connectionCount() const;
    [[nodiscard]] const Session &session(int index) const;
    [[nodiscard]] QStringList allReceived() const;
    [[nodiscard]] bool receivedCommand(const QString &prefix) const;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    class Connection;
    friend class Connection;

    QStringList m_scripts;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<QSslCertificate> m_chain;
    QSsl::SslProtocol m_protocol = QSsl::TlsV1_2OrLater;
    QList<QPointer<Connection>> m_connections;
    QList<std::shared_ptr<Session>> m_sessions;
};

} // namespace mailflow::probe::test
