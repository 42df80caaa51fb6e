#include "model/predicateregistry.h"
#include "store/enumnames.h"
#include "store/workspacefile.h"
#include "validation/validator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mailflow;
using namespace Qt::StringLiterals;

namespace {

const QString unicodeText = QStringLiteral("Zürich → Ñandú 東京 😀");

PredicateValue valueFor(ValueShape shape, const QString &connectorName)
{
    PredicateValue value;
    switch (shape) {
    case ValueShape::Words:
        value.items = {QStringLiteral("New Orleans"), unicodeText};
        break;
    case ValueShape::Patterns:
        value.items = {QStringLiteral("^ab+c\\d$"), QStringLiteral("\"quoted\"\\\\")};
        break;
    case ValueShape::Addresses:
        value.items = {QStringLiteral("ana@contoso.com"), QStringLiteral("sales@fabrikam.com")};
        break;
    case ValueShape::Domains:
        value.items = {QStringLiteral("fabrikam.com")};
        break;
    case ValueShape::PropertyWords:
        value.properties = {{QStringLiteral("City"), {QStringLiteral("New Orleans"),
                                                      QStringLiteral("Baton Rouge")}},
                            {QStringLiteral("Department"), {unicodeText}}};
        break;
    case ValueShape::PropertyPatterns:
        value.properties = {{QStringLiteral("Title"), {QStringLiteral("^Dir.*")}}};
        break;
    case ValueShape::Scope:
        value.text = QStringLiteral("NotInOrganization");
        break;
    case ValueShape::SizeBytes:
        value.number = Q_INT64_C(5000000000); // beyond 32 bits on purpose
        break;
    case ValueShape::HeaderWords:
        value.text = QStringLiteral("X-Route");
        value.items = {QStringLiteral("east")};
        break;
    case ValueShape::HeaderPatterns:
        value.text = QStringLiteral("X-Route");
        value.items = {QStringLiteral("^e")};
        break;
    case ValueShape::Connector:
        value.text = connectorName;
        break;
    case ValueShape::Text:
        value.text = QStringLiteral("[External] ") + unicodeText;
        break;
    case ValueShape::HeaderValue:
        value.text = QStringLiteral("X-Handled");
        value.secondText = QStringLiteral("yes\ttab \"and\" line\nbreak");
        break;
    case ValueShape::Rejection:
        value.text = QStringLiteral("Not allowed");
        value.secondText = QStringLiteral("5.7.900");
        break;
    case ValueShape::Flag:
        break;
    }
    return value;
}

// Every connector kind, every enum value and every predicate kind of the registry, with text
// that is not ASCII, so one round trip covers the whole format.
Workspace fullScenario()
{
    Workspace w;

    Connector org;
    org.name = QStringLiteral("Office 365 to Contoso mail server");
    org.description = unicodeText;
    org.smartHosts = {QStringLiteral("mail1.contoso.com"), QStringLiteral("192.0.2.0/28")};
    org.tls = TlsSettings::DomainValidation;
    org.tlsDomain = QStringLiteral("*.contoso.com");
    org.daneMode = SmtpDaneMode::Mandatory;
    org.mtaStsMode = MtaStsMode::None;
    org.validationRecipients = {QStringLiteral("postmaster@contoso.com")};
    org.validation.validated = true;
    org.validation.lastValidatedUtc =
        QDateTime(QDate(2025, 3, 14), QTime(9, 26, 53, 589), Qt::UTC);
    org.validation.recipients = {QStringLiteral("postmaster@contoso.com")};
    w.connectors << org;

    Connector partner;
    partner.name = QStringLiteral("Partner Ñandú");
    partner.kind = ConnectorKind::OutboundToPartner;
    partner.enabled = false;
    partner.retainInternalHeaders = false;
    partner.usage = ConnectorUsage::RecipientDomains;
    partner.recipientDomains = {QStringLiteral("fabrikam.com"), QStringLiteral("*.fabrikam.com")};
    partner.routing = ConnectorRouting::MxRecord;
    partner.smartHosts.clear();
    partner.tls = TlsSettings::EncryptionOnly;
    partner.daneMode = SmtpDaneMode::None;
    w.connectors << partner;

    Connector all = org;
    all.name = QStringLiteral("東京 all domains");
    all.usage = ConnectorUsage::AllAcceptedDomains;
    all.tls = TlsSettings::CertificateValidation;
    all.tlsDomain.clear();
    all.validation = {};
    w.connectors << all;

    Connector opportunistic = org;
    opportunistic.name = QStringLiteral("Opportunistic");
    opportunistic.tls = TlsSettings::None;
    opportunistic.tlsDomain.clear();
    w.connectors << opportunistic;

    Connector inboundOrg;
    inboundOrg.name = QStringLiteral("Contoso to Office 365");
    inboundOrg.kind = ConnectorKind::InboundFromOrganization;
    inboundOrg.identity = InboundIdentity::SenderIpAddresses;
    inboundOrg.senderIpAddresses = {QStringLiteral("192.0.2.10"),
                                    QStringLiteral("198.51.100.0/24")};
    inboundOrg = inboundOrg.normalized();
    w.connectors << inboundOrg;

    Connector inboundPartner;
    inboundPartner.name = QStringLiteral("Fabrikam to Office 365");
    inboundPartner.kind = ConnectorKind::InboundFromPartner;
    inboundPartner.identity = InboundIdentity::SenderDomains;
    inboundPartner.senderDomains = {QStringLiteral("*")};
    inboundPartner.requireTls = false;
    inboundPartner.restrictToCertificate = true;
    inboundPartner.tlsSenderCertificateName = QStringLiteral("*.fabrikam.com");
    inboundPartner.restrictToIpAddresses = true;
    inboundPartner.senderIpAddresses = {QStringLiteral("203.0.113.5-203.0.113.9")};
    inboundPartner = inboundPartner.normalized();
    w.connectors << inboundPartner;

    Connector certificateSubject = inboundOrg;
    certificateSubject.name = QStringLiteral("By certificate");
    certificateSubject.identity = InboundIdentity::CertificateSubject;
    certificateSubject.senderIpAddresses.clear();
    certificateSubject.tlsSenderCertificateName = QStringLiteral("mail.contoso.com");
    w.connectors << certificateSubject;

    MailFlowRule everyCondition;
    everyCondition.name = QStringLiteral("Every condition ") + unicodeText;
    everyCondition.comments = unicodeText + QStringLiteral("\nsecond line");
    everyCondition.mode = RuleMode::AuditAndNotify;
    everyCondition.activationDate = QDateTime(QDate(2025, 1, 31), QTime(18, 0), Qt::UTC);
    everyCondition.expiryDate = QDateTime(QDate(2026, 1, 31), QTime(18, 0, 0, 5), Qt::UTC);
    everyCondition.stopProcessing = true;
    everyCondition.errorAction = RuleErrorAction::Defer;
    everyCondition.senderAddressLocation = SenderAddressLocation::HeaderOrEnvelope;
    for (const PredicateType *type : predicateTypes(PredicateRole::Condition)) {
        everyCondition.conditions << RuleCondition{type->idString(),
                                                   valueFor(type->shape, org.name)};
        everyCondition.exceptions << RuleCondition{type->idString(),
                                                   valueFor(type->shape, org.name)};
    }
    for (const PredicateType *type : predicateTypes(PredicateRole::Action))
        everyCondition.actions << RuleAction{type->idString(), valueFor(type->shape, org.name)};
    w.rules << everyCondition;

    MailFlowRule audit;
    audit.name = QStringLiteral("Audit only");
    audit.enabled = false;
    audit.mode = RuleMode::Audit;
    audit.senderAddressLocation = SenderAddressLocation::Envelope;
    audit.conditions << RuleCondition{QStringLiteral("sentToScope"),
                                      valueFor(ValueShape::Scope, {})};
    audit.actions << RuleAction{QStringLiteral("deleteMessage"), {}};
    w.rules << audit;

    MailFlowRule plain;
    plain.name = QStringLiteral("Route New Orleans recipients");
    plain.conditions << RuleCondition{QStringLiteral("recipientPropertyContainsWords"),
                                      valueFor(ValueShape::PropertyWords, {})};
    plain.actions << RuleAction{QStringLiteral("redirectToConnector"),
                                valueFor(ValueShape::Connector, org.name)};
    w.rules << plain;
    return w;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// A valid file with one connector and one rule, to be broken by one edit per test row.
QByteArray validFile()
{
    Workspace w;
    Connector c;
    c.name = QStringLiteral("Contoso");
    c.smartHosts = {QStringLiteral("mail1.contoso.com")};
    c.tlsDomain = QStringLiteral("*.contoso.com");
    w.connectors << c;
    MailFlowRule r;
    r.name = QStringLiteral("Route");
    r.conditions << RuleCondition{QStringLiteral("recipientPropertyContainsWords"),
                                  valueFor(ValueShape::PropertyWords, {})};
    r.actions << RuleAction{QStringLiteral("redirectToConnector"),
                            valueFor(ValueShape::Connector, c.name)};
    w.rules << r;
    return store::workspaceToJson(w);
}

QJsonObject validRoot()
{
    return QJsonDocument::fromJson(validFile()).object();
}

QByteArray edited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = validRoot();
    edit(root);
    return QJsonDocument(root).toJson();
}

// Applies `edit` to element `index` of the list `key` inside `root`.
void editListEntry(QJsonObject &root, const QString &key, qsizetype index,
                   const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray list = root.value(key).toArray();
    QJsonObject entry = list.at(index).toObject();
    edit(entry);
    list[index] = entry;
    root.insert(key, list);
}

void editFirstCondition(QJsonObject &root, const std::function<void(QJsonObject &)> &edit)
{
    editListEntry(root, QStringLiteral("rules"), 0, [&](QJsonObject &rule) {
        editListEntry(rule, QStringLiteral("conditions"), 0, edit);
    });
}

} // namespace

class TestWorkspaceFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripThroughFile();
    void roundTripThroughBytes();
    void everyPredicateKindIsWrittenWithItsShapeOnly();
    void enumsAreWrittenAsWords();
    void fileStartsWithFormatAndVersion();
    void otherDirectionKeepsOnlyNonDefaults();
    void byteOrderMarkIsAccepted();
    void datesWithOffsetAreReadAsUtc();
    void absentFieldsTakeDefaults();
    void brokenFile_data();
    void brokenFile();
    void syntaxErrorPosition_data();
    void syntaxErrorPosition();
    void missingFile();
    void folderInsteadOfFile();
    void saveKeepsOneBackup();
    void failedSave_data();
    void failedSave();
    void failedBackupLeavesFileIntact();
    void sampleLoadsAndValidates();
    void sampleFileIsInWriterFormat();
};

void TestWorkspaceFile::roundTripThroughFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("Zürich 東京.mailflow.json"));
    const Workspace original = fullScenario();

    const store::SaveResult saved = store::saveWorkspace(path, original);
    QVERIFY2(saved.ok, qPrintable(saved.message));

    const store::LoadResult loaded = store::loadWorkspace(path);
    QVERIFY2(loaded.ok, qPrintable(loaded.message));
    QCOMPARE(loaded.workspace.connectors.size(), original.connectors.size());
    for (qsizetype i = 0; i < original.connectors.size(); ++i)
        QVERIFY2(loaded.workspace.connectors.at(i) == original.connectors.at(i),
                 qPrintable(original.connectors.at(i).name));
    QCOMPARE(loaded.workspace.rules.size(), original.rules.size());
    for (qsizetype i = 0; i < original.rules.size(); ++i)
        QVERIFY2(loaded.workspace.rules.at(i) == original.rules.at(i),
                 qPrintable(original.rules.at(i).name));
    QVERIFY(loaded.workspace == original);
    QCOMPARE(loaded.workspace.rules.at(0).expiryDate.time().msec(), 5);
}

