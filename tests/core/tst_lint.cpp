#include "diagnostics/lint.h"
#include "support/lintworkspaces.h"

#include <QSet>
#include <QTest>

#include <functional>

using namespace mailflow;
using namespace mailflow::linttest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(mailflow::Workspace)

namespace {

// The sample with a rule placed before its rule; `edit` shapes that earlier rule.
Workspace withEarlierRule(const std::function<void(MailFlowRule &)> &edit)
{
    Workspace w = sample();
    MailFlowRule earlier;
    earlier.name = u"Tag New Orleans mail"_s;
    earlier.conditions = route(w).conditions;
    earlier.actions << action(u"prependSubject"_s, u"[NOLA] "_s);
    earlier.stopProcessing = true;
    edit(earlier);
    w.rules.prepend(earlier);
    return w;
}

Workspace withDomainConnectors(const QStringList &first, const QStringList &second,
                               bool secondEnabled = true)
{
    Workspace w = sample();
    Connector a;
    a.name = u"Fabrikam A"_s;
    a.kind = ConnectorKind::OutboundToPartner;
    a.usage = ConnectorUsage::RecipientDomains;
    a.recipientDomains = first;
    a.routing = ConnectorRouting::MxRecord;
    a.tls = TlsSettings::CertificateValidation;
    Connector b = a;
    b.name = u"Fabrikam B"_s;
    b.recipientDomains = second;
    b.enabled = secondEnabled;
    w.connectors << a << b;
    return w;
}

Workspace withRuleCount(int count)
{
    Workspace w = sample();
    const MailFlowRule model = route(w);
    w.rules.clear();
    for (int i = 0; i < count; ++i) {
        MailFlowRule rule = model;
        rule.name = u"Rule %1"_s.arg(i);
        w.rules << rule;
    }
    return w;
}

Workspace withPatternBytes(int rules, int bytesPerRule)
{
    Workspace w = sample();
    for (int i = 0; i < rules; ++i) {
        MailFlowRule rule;
        rule.name = u"Patterns %1"_s.arg(i);
        rule.conditions << words(u"subjectMatchesPatterns"_s,
                                 {u"a"_s.repeated(bytesPerRule / 2),
                                  u"b"_s.repeated(bytesPerRule - bytesPerRule / 2)});
        rule.actions << action(u"prependSubject"_s, u"[P] "_s);
        w.rules << rule;
    }
    return w;
}

} // namespace

// Every lint check against a workspace that must trip it and one that must not; the table of
// rows is also the proof that no check goes without a failing case.
class TestLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleIsClean();
    void check_data();
    void check();
    void everyCheckHasAFailingRow();
};

void TestLint::sampleIsClean()
{
    const Diagnostics found = lintWorkspace(sample(), lintNow());
    QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
}

