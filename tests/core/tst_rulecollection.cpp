#include "data/interop/scenarioworkspace.h"
#include "interop/interop.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace mailflow;
using namespace mailflow::interop;
using namespace mailflow::interoptest;

// Rule collections as Export-TransportRuleCollection writes them: the golden export, round
// trips, a hand-written Exchange-style sample with kept parameters, the encodings Windows tools
// produce, and malformed files with their positions.
class RuleCollectionTest : public QObject
{
    Q_OBJECT

private:
    static QByteArray dataFile(const QString &name)
    {
        QFile file(QStringLiteral(MAILFLOW_TEST_DATA_DIR "/interop/") + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static ExportOptions options()
    {
        ExportOptions out;
        out.format = ExportFormat::RuleCollection;
        return out;
    }

    static QString decodeUtf16(const QByteArray &bytes)
    {
        return QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData() + 2),
                                  (bytes.size() - 2) / 2);
    }

    static QByteArray encode(const QString &text, QStringConverter::Encoding encoding,
                             bool bom)
    {
        QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom
                                             : QStringConverter::Flag::Default);
        return encoder.encode(text);
    }

    static QString sampleText()
    {
        return decodeUtf16(dataFile(QStringLiteral("exchange-sample.xml")));
    }

    static ImportResult importXml(const QString &xml)
    {
        return importFile(encode(xml, QStringConverter::Utf16LE, true), QStringLiteral("r.xml"));
    }

    static QString wrap(const QString &commandBlock)
    {
        return QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-16\" standalone=\"yes\"?>\n"
                              "<rules name=\"TransportVersioned\">\n"
                              "  <rule name=\"R\" id=\"x\" format=\"cmdlet\">\n"
                              "    <version requiredMinVersion=\"15.0.3.0\">\n"
                              "      <commandBlock><![CDATA[")
            + commandBlock
            + QStringLiteral("]]></commandBlock>\n    </version>\n  </rule>\n</rules>\n");
    }