void TestWorkspaceFile::roundTripThroughBytes()
{
    const Workspace original = fullScenario();
    const QByteArray first = store::workspaceToJson(original);
    const store::LoadResult loaded = store::loadWorkspaceFromBytes(first, QStringLiteral("x"));
    QVERIFY2(loaded.ok, qPrintable(loaded.message));
    QVERIFY(loaded.workspace == original);

    // Writing what was read gives the same bytes: saving an unchanged file changes nothing.
    QCOMPARE(store::workspaceToJson(loaded.workspace), first);
    QVERIFY(first.contains(unicodeText.toUtf8()));
}

void TestWorkspaceFile::everyPredicateKindIsWrittenWithItsShapeOnly()
{
    const QJsonObject root = QJsonDocument::fromJson(store::workspaceToJson(fullScenario()))
                                 .object();
    const QJsonObject rule = root.value(QStringLiteral("rules")).toArray().at(0).toObject();
    QJsonArray predicates = rule.value(QStringLiteral("conditions")).toArray();
    for (const QJsonValue &action : rule.value(QStringLiteral("actions")).toArray())
        predicates.append(action);

    QStringList kinds;
    for (const QJsonValue &value : predicates) {
        const QJsonObject predicate = value.toObject();
        const QString kind = predicate.value(QStringLiteral("kind")).toString();
        const PredicateType *type = findPredicate(kind);
        QVERIFY2(type, qPrintable(kind));
        kinds << kind;

        QStringList expected{QStringLiteral("kind")};
        if (shapeHasItems(type->shape))
            expected << QStringLiteral("items");
        if (shapeHasProperties(type->shape))
            expected << QStringLiteral("properties");
        switch (type->shape) {
        case ValueShape::Scope:
        case ValueShape::Connector:
        case ValueShape::Text:
        case ValueShape::HeaderWords:
        case ValueShape::HeaderPatterns:
            expected << QStringLiteral("text");
            break;
        case ValueShape::HeaderValue:
        case ValueShape::Rejection:
            expected << QStringLiteral("text") << QStringLiteral("secondText");
            break;
        case ValueShape::SizeBytes:
            expected << QStringLiteral("number");
            break;
        default:
            break;
        }
        QStringList keys = predicate.keys();
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
    }

    for (const PredicateType &type : predicateTypes())
        QVERIFY2(kinds.contains(type.idString()), type.id);
}

