#include "diagnostics/lint.h"
#include "support/lintworkspaces.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace mailflow;
using namespace mailflow::linttest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(mailflow::Workspace)

// The lint's findings as a whole: each carries what its table entry promises, and a finding
// that restates a validation error replaces that error instead of doubling it.
class TestLintFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findingsFollowTheirTableEntry();
    void restatedValidationFindingAppearsOnce_data();
    void restatedValidationFindingAppearsOnce();
    void otherValidationFindingsStay();
};

void TestLintFindings::findingsFollowTheirTableEntry()
{
    Workspace w = withSmartHosts({u"10.0.0.1"_s, u"10.0.0.1"_s, u"mail.fabrikam.com"_s});
    contoso(w).enabled = false;
    route(w).mode = RuleMode::Audit;
    route(w).expiryDate = lintNow().addDays(-1);
    route(w).conditions = {city({u"New Orleans, LA "_s})};

    const Diagnostics found = lintWorkspace(w, lintNow());
    QSet<QString> codes;
    for (const Diagnostic &d : found) {
        codes << d.code;
        if (!d.code.startsWith(u"lint."_s))
            continue;
        const auto check = std::find_if(lintChecks().cbegin(), lintChecks().cend(),
                                        [&d](const LintCheck &c) {
                                            return d.code == QLatin1String(c.code);
                                        });
        QVERIFY(check != lintChecks().cend());
        QCOMPARE(d.severity, check->severity);
        QVERIFY(!d.message.isEmpty());
        QVERIFY2(!d.fix.isEmpty(), qPrintable(d.code));
        QVERIFY(!d.field.isEmpty());
    }
    QVERIFY2(codes.size() >= 7, qPrintable(describe(found)));
}

void TestLintFindings::restatedValidationFindingAppearsOnce_data()
{
    QTest::addColumn<Workspace>("workspace");
    QTest::addColumn<QString>("lintCode");
    QTest::addColumn<QString>("validationCode");

    Workspace missing = sample();
    route(missing).actions[0].value.text = u"Nowhere"_s;
    QTest::newRow("missing connector") << missing << u"lint.redirect.missing"_s
                                       << u"rule.action.value"_s;
    QTest::newRow("duplicate smart host")
        << withSmartHosts({u"mail1.contoso.com"_s, u"mail1.contoso.com"_s})
        << u"lint.connector.smartHostDuplicate"_s << u"connector.smartHosts.duplicate"_s;
    QTest::newRow("dates")
        << withDates(lintNow().addDays(10), lintNow().addDays(5)) << u"lint.rule.dates"_s
        << u"rule.dates"_s;
}

void TestLintFindings::restatedValidationFindingAppearsOnce()
{
    QFETCH(Workspace, workspace);
    QFETCH(QString, lintCode);
    QFETCH(QString, validationCode);

    const Diagnostics found = lintWorkspace(workspace, lintNow());
    QVERIFY2(hasCode(found, lintCode), qPrintable(describe(found)));
    QVERIFY2(!hasCode(found, validationCode), qPrintable(describe(found)));
    QCOMPARE(std::count_if(found.cbegin(), found.cend(),
                           [](const Diagnostic &d) { return d.isError(); }),
             1);
}

void TestLintFindings::otherValidationFindingsStay()
{
    Workspace w = sample();
    contoso(w).smartHosts << u"smtp://mail3.contoso.com"_s;
    w.rules << route(w);

    const Diagnostics found = lintWorkspace(w, lintNow());
    QVERIFY2(hasCode(found, u"connector.smartHosts"_s), qPrintable(describe(found)));
    QVERIFY2(hasCode(found, u"rule.name.duplicate"_s), qPrintable(describe(found)));
}

QTEST_GUILESS_MAIN(TestLintFindings)
#include "tst_lintfindings.moc"
