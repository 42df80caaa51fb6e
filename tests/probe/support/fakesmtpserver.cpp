#include "fakesmtpserver.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace mailflow::probe::test {

namespace {

QByteArray unescape(const QString &text)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) != '\\' || i + 1 >= in.size()) {
            out += in.at(i);
            continue;
        }
        const char next = in.at(++i);
        if (next == 'r') {
            out += '\r';
        } else if (next == 'n') {
            out += '\n';
        } else if (next == 'x' && i + 2 < in.size()) {
            out += char(in.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += next;
        }
    }
    return out;
}

} // namespace

// One accepted client, playing its script step by step as the client's lines arrive.
class FakeSmtpServer::Connection : public QObject
{
public:
    Connection(FakeSmtpServer *server, QSslSocket *socket, QStringList script,
               std::shared_ptr<Session> session)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_script(std::move(script))
        , m_session(std::move(session))
    {
        m_socket->setParent(this);
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(m_socket, &QSslSocket::readyRead, this, [this] { onReadyRead(); });
        connect(m_socket, &QSslSocket::encrypted, this, [this] {
            m_session->encrypted = true;
            m_waitingForTls = false;
            run();
        });
        connect(m_socket, &QSslSocket::disconnected, this, [this] { m_session->ended = true; });
        connect(m_socket, &QSslSocket::sslErrors, this,
                [this](const QList<QSslError> &) { m_socket->ignoreSslErrors(); });
    }

    void run()
    {
        while (m_step < m_script.size() && !m_waitingForTls && !m_paused) {
            const QString line = m_script.at(m_step);
            const QString kind = line.left(2);
            const QString argument = line.mid(3);

            if (kind == u"C:") {
                if (!takeClientInput(argument))
                    return;
                ++m_step;
                continue;
            }

            ++m_step;
            if (kind == u"S:") {
                send(argument.toUtf8() + "\r\n");
            } else if (line.startsWith(u"X: starttls")) {
                startTls();
            } else if (line.startsWith(u"X: delay ")) {
                m_paused = true;
                QTimer::singleShot(argument.section(u' ', 1).toInt(), this, [this] {
                    m_paused = false;
                    run();
                });
            } else if (line.startsWith(u"X: drip ")) {
                m_dripMs = argument.section(u' ', 1).toInt();
            } else if (line.startsWith(u"X: raw ")) {
                send(unescape(line.mid(7)));
            } else if (line == u"X: close") {
                m_socket->disconnectFromHost();
                return;
            } else if (line == u"X: reset") {
                reset();
                return;
            } else if (line == u"X: silence") {
                m_step = m_script.size();
                return;
            }
        }
    }

private:
    void onReadyRead()
    {
        m_input += m_socket->readAll();
        run();
    }

    bool takeLine(QByteArray *line)
    {
        const qsizetype end = m_input.indexOf("\r\n");
        if (end < 0)
            return false;
        *line = m_input.left(end);
        m_input.remove(0, end + 2);
        return true;
    }

    // True when the current C: step is satisfied and the script may go on.
    bool takeClientInput(const QString &pattern)
    {
        if (pattern == u"<message>")
            return takeMessage();

        QByteArray line;
        if (!takeLine(&line))
            return false;
        const QString text = QString::fromUtf8(line);
        m_session->received.append(text);

        const bool matches = pattern.endsWith(u'*') ? text.startsWith(pattern.chopped(1))
                                                    : text == pattern;
        if (!matches) {
            if (m_session->scriptError.isEmpty())
                m_session->scriptError = u"expected \"%1\", got \"%2\""_s.arg(pattern, text);
            m_step = m_script.size();
            m_socket->disconnectFromHost();
            return false;
        }
        return true;
    }

    bool takeMessage()
    {
        QByteArray line;
        while (takeLine(&line)) {
            if (line == ".") {
                m_session->received.append(u"<message>"_s);
                return true;
            }
            m_session->rawMessage += line + "\r\n";
            m_session->message += (line.startsWith('.') ? line.mid(1) : line) + "\r\n";
        }
        return false;
    }