void TestWorkspaceFile::enumsAreWrittenAsWords()
{
    const QByteArray json = store::workspaceToJson(fullScenario());
    QStringList names;
    names << store::allEnumNames<ConnectorKind>() << store::allEnumNames<ConnectorUsage>()
          << store::allEnumNames<ConnectorRouting>() << store::allEnumNames<TlsSettings>()
          << store::allEnumNames<SmtpDaneMode>() << store::allEnumNames<MtaStsMode>()
          << store::allEnumNames<InboundIdentity>() << store::allEnumNames<RuleMode>()
          << store::allEnumNames<RuleErrorAction>()
          << store::allEnumNames<SenderAddressLocation>();
    for (const QString &name : names)
        QVERIFY2(json.contains(QByteArray("\"") + name.toLatin1() + '"'), qPrintable(name));

    QVERIFY(json.contains("\"kind\": \"outboundToOrganization\""));
    QVERIFY(json.contains("\"usage\": \"ruleScoped\""));
    QVERIFY(json.contains("\"tls\": \"domainValidation\""));
    QVERIFY(json.contains("\"tls\": \"opportunistic\""));
    QVERIFY(json.contains("\"lastValidatedUtc\": \"2025-03-14T09:26:53.589Z\""));
    QVERIFY(json.contains("\"activationDate\": \"2025-01-31T18:00:00Z\""));
    QVERIFY(json.contains("\"number\": 5000000000"));
}

void TestWorkspaceFile::fileStartsWithFormatAndVersion()
{
    const QByteArray json = store::workspaceToJson(fullScenario());
    QVERIFY2(json.startsWith("{\n    \"format\": \"mailflow-admin-workspace\",\n"
                             "    \"version\": 1,\n"),
             json.left(120).constData());

    // A connector starts with its name, so a reader scanning the file sees what it is about.
    const qsizetype connectors = json.indexOf("\"connectors\"");
    QVERIFY(connectors > 0);
    const QByteArray afterConnectors = json.mid(connectors);
    QVERIFY(afterConnectors.indexOf("\"name\"") < afterConnectors.indexOf("\"kind\""));
}

