#include "validation/fieldrules.h"
#include "validation/validator.h"

#include <QTest>

using namespace mailflow;
using namespace Qt::StringLiterals;

namespace {

Connector outboundConnector(const QString &name = u"Office 365 to Contoso"_s)
{
    Connector c;
    c.name = name;
    c.smartHosts = {u"mail1.contoso.com"_s};
    c.tls = TlsSettings::DomainValidation;
    c.tlsDomain = u"*.contoso.com"_s;
    return c;
}

MailFlowRule redirectRule(const QString &name, const QString &connector)
{
    MailFlowRule rule;
    rule.name = name;
    RuleCondition condition{u"recipientPropertyContainsWords"_s, {}};
    condition.value.properties = {{u"City"_s, {u"New Orleans"_s}}};
    rule.conditions << condition;
    RuleAction action{u"redirectToConnector"_s, {}};
    action.value.text = connector;
    rule.actions << action;
    return rule;
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << u"%1 [%2] %3: %4"_s.arg(d.code, d.object, d.field, d.message);
    return lines.join(u'\n');
}

// Checks that `found` holds exactly the expected finding (or none when `code` is empty), and
// that the finding names the field the admin has to correct.
void expectOne(const Diagnostics &found, const QString &code, const QString &field,
               const QString &mention = {})
{
    if (code.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
        return;
    }
    QVERIFY2(found.size() == 1, qPrintable(describe(found)));
    const Diagnostic &d = found.first();
    QCOMPARE(d.code, code);
    QCOMPARE(d.severity, Severity::Error);
    QVERIFY2(d.field.contains(field), qPrintable(d.field));
    QVERIFY(!d.message.isEmpty());
    if (!mention.isEmpty())
        QVERIFY2(d.message.contains(mention), qPrintable(d.message));
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectorName_data();
    void connectorName();
    void ruleName_data();
    void ruleName();
    void smartHost_data();
    void smartHost();
    void smartHostListedTwice();
    void validationAddress_data();
    void validationAddress();
    void tlsDomain_data();
    void tlsDomain();
    void ruleNeedsConditionAndAction_data();
    void ruleNeedsConditionAndAction();
    void redirectTarget_data();
    void redirectTarget();
};

void TestValidation::connectorName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");

    QTest::newRow("plain") << u"Office 365 to Contoso"_s << QString();
    QTest::newRow("non-ASCII") << u"Zürich → Ñandú 東京"_s << QString();
    QTest::newRow("64 characters") << u"c"_s.repeated(64) << QString();
    QTest::newRow("65 characters") << u"c"_s.repeated(65) << u"connector.name"_s;
    QTest::newRow("empty") << QString() << u"connector.name"_s;
    QTest::newRow("only spaces") << u"   "_s << u"connector.name"_s;
    QTest::newRow("leading space") << u" Contoso"_s << u"connector.name"_s;
    QTest::newRow("tab inside") << u"Con\ttoso"_s << u"connector.name"_s;
    QTest::newRow("taken") << u"Existing"_s << u"connector.name.duplicate"_s;
    QTest::newRow("taken, other case") << u"EXISTING"_s << u"connector.name.duplicate"_s;
}

void TestValidation::connectorName()
{
    QFETCH(QString, name);
    QFETCH(QString, code);

    Workspace workspace;
    workspace.connectors << outboundConnector(u"Existing"_s);
    expectOne(validateConnector(outboundConnector(name), workspace), code, u"Name"_s);

    // The connector's own entry is not a duplicate of itself.
    workspace.connectors << outboundConnector(u"Existing"_s);
    const Diagnostics self = validateConnector(workspace.connectors.at(0), {}, 0);
    QVERIFY2(self.isEmpty(), qPrintable(describe(self)));
}

void TestValidation::ruleName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");

    QTest::newRow("plain") << u"Route New Orleans recipients"_s << QString();
    QTest::newRow("64 characters") << u"r"_s.repeated(64) << QString();
    QTest::newRow("65 characters") << u"r"_s.repeated(65) << u"rule.name"_s;
    QTest::newRow("empty") << QString() << u"rule.name"_s;
    QTest::newRow("trailing space") << u"Route "_s << u"rule.name"_s;
    QTest::newRow("taken, other case") << u"existing RULE"_s << u"rule.name.duplicate"_s;
}

