#include "probe/validator.h"
#include "support/fakesmtpserver.h"
#include "support/probeharness.h"
#include "support/testpki.h"
#include "support/validatorharness.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailflow;
using namespace mailflow::probe;
using namespace mailflow::probe::test;

// Which addresses the Validator probes: every address behind a name, each address of a small
// range, MX routing through each exchanger; and what it reports for a range too large to
// probe, a name that does not resolve and a null MX.
class tst_ValidatorAddresses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nameWithTwoAddressesProbesBoth();
    void smallRangeProbesEachAddress();
    void largeRangeIsSkipped();
    void unresolvableName();
    void mxRoutingProbesEachExchanger();
    void nullMx();

private:
    TestPki m_pki;
};

void tst_ValidatorAddresses::initTestCase()
{
    QVERIFY2(m_pki.create(), qPrintable(m_pki.errorString()));
}

void tst_ValidatorAddresses::nameWithTwoAddressesProbesBoth()
{
    // Two servers behind one name, one of them with a certificate for another name: the
    // classic cause of half the mail failing. Each address gets its own task and result.
    FakeSmtpServer v4;
    FakeSmtpServer v6;
    QVERIFY(v4.start());
    if (!v6.start(QHostAddress::LocalHostIPv6, v4.port()))
        QSKIP("IPv6 loopback is not available here");
    const QString tls = u"S: 220 mail.contoso.com ESMTP\nC: EHLO probe.test\n"
                        "S: 250-mail.contoso.com\nS: 250 STARTTLS\nC: STARTTLS\n"
                        "S: 220 Ready\nX: starttls\nC: EHLO probe.test\nS: 250 mail.contoso.com\n"_s
        + mailTransaction();
    v4.setCertificate(m_pki.good.certificate, m_pki.good.key);
    v6.setCertificate(m_pki.wrongName.certificate, m_pki.wrongName.key);
    v4.setScript(tls);
    v6.setScript(tls);

    Connector c = outboundConnector({u"mail.contoso.com"_s});
    c.tls = TlsSettings::DomainValidation;
    c.tlsDomain = u"mail.contoso.com"_s;
    ProbeOptions o = validatorOptions(v4.port());
    o.caFile = m_pki.caFile();
    o.hostAddresses.insert(u"mail.contoso.com"_s,
                           {QHostAddress(QHostAddress::LocalHost),
                            QHostAddress(QHostAddress::LocalHostIPv6)});
    Validator validator;
    const ValidationReport report = runValidation(validator, c, o);

    QVERIFY(!report.succeeded);
    QCOMPARE(taskStatuses(report),
             u"lookup:connect:mail.contoso.com:mail.contoso.com=succeeded, "
             "connect:mail.contoso.com:127.0.0.1=succeeded, "
             "connect:mail.contoso.com:::1=failed, send=failed"_s);
    QCOMPARE(report.tasks.at(1).title, u"Check connectivity to mail.contoso.com (127.0.0.1)"_s);
    QCOMPARE(report.hosts.size(), 2);
    QCOMPARE(report.hosts.at(1).failure, FailureClass::CertificateNameMismatch);
    QCOMPARE(report.hosts.at(1).certificate.subjectAltNames,
             QStringList{u"mail.fabrikam.com"_s});
    QVERIFY(report.hosts.at(0).messageAccepted);
    QVERIFY(!v6.receivedCommand(u"MAIL FROM"_s));
    QVERIFY(report.summary.contains(u"mail.fabrikam.com"_s));
}