void TestWorkspaceFile::otherDirectionKeepsOnlyNonDefaults()
{
    Workspace w;
    Connector outbound;
    outbound.name = QStringLiteral("Out");
    outbound.smartHosts = {QStringLiteral("mail.contoso.com")};
    w.connectors << outbound;

    const QByteArray clean = store::workspaceToJson(w);
    QVERIFY(clean.contains("\"smartHosts\""));
    QVERIFY(!clean.contains("\"senderDomains\""));
    QVERIFY(!clean.contains("\"identity\""));

    // A value left over from the other direction is written, so saving never loses it.
    w.connectors[0].senderDomains = {QStringLiteral("fabrikam.com")};
    const QByteArray stale = store::workspaceToJson(w);
    QVERIFY(stale.contains("\"senderDomains\""));
    const store::LoadResult loaded = store::loadWorkspaceFromBytes(stale, QStringLiteral("x"));
    QVERIFY2(loaded.ok, qPrintable(loaded.message));
    QVERIFY(loaded.workspace == w);
}

void TestWorkspaceFile::byteOrderMarkIsAccepted()
{
    const QByteArray data = QByteArray("\xEF\xBB\xBF") + validFile();
    const store::LoadResult loaded = store::loadWorkspaceFromBytes(data, QStringLiteral("x"));
    QVERIFY2(loaded.ok, qPrintable(loaded.message));
    QCOMPARE(loaded.workspace.connectors.size(), 1);
}

void TestWorkspaceFile::datesWithOffsetAreReadAsUtc()
{
    const QByteArray data = edited([](QJsonObject &root) {
        editListEntry(root, QStringLiteral("rules"), 0, [](QJsonObject &rule) {
            rule.insert(QStringLiteral("activationDate"),
                        QStringLiteral("2025-06-01T08:00:00+02:00"));
        });
    });
    const store::LoadResult loaded = store::loadWorkspaceFromBytes(data, QStringLiteral("x"));
    QVERIFY2(loaded.ok, qPrintable(loaded.message));
    const QDateTime when = loaded.workspace.rules.at(0).activationDate;
    QCOMPARE(when.timeSpec(), Qt::UTC);
    QCOMPARE(when, QDateTime(QDate(2025, 6, 1), QTime(6, 0), Qt::UTC));
}

void TestWorkspaceFile::absentFieldsTakeDefaults()
{
    const QByteArray data = R"({"format": "mailflow-admin-workspace", "version": 1,
        "connectors": [{"name": "Minimal"}],
        "rules": [{"name": "R", "actions": [{"kind": "deleteMessage"}]}]})";
    const store::LoadResult loaded = store::loadWorkspaceFromBytes(data, QStringLiteral("x"));
    QVERIFY2(loaded.ok, qPrintable(loaded.message));

    Connector expectedConnector;
    expectedConnector.name = QStringLiteral("Minimal");
    QVERIFY(loaded.workspace.connectors.at(0) == expectedConnector);
    MailFlowRule expectedRule;
    expectedRule.name = QStringLiteral("R");
    expectedRule.actions << RuleAction{QStringLiteral("deleteMessage"), {}};
    QVERIFY(loaded.workspace.rules.at(0) == expectedRule);
}

