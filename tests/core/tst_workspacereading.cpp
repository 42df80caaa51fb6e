#include "store/workspacefile.h"
#include "support/filebytes.h"
#include "support/workspacescenario.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace mailflow;
using namespace mailflow::storetest;
using namespace Qt::StringLiterals;

namespace {

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

// Reading a workspace file: the leniencies a hand-edited file needs, and for every kind of
// broken file a stable code, the JSON path and a message that names the file.
class TestWorkspaceReading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byteOrderMarkIsAccepted();
    void datesWithOffsetAreReadAsUtc();
    void absentFieldsTakeDefaults();
    void brokenFile_data();
    void brokenFile();
    void syntaxErrorPosition_data();
    void syntaxErrorPosition();
    void missingFile();
    void folderInsteadOfFile();
};

void TestWorkspaceReading::byteOrderMarkIsAccepted()
{
    const QByteArray data = QByteArray("\xEF\xBB\xBF") + validFile();
    const store::LoadResult loaded = store::loadWorkspaceFromBytes(data, QStringLiteral("x"));
    QVERIFY2(loaded.ok, qPrintable(loaded.message));
    QCOMPARE(loaded.workspace.connectors.size(), 1);
}

void TestWorkspaceReading::datesWithOffsetAreReadAsUtc()
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

void TestWorkspaceReading::absentFieldsTakeDefaults()
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

void TestWorkspaceReading::brokenFile_data()
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

void TestWorkspaceReading::brokenFile()
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

void TestWorkspaceReading::syntaxErrorPosition_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("missing value") << QByteArray("{\n  \"format\": ,\n}") << 2 << 13;
    QTest::newRow("after non-ASCII text")
        << QByteArray("{\"a\": \"\xC3\xA9\xC3\xA9\" x}") << 1 << 12;
    QTest::newRow("third line") << QByteArray("{\n\"a\": 1,\n\"b\": 1 2}") << 3 << 8;
}

void TestWorkspaceReading::syntaxErrorPosition()
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

void TestWorkspaceReading::missingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nowhere.mailflow.json"));
    const store::LoadResult result = store::loadWorkspace(path);
    QVERIFY(!result.ok);
    QCOMPARE(result.code, QStringLiteral("file.missing"));
    QVERIFY(result.message.contains(path));
    QVERIFY(!QFileInfo::exists(path));
}

void TestWorkspaceReading::folderInsteadOfFile()
{
    QTemporaryDir dir;
    const store::LoadResult result = store::loadWorkspace(dir.path());
    QVERIFY(!result.ok);
    QCOMPARE(result.code, QStringLiteral("file.unreadable"));
    QVERIFY2(result.message.contains(QStringLiteral("folder")), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(TestWorkspaceReading)
#include "tst_workspacereading.moc"
