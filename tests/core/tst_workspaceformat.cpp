#include "model/predicateregistry.h"
#include "store/enumnames.h"
#include "store/workspacefile.h"
#include "support/workspacescenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mailflow;
using namespace mailflow::storetest;

// What a workspace file holds: every field written in its documented form, and read back equal,
// whether through a file on disk or through bytes.
class TestWorkspaceFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripThroughFile();
    void roundTripThroughBytes();
    void everyPredicateKindIsWrittenWithItsShapeOnly();
    void enumsAreWrittenAsWords();
    void fileStartsWithFormatAndVersion();
    void otherDirectionKeepsOnlyNonDefaults();
};

void TestWorkspaceFormat::roundTripThroughFile()
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

void TestWorkspaceFormat::roundTripThroughBytes()
{
    const Workspace original = fullScenario();
    const QByteArray first = store::workspaceToJson(original);
    const store::LoadResult loaded = store::loadWorkspaceFromBytes(first, QStringLiteral("x"));
    QVERIFY2(loaded.ok, qPrintable(loaded.message));
    QVERIFY(loaded.workspace == original);

    // Writing what was read gives the same bytes: saving an unchanged file changes nothing.
    QCOMPARE(store::workspaceToJson(loaded.workspace), first);
    QVERIFY(first.contains(unicodeText().toUtf8()));
}

void TestWorkspaceFormat::everyPredicateKindIsWrittenWithItsShapeOnly()
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

void TestWorkspaceFormat::enumsAreWrittenAsWords()
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

void TestWorkspaceFormat::fileStartsWithFormatAndVersion()
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

void TestWorkspaceFormat::otherDirectionKeepsOnlyNonDefaults()
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

QTEST_GUILESS_MAIN(TestWorkspaceFormat)
#include "tst_workspaceformat.moc"
