#include "probe/tlsloader.h"
#include "support/testpki.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailflow::probe;
using namespace mailflow::probe::test;

// The loader of a validation run: the early check of the admin's CA file, which needs no TLS
// backend, and the decoding on the loader's thread.
class tst_TlsLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pemCheck_data();
    void pemCheck();
    void decodesCaFile();
    void reportsUndecodableCaFile();
    void readyWithoutCaFile();
    void destroyedWhileLoading();

private:
    TestPki m_pki;
    QByteArray m_caPem;
};

namespace {

QByteArray pemBlock(const QByteArray &body)
{
    return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
}

} // namespace

void tst_TlsLoader::initTestCase()
{
    QVERIFY2(m_pki.create(), qPrintable(m_pki.errorString()));
    QFile file(m_pki.caFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_caPem = file.readAll();
}

void tst_TlsLoader::pemCheck_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<bool>("accepted");

    const QByteArray sequence = QByteArray::fromHex("3003020105").toBase64();
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("plain text") << QByteArray("not a certificate\n") << false;
    QTest::newRow("DER bytes") << QByteArray::fromHex("308201a23082014aa003") << false;
    QTest::newRow("no end line") << QByteArray("-----BEGIN CERTIFICATE-----\n" + sequence)
                                 << false;
    QTest::newRow("not base64") << pemBlock("@@@@") << false;
    QTest::newRow("not a SEQUENCE") << pemBlock(QByteArray("hello").toBase64()) << false;
    QTest::newRow("length too long")
        << pemBlock(QByteArray::fromHex("3005020105").toBase64()) << false;
    QTest::newRow("bytes after the SEQUENCE")
        << pemBlock(QByteArray::fromHex("300302010500").toBase64()) << false;
    QTest::newRow("a private key only")
        << QByteArray("-----BEGIN PRIVATE KEY-----\n" + sequence + "\n-----END PRIVATE KEY-----\n")
        << false;
    QTest::newRow("DER SEQUENCE") << pemBlock(sequence) << true;
    QTest::newRow("broken block, then a good one") << pemBlock("@@@@") + pemBlock(sequence)
                                                   << true;
}

void tst_TlsLoader::pemCheck()
{
    QFETCH(QByteArray, pem);
    QFETCH(bool, accepted);
    QCOMPARE(TlsLoader::hasPemCertificate(pem), accepted);
}

void tst_TlsLoader::decodesCaFile()
{
    QVERIFY(TlsLoader::hasPemCertificate(m_caPem));
    TlsLoader loader;
    QSignalSpy ready(&loader, &TlsLoader::ready);
    loader.start(m_pki.caFile(), m_caPem);
    QVERIFY(!loader.isReady()); // ready() comes from the event loop, never inside start()
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.size(), 1);
    QVERIFY(loader.isReady());
    QCOMPARE(loader.caProblem(), QString());
    QCOMPARE(loader.caCertificates().size(), 1);
    QCOMPARE(loader.caCertificates().first().subjectDisplayName(), u"Mailflow Test CA"_s);
}

void tst_TlsLoader::reportsUndecodableCaFile()
{
    TlsLoader loader;
    QSignalSpy ready(&loader, &TlsLoader::ready);
    loader.start(u"/etc/private-ca.pem"_s, pemBlock(QByteArray::fromHex("3003020105").toBase64()));
    QVERIFY(ready.wait(10000));
    QVERIFY(loader.caCertificates().isEmpty());
    QVERIFY2(loader.caProblem().contains(u"/etc/private-ca.pem"_s), qPrintable(loader.caProblem()));
}

void tst_TlsLoader::readyWithoutCaFile()
{
    TlsLoader loader;
    QSignalSpy ready(&loader, &TlsLoader::ready);
    loader.start({}, {});
    QVERIFY(ready.wait(10000));
    QVERIFY(loader.caCertificates().isEmpty());
    QCOMPARE(loader.caProblem(), QString());
}

void tst_TlsLoader::destroyedWhileLoading()
{
    // The thread is joined and its queued ready() dropped with the object.
    QObject receiver;
    int readyCount = 0;
    {
        TlsLoader loader;
        QObject::connect(&loader, &TlsLoader::ready, &receiver, [&] { ++readyCount; });
        loader.start(m_pki.caFile(), m_caPem);
    }
    QTest::qWait(50);
    QCOMPARE(readyCount, 0);
}

QTEST_GUILESS_MAIN(tst_TlsLoader)
#include "tst_tlsloader.moc"
