#include "probe/smarthostplan.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailflow::probe;

Q_DECLARE_METATYPE(mailflow::probe::SmartHostKind)

// Which addresses a smart host entry stands for, and the order of MX answers.
class tst_SmartHostPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kind_data();
    void kind();
    void range_data();
    void range();
    void mailExchangers();
    void nullMx();
    void addressLiterals();
};

void tst_SmartHostPlan::kind_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<SmartHostKind>("kind");
    QTest::newRow("name") << u"mail.contoso.com"_s << SmartHostKind::Name;
    QTest::newRow("IPv4") << u"192.0.2.10"_s << SmartHostKind::Address;
    QTest::newRow("IPv6") << u"2001:db8::1"_s << SmartHostKind::Address;
    QTest::newRow("range") << u"192.0.2.0/28"_s << SmartHostKind::Range;
}

void tst_SmartHostPlan::kind()
{
    QFETCH(QString, host);
    QFETCH(SmartHostKind, kind);
    QCOMPARE(smartHostKind(host), kind);
}

void tst_SmartHostPlan::range_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<quint64>("total");
    QTest::addColumn<QStringList>("addresses");

    QTest::newRow("/32") << u"192.0.2.7/32"_s << quint64(1) << QStringList{u"192.0.2.7"_s};
    QTest::newRow("/31 has no network address")
        << u"192.0.2.6/31"_s << quint64(2) << QStringList{u"192.0.2.6"_s, u"192.0.2.7"_s};
    QTest::newRow("/30 without network and broadcast")
        << u"192.0.2.5/30"_s << quint64(4) << QStringList{u"192.0.2.5"_s, u"192.0.2.6"_s};
    QStringList sixteen;
    for (int i = 1; i <= 14; ++i)
        sixteen.append(u"192.0.2.%1"_s.arg(16 + i));
    QTest::newRow("/28 is the largest probed") << u"192.0.2.16/28"_s << quint64(16) << sixteen;
    QTest::newRow("/27 is too large") << u"192.0.2.0/27"_s << quint64(32) << QStringList();
    QTest::newRow("/0") << u"0.0.0.0/0"_s << (quint64(1) << 32) << QStringList();
    QTest::newRow("not a range") << u"192.0.2.1"_s << quint64(0) << QStringList();
    QTest::newRow("bad prefix") << u"192.0.2.0/33"_s << quint64(0) << QStringList();
}

void tst_SmartHostPlan::range()
{
    QFETCH(QString, cidr);
    QFETCH(quint64, total);
    QFETCH(QStringList, addresses);

    quint64 size = 99;
    QStringList texts;
    const QList<QHostAddress> found = rangeAddresses(cidr, &size);
    for (const QHostAddress &address : found)
        texts.append(address.toString());
    QCOMPARE(texts, addresses);
    QCOMPARE(size, total);
}

void tst_SmartHostPlan::mailExchangers()
{
    bool nullMx = true;
    const QStringList hosts = orderedMailExchangers(
        {{20, u"mx2.contoso.com."_s}, {10, u"MX1.contoso.com"_s}, {20, u"mx3.contoso.com"_s},
         {30, u"mx1.contoso.com"_s}},
        &nullMx);
    QCOMPARE(hosts, QStringList({u"mx1.contoso.com"_s, u"mx2.contoso.com"_s,
                                 u"mx3.contoso.com"_s}));
    QVERIFY(!nullMx);
}

void tst_SmartHostPlan::nullMx()
{
    bool nullMx = false;
    QVERIFY(orderedMailExchangers({{0, u"."_s}}, &nullMx).isEmpty());
    QVERIFY(nullMx);
}

void tst_SmartHostPlan::addressLiterals()
{
    QCOMPARE(addressLiteral(QHostAddress(u"192.0.2.1"_s)), u"[192.0.2.1]"_s);
    QCOMPARE(addressLiteral(QHostAddress(u"::ffff:192.0.2.1"_s)), u"[192.0.2.1]"_s);
    QCOMPARE(addressLiteral(QHostAddress(u"2001:db8::1"_s)), u"[IPv6:2001:db8::1]"_s);
    QCOMPARE(mailDomain(u"Admin@Contoso.COM"_s), u"contoso.com"_s);
}

QTEST_GUILESS_MAIN(tst_SmartHostPlan)
#include "tst_smarthostplan.moc"