void tst_ValidatorAddresses::smallRangeProbesEachAddress()
{
    // 127.0.0.0/30 holds two host addresses; only 127.0.0.1 has a server listening.
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(deliveryScript());

    Validator validator;
    const ValidationReport report =
        runValidation(validator, outboundConnector({u"127.0.0.0/30"_s}),
                      validatorOptions(server.port()));

    QCOMPARE(report.hosts.size(), 2);
    QCOMPARE(report.hosts.at(0).address, u"127.0.0.1"_s);
    QCOMPARE(report.hosts.at(1).address, u"127.0.0.2"_s);
    QVERIFY(report.hosts.at(0).succeeded);
    QCOMPARE(report.hosts.at(1).failure, FailureClass::ConnectionRefused);
    QCOMPARE(report.tasks.at(1).title, u"Check connectivity to 127.0.0.0/30 (127.0.0.2)"_s);
}

void tst_ValidatorAddresses::largeRangeIsSkipped()
{
    Validator validator;
    const ValidationReport report =
        runValidation(validator, outboundConnector({u"192.0.2.0/24"_s}), validatorOptions(25));

    QVERIFY(!report.succeeded);
    QCOMPARE(report.hosts.size(), 0);
    QCOMPARE(taskStatuses(report), u"connect:192.0.2.0/24=skipped, send=failed"_s);
    QVERIFY(report.tasks.first().detail.contains(u"256"_s));
    QVERIFY(report.summary.startsWith(u"Nothing was validated: The range 192.0.2.0/24"_s));
}

void tst_ValidatorAddresses::unresolvableName()
{
    Connector c = outboundConnector({u"mail.contoso.com"_s});
    ProbeOptions o = validatorOptions(25);
    o.hostAddresses.insert(u"mail.contoso.com"_s, {});
    Validator validator;
    const ValidationReport report = runValidation(validator, c, o);

    QVERIFY(!report.succeeded);
    QCOMPARE(report.hosts.size(), 1);
    QCOMPARE(report.hosts.first().failure, FailureClass::NameNotFound);
    QCOMPARE(report.tasks.first().status, TaskStatus::Failed);
    QVERIFY(report.tasks.first().detail.contains(u"mail.contoso.com"_s));
}

void tst_ValidatorAddresses::mxRoutingProbesEachExchanger()
{
    FakeSmtpServer server;
    QVERIFY(server.start());
    server.setScript(deliveryScript());

    Connector c = outboundConnector({});
    c.kind = ConnectorKind::OutboundToPartner;
    c.routing = ConnectorRouting::MxRecord;
    c.validationRecipients = {u"admin@contoso.com"_s};
    ProbeOptions o = validatorOptions(server.port());
    o.mailExchangers.insert(u"contoso.com"_s, {u"mx1.contoso.com"_s, u"127.0.0.1"_s});
    o.hostAddresses.insert(u"mx1.contoso.com"_s, {QHostAddress(QHostAddress::LocalHost)});
    Validator validator;
    const ValidationReport report = runValidation(validator, c, o);

    QVERIFY2(report.succeeded, qPrintable(report.summary));
    QCOMPARE(taskStatuses(report),
             u"mx:contoso.com=succeeded, "
             "lookup:connect:contoso.com:mx1.contoso.com:mx1.contoso.com=succeeded, "
             "connect:contoso.com:mx1.contoso.com:127.0.0.1=succeeded, "
             "connect:contoso.com:127.0.0.1:127.0.0.1=succeeded, send=succeeded"_s);
    QCOMPARE(server.connectionCount(), 2);
}

void tst_ValidatorAddresses::nullMx()
{
    Connector c = outboundConnector({});
    c.kind = ConnectorKind::OutboundToPartner;
    c.routing = ConnectorRouting::MxRecord;
    ProbeOptions o = validatorOptions(25);
    o.mailExchangers.insert(u"contoso.com"_s, {u"."_s});
    Validator validator;
    const ValidationReport report = runValidation(validator, c, o);

    QVERIFY(!report.succeeded);
    QCOMPARE(report.tasks.first().status, TaskStatus::Failed);
    QVERIFY(report.tasks.first().detail.contains(u"RFC 7505"_s));
}

QTEST_GUILESS_MAIN(tst_ValidatorAddresses)
#include "tst_validatoraddresses.moc"