void TestWorkspaceFile::brokenFile_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QStringList>("mentions");

    const QByteArray valid = validFile();

    QTest::newRow("empty") << QByteArray() << u"file.empty"_s << QString()
                           << QStringList{u"is empty"_s};
    QTest::newRow("only spaces") << QByteArray(" \n\t\n") << u"file.empty"_s << QString()
                                 << QStringList{u"is empty"_s};
    QTest::newRow("truncated") << valid.left(valid.size() / 2) << u"file.syntax"_s
                               << QString() << QStringList{u"not valid JSON"_s, u"line"_s,
                                                           u"column"_s};
    QTest::newRow("top-level list") << QByteArray("[1, 2]") << u"file.format"_s << QString()
                                    << QStringList{u"not a Mailflow Admin workspace"_s};
    QTest::newRow("no format marker")
        << edited([](QJsonObject &root) { root.remove(QStringLiteral("format")); })
        << u"file.format"_s << u"format"_s << QStringList{u"no \"format\" marker"_s};
    QTest::newRow("foreign format")
        << edited([](QJsonObject &root) {
               root.insert(QStringLiteral("format"), QStringLiteral("vscode-settings"));
           })
        << u"file.format"_s << u"format"_s << QStringList{u"'vscode-settings'"_s};
    QTest::newRow("newer version")
        << edited([](QJsonObject &root) { root.insert(QStringLiteral("version"), 7); })
        << u"file.version.newer"_s << u"version"_s
        << QStringList{u"newer Mailflow Admin (version 7)"_s, u"up to version 1"_s};
    QTest::newRow("version zero")
        << edited([](QJsonObject &root) { root.insert(QStringLiteral("version"), 0); })
        << u"file.version"_s << u"version"_s << QStringList{u"version 0"_s};
    QTest::newRow("version as text")
        << edited([](QJsonObject &root) {
               root.insert(QStringLiteral("version"), QStringLiteral("1"));
           })
        << u"file.version"_s << u"version"_s << QStringList{u"whole number"_s};
    QTest::newRow("version missing")
        << edited([](QJsonObject &root) { root.remove(QStringLiteral("version")); })
        << u"file.version"_s << u"version"_s << QStringList{u"\"version\""_s};
    QTest::newRow("connectors not a list")
        << edited([](QJsonObject &root) {
               root.insert(QStringLiteral("connectors"), QJsonObject());
           })
        << u"file.type"_s << u"connectors"_s
        << QStringList{u"connectors must be a list, not an object"_s};
    QTest::newRow("smart hosts a number")
        << edited([](QJsonObject &root) {
               editListEntry(root, QStringLiteral("connectors"), 0, [](QJsonObject &c) {
                   c.insert(QStringLiteral("smartHosts"), 25);
               });
           })
        << u"file.type"_s << u"connectors[0].smartHosts"_s
        << QStringList{u"connectors[0].smartHosts must be a list of strings, not a number"_s};
    QTest::newRow("smart host entry a number")
        << edited([](QJsonObject &root) {
               editListEntry(root, QStringLiteral("connectors"), 0, [](QJsonObject &c) {
                   c.insert(QStringLiteral("smartHosts"),
                            QJsonArray{QStringLiteral("mail1.contoso.com"), 10});
               });
           })
        << u"file.type"_s << u"connectors[0].smartHosts[1]"_s
        << QStringList{u"connectors[0].smartHosts must be a list of strings"_s,
                       u"connectors[0].smartHosts[1] is a number"_s};
    QTest::newRow("enabled as text")
        << edited([](QJsonObject &root) {
               editListEntry(root, QStringLiteral("connectors"), 0, [](QJsonObject &c) {
                   c.insert(QStringLiteral("enabled"), QStringLiteral("yes"));
               });
           })
        << u"file.type"_s << u"connectors[0].enabled"_s
        << QStringList{u"connectors[0].enabled must be true or false, not text"_s};
    QTest::newRow("unknown tls value")
        << edited([](QJsonObject &root) {
               editListEntry(root, QStringLiteral("connectors"), 0, [](QJsonObject &c) {
                   c.insert(QStringLiteral("tls"), QStringLiteral("DomainValidation"));
               });
           })
        << u"file.value"_s << u"connectors[0].tls"_s
        << QStringList{u"'DomainValidation'"_s, u"domainValidation"_s};
    QTest::newRow("misspelt connector field")
        << edited([](QJsonObject &root) {
               editListEntry(root, QStringLiteral("connectors"), 0, [](QJsonObject &c) {
                   c.insert(QStringLiteral("smartHost"), QJsonArray());
               });
           })
        << u"file.field"_s << u"connectors[0].smartHost"_s
        << QStringList{u"connectors[0].smartHost is not a field"_s};
    QTest::newRow("connector not an object")
        << edited([](QJsonObject &root) {
               root.insert(QStringLiteral("connectors"), QJsonArray{QStringLiteral("x")});
           })
        << u"file.type"_s << u"connectors[0]"_s
        << QStringList{u"connectors[0] must be an object describing a connector, not text"_s};
    QTest::newRow("date without time zone")
        << edited([](QJsonObject &root) {
               editListEntry(root, QStringLiteral("rules"), 0, [](QJsonObject &r) {
                   r.insert(QStringLiteral("expiryDate"), QStringLiteral("2025-01-31T18:00:00"));
               });
           })
        << u"file.type"_s << u"rules[0].expiryDate"_s
        << QStringList{u"rules[0].expiryDate must be a date and time"_s,
                       u"'2025-01-31T18:00:00'"_s};
    QTest::newRow("unknown condition kind")
        << edited([](QJsonObject &root) {
               editFirstCondition(root, [](QJsonObject &c) {
                   c.insert(QStringLiteral("kind"), QStringLiteral("recipientIsVip"));
               });
           })
        << u"file.kind"_s << u"rules[0].conditions[0].kind"_s
        << QStringList{u"'recipientIsVip'"_s, u"does not know"_s};
    QTest::newRow("action used as condition")
        << edited([](QJsonObject &root) {
               editFirstCondition(root, [](QJsonObject &c) {
                   c = QJsonObject{{QStringLiteral("kind"), QStringLiteral("deleteMessage")}};
               });
           })
        << u"file.kind"_s << u"rules[0].conditions[0].kind"_s
        << QStringList{u"an action, not a condition"_s};
    QTest::newRow("condition without kind")
        << edited([](QJsonObject &root) {
               editFirstCondition(root, [](QJsonObject &c) { c.remove(QStringLiteral("kind")); });
           })
        << u"file.kind"_s << u"rules[0].conditions[0].kind"_s
        << QStringList{u"rules[0].conditions[0].kind is missing"_s};
    QTest::newRow("member the shape does not use")
        << edited([](QJsonObject &root) {
               editFirstCondition(root, [](QJsonObject &c) {
                   c.insert(QStringLiteral("text"), QStringLiteral("New Orleans"));
               });
           })
        << u"file.field"_s << u"rules[0].conditions[0].text"_s
        << QStringList{u"does not belong to 'recipientPropertyContainsWords'"_s,
                       u"properties"_s};
    QTest::newRow("property words not a list")
        << edited([](QJsonObject &root) {
               editFirstCondition(root, [](QJsonObject &c) {
                   c.insert(QStringLiteral("properties"),
                            QJsonArray{QJsonObject{{QStringLiteral("property"), u"City"_s},
                                                   {QStringLiteral("words"), u"Boston"_s}}});
               });
           })
        << u"file.type"_s << u"rules[0].conditions[0].properties[0].words"_s
        << QStringList{u"rules[0].conditions[0].properties[0].words must be a list of strings"_s};
    QTest::newRow("size not whole")
        << edited([](QJsonObject &root) {
               editFirstCondition(root, [](QJsonObject &c) {
                   c = QJsonObject{{QStringLiteral("kind"), QStringLiteral("messageSizeOver")},
                                   {QStringLiteral("number"), 1.5}};
               });
           })
        << u"file.type"_s << u"rules[0].conditions[0].number"_s
        << QStringList{u"must be a whole number, not 1.5"_s};
}

