#include "store/workspacefile.h"
#include "support/modalanswerer.h"
#include "window/fileactions.h"
#include "window/interopactions.h"
#include "window/mainwindow.h"
#include "window/workspacedocument.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace mailflow;
using namespace mailflow::testsupport;
using namespace Qt::StringLiterals;

// File → Import and File → Export in the window: what reaches the disk, what reaches the open
// workspace, and that a refused import changes nothing.
class TestInteropActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportThenImportRestoresTheSample_data();
    void exportThenImportRestoresTheSample();
    void clashingNamesAreRefusedWhole();
    void brokenScriptChangesNothing();

private:
    QTemporaryDir m_dir;
};

void TestInteropActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestInteropActions::exportThenImportRestoresTheSample_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("marker");

    QTest::newRow("powershell") << int(interop::ExportFormat::PowerShell) << u"sample.ps1"_s
                                << QByteArray("New-OutboundConnector");
    QTest::newRow("rule collection") << int(interop::ExportFormat::RuleCollection)
                                     << u"sample.xml"_s
                                     << QByteArray("\xff\xfe<\0?\0x\0m\0l\0", 10);
}

void TestInteropActions::exportThenImportRestoresTheSample()
{
    QFETCH(int, format);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, marker);
    const QString path = m_dir.filePath(fileName);
    const Workspace sample = store::loadSampleWorkspace();

    MainWindow window;
    window.fileActions()->openSample();
    interop::ExportOptions options;
    options.format = interop::ExportFormat(format);
    QVERIFY(window.interopActions()->exportTo(path, options));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY2(written.contains(marker), written.left(200).constData());

    window.fileActions()->newWorkspace();
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    ModalAnswerer report(QMessageBox::Ok, u"import-report-"_s + tag);
    QVERIFY(window.interopActions()->importFile(path));
    QVERIFY(report.answered());
    QVERIFY(report.text().contains(u"Imported"_s));

    // A rule collection carries rules only; a script carries connectors too.
    const Workspace &imported = window.document()->workspace();
    QCOMPARE(imported.rules, sample.rules);
    if (options.format == interop::ExportFormat::PowerShell)
        QCOMPARE(imported.connectors, sample.connectors);
    else
        QVERIFY(imported.connectors.isEmpty());

    window.document()->undoStack()->undo();
    QVERIFY(window.document()->workspace().rules.isEmpty());
}

void TestInteropActions::clashingNamesAreRefusedWhole()
{
    const QString path = m_dir.filePath(u"clash.ps1"_s);
    MainWindow window;
    window.fileActions()->openSample();
    QVERIFY(window.interopActions()->exportTo(path, {}));
    const Workspace before = window.document()->workspace();

    ModalAnswerer refusal(QMessageBox::Ok);
    QVERIFY(!window.interopActions()->importFile(path));
    QVERIFY(refusal.answered());
    QVERIFY2(refusal.text().contains(before.rules.first().name), qPrintable(refusal.text()));
    QVERIFY(window.document()->workspace() == before);
    QVERIFY(!window.document()->isModified());
}

void TestInteropActions::brokenScriptChangesNothing()
{
    const QString path = m_dir.filePath(u"broken.ps1"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("New-TransportRule -Name 'Unterminated -RouteMessageOutboundConnector 'X'\n");
    file.close();

    MainWindow window;
    window.fileActions()->openSample();
    const Workspace before = window.document()->workspace();

    ModalAnswerer refusal(QMessageBox::Ok, u"import-error"_s);
    QVERIFY(!window.interopActions()->importFile(path));
    QVERIFY(refusal.answered());
    QVERIFY2(refusal.text().contains(u"broken.ps1"_s), qPrintable(refusal.text()));
    QVERIFY2(refusal.text().contains(u"unchanged"_s), qPrintable(refusal.text()));
    QVERIFY(window.document()->workspace() == before);
}

QTEST_MAIN(TestInteropActions)
#include "tst_interopactions.moc"
