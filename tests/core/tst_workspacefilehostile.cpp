#include "store/workspacefile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace mailflow;
using namespace Qt::StringLiterals;

// Files that are not workspace files at all: device nodes, named pipes, symbolic link loops
// and huge files. Each must be refused with a message, before anything is read from it.
class TestWorkspaceFileHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWhatIsNotAFile_data();
    void refusesWhatIsNotAFile();
    void regularFileAndLinkToOneAreReadable();
    void saveRefusesANamedPipe();
    void backupKeepsThePermissions();
};

void TestWorkspaceFileHostile::refusesWhatIsNotAFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");

    QTest::newRow("device /dev/zero") << u"device"_s << u"device"_s;
    QTest::newRow("named pipe") << u"fifo"_s << u"named pipe"_s;
    QTest::newRow("symbolic link loop") << u"loop"_s << u"loop of symbolic links"_s;
    QTest::newRow("folder") << u"folder"_s << u"folder"_s;
    QTest::newRow("65 MiB file") << u"huge"_s << u"64.0 MiB"_s;
}

void TestWorkspaceFileHostile::refusesWhatIsNotAFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(u"hostile.mailflow.json"_s);
    if (kind == u"device") {
        path = u"/dev/zero"_s;
    } else if (kind == u"fifo") {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == u"loop") {
        const QString other = dir.filePath(u"other.mailflow.json"_s);
        QVERIFY(QFile::link(other, path));
        QVERIFY(QFile::link(path, other));
    } else if (kind == u"folder") {
        path = dir.path();
    } else {
        QFile huge(path);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(store::maxWorkspaceFileBytes + 1024 * 1024));
    }

    const std::optional<QString> problem = store::checkReadableFile(path);
    QVERIFY(problem.has_value());
    QVERIFY2(problem->contains(expected), qPrintable(*problem));

    const store::LoadResult result = store::loadWorkspace(path);
    QVERIFY(!result.ok);
    QCOMPARE(result.code, u"file.unreadable"_s);
    QVERIFY2(result.message.contains(expected), qPrintable(result.message));
    QVERIFY2(result.message.contains(path), qPrintable(result.message));
}

void TestWorkspaceFileHostile::regularFileAndLinkToOneAreReadable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plain.mailflow.json"_s);
    QVERIFY(store::saveWorkspace(path, store::loadSampleWorkspace()).ok);
    const QString link = dir.filePath(u"link.mailflow.json"_s);
    QVERIFY(QFile::link(path, link));

    QVERIFY(!store::checkReadableFile(path).has_value());
    QVERIFY(!store::checkReadableFile(link).has_value());
    QVERIFY(store::loadWorkspace(link).ok);
    QCOMPARE(store::checkReadableFile(dir.filePath(u"none"_s)).value_or(QString()),
             u"it does not exist"_s);
}

void TestWorkspaceFileHostile::saveRefusesANamedPipe()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"pipe.mailflow.json"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);

    const store::SaveResult result = store::saveWorkspace(path, store::loadSampleWorkspace());
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(u"named pipe"_s), qPrintable(result.message));

    struct stat status {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QVERIFY(S_ISFIFO(status.st_mode));
}

void TestWorkspaceFileHostile::backupKeepsThePermissions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"private.mailflow.json"_s);
    const Workspace sample = store::loadSampleWorkspace();
    QVERIFY(store::saveWorkspace(path, sample).ok);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QVERIFY(QFile::setPermissions(path, ownerOnly));

    QVERIFY(store::saveWorkspace(path, sample).ok);

    const QFileDevice::Permissions backup =
        QFile::permissions(path + u".bak"_s) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser
                                                 | QFileDevice::ExeUser);
    QCOMPARE(backup, QFileDevice::Permissions(ownerOnly));
}

QTEST_GUILESS_MAIN(TestWorkspaceFileHostile)

#include "tst_workspacefilehostile.moc"
