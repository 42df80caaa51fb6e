#include "probe/certificatecheck.h"
#include "support/testpki.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailflow;
using namespace mailflow::probe;
using namespace mailflow::probe::test;

Q_DECLARE_METATYPE(mailflow::probe::FailureClass)
Q_DECLARE_METATYPE(mailflow::TlsSettings)

// RFC 6125 name matching against the connector's TLS domain, the names a certificate
// presents, and what certificate errors mean under each TLS setting.
class tst_CertificateCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nameMatches_data();
    void nameMatches();
    void presentedNames();
    void describe();
    void classify_data();
    void classify();

private:
    TestPki m_pki;
};

void tst_CertificateCheck::initTestCase()
{
    QVERIFY2(m_pki.create(), qPrintable(m_pki.errorString()));
}

void tst_CertificateCheck::nameMatches_data()
{
    QTest::addColumn<QString>("presented");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("matches");

    QTest::newRow("same name") << u"mail.contoso.com"_s << u"mail.contoso.com"_s << true;
    QTest::newRow("case differs") << u"Mail.Contoso.COM"_s << u"mail.contoso.com"_s << true;
    QTest::newRow("trailing dot") << u"mail.contoso.com."_s << u"mail.contoso.com"_s << true;
    QTest::newRow("other name") << u"mail.fabrikam.com"_s << u"mail.contoso.com"_s << false;
    QTest::newRow("parent") << u"contoso.com"_s << u"mail.contoso.com"_s << false;
    QTest::newRow("suffix is not a label")
        << u"xmail.contoso.com"_s << u"mail.contoso.com"_s << false;

    QTest::newRow("wildcard certificate, one label")
        << u"*.contoso.com"_s << u"mail.contoso.com"_s << true;
    QTest::newRow("wildcard certificate, not the parent")
        << u"*.contoso.com"_s << u"contoso.com"_s << false;
    QTest::newRow("wildcard certificate, not two labels")
        << u"*.contoso.com"_s << u"a.b.contoso.com"_s << false;
    QTest::newRow("partial-label wildcard is not honoured")
        << u"m*.contoso.com"_s << u"mail.contoso.com"_s << false;
    QTest::newRow("wildcard in the middle")
        << u"mail.*.com"_s << u"mail.contoso.com"_s << false;
    QTest::newRow("wildcard over a top-level domain") << u"*.com"_s << u"contoso.com"_s << false;
    QTest::newRow("lone wildcard") << u"*"_s << u"contoso"_s << false;

    QTest::newRow("wildcard domain, child")
        << u"mail.contoso.com"_s << u"*.contoso.com"_s << true;
    QTest::newRow("wildcard domain, same wildcard")
        << u"*.contoso.com"_s << u"*.Contoso.com"_s << true;
    QTest::newRow("wildcard domain, not the parent")
        << u"contoso.com"_s << u"*.contoso.com"_s << false;
    QTest::newRow("wildcard domain, not a grandchild")
        << u"a.b.contoso.com"_s << u"*.contoso.com"_s << false;
    QTest::newRow("wildcard domain, broader wildcard")
        << u"*.com"_s << u"*.contoso.com"_s << false;
    QTest::newRow("wildcard domain, narrower wildcard")
        << u"*.mail.contoso.com"_s << u"*.contoso.com"_s << false;
    QTest::newRow("empty presented") << QString() << u"mail.contoso.com"_s << false;
    QTest::newRow("empty reference") << u"mail.contoso.com"_s << QString() << false;
}

void tst_CertificateCheck::nameMatches()
{
    QFETCH(QString, presented);
    QFETCH(QString, reference);
    QFETCH(bool, matches);

    QCOMPARE(tlsNameMatches(presented, reference), matches);
}

