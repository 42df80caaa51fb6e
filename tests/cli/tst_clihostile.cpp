#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <unistd.h>

using namespace Qt::StringLiterals;

// The command line against hostile surroundings: output that cannot be written, and names
// that carry terminal escape sequences.
class TestCliHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullOutputIsAnError();
    void readerGoneIsAnError();
    void escapesInNamesAreNotPrinted_data();
    void escapesInNamesAreNotPrinted();
};

void TestCliHostile::fullOutputIsAnError()
{
    if (!QFile::exists(u"/dev/full"_s))
        QSKIP("this system has no /dev/full");

    QProcess process;
    process.setStandardOutputFile(u"/dev/full"_s);
    const QString sample = QStringLiteral(MAILFLOW_SOURCE_DIR "/resources/sample.mailflow.json");
    process.start(qEnvironmentVariable("MAILFLOW_BINARY"), {u"show"_s, sample});
    QVERIFY(process.waitForFinished(30000));

    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(u"could not write the output"_s), qPrintable(error));
}

// `mailflow-admin show FILE | head -1`: the reader is gone before the output is written.
// Whether the process had opened a socket yet must not matter: it says so and exits 2.
void TestCliHostile::readerGoneIsAnError()
{
    int fds[2];
    QVERIFY(::pipe(fds) == 0);
    ::close(fds[0]);

    QProcess process;
    process.setChildProcessModifier([fd = fds[1]] {
        // As a shell leaves it: SIGPIPE at its default, which ends the process.
        std::signal(SIGPIPE, SIG_DFL);
        ::dup2(fd, STDOUT_FILENO);
    });
    const QString sample = QStringLiteral(MAILFLOW_SOURCE_DIR "/resources/sample.mailflow.json");
    process.start(qEnvironmentVariable("MAILFLOW_BINARY"), {u"show"_s, sample});
    QVERIFY(process.waitForFinished(30000));
    ::close(fds[1]);

    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(u"could not write the output"_s), qPrintable(error));
}

void TestCliHostile::escapesInNamesAreNotPrinted_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("show") << u"show"_s;
    QTest::newRow("lint") << u"lint"_s;
}

void TestCliHostile::escapesInNamesAreNotPrinted()
{
    QFETCH(QString, command);

    QFile sampleFile(QStringLiteral(MAILFLOW_SOURCE_DIR "/resources/sample.mailflow.json"));
    QVERIFY(sampleFile.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(sampleFile.readAll()).object();
    QJsonArray connectors = root.value(u"connectors"_s).toArray();
    QJsonObject first = connectors.at(0).toObject();
    first.insert(u"name"_s, u"Evil\x1b[2J\r\nFAKE LINE \u202e"_s);
    first.insert(u"description"_s, u"\x1b]0;pwned\x07\x9b"_s);
    connectors.replace(0, first);
    root.insert(u"connectors"_s, connectors);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"escapes.mailflow.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    file.close();

    QProcess process;
    process.start(qEnvironmentVariable("MAILFLOW_BINARY"), {command, path});
    QVERIFY(process.waitForFinished(30000));
    const QByteArray out = process.readAllStandardOutput();

    QVERIFY2(out.contains("Evil"), out.constData());
    QVERIFY2(!out.contains('\x1b'), out.constData());
    QVERIFY2(!out.contains('\r'), out.constData());
    QVERIFY2(!out.contains("\nFAKE LINE"), out.constData());
    QVERIFY2(!out.contains("\u202e"), out.constData());
}

QTEST_GUILESS_MAIN(TestCliHostile)

#include "tst_clihostile.moc"
