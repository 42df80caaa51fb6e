#include "probe/validator.h"
#include "support/fakesmtpserver.h"
#include "support/probeharness.h"
#include "support/testpki.h"
#include "support/validatorharness.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailflow;
using namespace mailflow::probe;
using namespace mailflow::probe::test;

// Settings the Validator checks before any connection: a CA file that cannot be used and input
// the probe must refuse; and a private CA file that makes a certificate trusted.
class tst_ValidatorSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badCaFile_data();
    void badCaFile();
    void caFileTrustsPrivateCa();
    void undecodableCaFile();
    void undecodableCaFileWithoutServer();
    void badInputIsRefused_data();
    void badInputIsRefused();

private:
    TestPki m_pki;
};

void tst_ValidatorSettings::initTestCase()
{
    QVERIFY2(m_pki.create(), qPrintable(m_pki.errorString()));
}

void tst_ValidatorSettings::badCaFile_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QString() << u"does not exist"_s;
    QTest::newRow("not PEM") << u"hello"_s << u"no PEM certificate"_s;
    QTest::newRow("over 1 MiB") << QString(1024 * 1024 + 1, u'A') << u"larger than 1 MiB"_s;
    QTest::newRow("a folder") << u"<folder>"_s << u"is a folder"_s;
}

void tst_ValidatorSettings::badCaFile()
{
    QFETCH(QString, content);
    QFETCH(QString, expected);

    const QString path = m_pki.path(u"bad-ca.pem"_s);
    QFile::remove(path);
    QDir(path).removeRecursively();
    if (content == u"<folder>") {
        QVERIFY(QDir().mkpath(path));
    } else if (!content.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content.toUtf8());
    }

    FakeSmtpServer server;
    QVERIFY(server.start());
    ProbeOptions o = validatorOptions(server.port());
    o.caFile = path;
    Validator validator;
    const ValidationReport report =
        runValidation(validator, outboundConnector({u"127.0.0.1"_s}), o);

    QVERIFY(!report.succeeded);
    QCOMPARE(taskStatuses(report), u"ca-file=failed"_s);
    QVERIFY2(report.tasks.first().detail.contains(expected),
             qPrintable(report.tasks.first().detail));
    QVERIFY(report.tasks.first().detail.contains(path));
    QCOMPARE(server.connectionCount(), 0);
}

void tst_ValidatorSettings::caFileTrustsPrivateCa()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setCertificate(m_pki.good.certificate, m_pki.good.key);
    server.setScript(u"S: 220 mail.contoso.com ESMTP\nC: EHLO probe.test\n"
                     "S: 250-mail.contoso.com\nS: 250 STARTTLS\nC: STARTTLS\nS: 220 Ready\n"
                     "X: starttls\n"
                     "C: EHLO probe.test\nS: 250 mail.contoso.com\n"_s + mailTransaction());

    Connector c = outboundConnector({u"127.0.0.1"_s});
    c.tls = TlsSettings::CertificateValidation;
    ProbeOptions o = validatorOptions(server.port());
    o.caFile = m_pki.caFile();
    Validator validator;
    const ValidationReport report = runValidation(validator, c, o);

    QVERIFY2(report.succeeded, qPrintable(report.summary));
    QCOMPARE(report.hosts.first().tlsProtocol, u"TLSv1.3"_s);
}

namespace {

// Base64 and DER framing intact, so the early check passes, yet no certificate.
bool writeUndecodableCaFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write("-----BEGIN CERTIFICATE-----\n"
                      + QByteArray::fromHex("3003020105").toBase64()
                      + "\n-----END CERTIFICATE-----\n") > 0;
}

} // namespace

// Found on the loader's thread while the probe connects, so the probe stops at its handshake
// and the run names the file.
void tst_ValidatorSettings::undecodableCaFile()
{
    const QString path = m_pki.path(u"undecodable-ca.pem"_s);
    QVERIFY(writeUndecodableCaFile(path));

    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setCertificate(m_pki.good.certificate, m_pki.good.key);
    server.setScript(u"S: 220 mail.contoso.com ESMTP\nC: EHLO probe.test\n"
                     "S: 250-mail.contoso.com\nS: 250 STARTTLS\nC: STARTTLS\nS: 220 Ready\n"
                     "X: silence\n"_s);

    Connector c = outboundConnector({u"127.0.0.1"_s});
    c.tls = TlsSettings::CertificateValidation;
    ProbeOptions o = validatorOptions(server.port());
    o.caFile = path;
    Validator validator;
    const ValidationReport report = runValidation(validator, c, o);

    QVERIFY(!report.succeeded);
    QVERIFY2(taskStatuses(report).contains(u"ca-file=failed"_s), qPrintable(taskStatuses(report)));
    QCOMPARE(report.hosts.first().failure, FailureClass::CaFileInvalid);
    QVERIFY(!server.session(0).encrypted);
}

// The server refuses the connection before the loader has decoded anything: the run still
// waits for the verdict on the file and reports it.
void tst_ValidatorSettings::undecodableCaFileWithoutServer()
{
    const QString path = m_pki.path(u"undecodable-ca.pem"_s);
    QVERIFY(writeUndecodableCaFile(path));

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();

    ProbeOptions o = validatorOptions(port);
    o.caFile = path;
    Validator validator;
    const ValidationReport report =
        runValidation(validator, outboundConnector({u"127.0.0.1"_s}), o);

    QVERIFY(!report.succeeded);
    QVERIFY2(taskStatuses(report).contains(u"ca-file=failed"_s), qPrintable(taskStatuses(report)));
    QCOMPARE(report.hosts.first().failure, FailureClass::ConnectionRefused);
}

void tst_ValidatorSettings::badInputIsRefused_data()
{
    QTest::addColumn<QStringList>("smartHosts");
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("expected");

    const QStringList host = {u"127.0.0.1"_s};
    const QStringList recipient = {u"admin@contoso.com"_s};
    QTest::newRow("no smart host") << QStringList() << recipient << QString()
                                   << u"no smart host"_s;
    QTest::newRow("smart host with a port") << QStringList{u"mail.contoso.com:2525"_s}
                                            << recipient << QString() << u"port"_s;
    QTest::newRow("recipient with a line break")
        << host << QStringList{u"admin@contoso.com>\r\nRCPT TO:<x@y.z"_s} << QString()
        << u"Validation recipient"_s;
    QTest::newRow("sender without domain") << host << recipient << u"postmaster"_s
                                           << u"Sender"_s;
}

void tst_ValidatorSettings::badInputIsRefused()
{
    QFETCH(QStringList, smartHosts);
    QFETCH(QStringList, recipients);
    QFETCH(QString, sender);
    QFETCH(QString, expected);

    FakeSmtpServer server;
    QVERIFY(server.start());
    Connector c = outboundConnector(smartHosts);
    c.validationRecipients = recipients;
    ProbeOptions o = validatorOptions(server.port());
    if (!sender.isEmpty())
        o.sender = sender;
    Validator validator;
    const ValidationReport report = runValidation(validator, c, o);

    QVERIFY(!report.succeeded);
    QCOMPARE(taskStatuses(report), u"settings=failed"_s);
    QVERIFY2(report.tasks.first().detail.contains(expected),
             qPrintable(report.tasks.first().detail));
    QCOMPARE(server.connectionCount(), 0);
}

QTEST_GUILESS_MAIN(tst_ValidatorSettings)
#include "tst_validatorsettings.moc"
