#include "data/interop/scenarioworkspace.h"
#include "interop/workspacediff.h"

#include <QTest>

using namespace mailflow;
using namespace mailflow::interop;
using namespace mailflow::interoptest;

// The workspace diff: changes in the admin's words, one change per inserted rule, lists as
// items added and removed.
class DiffTest : public QObject
{
    Q_OBJECT

private:
    static MailFlowRule rule(const QString &name)
    {
        MailFlowRule out;
        out.name = name;
        out.conditions << condition("sentToPerson", items({name + QStringLiteral("@x.test")}));
        return out;
    }

    static Workspace rules(const QStringList &names)
    {
        Workspace out;
        for (const QString &name : names)
            out.rules << rule(name);
        return out;
    }

private Q_SLOTS:
    void lines_data()
    {
        QTest::addColumn<Workspace>("before");
        QTest::addColumn<Workspace>("after");
        QTest::addColumn<QStringList>("expected");

        const Workspace reference = referenceScenario();
        QTest::newRow("same") << reference << reference << QStringList();

        const QStringList abcd{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                               QStringLiteral("D")};
        QTest::newRow("insert one rule first")
            << rules(abcd)
            << rules(QStringList{QStringLiteral("New")} + abcd)
            << QStringList{QStringLiteral("rule 'New': added at priority 0")};
        QTest::newRow("remove one rule")
            << rules(abcd)
            << rules({QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("D")})
            << QStringList{QStringLiteral("rule 'B': removed")};
        QTest::newRow("move one rule")
            << rules(abcd)
            << rules({QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("D"),
                      QStringLiteral("B")})
            << QStringList{QStringLiteral("rule 'B': priority 1 → 3")};
        QTest::newRow("insert and move")
            << rules(abcd)
            << rules({QStringLiteral("D"), QStringLiteral("X"), QStringLiteral("A"),
                      QStringLiteral("B"), QStringLiteral("C")})
            << QStringList{QStringLiteral("rule 'D': priority 3 → 0"),
                           QStringLiteral("rule 'X': added at priority 1")};
        QTest::newRow("names match case-insensitively")
            << rules(abcd)
            << rules({QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("C"),
                      QStringLiteral("D")})
            << QStringList{QStringLiteral("rule 'a': name: 'A' → 'a'"),
                           QStringLiteral("rule 'a': condition \"The recipient… is this person\" "
                                          "+'a@x.test' -'A@x.test'")};

        Workspace words = reference;
        words.rules[0].conditions[0].value.properties[0].words = {QStringLiteral("New Orleans"),
                                                                   QStringLiteral("Lafayette")};
        QTest::newRow("words added and removed")
            << reference << words
            << QStringList{QStringLiteral(
                   "rule 'Route New Orleans': condition \"The recipient… has specific properties "
                   "including any of these words\": City +'Lafayette' -'Baton Rouge'")};

        Workspace property = reference;
        property.rules[0].conditions[0].value.properties << PropertyWords{
            QStringLiteral("Department"), {QStringLiteral("Sales")}};
        QTest::newRow("property added")
            << reference << property
            << QStringList{QStringLiteral(
                   "rule 'Route New Orleans': condition \"The recipient… has specific properties "
                   "including any of these words\": Department +'Sales'")};

        Workspace hosts = reference;
        hosts.connectors[0].smartHosts = {QStringLiteral("mail.nola.contoso.test"),
                                          QStringLiteral("mail2.nola.contoso.test")};
        QTest::newRow("smart hosts changed")
            << reference << hosts
            << QStringList{QStringLiteral("connector 'New Orleans Mail': smart hosts "
                                          "+'mail2.nola.contoso.test' -'192.0.2.25'")};

        Workspace settings = reference;
        settings.connectors[1].enabled = true;
        settings.connectors[1].daneMode = SmtpDaneMode::Opportunistic;
        settings.rules[1].mode = RuleMode::Enforce;
        settings.rules[1].actions.removeFirst();
        settings.rules[2].exceptions
            << condition("fromPerson", items({QStringLiteral("ceo@x.test")}));
        settings.rules[2].unmodelledParameters << std::pair{QStringLiteral("SetSCL"),
                                                            QStringLiteral("'5'")};
        QTest::newRow("settings, predicates and kept parameters")
            << reference << settings
            << QStringList{
                   QStringLiteral("connector 'Fabrikam Partner': enabled: off → on"),
                   QStringLiteral("connector 'Fabrikam Partner': SMTP DANE: mandatory → "
                                  "opportunistic"),
                   QStringLiteral("rule 'Tag partner mail': mode: Test without Policy Tips → "
                                  "Enforce"),
                   QStringLiteral("rule 'Tag partner mail': action \"Modify the message "
                                  "properties… prepend the subject of the message with\" "
                                  "removed"),
                   QStringLiteral("rule 'Reject large mail': exception \"The sender… is this "
                                  "person\" added: 'ceo@x.test'"),
                   QStringLiteral("rule 'Reject large mail': kept parameter -SetSCL added: "
                                  "'5'")};

        Workspace connectors = reference;
        connectors.connectors.removeAt(2);
        Connector extra;
        extra.name = QStringLiteral("Extra");
        extra.kind = ConnectorKind::OutboundToPartner;
        connectors.connectors << extra;
        QTest::newRow("connector added and removed")
            << reference << connectors
            << QStringList{QStringLiteral("connector 'Extra': added (Office 365 → Partner "
                                          "organization)"),
                           QStringLiteral("connector 'From on-premises': removed")};
    }

    void lines()
    {
        QFETCH(Workspace, before);
        QFETCH(Workspace, after);
        QFETCH(QStringList, expected);
        QCOMPARE(diffLines(diffWorkspaces(before, after)), expected);
    }

    void oneChangePerInsertedRule()
    {
        QStringList names;
        for (int i = 0; i < 50; ++i)
            names << QStringLiteral("Rule %1").arg(i);
        QStringList inserted = names;
        inserted.insert(25, QStringLiteral("Inserted"));
        const QList<ObjectChange> changes = diffWorkspaces(rules(names), rules(inserted));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.constFirst().kind, ObjectChange::Kind::Added);
        QVERIFY(changes.constFirst().isRule);
    }

    void listChangeWords()
    {
        QCOMPARE(listChange({QStringLiteral("a"), QStringLiteral("b")},
                            {QStringLiteral("b"), QStringLiteral("a")}),
                 QStringLiteral("order changed"));
        QCOMPARE(listChange({}, {QStringLiteral("Baton Rouge")}), QStringLiteral("+'Baton Rouge'"));
        QVERIFY(listChange({QStringLiteral("x")}, {QStringLiteral("x")}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(DiffTest)
#include "tst_diff.moc"
