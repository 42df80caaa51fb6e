#include "probe/replyparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailflow::probe;

Q_DECLARE_METATYPE(ReplyParser::Error)

// The reply parser alone: framing, codes, multi-line replies and every way a server can break
// them, fed whole, one byte at a time and in two arbitrary halves.
class tst_ReplyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parseOneByteAtATime_data() { parse_data(); }
    void parseOneByteAtATime();
    void parseInTwoHalves_data() { parse_data(); }
    void parseInTwoHalves();
    void errorsStickUntilReset();
    void pendingDataAfterReply();
    void overLongLineIsCaughtBeforeItsEnd();
    void endlessMultiLineReplyIsCut();
    void text_data();
    void text();
};

namespace {

struct Parsed {
    QList<SmtpReply> replies;
    ReplyParser::Error error = ReplyParser::Error::None;
};

Parsed drain(ReplyParser &parser, Parsed parsed)
{
    while (const std::optional<SmtpReply> reply = parser.takeReply())
        parsed.replies.append(*reply);
    parsed.error = parser.error();
    return parsed;
}

QString describe(const QList<SmtpReply> &replies)
{
    QStringList out;
    for (const SmtpReply &reply : replies) {
        out.append(QString::number(reply.code) + u'[' + reply.enhancedCode + u']'
                   + reply.lines.join(u'|'));
    }
    return out.join(u" / "_s);
}

} // namespace

void tst_ReplyParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("replies");
    QTest::addColumn<ReplyParser::Error>("error");

    const auto none = ReplyParser::Error::None;
    QTest::newRow("greeting") << QByteArray("220 mail.contoso.com ESMTP\r\n")
                              << u"220[]mail.contoso.com ESMTP"_s << none;
    QTest::newRow("multi-line EHLO")
        << QByteArray("250-mail.contoso.com\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n"
                      "250 STARTTLS\r\n")
        << u"250[]mail.contoso.com|PIPELINING|SIZE 10240000|STARTTLS"_s << none;
    QTest::newRow("code alone") << QByteArray("250\r\n") << u"250[]"_s << none;
    QTest::newRow("code and hyphen alone")
        << QByteArray("250-\r\n250 done\r\n") << u"250[]|done"_s << none;
    QTest::newRow("two replies in one read")
        << QByteArray("250 2.1.0 Ok\r\n550 5.1.1 No such user\r\n")
        << u"250[2.1.0]2.1.0 Ok / 550[5.1.1]5.1.1 No such user"_s << none;
    QTest::newRow("enhanced code of the wrong class is text")
        << QByteArray("550 2.1.1 odd\r\n") << u"550[]2.1.1 odd"_s << none;
    QTest::newRow("enhanced code with three-digit parts")
        << QByteArray("554 5.7.606 Access denied\r\n")
        << u"554[5.7.606]5.7.606 Access denied"_s << none;
    QTest::newRow("enhanced code needs a space after it")
        << QByteArray("250 2.0.0x\r\n") << u"250[]2.0.0x"_s << none;
    QTest::newRow("partial line waits") << QByteArray("220 almost") << QString() << none;
    QTest::newRow("CR waits for its LF") << QByteArray("220 almost\r") << QString() << none;
    QTest::newRow("partial multi-line waits")
        << QByteArray("250-first\r\n250-second\r\n") << QString() << none;
    QTest::newRow("UTF-8 text") << QByteArray("250 gr\xc3\xbc\xc3\x9f Gott\r\n")
                                << u"250[]grüß Gott"_s << none;
    QTest::newRow("longest legal line")
        << QByteArray("250 " + QByteArray(506, 'a') + "\r\n")
        << u"250[]"_s + QString(506, u'a') << none;

    QTest::newRow("line one octet too long")
        << QByteArray("250 " + QByteArray(507, 'a') + "\r\n") << QString()
        << ReplyParser::Error::LineTooLong;
    QTest::newRow("bare LF") << QByteArray("220 hello\n") << QString()
                             << ReplyParser::Error::BareLineFeed;
    QTest::newRow("bare LF after a good reply")
        << QByteArray("220 hello\r\n250 next\n") << u"220[]hello"_s
        << ReplyParser::Error::BareLineFeed;
    QTest::newRow("empty line") << QByteArray("\r\n") << QString()
                                << ReplyParser::Error::BadCode;
    QTest::newRow("bare CR inside") << QByteArray("220 hel\rlo\r\n") << QString()
                                    << ReplyParser::Error::BareCarriageReturn;
    QTest::newRow("letters for a code") << QByteArray("OK hello\r\n") << QString()
                                        << ReplyParser::Error::BadCode;
    QTest::newRow("first digit 6") << QByteArray("650 hello\r\n") << QString()
                                   << ReplyParser::Error::BadCode;
    QTest::newRow("first digit 1") << QByteArray("150 hello\r\n") << QString()
                                   << ReplyParser::Error::BadCode;
    QTest::newRow("second digit 6") << QByteArray("260 hello\r\n") << QString()
                                    << ReplyParser::Error::BadCode;
    QTest::newRow("two-digit code") << QByteArray("25\r\n") << QString()
                                    << ReplyParser::Error::BadCode;
    QTest::newRow("four-digit code") << QByteArray("2500 hello\r\n") << QString()
                                     << ReplyParser::Error::BadSeparator;
    QTest::newRow("tab separator") << QByteArray("250\thello\r\n") << QString()
                                   << ReplyParser::Error::BadSeparator;
    QTest::newRow("code changes inside a reply")
        << QByteArray("250-first\r\n251 second\r\n") << QString()
        << ReplyParser::Error::CodeChanged;
    QTest::newRow("HTTP answer") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << QString()
                                 << ReplyParser::Error::BadCode;
}