    void send(const QByteArray &bytes)
    {
        if (m_dripMs <= 0) {
            m_socket->write(bytes);
            return;
        }
        // Drip: pause the script and hand out one byte per tick.
        m_paused = true;
        auto *timer = new QTimer(this);
        auto position = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, this, [this, timer, bytes, position] {
            m_socket->write(bytes.mid(*position, 1));
            m_socket->flush();
            if (++*position >= bytes.size()) {
                timer->deleteLater();
                m_paused = false;
                run();
            }
        });
        const int interval = m_dripMs;
        m_dripMs = 0; // one line only
        timer->start(interval);
    }

    void startTls()
    {
        QSslConfiguration configuration = m_socket->sslConfiguration();
        configuration.setLocalCertificate(m_server->m_certificate);
        configuration.setPrivateKey(m_server->m_key);
        configuration.setLocalCertificateChain(QList<QSslCertificate>{m_server->m_certificate}
                                               + m_server->m_chain);
        configuration.setProtocol(m_server->m_protocol);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket->setSslConfiguration(configuration);

        // RFC 3207: anything the client sent before the handshake is discarded.
        m_input.clear();
        m_waitingForTls = true;
        m_socket->startServerEncryption();
    }

    void reset()
    {
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        const linger option{1, 0};
        ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option,
                     sizeof(option));
        m_socket->abort();
        m_session->ended = true;
        m_step = m_script.size();
    }

    FakeSmtpServer *m_server;
    QSslSocket *m_socket;
    QStringList m_script;
    std::shared_ptr<Session> m_session;
    QByteArray m_input;
    qsizetype m_step = 0;
    int m_dripMs = 0;
    bool m_waitingForTls = false;
    bool m_paused = false;
};

FakeSmtpServer::FakeSmtpServer(QObject *parent)
    : QTcpServer(parent)
{
}

FakeSmtpServer::~FakeSmtpServer() = default;

bool FakeSmtpServer::start(const QHostAddress &address, quint16 port)
{
    return listen(address, port);
}

void FakeSmtpServer::setScript(const QString &script)
{
    m_scripts = QStringList{script};
}

void FakeSmtpServer::setScripts(const QStringList &scriptPerConnection)
{
    m_scripts = scriptPerConnection;
}

void FakeSmtpServer::setCertificate(const QSslCertificate &certificate, const QSslKey &key,
                                    const QList<QSslCertificate> &chain)
{
    m_certificate = certificate;
    m_key = key;
    m_chain = chain;
}

void FakeSmtpServer::setTlsProtocol(QSsl::SslProtocol protocol)
{
    m_protocol = protocol;
}

int FakeSmtpServer::connectionCount() const
{
    return int(m_sessions.size());
}

const FakeSmtpServer::Session &FakeSmtpServer::session(int index) const
{
    return *m_sessions.at(index);
}

QStringList FakeSmtpServer::allReceived() const
{
    QStringList out;
    for (const auto &session : m_sessions)
        out += session->received;
    return out;
}

bool FakeSmtpServer::receivedCommand(const QString &prefix) const
{
    const QStringList lines = allReceived();
    for (const QString &line : lines) {
        if (line.startsWith(prefix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void FakeSmtpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }

    const int index = int(m_sessions.size());
    const QString script = m_scripts.isEmpty()
        ? QString() : m_scripts.at(qMin(index, int(m_scripts.size()) - 1));
    QStringList lines;
    const QStringList rawLines = script.split(u'\n');
    for (const QString &line : rawLines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }

    auto session = std::make_shared<Session>();
    m_sessions.append(session);
    auto *connection = new Connection(this, socket, lines, session);
    m_connections.append(connection);
    connection->run();
}

} // namespace mailflow::probe::test