void TestWorkspaceFile::brokenFile()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, code);
    QFETCH(QString, where);
    QFETCH(QStringList, mentions);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.mailflow.json"));
    QVERIFY(writeAll(path, data));

    const store::LoadResult result = store::loadWorkspace(path);
    QVERIFY(!result.ok);
    QCOMPARE(result.code, code);
    QCOMPARE(result.jsonPath, where);
    QVERIFY2(result.message.contains(path), qPrintable(result.message));
    for (const QString &mention : mentions)
        QVERIFY2(result.message.contains(mention), qPrintable(result.message));
    QVERIFY(result.workspace == Workspace());

    // Reading never writes: the file and its folder are as they were.
    QCOMPARE(readAll(path), data);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("broken.mailflow.json")});
}

void TestWorkspaceFile::syntaxErrorPosition_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("missing value") << QByteArray("{\n  \"format\": ,\n}") << 2 << 13;
    QTest::newRow("after non-ASCII text")
        << QByteArray("{\"a\": \"\xC3\xA9\xC3\xA9\" x}") << 1 << 12;
    QTest::newRow("third line") << QByteArray("{\n\"a\": 1,\n\"b\": 1 2}") << 3 << 8;
}

void TestWorkspaceFile::syntaxErrorPosition()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);

    const store::LoadResult result = store::loadWorkspaceFromBytes(data, QStringLiteral("f"));
    QVERIFY(!result.ok);
    QCOMPARE(result.code, QStringLiteral("file.syntax"));
    QCOMPARE(result.line, line);
    QCOMPARE(result.column, column);
    QVERIFY2(result.message.contains(QStringLiteral("line %1, column %2").arg(line).arg(column)),
             qPrintable(result.message));
}

