#include "probe/testmessage.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace mailflow::probe;

// The test message: RFC 5322 headers, CRLF line ends, dot-stuffing, and names that try to
// break out of their header.
class tst_TestMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dotStuffing_data();
    void dotStuffing();
    void date_data();
    void date();
    void headers();
    void lineBreakInNameStaysInItsHeader();
    void nonAsciiName();
};

void tst_TestMessage::dotStuffing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("plain") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("leading dot") << QByteArray(".a\r\n") << QByteArray("..a\r\n.\r\n");
    QTest::newRow("lone dot line") << QByteArray("a\r\n.\r\nb\r\n")
                                   << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("dot inside a line") << QByteArray("a.b\r\n") << QByteArray("a.b\r\n.\r\n");
    QTest::newRow("missing final CRLF") << QByteArray("a") << QByteArray("a\r\n.\r\n");
    QTest::newRow("empty") << QByteArray() << QByteArray(".\r\n");
}

void tst_TestMessage::dotStuffing()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, wire);

    QCOMPARE(dotStuff(content), wire);
}

void tst_TestMessage::date_data()
{
    QTest::addColumn<QDateTime>("dateTime");
    QTest::addColumn<QString>("text");

    QTest::newRow("UTC") << QDateTime(QDate(2025, 7, 1), QTime(9, 5, 3), QTimeZone::utc())
                         << u"Tue, 01 Jul 2025 09:05:03 +0000"_s;
    QTest::newRow("east") << QDateTime(QDate(2025, 1, 31), QTime(23, 0), QTimeZone(5 * 3600 + 1800))
                          << u"Fri, 31 Jan 2025 23:00:00 +0530"_s;
    QTest::newRow("west") << QDateTime(QDate(2024, 2, 29), QTime(0, 0), QTimeZone(-8 * 3600))
                          << u"Thu, 29 Feb 2024 00:00:00 -0800"_s;
}

void tst_TestMessage::date()
{
    QFETCH(QDateTime, dateTime);
    QFETCH(QString, text);

    QCOMPARE(rfc5322Date(dateTime), text);
}

void tst_TestMessage::headers()
{
    TestMessage message = TestMessage::create(u"postmaster@probe.test"_s,
                                              {u"a@contoso.com"_s, u"b@contoso.com"_s},
                                              u"Contoso outbound"_s, u"probe.test"_s);
    message.host = u"mail.contoso.com"_s;
    message.address = u"192.0.2.10"_s;
    const QByteArray content = message.content();

    QVERIFY(message.messageId.startsWith(u'<'));
    QVERIFY(message.messageId.endsWith(u"@probe.test>"_s));
    QVERIFY(content.startsWith("From: <postmaster@probe.test>\r\n"
                               "To: <a@contoso.com>, <b@contoso.com>\r\n"
                               "Subject: Connector validation by Mailflow Admin: "
                               "Contoso outbound\r\nDate: "));
    QVERIFY(content.contains("\r\nMessage-ID: " + message.messageId.toLatin1() + "\r\n"));
    QVERIFY(content.contains("\r\nAuto-Submitted: auto-generated\r\n"));
    QVERIFY(content.contains("\r\n\r\nThis message is a connector validation by Mailflow "
                             "Admin for connector\r\nContoso outbound\r\n"));
    QVERIFY(content.contains("mail.contoso.com (192.0.2.10)"));
    QVERIFY(content.endsWith("\r\n"));

    // Every line ends in CRLF and stays under the 78-character recommendation.
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        QVERIFY(lines.at(i).endsWith('\r'));
        QVERIFY2(lines.at(i).size() <= 79, lines.at(i).constData());
    }
    QVERIFY(lines.last().isEmpty());
}

void tst_TestMessage::lineBreakInNameStaysInItsHeader()
{
    const TestMessage message = TestMessage::create(
        u"postmaster@probe.test"_s, {u"a@contoso.com"_s},
        u"Evil\r\nBcc: victim@fabrikam.com"_s, u"probe.test"_s);
    const QByteArray content = message.content();

    QVERIFY(!content.contains("\r\nBcc:"));
    QVERIFY(content.contains("Subject: Connector validation by Mailflow Admin: Evil  Bcc: "));
}

void tst_TestMessage::nonAsciiName()
{
    const TestMessage message = TestMessage::create(
        u"postmaster@probe.test"_s, {u"a@contoso.com"_s}, u"Zürich ausgehend"_s,
        u"probe.test"_s);
    const QByteArray content = message.content();

    for (const char c : content)
        QVERIFY(static_cast<unsigned char>(c) < 128);
    QVERIFY(content.contains("Subject: =?UTF-8?B?"));
    QVERIFY(content.contains("Content-Transfer-Encoding: quoted-printable\r\n"));
    QVERIFY(content.contains("\r\nZ=C3=BCrich ausgehend\r\n"));
}

QTEST_GUILESS_MAIN(tst_TestMessage)
#include "tst_testmessage.moc"