void tst_CertificateCheck::presentedNames()
{
    QCOMPARE(presentedDnsNames(m_pki.good.certificate), QStringList{u"mail.contoso.com"_s});
    QCOMPARE(presentedDnsNames(m_pki.wildcard.certificate), QStringList{u"*.contoso.com"_s});
    QVERIFY(certificateMatchesDomain(m_pki.good.certificate, u"mail.contoso.com"_s));
    QVERIFY(!certificateMatchesDomain(m_pki.wrongName.certificate, u"mail.contoso.com"_s));
    QVERIFY(certificateMatchesDomain(m_pki.wildcard.certificate, u"smtp.contoso.com"_s));

    // Without any SAN the common name counts (RFC 6125 §6.4.4); the test CA has none.
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(m_pki.caFile());
    QCOMPARE(ca.size(), 1);
    QCOMPARE(presentedDnsNames(ca.first()), QStringList{u"Mailflow Test CA"_s});
}

void tst_CertificateCheck::describe()
{
    const CertificateInfo info = describeCertificate(m_pki.expired.certificate);
    QCOMPARE(info.subject, u"CN=mail.contoso.com"_s);
    QCOMPARE(info.issuer, u"CN=Mailflow Test CA"_s);
    QCOMPARE(info.subjectAltNames, QStringList{u"mail.contoso.com"_s});
    QCOMPARE(info.notBeforeUtc, QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(info.notAfterUtc, QDateTime(QDate(2020, 2, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(!info.selfSigned);
    QVERIFY(info.sha256.contains(QRegularExpression(u"^([0-9A-F]{2}:){31}[0-9A-F]{2}$"_s)));

    QVERIFY(describeCertificate(m_pki.selfSigned.certificate).selfSigned);
    QVERIFY(describeCertificate(QSslCertificate()).isNull());
}

void tst_CertificateCheck::classify_data()
{
    QTest::addColumn<TlsSettings>("tls");
    QTest::addColumn<QList<int>>("errors");
    QTest::addColumn<FailureClass>("verdict");

    const QList<int> selfSigned = {QSslError::SelfSignedCertificate};
    const QList<int> expired = {QSslError::CertificateExpired};
    const QList<int> notYet = {QSslError::CertificateNotYetValid};
    const QList<int> name = {QSslError::HostNameMismatch};
    const QList<int> expiredSelfSigned = {QSslError::CertificateExpired,
                                          QSslError::SelfSignedCertificate};
    const auto none = FailureClass::None;

    QTest::newRow("opportunistic accepts self-signed") << TlsSettings::None << selfSigned << none;
    QTest::newRow("encryption only accepts expired")
        << TlsSettings::EncryptionOnly << expired << none;
    const auto cv = TlsSettings::CertificateValidation;
    QTest::newRow("no errors") << cv << QList<int>() << none;
    QTest::newRow("host name is checked elsewhere") << cv << name << none;
    QTest::newRow("self-signed") << cv << selfSigned << FailureClass::CertificateUntrusted;
    QTest::newRow("expired") << cv << expired << FailureClass::CertificateExpired;
    QTest::newRow("not yet valid") << cv << notYet << FailureClass::CertificateNotYetValid;
    QTest::newRow("untrusted outranks expired")
        << TlsSettings::DomainValidation << expiredSelfSigned
        << FailureClass::CertificateUntrusted;
    QTest::newRow("revoked is untrusted")
        << cv << QList<int>{QSslError::CertificateRevoked} << FailureClass::CertificateUntrusted;
}

void tst_CertificateCheck::classify()
{
    QFETCH(TlsSettings, tls);
    QFETCH(QList<int>, errors);
    QFETCH(FailureClass, verdict);

    QList<QSslError> sslErrors;
    for (const int error : std::as_const(errors))
        sslErrors.append(QSslError(QSslError::SslError(error), m_pki.good.certificate));
    QCOMPARE(failureClassId(classifySslErrors(sslErrors, tls)), failureClassId(verdict));
}

QTEST_GUILESS_MAIN(tst_CertificateCheck)
#include "tst_certificatecheck.moc"
