#include "data/interop/scenarioworkspace.h"
#include "interop/interop.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace mailflow;
using namespace mailflow::interop;
using namespace mailflow::interoptest;

// Damaged input for every importer: each prefix of real files and a few thousand seeded byte
// mutations. Each must give either a whole workspace or errors with an empty workspace, never a
// crash or a half import; a workspace that imports and exports reads back the same.
class InteropFuzzTest : public QObject
{
    Q_OBJECT

private:
    static QByteArray dataFile(const QString &name)
    {
        QFile file(QStringLiteral(MAILFLOW_TEST_DATA_DIR "/interop/") + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void addInputs()
    {
        QTest::addColumn<QByteArray>("input");
        for (const char *name : {"reference.ps1", "reference-idempotent.ps1",
                                 "exchange-sample.xml", "reference-rules.xml"})
            QTest::newRow(name) << dataFile(QString::fromLatin1(name));

        ExportOptions script;
        QTest::newRow("tricky.ps1") << exportWorkspace(trickyWorkspace(), script).data;
        ExportOptions xml;
        xml.format = ExportFormat::RuleCollection;
        QTest::newRow("tricky.xml") << exportWorkspace(trickyWorkspace(), xml).data;
        QTest::newRow("tricky.xml as UTF-8")
            << QString::fromUtf16(reinterpret_cast<const char16_t *>(
                                      exportWorkspace(trickyWorkspace(), xml).data.constData()
                                      + 2))
                   .toUtf8();
    }

    // The contract every import keeps, whatever the bytes.
    static bool checkContract(const QByteArray &input, QString *problem)
    {
        const ImportResult result = importFile(input, QStringLiteral("fuzz"));
        if (!result.ok()) {
            if (!result.workspace.connectors.isEmpty() || !result.workspace.rules.isEmpty()
                || !result.kept.isEmpty()) {
                *problem = QStringLiteral("errors, but a workspace too");
                return false;
            }
            for (const Diagnostic &error : result.errors) {
                const bool located = error.message.startsWith(QStringLiteral("Line "));
                const bool fileLevel = error.code == u"import.encoding"
                    || error.code == u"import.empty";
                if (error.message.isEmpty() || (!located && !fileLevel)) {
                    *problem = QStringLiteral("error without a position: ") + error.message;
                    return false;
                }
            }
            return true;
        }

        ExportOptions options;
        options.format = result.format == ImportFormat::PowerShell ? ExportFormat::PowerShell
                                                                   : ExportFormat::RuleCollection;
        const ExportResult exported = exportWorkspace(result.workspace, options);
        if (exported.ok() && importFile(exported.data, {}).workspace.rules
                                 != result.workspace.rules) {
            *problem = QStringLiteral("export of an imported workspace reads back differently");
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void everyPrefix_data() { addInputs(); }

    void everyPrefix()
    {
        QFETCH(QByteArray, input);
        QVERIFY(input.size() > 500);
        for (qsizetype length = 0; length <= input.size(); ++length) {
            QString problem;
            QVERIFY2(checkContract(input.left(length), &problem),
                     qPrintable(QStringLiteral("prefix of %1 bytes: %2").arg(length).arg(problem)));
        }
    }

    void mutations_data() { addInputs(); }

    void mutations()
    {
        QFETCH(QByteArray, input);
        QRandomGenerator random(20261204);
        for (int round = 0; round < 1000; ++round) {
            QByteArray mutated = input;
            const int edits = 1 + int(random.bounded(4));
            for (int edit = 0; edit < edits; ++edit) {
                const qsizetype at = random.bounded(int(mutated.size()));
                switch (random.bounded(4)) {
                case 0:
                    mutated[at] = char(mutated.at(at) ^ (1 << random.bounded(8)));
                    break;
                case 1:
                    mutated[at] = "'\"`$,(){}<>;#\n-"[random.bounded(15)];
                    break;
                case 2:
                    mutated.remove(at, 1 + random.bounded(3));
                    break;
                default:
                    mutated.insert(at, mutated.mid(random.bounded(int(mutated.size())), 8));
                    break;
                }
            }
            QString problem;
            QVERIFY2(checkContract(mutated, &problem),
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(problem)));
        }
    }
};

QTEST_GUILESS_MAIN(InteropFuzzTest)
#include "tst_interopfuzz.moc"
