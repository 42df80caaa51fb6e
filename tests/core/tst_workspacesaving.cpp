#include "store/workspacefile.h"
#include "support/filebytes.h"
#include "support/workspacescenario.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace mailflow;
using namespace mailflow::storetest;

// Saving a workspace: one backup of the previous file, and a failed save or backup that names
// the path and leaves what was on disk as it was.
class TestWorkspaceSaving : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveKeepsOneBackup();
    void failedSave_data();
    void failedSave();
    void failedBackupLeavesFileIntact();
};

void TestWorkspaceSaving::saveKeepsOneBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.mailflow.json"));
    Workspace first = fullScenario();
    Workspace second = first;
    second.connectors[0].name = QStringLiteral("Renamed");
    Workspace third = first;
    third.rules.removeLast();

    QVERIFY(store::saveWorkspace(path, first).ok);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".bak")));

    QVERIFY(store::saveWorkspace(path, second).ok);
    QCOMPARE(readAll(path + QStringLiteral(".bak")), store::workspaceToJson(first));
    QCOMPARE(readAll(path), store::workspaceToJson(second));

    QVERIFY(store::saveWorkspace(path, third).ok);
    QCOMPARE(readAll(path + QStringLiteral(".bak")), store::workspaceToJson(second));
    QCOMPARE(readAll(path), store::workspaceToJson(third));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestWorkspaceSaving::failedSave_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("mention");

    // Tests run as root, so a read-only folder would still be writable; these fail for anyone.
    QTest::newRow("parent is a file") << QStringLiteral("plain-file/w.mailflow.json")
                                      << QStringLiteral("is a file, not a folder");
    QTest::newRow("target is a folder") << QStringLiteral("folder")
                                        << QStringLiteral("is a folder");
    QTest::newRow("parent missing") << QStringLiteral("missing/w.mailflow.json")
                                    << QStringLiteral("does not exist");
}

void TestWorkspaceSaving::failedSave()
{
    QFETCH(QString, target);
    QFETCH(QString, mention);

    QTemporaryDir dir;
    QVERIFY(writeAll(dir.filePath(QStringLiteral("plain-file")), "keep me"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const QString path = dir.filePath(target);

    const store::SaveResult result = store::saveWorkspace(path, fullScenario());
    QVERIFY(!result.ok);
    QCOMPARE(result.code, QStringLiteral("file.save"));
    QVERIFY2(result.message.contains(path), qPrintable(result.message));
    QVERIFY2(result.message.contains(mention), qPrintable(result.message));

    QCOMPARE(readAll(dir.filePath(QStringLiteral("plain-file"))), QByteArray("keep me"));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("folder"))).isDir());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                 .size(), 2);
}

void TestWorkspaceSaving::failedBackupLeavesFileIntact()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.mailflow.json"));
    QVERIFY(store::saveWorkspace(path, fullScenario()).ok);
    const QByteArray before = readAll(path);

    // A folder where the backup belongs makes the backup, and so the save, fail.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("w.mailflow.json.bak")));
    const store::SaveResult result = store::saveWorkspace(path, Workspace());
    QVERIFY(!result.ok);
    QCOMPARE(result.code, QStringLiteral("file.backup"));
    QVERIFY2(result.message.contains(path + QStringLiteral(".bak")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("not changed")), qPrintable(result.message));
    QCOMPARE(readAll(path), before);
}

QTEST_GUILESS_MAIN(TestWorkspaceSaving)
#include "tst_workspacesaving.moc"
