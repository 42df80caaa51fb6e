#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// The export, import and diff commands against hostile paths: devices, FIFOs, their own input
// as output, and a standard output that cannot be written.
class InteropCliTest : public QObject
{
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments, const QString &stdoutFile = {})
    {
        QProcess process;
        if (!stdoutFile.isEmpty())
            process.setStandardOutputFile(stdoutFile);
        process.start(qEnvironmentVariable("MAILFLOW_BINARY"), arguments);
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        Run result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QTemporaryDir m_dir;
    QString m_workspace;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("MAILFLOW_BINARY"));
        QVERIFY(m_dir.isValid());
        // The shipped sample, exported as a script and imported back into a workspace file.
        const QString script = m_dir.filePath(QStringLiteral("sample.ps1"));
        m_workspace = m_dir.filePath(QStringLiteral("w.mailflow.json"));
        QFile::copy(QStringLiteral(MAILFLOW_SOURCE_DIR "/resources/sample.mailflow.json"),
                    m_workspace);
        QFile::setPermissions(m_workspace, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(QFile::exists(m_workspace));
        QCOMPARE(run({QStringLiteral("export"), m_workspace, QStringLiteral("-o"), script})
                     .exitCode,
                 0);
    }

    void inputMustBeRegularFile_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("input");
        QTest::newRow("import /dev/zero") << QStringLiteral("import")
                                          << QStringLiteral("/dev/zero");
        QTest::newRow("diff /dev/zero") << QStringLiteral("diff") << QStringLiteral("/dev/zero");
        QTest::newRow("import FIFO") << QStringLiteral("import") << QStringLiteral("fifo");
        QTest::newRow("diff FIFO") << QStringLiteral("diff") << QStringLiteral("fifo");
    }

    void inputMustBeRegularFile()
    {
        QFETCH(QString, command);
        QFETCH(QString, input);

        if (input == u"fifo") {
            input = m_dir.filePath(QStringLiteral("fifo"));
            if (!QFile::exists(input))
                QCOMPARE(mkfifo(QFile::encodeName(input).constData(), 0600), 0);
        }
        const QStringList arguments = command == u"import"
            ? QStringList{command, input, QStringLiteral("-o"),
                          m_dir.filePath(QStringLiteral("never.mailflow.json"))}
            : QStringList{command, input, m_workspace};
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("not a regular file")),
                 qPrintable(result.err));
    }

    void outputMustBeRegularFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("export to device")
            << QStringList{QStringLiteral("export"), QStringLiteral("WS"), QStringLiteral("-o"),
                           QStringLiteral("/dev/null"), QStringLiteral("--format"),
                           QStringLiteral("powershell"), QStringLiteral("--force")}
            << QStringLiteral("not a regular file");
        QTest::newRow("import to device")
            << QStringList{QStringLiteral("import"), QStringLiteral("SCRIPT"),
                           QStringLiteral("-o"), QStringLiteral("/dev/null"),
                           QStringLiteral("--force")}
            << QStringLiteral("not a regular file");
        QTest::newRow("export over its input")
            << QStringList{QStringLiteral("export"), QStringLiteral("WS"), QStringLiteral("-o"),
                           QStringLiteral("WS"), QStringLiteral("--format"),
                           QStringLiteral("powershell"), QStringLiteral("--force")}
            << QStringLiteral("workspace being exported");
        QTest::newRow("import over its input")
            << QStringList{QStringLiteral("import"), QStringLiteral("SCRIPT"),
                           QStringLiteral("-o"), QStringLiteral("SCRIPT"),
                           QStringLiteral("--force")}
            << QStringLiteral("file being imported");
    }

    void outputMustBeRegularFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);

        arguments.replaceInStrings(QStringLiteral("WS"), m_workspace);
        arguments.replaceInStrings(QStringLiteral("SCRIPT"),
                                   m_dir.filePath(QStringLiteral("sample.ps1")));
        QFile workspace(m_workspace);
        QVERIFY(workspace.open(QIODevice::ReadOnly));
        const QByteArray before = workspace.readAll();
        workspace.close();

        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QVERIFY(workspace.open(QIODevice::ReadOnly));
        QCOMPARE(workspace.readAll(), before);
    }

    void fullStandardOutputFails()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("/dev/full is not available here");
        const Run result = run({QStringLiteral("export"), m_workspace, QStringLiteral("-o"),
                                QStringLiteral("-"), QStringLiteral("--format"),
                                QStringLiteral("powershell")},
                               QStringLiteral("/dev/full"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("standard output")),
                 qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(InteropCliTest)
#include "tst_interopcli.moc"
