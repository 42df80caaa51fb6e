#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `validate --ca-file` with a file that holds no certificate is a usage error, found before any
// connection by a check that needs no TLS backend (validate loads that on a thread of its own
// while it connects). These tests pin down that it still happens and still stops the run.
class TestValidateCaFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusesFileWithoutCertificate_data();
    void refusesFileWithoutCertificate();
    void reportsUndecodableCertificate_data();
    void reportsUndecodableCertificate();

private:
    QTemporaryDir m_dir;
    // Stands in for the smart host: a run that got past the check would connect here.
    QTcpServer m_server;
};

namespace {

void startValidate(QProcess &process, quint16 port, const QString &caFile)
{
    process.start(qEnvironmentVariable("MAILFLOW_BINARY"),
                  {u"validate"_s,
                   QStringLiteral(MAILFLOW_SOURCE_DIR) + u"/tests/integration/data/"
                                                         "loopback.mailflow.json"_s,
                   u"--connector"_s, u"Loopback certificate validation"_s,
                   u"--port"_s, QString::number(port),
                   u"--ca-file"_s, caFile, u"--timeout"_s, u"1"_s, u"--no-data"_s});
}

} // namespace

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
    startValidate(process, m_server.serverPort(), caFile);
    QVERIFY(process.waitForFinished(60000));

    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(u"--ca-file"_s), qPrintable(error));
    QVERIFY2(error.contains(u"holds no PEM certificate"_s), qPrintable(error));
    QVERIFY2(!m_server.waitForNewConnection(0), "the run connected to the smart host");
}

// Base64 and DER framing intact, content no certificate: only the TLS backend can tell, on its
// thread while the run connects. The run then reports the file and exits as for a file error.
void TestValidateCaFile::reportsUndecodableCertificate_data()
{
    QTest::addColumn<bool>("refused");
    QTest::newRow("server that never greets") << false;
    // Refused long before the TLS backend has loaded: the run waits for the file's verdict.
    QTest::newRow("connection refused") << true;
}

void TestValidateCaFile::reportsUndecodableCertificate()
{
    QFETCH(bool, refused);
    quint16 port = m_server.serverPort();
    if (refused) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        port = closed.serverPort();
    }

    const QString caFile = m_dir.filePath(u"undecodable.pem"_s);
    QFile file(caFile);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("-----BEGIN CERTIFICATE-----\n" + QByteArray::fromHex("3003020105").toBase64()
               + "\n-----END CERTIFICATE-----\n");
    file.close();

    QProcess process;
    startValidate(process, port, caFile);
    QVERIFY(process.waitForFinished(60000));

    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(output.contains(u"holds no certificate that can be read"_s), qPrintable(output));
    QVERIFY2(output.contains(caFile), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestValidateCaFile)
#include "tst_validatecafile.moc"
