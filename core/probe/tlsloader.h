#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>

#include <thread>

namespace mailflow::probe {

// Gets TLS ready for one validation run while its probes connect: loads Qt's TLS backend
// (its plugin, libssl and libcrypto, OpenSSL's configuration and random generator, the cipher
// list) and reads the admin's extra CA file, on a thread of its own. That takes about 6 ms,
// more than connecting, reading the greeting, EHLO and STARTTLS with a server nearby, so a
// probe meets the loader only at the 220 to STARTTLS. The main thread stays free meanwhile.
class TlsLoader : public QObject
{
    Q_OBJECT

public:
    explicit TlsLoader(QObject *parent = nullptr);
    ~TlsLoader() override; // waits for the thread, which never takes long

    // Starts the work: pem holds the admin's extra CA certificates as read from caFile (both
    // may be empty). Emits ready() once, from the event loop.
    void start(const QString &caFile, const QByteArray &pem);

    [[nodiscard]] bool isReady() const { return m_ready; }
    // Valid once ready: the CA file's certificates, or why they could not be read.
    [[nodiscard]] const QList<QSslCertificate> &caCertificates() const { return m_certificates; }
    [[nodiscard]] const QString &caProblem() const { return m_caProblem; }

    // Starts loading the TLS backend for the whole process and returns at once; a program
    // that will validate calls it first thing, so the loading overlaps its own start.
    static void preloadBackend();
    // Returns once that loading is done; a program that preloaded must not end before.
    static void waitForBackend();

    // Reads the admin's CA file into *pem and checks it without the backend; returns what is
    // wrong with it in the admin's words (naming the file and what to do), or nothing.
    [[nodiscard]] static QString readCaFile(const QString &path, QByteArray *pem);

    // Whether the bytes hold a PEM certificate block whose content is well-formed base64 of a
    // DER structure: the mistakes an admin makes, found without the backend. Whether it is a
    // certificate the backend can use is known once ready().
    [[nodiscard]] static bool hasPemCertificate(const QByteArray &pem);

Q_SIGNALS:
    void ready();

private:
    void work(const QString &caFile, const QByteArray &pem);

    std::thread m_thread;
    bool m_ready = false;
    // Written by the thread before it posts ready(); read on this object's thread after.
    QList<QSslCertificate> m_certificates;
    QString m_caProblem;
};

} // namespace mailflow::probe
