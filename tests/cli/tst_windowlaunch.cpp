#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `mailflow-admin` without a command replaces itself with `mailflow-admin-gui` from its own
// directory. These tests put a copy of the program next to a stand-in window program (or none)
// and check what the stand-in receives, and that the real pair in the build directory works.
class TestWindowLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void forwardsArguments_data();
    void forwardsArguments();
    void missingWindowProgram();
    void startsTheBuiltWindowProgram();

private:
    // A copy of the program in a directory of its own; returns its path.
    QString copyProgram(const QTemporaryDir &dir);

    QString m_program;
};

void TestWindowLaunch::initTestCase()
{
    m_program = qEnvironmentVariable("MAILFLOW_BINARY");
    QVERIFY2(!m_program.isEmpty(), "MAILFLOW_BINARY is not set");
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(m_program));
}

QString TestWindowLaunch::copyProgram(const QTemporaryDir &dir)
{
    const QString copy = dir.filePath(u"mailflow-admin"_s);
    if (!QFile::copy(m_program, copy))
        return {};
    QFile::setPermissions(copy, QFile::permissions(m_program));
    return copy;
}

void TestWindowLaunch::forwardsArguments_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("no arguments") << QStringList();
    QTest::newRow("one workspace") << QStringList{u"contoso.mailflow.json"_s};
    QTest::newRow("spaces and accents")
        << QStringList{u"Contoso routing.mailflow.json"_s, u"Zürich.mailflow.json"_s};
    QTest::newRow("Qt options") << QStringList{u"-platform"_s, u"offscreen"_s, u"a.json"_s};
}

void TestWindowLaunch::forwardsArguments()
{
    QFETCH(QStringList, arguments);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString program = copyProgram(dir);
    QVERIFY(!program.isEmpty());

    // The stand-in prints what it was started with, one word a line, and exits with 7.
    const QString window = dir.filePath(u"mailflow-admin-gui"_s);
    QFile script(window);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nprintf '%s\\n' \"$0\" \"$@\"\nexit 7\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    QProcess process;
    process.start(program, arguments);
    QVERIFY(process.waitForFinished(30000));

    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 7);
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()), QString());
    const QStringList printed =
        QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(printed, QStringList{window} + arguments);
}

void TestWindowLaunch::missingWindowProgram()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString program = copyProgram(dir);
    QVERIFY(!program.isEmpty());

    QProcess process;
    process.start(program, QStringList());
    QVERIFY(process.waitForFinished(30000));

    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(dir.filePath(u"mailflow-admin-gui"_s)), qPrintable(error));
    QVERIFY2(error.contains(u"mailflow-admin --help"_s), qPrintable(error));
}

void TestWindowLaunch::startsTheBuiltWindowProgram()
{
    const QString window = QFileInfo(m_program).dir().filePath(u"mailflow-admin-gui"_s);
    QVERIFY2(QFileInfo(window).isExecutable(), qPrintable(window));

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(environment);
    process.start(m_program, QStringList());
    QVERIFY(process.waitForStarted(30000));

    // The same process becomes the window program and keeps running with the window open.
    const QString executable = u"/proc/%1/exe"_s.arg(process.processId());
    QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(executable).canonicalFilePath(),
                              QFileInfo(window).canonicalFilePath(), 30000);
    QVERIFY(!process.waitForFinished(500));
    QCOMPARE(process.state(), QProcess::Running);

    process.kill();
    QVERIFY(process.waitForFinished(30000));
}

QTEST_GUILESS_MAIN(TestWindowLaunch)
#include "tst_windowlaunch.moc"