private Q_SLOTS:
    void goldenCollection()
    {
        const ExportResult result = exportWorkspace(referenceScenario(), options());
        QVERIFY2(result.ok(), qPrintable(result.errors.value(0).message));
        QVERIFY(result.data.startsWith("\xFF\xFE<\0?\0"));
        if (qEnvironmentVariableIsSet("MAILFLOW_UPDATE_GOLDEN")) {
            QFile file(QStringLiteral(MAILFLOW_TEST_DATA_DIR "/interop/reference-rules.xml"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(result.data);
        }
        const QByteArray expected = dataFile(QStringLiteral("reference-rules.xml"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(decodeUtf16(result.data), decodeUtf16(expected));
        QCOMPARE(result.data, expected);
        QVERIFY(decodeUtf16(result.data).contains(QStringLiteral("\r\n")));
    }

    void roundTrip_data()
    {
        QTest::addColumn<Workspace>("workspace");
        QTest::newRow("reference") << referenceScenario();
        QTest::newRow("quotes, $, backticks, non-ASCII, ]]>") << trickyWorkspace();
        QTest::newRow("no rules") << Workspace();
    }

    void roundTrip()
    {
        QFETCH(Workspace, workspace);
        const ExportResult result = exportWorkspace(workspace, options());
        QVERIFY2(result.ok(), qPrintable(result.errors.value(0).message));
        const ImportResult back = importFile(result.data, QStringLiteral("rules.xml"));
        QVERIFY2(back.ok(), qPrintable(back.report().join(u'\n')));
        QCOMPARE(back.format, ImportFormat::RuleCollection);
        QVERIFY(back.workspace.connectors.isEmpty());
        QCOMPARE(back.workspace.rules, workspace.rules);
    }

    void exchangeSample()
    {
        const ImportResult result = importFile(dataFile(QStringLiteral("exchange-sample.xml")),
                                               QStringLiteral("exchange-sample.xml"));
        QVERIFY2(result.ok(), qPrintable(result.report().join(u'\n')));
        QCOMPARE(result.workspace.rules.size(), 2);

        const MailFlowRule &route = result.workspace.rules.at(0);
        QCOMPARE(route.name, QStringLiteral("Route New Orleans"));
        QVERIFY(route.stopProcessing);
        const QList<PropertyWords> words{
            {QStringLiteral("City"),
             {QStringLiteral("New Orleans"), QStringLiteral("Baton Rouge")}},
            {QStringLiteral("Department"), {QStringLiteral("Sales")}}};
        QCOMPARE(route.conditions.constFirst().value.properties, words);
        QCOMPARE(route.actions.at(0).value.text, QStringLiteral("New Orleans Mail"));
        QCOMPARE(route.actions.at(1).kind, QStringLiteral("requireTls"));
        const QList<std::pair<QString, QString>> kept{
            {QStringLiteral("SetAuditSeverity"), QStringLiteral("'Medium'")}};
        QCOMPARE(route.unmodelledParameters, kept);

        const MailFlowRule &quoted = result.workspace.rules.at(1);
        QCOMPARE(quoted.name, QStringLiteral("It's “quoted”"));
        QCOMPARE(quoted.comments, QStringLiteral("She said 'hi' & left <early>"));
        QCOMPARE(quoted.conditions.constFirst().value.items,
                 (QStringList{QStringLiteral("a@contoso.test"), QStringLiteral("b@contoso.test")}));
        QCOMPARE(quoted.exceptions.constFirst().value.items,
                 (QStringList{QStringLiteral("don't"), QStringLiteral("$100"),
                              QStringLiteral("a`b"), QStringLiteral("Zürich")}));
        QCOMPARE(quoted.senderAddressLocation, SenderAddressLocation::HeaderOrEnvelope);

        // The report names the kept parameter with its rule and place in the file.
        QCOMPARE(result.kept.size(), 1);
        QCOMPARE(result.kept.constFirst().line, 5);
        QVERIFY(result.report().join(u'\n').contains(
            QStringLiteral("rule 'Route New Orleans': -SetAuditSeverity 'Medium' (line 5,")));

        // Written back unchanged, and read again the same.
        const ExportResult again = exportWorkspace(result.workspace, options());
        QVERIFY2(again.ok(), qPrintable(again.errors.value(0).message));
        QVERIFY(decodeUtf16(again.data).contains(QStringLiteral(
            "-RouteMessageOutboundRequireTls $true -SetAuditSeverity 'Medium']]>")));
        QCOMPARE(importFile(again.data, {}).workspace, result.workspace);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString text = sampleText();
        QString utf8Declared = text;
        utf8Declared.replace(QStringLiteral("encoding=\"utf-16\""),
                             QStringLiteral("encoding=\"utf-8\""));
        QTest::newRow("UTF-16LE with BOM") << encode(text, QStringConverter::Utf16LE, true);
        QTest::newRow("UTF-16LE without BOM") << encode(text, QStringConverter::Utf16LE, false);
        QTest::newRow("UTF-16BE with BOM") << encode(text, QStringConverter::Utf16BE, true);
        QTest::newRow("UTF-16BE without BOM") << encode(text, QStringConverter::Utf16BE, false);
        QTest::newRow("UTF-8 with BOM, declared utf-16")
            << encode(text, QStringConverter::Utf8, true);
        QTest::newRow("UTF-8 without BOM, declared utf-16")
            << encode(text, QStringConverter::Utf8, false);
        QTest::newRow("UTF-8 declared utf-8")
            << encode(utf8Declared, QStringConverter::Utf8, false);
        QString lf = text;
        lf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        QTest::newRow("UTF-8, LF line ends") << encode(lf, QStringConverter::Utf8, false);
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        const ImportResult reference = importFile(dataFile(QStringLiteral("exchange-sample.xml")),
                                                  {});
        QVERIFY(reference.ok());
        const ImportResult result = importFile(bytes, QStringLiteral("sample.xml"));
        QVERIFY2(result.ok(), qPrintable(result.report().join(u'\n')));
        QCOMPARE(result.workspace, reference.workspace);
        QCOMPARE(result.workspace.rules.at(1).exceptions.constFirst().value.items.last(),
                 QStringLiteral("Zürich"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("where"); // empty: a file-level error without a position

        auto utf16 = [](const QString &xml) {
            return encode(xml, QStringConverter::Utf16LE, true);
        };
        QTest::newRow("malformed XML")
            << utf16(QStringLiteral("<?xml version=\"1.0\"?>\n<rules>\n  <rule name=\"a\">\n"
                                    "</rules>\n"))
            << QStringLiteral("import.xml.malformed") << QString()
            << QStringLiteral("Line 4, column 9: The XML is malformed: Opening and ending tag "
                              "mismatch.");
        QTest::newRow("cut short")
            << utf16(wrap(QStringLiteral("New-TransportRule -Name 'R'")).left(150))
            << QStringLiteral("import.xml.malformed") << QString() << QStringLiteral("Line ");
        QTest::newRow("other XML")
            << utf16(QStringLiteral("<?xml version=\"1.0\"?>\n<workspace/>\n"))
            << QStringLiteral("import.xml.root") << QString() << QStringLiteral("Line 2, column");
        QTest::newRow("not New-TransportRule")
            << utf16(wrap(QStringLiteral("Remove-TransportRule -Identity 'R'")))
            << QStringLiteral("import.xml.command") << QStringLiteral("R")
            << QStringLiteral("Line 5, column 30");
        QTest::newRow("two commands")
            << utf16(wrap(QStringLiteral("New-TransportRule -Name 'R'; "
                                         "New-TransportRule -Name 'S'")))
            << QStringLiteral("import.xml.command") << QStringLiteral("R")
            << QStringLiteral("Line 5, column 30");
        QTest::newRow("unterminated quote on the block's second line")
            << utf16(wrap(QStringLiteral("New-TransportRule -Name 'R' `\n  -Comments 'open")))
            << QStringLiteral("import.syntax") << QStringLiteral("R")
            << QStringLiteral("Line 6, column 13");
        QTest::newRow("unterminated double quote")
            << utf16(wrap(QStringLiteral("New-TransportRule -Name \"R")))
            << QStringLiteral("import.syntax") << QStringLiteral("R")
            << QStringLiteral("Line 5, column 54");
        QTest::newRow("bad value position after CR LF")
            << utf16(wrap(QStringLiteral("New-TransportRule -Name 'R' -Mode Loud"))
                         .replace(QStringLiteral("\n"), QStringLiteral("\r\n")))
            << QStringLiteral("import.value") << QStringLiteral("R")
            << QStringLiteral("Line 5, column 64");
        QString twice = wrap(QStringLiteral("New-TransportRule -Name 'Same'"));
        twice.replace(QStringLiteral("</rules>"),
                      QStringLiteral("  <rule name=\"same\" format=\"cmdlet\"><version>"
                                     "<commandBlock><![CDATA[New-TransportRule -Name 'SAME']]>"
                                     "</commandBlock></version></rule>\n</rules>"));
        QTest::newRow("duplicate names")
            << utf16(twice) << QStringLiteral("import.name.duplicate") << QStringLiteral("SAME")
            << QStringLiteral("Line 8, column 69");
        QString internal = wrap(QStringLiteral("New-TransportRule -Name 'R'"));
        internal.replace(QStringLiteral("format=\"cmdlet\""),
                         QStringLiteral("format=\"internal\""));
        QTest::newRow("internal format")
            << utf16(internal) << QStringLiteral("import.xml.format") << QStringLiteral("R")
            << QStringLiteral("Line 3, column");
        QTest::newRow("no command block")
            << utf16(QStringLiteral("<rules><rule name=\"R\" format=\"cmdlet\"><version/></rule>"
                                    "</rules>"))
            << QStringLiteral("import.xml.commandBlock") << QStringLiteral("R")
            << QStringLiteral("Line 1, column");
        QTest::newRow("odd number of UTF-16 bytes")
            << utf16(wrap(QStringLiteral("New-TransportRule -Name 'R'"))).left(101)
            << QStringLiteral("import.encoding") << QStringLiteral("r.xml") << QString();
        QTest::newRow("neither UTF-8 nor UTF-16")
            << QByteArray("<rules>\xE9t\xE9</rules>") << QStringLiteral("import.encoding")
            << QStringLiteral("r.xml") << QString();
        QTest::newRow("empty") << QByteArray("\xFF\xFE") << QStringLiteral("import.empty")
                               << QStringLiteral("r.xml") << QString();
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        QFETCH(QString, object);
        QFETCH(QString, where);

        const ImportResult result = importFile(bytes, QStringLiteral("r.xml"));
        QVERIFY(!result.ok());
        QVERIFY(result.workspace.rules.isEmpty());
        const Diagnostic &error = result.errors.constFirst();
        QVERIFY2(error.code == code, qPrintable(error.code + u' ' + error.message));
        QCOMPARE(error.object, object);
        if (!where.isEmpty())
            QVERIFY2(error.message.startsWith(where), qPrintable(error.message));
    }

    void ruleElementNameDiffers()
    {
        QString xml = wrap(QStringLiteral("New-TransportRule -Name 'Actual'"));
        const ImportResult result = importXml(xml);
        QVERIFY(result.ok());
        QCOMPARE(result.workspace.rules.constFirst().name, QStringLiteral("Actual"));
        QCOMPARE(result.warnings.size(), 1);
        QCOMPARE(result.warnings.constFirst().code, QStringLiteral("import.xml.name"));
    }
};

QTEST_GUILESS_MAIN(RuleCollectionTest)
#include "tst_rulecollection.moc"
