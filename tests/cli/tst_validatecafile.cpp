#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `validate --ca-file` with a file that holds no certificate is a usage error, found before any
// connection. The check runs once the TLS backend has loaded (validate loads it on a thread of
// its own), so these tests pin down that it still happens and still stops the run.
class TestValidateCaFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusesFileWithoutCertificate_data();
    void refusesFileWithoutCertificate();

private:
    QTemporaryDir m_dir;
    // Stands in for the smart host: a run that got past the check would connect here.
    QTcpServer m_server;
};

void TestValidateCaFile::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("MAILFLOW_BINARY"), "MAILFLOW_BINARY is not set");
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
}

void TestValidateCaFile::refusesFileWithoutCertificate_data()
{
    QTest::addColumn<QByteArray>("content");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("plain text") << QByteArray("This is not a certificate.\n");
    QTest::newRow("DER bytes") << QByteArray::fromHex("308201a23082014aa003020102");
    QTest::newRow("broken PEM block")
        << QByteArray("-----BEGIN CERTIFICATE-----\n@@@@\n-----END CERTIFICATE-----\n");
}

void TestValidateCaFile::refusesFileWithoutCertificate()
{
    QFETCH(QByteArray, content);

    const QString caFile = m_dir.filePath(u"ca.pem"_s);
    QFile file(caFile);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
    file.close();

    QProcess process;
    process.start(qEnvironmentVariable("MAILFLOW_BINARY"),
                  {u"validate"_s,
                   QStringLiteral(MAILFLOW_SOURCE_DIR) + u"/tests/integration/data/"
                                                         "loopback.mailflow.json"_s,
                   u"--connector"_s, u"Loopback certificate validation"_s,
                   u"--port"_s, QString::number(m_server.serverPort()),
                   u"--ca-file"_s, caFile, u"--timeout"_s, u"1"_s, u"--no-data"_s});
    QVERIFY(process.waitForFinished(60000));

    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(u"--ca-file"_s), qPrintable(error));
    QVERIFY2(error.contains(u"holds no PEM certificate"_s), qPrintable(error));
    QVERIFY2(!m_server.waitForNewConnection(0), "the run connected to the smart host");
}

QTEST_GUILESS_MAIN(TestValidateCaFile)
#include "tst_validatecafile.moc"
