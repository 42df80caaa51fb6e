// The benchmark's dialogue written as briefly as Qt allows, to show how close mailflow-admin
// validate comes to the least a Qt program needs for it: connect to 127.0.0.1:PORT, EHLO,
// STARTTLS, a handshake that verifies the server against CA_FILE, EHLO, MAIL FROM, RCPT TO,
// QUIT. Blocking calls, no workspace, no report. It uses the same measures as the probe: the
// TLS backend loads on a thread during the plain part, the TLS socket takes over the
// connection at the 220, and EHLO waits for the TLS 1.3 session ticket (see probetls.cpp).
//
// Usage: starttls-floor PORT CA_FILE SENDER RECIPIENT; exit 0 when RCPT TO was accepted.
#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <future>

#include <fcntl.h>
#include <unistd.h>

namespace {

constexpr int waitMs = 5000;
constexpr int ticketWaitMs = 20;

[[noreturn]] void fail(const char *step)
{
    std::fprintf(stderr, "starttls-floor: %s failed\n", step);
    ::_exit(1);
}

// Reads one SMTP reply, all its lines; returns its code.
int readReply(QAbstractSocket &socket, const char *step)
{
    for (;;) {
        while (!socket.canReadLine()) {
            if (!socket.waitForReadyRead(waitMs))
                fail(step);
        }
        const QByteArray line = socket.readLine();
        if (line.size() >= 4 && line.at(3) == ' ')
            return line.left(3).toInt();
    }
}

void command(QAbstractSocket &socket, const QByteArray &line, int expected, const char *step)
{
    socket.write(line + "\r\n");
    if (readReply(socket, step) != expected)
        fail(step);
}

} // namespace

int main(int argc, char *argv[])
{
    const QCoreApplication app(argc, argv);
    if (argc != 5) {
        std::fputs("usage: starttls-floor PORT CA_FILE SENDER RECIPIENT\n", stderr);
        return 2;
    }
    const quint16 port = QByteArray(argv[1]).toUShort();
    const QString caFile = QString::fromLocal8Bit(argv[2]);
    const QByteArray sender(argv[3]);
    const QByteArray recipient(argv[4]);

    auto backend = std::async(std::launch::async, [&caFile] {
        QSslSocket::supportsSsl();
        QSslConfiguration::defaultConfiguration();
        return QSslCertificate::fromPath(caFile);
    });

    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, port);
    if (!plain.waitForConnected(waitMs))
        fail("connect");
    plain.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (readReply(plain, "greeting") != 220)
        fail("greeting");
    command(plain, "EHLO [127.0.0.1]", 250, "EHLO");
    command(plain, "STARTTLS", 220, "STARTTLS");

    QSslSocket tls;
    QSslConfiguration configuration = tls.sslConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
    configuration.setCaCertificates(backend.get());
    tls.setSslConfiguration(configuration);
    tls.setPeerVerifyName(QStringLiteral("mail.contoso.test"));
    const int descriptor = ::fcntl(int(plain.socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    if (descriptor < 0 || !tls.setSocketDescriptor(descriptor))
        fail("taking over the connection");
    plain.abort();

    // The ticket wait ends the moment the ticket is read, as in the probe.
    QEventLoop ticketWait;
    bool ticket = false;
    QObject::connect(&tls, &QSslSocket::newSessionTicketReceived, &ticketWait, [&] {
        ticket = true;
        ticketWait.quit();
    });
    tls.startClientEncryption();
    if (!tls.waitForEncrypted(waitMs))
        fail("TLS handshake");
    if (tls.sessionProtocol() == QSsl::TlsV1_3 && !ticket) {
        QTimer::singleShot(ticketWaitMs, &ticketWait, &QEventLoop::quit);
        ticketWait.exec();
    }

    command(tls, "EHLO [127.0.0.1]", 250, "EHLO after TLS");
    command(tls, "MAIL FROM:<" + sender + '>', 250, "MAIL FROM");
    command(tls, "RCPT TO:<" + recipient + '>', 250, "RCPT TO");
    tls.write("QUIT\r\n");
    tls.flush();
    ::_exit(0);
}