void TestValidation::ruleName()
{
    QFETCH(QString, name);
    QFETCH(QString, code);

    Workspace workspace;
    workspace.connectors << outboundConnector();
    workspace.rules << redirectRule(u"Existing rule"_s, outboundConnector().name);
    expectOne(validateRule(redirectRule(name, outboundConnector().name), workspace), code,
              u"Name"_s);
}

void TestValidation::smartHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("valid");

    QTest::newRow("host name") << u"mail1.contoso.com"_s << true;
    QTest::newRow("single label") << u"mailserver"_s << true;
    QTest::newRow("punycode") << u"xn--bcher-kva.example"_s << true;
    QTest::newRow("IPv4") << u"192.0.2.10"_s << true;
    QTest::newRow("CIDR") << u"192.0.2.0/28"_s << true;
    QTest::newRow("CIDR /32") << u"192.0.2.1/32"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("smtp URL") << u"smtp://mail1.contoso.com"_s << false;
    QTest::newRow("https URL") << u"https://mail1.contoso.com/"_s << false;
    QTest::newRow("space inside") << u"mail1 contoso.com"_s << false;
    QTest::newRow("trailing space") << u"mail1.contoso.com "_s << false;
    QTest::newRow("host:port") << u"mail1.contoso.com:25"_s << false;
    QTest::newRow("IPv4:port") << u"192.0.2.10:2525"_s << false;
    QTest::newRow("two dots") << u"mail1..contoso.com"_s << false;
    QTest::newRow("leading dot") << u".contoso.com"_s << false;
    QTest::newRow("trailing dot") << u"contoso.com."_s << false;
    QTest::newRow("label starts with hyphen") << u"-mail.contoso.com"_s << false;
    QTest::newRow("underscore") << u"mail_1.contoso.com"_s << false;
    QTest::newRow("label over 63") << (u"a"_s.repeated(64) + u".contoso.com"_s) << false;
    QTest::newRow("octet over 255") << u"256.1.1.1"_s << false;
    QTest::newRow("leading zero") << u"10.0.0.01"_s << false;
    QTest::newRow("three octets") << u"192.0.2"_s << false;
    QTest::newRow("prefix over 32") << u"192.0.2.0/33"_s << false;
    QTest::newRow("prefix missing") << u"192.0.2.0/"_s << false;
    QTest::newRow("IPv6") << u"2001:db8::1"_s << false;
    QTest::newRow("bracketed IPv6") << u"[2001:db8::1]"_s << false;
    QTest::newRow("address") << u"postmaster@contoso.com"_s << false;
    QTest::newRow("two hosts in one") << u"mail1.contoso.com,mail2.contoso.com"_s << false;
}

void TestValidation::smartHost()
{
    QFETCH(QString, host);
    QFETCH(bool, valid);

    Connector connector = outboundConnector();
    connector.tls = TlsSettings::CertificateValidation;
    connector.tlsDomain.clear();
    connector.smartHosts = {host};
    const Diagnostics found = validateConnector(connector, {});
    expectOne(found, valid ? QString() : u"connector.smartHosts"_s, u"Smart hosts"_s);
    QCOMPARE(fieldrules::checkSmartHost(host).isEmpty(), valid);
}

void TestValidation::smartHostListedTwice()
{
    Connector connector = outboundConnector();
    connector.smartHosts = {u"mail1.contoso.com"_s, u"MAIL1.contoso.com"_s};
    expectOne(validateConnector(connector, {}), u"connector.smartHosts.duplicate"_s,
              u"Smart hosts"_s, u"MAIL1.contoso.com"_s);

    connector.smartHosts = {};
    expectOne(validateConnector(connector, {}), u"connector.smartHosts.empty"_s,
              u"Smart hosts"_s);
}

void TestValidation::validationAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << u"postmaster@contoso.com"_s << true;
    QTest::newRow("dots and plus") << u"first.last+route@contoso.com"_s << true;
    QTest::newRow("special atext") << u"o'brien!#$%&*=?^_`{|}~-/@contoso.com"_s << true;
    QTest::newRow("quoted local part") << u"\"first last\"@contoso.com"_s << true;
    QTest::newRow("address literal") << u"postmaster@[192.0.2.1]"_s << true;
    QTest::newRow("64-character local part") << (u"l"_s.repeated(64) + u"@contoso.com"_s)
                                             << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no @") << u"postmaster.contoso.com"_s << false;
    QTest::newRow("nothing before @") << u"@contoso.com"_s << false;
    QTest::newRow("nothing after @") << u"postmaster@"_s << false;
    QTest::newRow("two dots in local part") << u"first..last@contoso.com"_s << false;
    QTest::newRow("leading dot") << u".first@contoso.com"_s << false;
    QTest::newRow("space") << u"first last@contoso.com"_s << false;
    QTest::newRow("65-character local part") << (u"l"_s.repeated(65) + u"@contoso.com"_s)
                                             << false;
    QTest::newRow("domain without dot") << u"postmaster@contoso"_s << false;
    QTest::newRow("domain with empty label") << u"postmaster@contoso..com"_s << false;
    QTest::newRow("bad address literal") << u"postmaster@[mail.contoso.com]"_s << false;
    QTest::newRow("unclosed quote") << u"\"first@contoso.com"_s << false;
    QTest::newRow("comma in local part") << u"a,b@contoso.com"_s << false;
}

