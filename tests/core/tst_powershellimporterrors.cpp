#include "interop/interop.h"
#include "support/powershellscript.h"

#include <QFile>
#include <QTest>

using namespace mailflow;
using namespace mailflow::interop;
using namespace mailflow::interoptest;

// Scripts the import must refuse as a whole: every kind of bad input with its code, the object
// it concerns and its position, and an update-form script whose two branches disagree.
class PowerShellImportErrorsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badInput_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("where");

        QTest::newRow("unterminated single quote")
            << QStringLiteral("New-TransportRule -Name 'A' -SentTo a@x.test\n"
                              "New-TransportRule -Name 'B -SentTo a@x.test\n")
            << QStringLiteral("import.syntax") << QString()
            << QStringLiteral("Line 2, column 25");
        QTest::newRow("unterminated double quote")
            << QStringLiteral("New-TransportRule -Name \"A -SentTo a@x.test")
            << QStringLiteral("import.syntax") << QString() << QStringLiteral("Line 1, column 25");
        QTest::newRow("unclosed bracket")
            << QStringLiteral("New-TransportRule -Name 'A' -SentTo @('a@x.test'")
            << QStringLiteral("import.syntax") << QString() << QStringLiteral("Line 1, column 38");
        QTest::newRow("duplicate rule name")
            << QStringLiteral("New-TransportRule -Name 'Same' -SentTo a@x.test\n"
                              "  New-TransportRule -Name 'SAME' -SentTo b@x.test")
            << QStringLiteral("import.name.duplicate") << QStringLiteral("SAME")
            << QStringLiteral("Line 2, column 3");
        QTest::newRow("duplicate connector name")
            << QStringLiteral("New-OutboundConnector -Name 'C'\nNew-InboundConnector -Name 'c' "
                              "-SenderDomains *")
            << QStringLiteral("import.name.duplicate") << QStringLiteral("c")
            << QStringLiteral("Line 2, column 1");
        QTest::newRow("parameter given twice")
            << QStringLiteral("New-TransportRule -Name 'R' -Mode Audit -mode Enforce")
            << QStringLiteral("import.parameter.duplicate") << QStringLiteral("R")
            << QStringLiteral("Line 1, column 41");
        QTest::newRow("variable for a modelled value")
            << QStringLiteral("New-TransportRule -Name 'R' -Comments $comment")
            << QStringLiteral("import.value") << QStringLiteral("R")
            << QStringLiteral("Line 1, column 39");
        QTest::newRow("expanding double-quoted string")
            << QStringLiteral("New-TransportRule -Name 'R' -Comments \"by $env:USERNAME\"")
            << QStringLiteral("import.value") << QStringLiteral("R")
            << QStringLiteral("Line 1, column 39");
        QTest::newRow("unknown mode")
            << QStringLiteral("New-TransportRule -Name 'R'\t-Mode Sometimes")
            << QStringLiteral("import.value") << QStringLiteral("R")
            << QStringLiteral("Line 1, column 35");
        QTest::newRow("date in a regional form")
            << QStringLiteral("New-TransportRule -Name 'R' -ActivationDate '12/4/2026'")
            << QStringLiteral("import.value") << QStringLiteral("R")
            << QStringLiteral("Line 1, column 45");
        QTest::newRow("Set- outside the update form")
            << QStringLiteral("Set-TransportRule -Identity 'R' -Mode Audit")
            << QStringLiteral("import.command.unsupported") << QStringLiteral("R")
            << QStringLiteral("Line 1, column 1");
        QTest::newRow("pipeline")
            << QStringLiteral("Get-TransportRule | Remove-TransportRule")
            << QStringLiteral("import.syntax") << QString() << QStringLiteral("Line 1, column 19");
        QTest::newRow("loop")
            << QStringLiteral("foreach ($r in $rules) { New-TransportRule -Name $r }")
            << QStringLiteral("import.syntax") << QString() << QStringLiteral("Line 1, column 1");
        QTest::newRow("assignment")
            << QStringLiteral("$name = 'x'\nNew-TransportRule -Name $name")
            << QStringLiteral("import.syntax") << QString() << QStringLiteral("Line 1, column 1");
        QTest::newRow("missing name")
            << QStringLiteral("\n\nNew-TransportRule -Mode Audit")
            << QStringLiteral("import.name.missing") << QString()
            << QStringLiteral("Line 3, column 1");
        QTest::newRow("header words without the header")
            << QStringLiteral("New-TransportRule -Name 'H' -HeaderContainsWords 'x'")
            << QStringLiteral("import.value.missingPart") << QStringLiteral("H")
            << QStringLiteral("Line 1, column 29");
        QTest::newRow("property entry without a property")
            << QStringLiteral("New-TransportRule -Name 'P' -RecipientADAttributeContainsWords 'x'")
            << QStringLiteral("import.value.property") << QStringLiteral("P")
            << QStringLiteral("Line 1, column 29");
        QTest::newRow("validation of an unknown connector")
            << QStringLiteral("Validate-OutboundConnector -Identity 'Nope' -Recipients a@x.test")
            << QStringLiteral("import.validate.connector") << QStringLiteral("Nope")
            << QStringLiteral("Line 1, column 1");
        QTest::newRow("partner inbound without sender domains")
            << QStringLiteral("New-InboundConnector -Name 'In'")
            << QStringLiteral("import.connector.senderDomains") << QStringLiteral("In")
            << QStringLiteral("Line 1, column 1");
        QTest::newRow("value without a parameter")
            << QStringLiteral("New-TransportRule -Name 'V' stray")
            << QStringLiteral("import.parameter.positional") << QStringLiteral("V")
            << QStringLiteral("Line 1, column 29");
        QTest::newRow("negative priority")
            << QStringLiteral("New-TransportRule -Name 'V' -Priority -1")
            << QStringLiteral("import.value") << QStringLiteral("V")
            << QStringLiteral("Line 1, column 39");
        QTest::newRow("unclosed block")
            << QStringLiteral("if (Get-TransportRule -Identity 'x') {\n Set-TransportRule "
                              "-Identity 'x'\n")
            << QStringLiteral("import.syntax") << QString() << QStringLiteral("Line 3, column 1");
    }

    void badInput()
    {
        QFETCH(QString, script);
        QFETCH(QString, code);
        QFETCH(QString, object);
        QFETCH(QString, where);

        const ImportResult result = importScript(script);
        QVERIFY(!result.ok());
        QVERIFY(result.workspace.connectors.isEmpty());
        QVERIFY(result.workspace.rules.isEmpty());
        QVERIFY(result.kept.isEmpty());
        const Diagnostic &error = result.errors.constFirst();
        QCOMPARE(error.code, code);
        QCOMPARE(error.object, object);
        QVERIFY2(error.message.startsWith(where + u':'), qPrintable(error.message));
        QVERIFY(importReport(result).startsWith(QStringLiteral("Nothing was imported")));
    }

    void updateFormBranchesMustAgree_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("code");
        QTest::newRow("edited in the New- branch only")
            << QStringLiteral("New-TransportRule -Name 'Route New Orleans' `\n        -Priority 0 "
                              "`\n        -Enabled $true `\n        -Mode Enforce")
            << QStringLiteral("New-TransportRule -Name 'Route New Orleans' `\n        -Priority 0 "
                              "`\n        -Enabled $true `\n        -Mode Audit")
            << QStringLiteral("import.if.branches");
        QTest::newRow("state differs")
            << QStringLiteral("Enable-TransportRule -Identity 'Route New Orleans'")
            << QStringLiteral("Disable-TransportRule -Identity 'Route New Orleans'")
            << QStringLiteral("import.if.branches");
        QTest::newRow("names differ")
            << QStringLiteral("Set-OutboundConnector -Identity 'New Orleans Mail'")
            << QStringLiteral("Set-OutboundConnector -Identity 'Other'")
            << QStringLiteral("import.if.shape");
    }

    void updateFormBranchesMustAgree()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, code);
        QFile file(QStringLiteral(MAILFLOW_TEST_DATA_DIR "/interop/reference-idempotent.ps1"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString script = QString::fromUtf8(file.readAll());
        QVERIFY(script.contains(from));
        script.replace(from, to);

        const ImportResult result = importScript(script);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.constFirst().code, code);
    }
};

QTEST_GUILESS_MAIN(PowerShellImportErrorsTest)
#include "tst_powershellimporterrors.moc"
