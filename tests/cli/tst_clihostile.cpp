#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

// The command line against hostile surroundings: output that cannot be written.
class TestCliHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullOutputIsAnError();
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

QTEST_GUILESS_MAIN(TestCliHostile)

#include "tst_clihostile.moc"
