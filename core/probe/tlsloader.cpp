#include "tlsloader.h"

#include "logging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSslConfiguration>
#include <QSslSocket>

#include <future>

using namespace Qt::StringLiterals;

namespace mailflow::probe {

namespace {

// One load per process, whoever asks first; later askers wait for the same one. OpenSSL work
// on two threads at once measured slower than one after the other (they contend for its
// locks), so everything TLS before the handshake happens on this one thread.
std::shared_future<void> backendLoading()
{
    static const std::shared_future<void> loading = std::async(std::launch::async, [] {
        QElapsedTimer clock;
        clock.start();
        QSslSocket::supportsSsl();
        QSslConfiguration::defaultConfiguration();
        qCDebug(lcProbe) << "TLS backend loaded in" << clock.nsecsElapsed() / 1000 << "µs";
    }).share();
    return loading;
}

// A certificate is one DER SEQUENCE whose length says exactly how many bytes follow.
bool isDerSequence(const QByteArray &der)
{
    if (der.size() < 2 || quint8(der.at(0)) != 0x30)
        return false;
    const quint8 first = quint8(der.at(1));
    if (first < 0x80)
        return der.size() == 2 + first;
    const int lengthBytes = first & 0x7f;
    if (lengthBytes == 0 || lengthBytes > 4 || der.size() < 2 + lengthBytes)
        return false;
    qint64 length = 0;
    for (int i = 0; i < lengthBytes; ++i)
        length = (length << 8) | quint8(der.at(2 + i));
    return der.size() == 2 + lengthBytes + length;
}

} // namespace

TlsLoader::TlsLoader(QObject *parent)
    : QObject(parent)
{
}

TlsLoader::~TlsLoader()
{
    if (m_thread.joinable())
        m_thread.join();
}

void TlsLoader::preloadBackend()
{
    backendLoading();
}

void TlsLoader::waitForBackend()
{
    backendLoading().wait();
}

QString TlsLoader::readCaFile(const QString &path, QByteArray *pem)
{
    // A private CA's file holds a few certificates; even the system's whole bundle is a
    // fifth of this. A larger file would keep the run decoding for seconds.
    constexpr qint64 maxBytes = 1024 * 1024;

    const auto tooLarge = [&path] {
        return tr("The CA file %1 is larger than 1 MiB. A CA file holds the certificates of a "
                  "private CA, usually one or two; give only those.").arg(path);
    };

    const QFileInfo info(path);
    if (!info.exists())
        return tr("The CA file %1 does not exist. Check the path.").arg(path);
    if (info.isDir())
        return tr("%1 is a folder. Give the CA file itself, a PEM file.").arg(path);
    if (!info.isFile())
        return tr("%1 is not a regular file. Give the CA file itself, a PEM file.").arg(path);
    if (info.size() > maxBytes)
        return tooLarge();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return tr("The CA file %1 cannot be read: %2. Check its permissions.")
            .arg(path, file.errorString());
    }
    *pem = file.read(maxBytes + 1);
    // The file can have grown between the look and the read.
    if (pem->size() > maxBytes)
        return tooLarge();
    if (!hasPemCertificate(*pem)) {
        return tr("The CA file %1 holds no PEM certificate: no -----BEGIN CERTIFICATE----- "
                  "block with well-formed content. Convert a DER certificate with 'openssl "
                  "x509 -inform der -in FILE -out FILE.pem'.").arg(path);
    }
    return {};
}

bool TlsLoader::hasPemCertificate(const QByteArray &pem)
{
    static constexpr QByteArrayView begin("-----BEGIN CERTIFICATE-----");
    static constexpr QByteArrayView end("-----END CERTIFICATE-----");

    qsizetype from = 0;
    while ((from = pem.indexOf(begin, from)) >= 0) {
        from += begin.size();
        const qsizetype to = pem.indexOf(end, from);
        if (to < 0)
            return false;
        const QByteArray body = pem.mid(from, to - from).simplified().replace(' ', "");
        const auto decoded =
            QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && isDerSequence(*decoded))
            return true;
        from = to + end.size();
    }
    return false;
}

void TlsLoader::start(const QString &caFile, const QByteArray &pem)
{
    if (m_thread.joinable() || m_ready)
        return;
    m_thread = std::thread([this, caFile, pem] { work(caFile, pem); });
}

void TlsLoader::work(const QString &caFile, const QByteArray &pem)
{
    backendLoading().wait();

    if (!pem.isEmpty()) {
        m_certificates = QSslCertificate::fromData(pem, QSsl::Pem);
        if (m_certificates.isEmpty()) {
            m_caProblem = tr("The CA file %1 holds no certificate that can be read: its "
                             "-----BEGIN CERTIFICATE----- blocks are damaged. Export the CA "
                             "certificate again in PEM form.").arg(caFile);
        }
    }

    // Queued to this object's thread; dropped if the object is gone by then.
    QMetaObject::invokeMethod(this, [this] {
        m_ready = true;
        Q_EMIT ready();
    }, Qt::QueuedConnection);
}

} // namespace mailflow::probe