void TestWorkspaceFile::missingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nowhere.mailflow.json"));
    const store::LoadResult result = store::loadWorkspace(path);
    QVERIFY(!result.ok);
    QCOMPARE(result.code, QStringLiteral("file.missing"));
    QVERIFY(result.message.contains(path));
    QVERIFY(!QFileInfo::exists(path));
}

void TestWorkspaceFile::folderInsteadOfFile()
{
    QTemporaryDir dir;
    const store::LoadResult result = store::loadWorkspace(dir.path());
    QVERIFY(!result.ok);
    QCOMPARE(result.code, QStringLiteral("file.unreadable"));
    QVERIFY2(result.message.contains(QStringLiteral("folder")), qPrintable(result.message));
}

void TestWorkspaceFile::saveKeepsOneBackup()
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

void TestWorkspaceFile::failedSave_data()
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

void TestWorkspaceFile::failedSave()
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

void TestWorkspaceFile::failedBackupLeavesFileIntact()
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

void TestWorkspaceFile::sampleLoadsAndValidates()
{
    const Workspace sample = store::loadSampleWorkspace();
    QCOMPARE(sample.connectors.size(), 1);
    QCOMPARE(sample.rules.size(), 1);

    const Connector &connector = sample.connectors.at(0);
    QCOMPARE(connector.name, QStringLiteral("Office 365 to Contoso mail server"));
    QCOMPARE(connector.kind, ConnectorKind::OutboundToOrganization);
    QVERIFY(connector.enabled);
    QVERIFY(connector.retainInternalHeaders);
    QVERIFY(connector.isRuleScoped());
    QCOMPARE(connector.smartHosts, (QStringList{QStringLiteral("mail.contoso.test"),
                                                QStringLiteral("smtp.contoso.test")}));
    QCOMPARE(connector.tls, TlsSettings::DomainValidation);
    QCOMPARE(connector.tlsDomain, QStringLiteral("*.contoso.test"));
    QVERIFY(!connector.validationRecipients.isEmpty());
    QVERIFY(connector.description.contains(QStringLiteral("Sample")));

    const MailFlowRule &rule = sample.rules.at(0);
    QCOMPARE(rule.name, QStringLiteral("Route New Orleans recipients"));
    QCOMPARE(rule.mode, RuleMode::Enforce);
    QCOMPARE(rule.conditions.size(), 1);
    QCOMPARE(rule.conditions.at(0).kind, QStringLiteral("recipientPropertyContainsWords"));
    QCOMPARE(rule.conditions.at(0).value.properties,
             (QList<PropertyWords>{{QStringLiteral("City"), {QStringLiteral("New Orleans")}}}));
    QCOMPARE(rule.actions.size(), 1);
    QCOMPARE(rule.actions.at(0).kind, QStringLiteral("redirectToConnector"));
    QCOMPARE(rule.actions.at(0).value.text, connector.name);

    const Diagnostics problems = validateWorkspace(sample);
    for (const Diagnostic &d : problems)
        qWarning("%s: %s: %s", qPrintable(d.object), qPrintable(d.field), qPrintable(d.message));
    QVERIFY(problems.isEmpty());
}

void TestWorkspaceFile::sampleFileIsInWriterFormat()
{
    QFile source(QStringLiteral(MAILFLOW_SOURCE_DIR "/resources/sample.mailflow.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(source.readAll()),
             QString::fromUtf8(store::workspaceToJson(store::loadSampleWorkspace())));
}

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "tst_workspacefile.moc"