namespace {

struct LintRow {
    QByteArray name;
    Workspace workspace;
    QString code;
    bool expected; // whether the check must report
    QString object; // the connector or rule it must name
};

QList<LintRow> lintRows()
{
    QList<LintRow> rows;
    const QString connectorName = u"Office 365 to Contoso mail server"_s;
    const QString ruleName = u"Route New Orleans recipients"_s;
    const auto row = [&rows](const char *name, const Workspace &w, const char *code,
                             bool expected, const QString &object = {}) {
        rows << LintRow{name, w, QString::fromLatin1(code), expected, object};
    };

    // Redirect to a missing, empty or inbound target.
    {
        Workspace w = sample();
        route(w).actions[0].value.text = u"Office 365 to Nowhere"_s;
        row("redirect: missing connector", w, "lint.redirect.missing", true, ruleName);
        route(w).actions[0].value.text.clear();
        row("redirect: no connector named", w, "lint.redirect.missing", true, ruleName);
        Connector inbound;
        inbound.name = u"Contoso to Office 365"_s;
        inbound.kind = ConnectorKind::InboundFromOrganization;
        inbound.tlsSenderCertificateName = u"mail.contoso.com"_s;
        w.connectors << inbound.normalized();
        route(w).actions[0].value.text = inbound.name;
        row("redirect: inbound connector", w, "lint.redirect.missing", true, ruleName);
        Workspace caseOnly = sample();
        route(caseOnly).actions[0].value.text = connectorName.toUpper();
        row("redirect: name differs in case only", caseOnly, "lint.redirect.missing", false);
        row("redirect: existing connector", sample(), "lint.redirect.missing", false);
    }

    {
        Workspace w = sample();
        contoso(w).enabled = false;
        row("redirect: connector turned off", w, "lint.redirect.disabled", true, ruleName);
        row("redirect: connector on", sample(), "lint.redirect.disabled", false);
    }

    {
        Workspace w = sample();
        contoso(w).usage = ConnectorUsage::RecipientDomains;
        contoso(w).recipientDomains = {u"contoso.com"_s};
        row("redirect: connector for domains", w, "lint.redirect.notRuleScoped", true, ruleName);
        contoso(w).usage = ConnectorUsage::AllAcceptedDomains;
        contoso(w).recipientDomains.clear();
        row("redirect: connector for all domains", w, "lint.redirect.notRuleScoped", true,
            ruleName);
        row("redirect: rule-scoped connector", sample(), "lint.redirect.notRuleScoped", false);
    }

    {
        Workspace w = sample();
        route(w).mode = RuleMode::Audit;
        row("test mode: audit redirects", w, "lint.redirect.testMode", true, ruleName);
        route(w).mode = RuleMode::AuditAndNotify;
        row("test mode: audit and notify redirects", w, "lint.redirect.testMode", true,
            ruleName);
        route(w).actions = {action(u"prependSubject"_s, u"[Test] "_s)};
        row("test mode: no redirect", w, "lint.redirect.testMode", false);
        row("test mode: enforce", sample(), "lint.redirect.testMode", false);
    }

    {
        Workspace w = sample();
        contoso(w).tls = TlsSettings::None;
        contoso(w).tlsDomain.clear();
        row("opportunistic TLS on redirect target", w, "lint.redirect.opportunisticTls", true,
            connectorName);
        route(w).actions << action(u"requireTls"_s);
        row("opportunistic TLS, rule requires TLS", w, "lint.redirect.opportunisticTls", false);
        row("TLS required", sample(), "lint.redirect.opportunisticTls", false);
    }

    {
        Workspace w = sample();
        w.rules.clear();
        row("unused: no rule", w, "lint.connector.unused", true, connectorName);
        contoso(w).enabled = false;
        row("unused: connector turned off", w, "lint.connector.unused", false);
        Workspace offRule = sample();
        route(offRule).enabled = false;
        row("unused: only a turned-off rule", offRule, "lint.connector.unused", true,
            connectorName);
        row("unused: used", sample(), "lint.connector.unused", false);
    }

    row("smart hosts: same name in other case",
        withSmartHosts({u"mail1.contoso.com"_s, u"MAIL1.Contoso.com"_s}),
        "lint.connector.smartHostDuplicate", true, connectorName);
    row("smart hosts: distinct", sample(), "lint.connector.smartHostDuplicate", false);

    const struct {
        const char *name;
        const char *host;
        bool unreachable;
    } addresses[] = {
        {"unreachable: 10/8", "10.1.2.3", true},
        {"unreachable: 172.16/12", "172.20.0.1", true},
        {"unreachable: 192.168/16", "192.168.1.10", true},
        {"unreachable: loopback", "127.0.0.1", true},
        {"unreachable: link-local", "169.254.10.1", true},
        {"unreachable: carrier-grade NAT", "100.64.0.1", true},
        {"unreachable: this network", "0.1.2.3", true},
        {"unreachable: private CIDR", "10.0.0.0/24", true},
        {"unreachable: CIDR overlapping 172.16/12", "172.0.0.0/8", true},
        {"reachable: just above 172.16/12", "172.32.0.1", false},
        {"reachable: just above CGNAT", "100.128.0.1", false},
        {"reachable: documentation address", "198.51.100.7", false},
        {"reachable: documentation CIDR", "203.0.113.0/24", false},
        {"reachable: name", "mail1.contoso.com", false},
    };
    for (const auto &a : addresses)
        row(a.name, withSmartHosts({QString::fromLatin1(a.host)}, TlsSettings::EncryptionOnly),
            "lint.connector.smartHostUnreachable", a.unreachable,
            a.unreachable ? connectorName : QString());

    const char *certificate = "lint.connector.certificateDomain";
    row("certificate: IP literal", withSmartHosts({u"198.51.100.7"_s}), certificate, true,
        connectorName);
    row("certificate: CIDR", withSmartHosts({u"198.51.100.0/28"_s}), certificate, true,
        connectorName);
    row("certificate: other domain", withSmartHosts({u"mail.fabrikam.com"_s}), certificate,
        true, connectorName);
    row("certificate: two labels under wildcard", withSmartHosts({u"a.mail1.contoso.com"_s}),
        certificate, true, connectorName);
    row("certificate: wildcard does not cover the bare domain",
        withSmartHosts({u"contoso.com"_s}), certificate, true, connectorName);
    row("certificate: exact name differs",
        withSmartHosts({u"mail2.contoso.com"_s}, TlsSettings::DomainValidation,
                       u"mail1.contoso.com"_s),
        certificate, true, connectorName);
    row("certificate: wildcard covers one label", sample(), certificate, false);
    row("certificate: case ignored", withSmartHosts({u"MAIL1.Contoso.COM"_s}), certificate,
        false);
    row("certificate: exact name",
        withSmartHosts({u"mail1.contoso.com"_s}, TlsSettings::DomainValidation,
                       u"mail1.contoso.com"_s),
        certificate, false);
    row("certificate: no domain validation",
        withSmartHosts({u"198.51.100.7"_s}, TlsSettings::CertificateValidation), certificate,
        false);

    const char *conflict = "lint.connector.recipientDomainConflict";
    row("domains: same domain twice",
        withDomainConnectors({u"fabrikam.com"_s}, {u"tailspin.com"_s, u"Fabrikam.com"_s}),
        conflict, true, u"Fabrikam B"_s);
    row("domains: distinct", withDomainConnectors({u"fabrikam.com"_s}, {u"tailspin.com"_s}),
        conflict, false);
    row("domains: wildcard and exact", withDomainConnectors({u"*.fabrikam.com"_s},
                                                            {u"fabrikam.com"_s}),
        conflict, false);
    row("domains: other connector off",
        withDomainConnectors({u"fabrikam.com"_s}, {u"fabrikam.com"_s}, false), conflict, false);

    const QDateTime march(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    const QDateTime february(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
    row("dates: deactivated before activated", withDates(march, february), "lint.rule.dates",
        true, ruleName);
    row("dates: deactivated when activated", withDates(march, march), "lint.rule.dates", true,
        ruleName);
    row("dates: in order", withDates(february, march), "lint.rule.dates", false);

    row("expired: yesterday", withDates({}, lintNow().addDays(-1)), "lint.rule.expired", true,
        ruleName);
    row("expired: right now", withDates({}, lintNow()), "lint.rule.expired", true, ruleName);
    row("expired: tomorrow", withDates({}, lintNow().addDays(1)), "lint.rule.expired", false);
    row("expired: no date", sample(), "lint.rule.expired", false);

    const char *shadowed = "lint.rule.shadowed";
    row("shadowed: same conditions, stop processing", withEarlierRule([](MailFlowRule &) {}),
        shadowed, true, ruleName);
    row("shadowed: earlier rule broader", withEarlierRule([](MailFlowRule &e) {
            e.conditions = {city({u"New Orleans"_s})};
        }), shadowed, true, ruleName);
    row("shadowed: no stop processing", withEarlierRule([](MailFlowRule &e) {
            e.stopProcessing = false;
        }), shadowed, false);
    row("shadowed: earlier rule off", withEarlierRule([](MailFlowRule &e) {
            e.enabled = false;
        }), shadowed, false);
    row("shadowed: earlier rule in test mode", withEarlierRule([](MailFlowRule &e) {
            e.mode = RuleMode::Audit;
        }), shadowed, false);
    row("shadowed: earlier rule narrower", withEarlierRule([](MailFlowRule &e) {
            e.conditions << words(u"subjectContainsWords"_s, {u"urgent"_s});
        }), shadowed, false);
    row("shadowed: other words", withEarlierRule([](MailFlowRule &e) {
            e.conditions = {city({u"Baton Rouge"_s})};
        }), shadowed, false);
    row("shadowed: earlier rule has an exception", withEarlierRule([](MailFlowRule &e) {
            e.exceptions << words(u"subjectContainsWords"_s, {u"urgent"_s});
        }), shadowed, false);
    row("shadowed: earlier rule has an expiry date", withEarlierRule([](MailFlowRule &e) {
            e.expiryDate = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
        }), shadowed, false);

    {
        Workspace w = sample();
        route(w).conditions = {city({u" New Orleans"_s})};
        row("words: leading space", w, "lint.rule.wordSpaces", true, ruleName);
        route(w).conditions = {city({u"New Orleans"_s})};
        route(w).exceptions = {words(u"subjectContainsWords"_s, {u"test "_s})};
        row("words: trailing space in exception", w, "lint.rule.wordSpaces", true, ruleName);
        row("words: no spaces around", sample(), "lint.rule.wordSpaces", false);

        Workspace comma = sample();
        route(comma).conditions = {city({u"New Orleans,Baton Rouge"_s})};
        row("words: comma inside", comma, "lint.rule.wordComma", true, ruleName);
        route(comma).conditions = {city({u"New Orleans"_s, u"Baton Rouge"_s})};
        row("words: separate words", comma, "lint.rule.wordComma", false);
        route(comma).conditions = {words(u"subjectMatchesPatterns"_s, {u"a{1,3}"_s})};
        row("words: comma in a pattern", comma, "lint.rule.wordComma", false);
    }

    row("limits: 301 rules", withRuleCount(301), "lint.limit.ruleCount", true);
    row("limits: 300 rules", withRuleCount(300), "lint.limit.ruleCount", false);

    {
        Workspace big = sample();
        QStringList many;
        for (int i = 0; i < 1000; ++i)
            many << u"Word%1"_s.arg(i);
        route(big).conditions = {words(u"subjectContainsWords"_s, many)};
        row("limits: rule over 8 KB", big, "lint.limit.ruleSize", true, ruleName);
        many.resize(300);
        route(big).conditions = {words(u"subjectContainsWords"_s, many)};
        row("limits: rule under 8 KB", big, "lint.limit.ruleSize", false);
    }

    row("limits: patterns over 20 KB", withPatternBytes(3, 7000), "lint.limit.regexSize", true);
    row("limits: patterns under 20 KB", withPatternBytes(3, 6500), "lint.limit.regexSize",
        false);
    return rows;
}

} // namespace

void TestLint::check_data()
{
    QTest::addColumn<Workspace>("workspace");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<QString>("object");

    for (const LintRow &row : lintRows())
        QTest::newRow(row.name.constData()) << row.workspace << row.code << row.expected
                                            << row.object;
}

void TestLint::check()
{
    QFETCH(Workspace, workspace);
    QFETCH(QString, code);
    QFETCH(bool, expected);
    QFETCH(QString, object);

    const Diagnostics found = lintWorkspace(workspace, lintNow());
    QVERIFY2(hasCode(found, code) == expected, qPrintable(describe(found)));
    for (const Diagnostic &d : found) {
        if (d.code == code)
            QCOMPARE(d.object, object);
    }
}

void TestLint::everyCheckHasAFailingRow()
{
    QSet<QString> failingCodes;
    for (const LintRow &row : lintRows()) {
        if (row.expected)
            failingCodes << row.code;
    }
    for (const LintCheck &check : lintChecks())
        QVERIFY2(failingCodes.contains(QString::fromLatin1(check.code)), check.code);
}

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