void tst_ReplyParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, replies);
    QFETCH(ReplyParser::Error, error);

    ReplyParser parser;
    parser.feed(input);
    const Parsed parsed = drain(parser, {});

    QCOMPARE(describe(parsed.replies), replies);
    QCOMPARE(parsed.error, error);
}

void tst_ReplyParser::parseOneByteAtATime()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, replies);
    QFETCH(ReplyParser::Error, error);

    ReplyParser parser;
    Parsed parsed;
    for (const char byte : std::as_const(input)) {
        parser.feed(QByteArrayView(&byte, 1));
        parsed = drain(parser, parsed);
    }

    QCOMPARE(describe(parsed.replies), replies);
    QCOMPARE(parsed.error, error);
}

void tst_ReplyParser::parseInTwoHalves()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, replies);
    QFETCH(ReplyParser::Error, error);

    for (qsizetype split = 1; split < input.size(); ++split) {
        ReplyParser parser;
        parser.feed(input.left(split));
        Parsed parsed = drain(parser, {});
        parser.feed(input.mid(split));
        parsed = drain(parser, parsed);

        QCOMPARE(describe(parsed.replies), replies);
        QCOMPARE(parsed.error, error);
    }
}

void tst_ReplyParser::errorsStickUntilReset()
{
    ReplyParser parser;
    parser.feed("220 hello\n");
    QVERIFY(parser.hasError());
    QCOMPARE(parser.errorLine(), QByteArray("220 hello"));

    parser.feed("250 fine\r\n");
    QVERIFY(!parser.takeReply());
    QVERIFY(parser.hasError());

    parser.reset();
    QVERIFY(!parser.hasError());
    parser.feed("250 fine\r\n");
    const std::optional<SmtpReply> reply = parser.takeReply();
    QVERIFY(reply);
    QCOMPARE(reply->code, 250);
}

void tst_ReplyParser::pendingDataAfterReply()
{
    ReplyParser parser;
    parser.feed("220 Ready to start TLS\r\n");
    QVERIFY(parser.takeReply());
    QVERIFY(!parser.hasPendingData());

    parser.feed("220 Ready to start TLS\r\n250 injected");
    QVERIFY(parser.takeReply());
    QVERIFY(parser.hasPendingData());

    parser.reset();
    parser.feed("220 Ready to start TLS\r\n250-x\r\n");
    QVERIFY(parser.takeReply());
    QVERIFY(parser.hasPendingData());
}

void tst_ReplyParser::overLongLineIsCaughtBeforeItsEnd()
{
    // A server streaming an endless line must not make the probe buffer it all.
    ReplyParser parser;
    parser.feed("250 ");
    for (int i = 0; i < 600 && !parser.hasError(); ++i)
        parser.feed("a");
    QCOMPARE(parser.error(), ReplyParser::Error::LineTooLong);
    QCOMPARE(parser.errorLine().size(), 80);
}

void tst_ReplyParser::endlessMultiLineReplyIsCut()
{
    // A server streaming "250-…" lines forever must not make the probe keep them all.
    ReplyParser parser;
    int fed = 0;
    for (; fed < 100000 && !parser.hasError(); ++fed)
        parser.feed("250-PIPELINING and more\r\n");
    QCOMPARE(parser.error(), ReplyParser::Error::TooManyLines);
    QCOMPARE(fed, int(ReplyParser::maxReplyLines) + 1);
    QVERIFY(!parser.takeReply());
    QVERIFY2(parser.errorText().contains(u"more than 100 lines"_s),
             qPrintable(parser.errorText()));

    // A long but finite reply of exactly the limit is still accepted.
    parser.reset();
    for (int i = 1; i < ReplyParser::maxReplyLines; ++i)
        parser.feed("250-X\r\n");
    parser.feed("250 X\r\n");
    QVERIFY(!parser.hasError());
    const std::optional<SmtpReply> reply = parser.takeReply();
    QVERIFY(reply);
    QCOMPARE(reply->lines.size(), ReplyParser::maxReplyLines);
}

void tst_ReplyParser::text_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("wire");

    QTest::newRow("enhanced codes removed from every line")
        << QByteArray("550-5.7.1 Relay access\r\n550 5.7.1 denied\r\n")
        << u"Relay access denied"_s
        << QStringList{u"550-5.7.1 Relay access"_s, u"550 5.7.1 denied"_s};
    QTest::newRow("plain text") << QByteArray("250 Ok\r\n") << u"Ok"_s
                                << QStringList{u"250 Ok"_s};
}

void tst_ReplyParser::text()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, text);
    QFETCH(QStringList, wire);

    ReplyParser parser;
    parser.feed(input);
    const std::optional<SmtpReply> reply = parser.takeReply();
    QVERIFY(reply);
    QCOMPARE(reply->text(), text);
    QCOMPARE(reply->wireLines(), wire);
}

QTEST_GUILESS_MAIN(tst_ReplyParser)
#include "tst_replyparser.moc"