void TestValidation::validationAddress()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);

    Connector connector = outboundConnector();
    connector.validationRecipients = {address};
    expectOne(validateConnector(connector, {}),
              valid ? QString() : u"connector.validationRecipients"_s, u"Validation email"_s);
    QCOMPARE(fieldrules::checkMailbox(address).isEmpty(), valid);
}

void TestValidation::tlsDomain_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("valid");

    QTest::newRow("wildcard left-most") << u"*.contoso.com"_s << true;
    QTest::newRow("exact name") << u"mail.contoso.com"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("wildcard inside") << u"mail.*.contoso.com"_s << false;
    QTest::newRow("partial wildcard label") << u"mail*.contoso.com"_s << false;
    QTest::newRow("two wildcards") << u"*.*.contoso.com"_s << false;
    QTest::newRow("wildcard alone") << u"*"_s << false;
    QTest::newRow("wildcard right-most") << u"contoso.*"_s << false;
    QTest::newRow("URL") << u"https://contoso.com"_s << false;
}

void TestValidation::tlsDomain()
{
    QFETCH(QString, domain);
    QFETCH(bool, valid);

    Connector connector = outboundConnector();
    connector.tlsDomain = domain;
    expectOne(validateConnector(connector, {}), valid ? QString() : u"connector.tlsDomain"_s,
              u"Certificate domain"_s);

    // Only domain validation uses the certificate domain.
    connector.tls = TlsSettings::CertificateValidation;
    QVERIFY(validateConnector(connector, {}).isEmpty());
}

void TestValidation::ruleNeedsConditionAndAction_data()
{
    QTest::addColumn<bool>("withCondition");
    QTest::addColumn<bool>("withAction");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("both") << true << true << QString() << QString();
    QTest::newRow("no condition") << false << true << u"rule.conditions.empty"_s
                                  << u"Apply this rule if"_s;
    QTest::newRow("no action") << true << false << u"rule.actions.empty"_s
                               << u"Do the following"_s;
}

void TestValidation::ruleNeedsConditionAndAction()
{
    QFETCH(bool, withCondition);
    QFETCH(bool, withAction);
    QFETCH(QString, code);
    QFETCH(QString, field);

    Workspace workspace;
    workspace.connectors << outboundConnector();
    MailFlowRule rule = redirectRule(u"Route"_s, outboundConnector().name);
    if (!withCondition)
        rule.conditions.clear();
    if (!withAction)
        rule.actions.clear();
    expectOne(validateRule(rule, workspace), code, field);
}

void TestValidation::redirectTarget_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("mention");

    QTest::newRow("existing") << u"Office 365 to Contoso"_s << true << QString();
    QTest::newRow("existing, other case") << u"office 365 TO contoso"_s << true << QString();
    QTest::newRow("missing") << u"Office 365 to Fabrikam"_s << false
                             << u"Office 365 to Fabrikam"_s;
    QTest::newRow("none chosen") << QString() << false << u"Choose the connector"_s;
    QTest::newRow("inbound") << u"Contoso to Office 365"_s << false << u"inbound"_s;
}

void TestValidation::redirectTarget()
{
    QFETCH(QString, target);
    QFETCH(bool, valid);
    QFETCH(QString, mention);

    Workspace workspace;
    workspace.connectors << outboundConnector();
    Connector inbound;
    inbound.name = u"Contoso to Office 365"_s;
    inbound.kind = ConnectorKind::InboundFromOrganization;
    inbound.tlsSenderCertificateName = u"mail.contoso.com"_s;
    workspace.connectors << inbound.normalized();

    expectOne(validateRule(redirectRule(u"Route"_s, target), workspace),
              valid ? QString() : u"rule.action.value"_s,
              u"Redirect the message to… the following connector"_s, mention);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
