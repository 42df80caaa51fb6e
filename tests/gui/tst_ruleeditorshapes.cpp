#include "model/predicateregistry.h"
#include "rule/predicaterow.h"
#include "rule/predicaterowlist.h"
#include "rule/ruleeditor.h"
#include "rule/valuedialog.h"
#include "support/accessibilitychecks.h"
#include "support/referencedata.h"
#include "support/ruleeditordriver.h"
#include "support/screenshots.h"

#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mailflow;
using namespace mailflow::testsupport;

// Every predicate in the registry, chosen in a fresh editor: its value button opens a dialog
// for its shape that a keyboard and screen reader user can work.
class TestRuleEditorShapes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyShapeOpensItsDialog();
};

void TestRuleEditorShapes::initTestCase()
{
    qInfo() << "Screenshots go to" << screenshotDirectory();
}

void TestRuleEditorShapes::everyShapeOpensItsDialog()
{
    // The editor knows shapes, not predicates: every registry entry must get a working value
    // editor without a line of code of its own.
    QList<ValueShape> photographed;
    for (const PredicateType &type : predicateTypes()) {
        RuleEditor editor(referenceWorkspace(), -1);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        PredicateRowList *list = type.role == PredicateRole::Action ? editor.actionList()
                                                                     : editor.conditionList();
        PredicateRow *row = list->row(0);
        QVERIFY2(choosePredicate(row, type.subjectText() + u'…', type.labelText()), type.id);

        if (type.shape == ValueShape::Flag) {
            QVERIFY2(!row->valueButton()->isVisible(), type.id);
            QCOMPARE(row->kind(), type.idString());
            continue;
        }
        auto *dialog = openValueDialog<ValueDialog>(row);
        QVERIFY2(dialog, type.id);
        QCOMPARE(&dialog->predicateType(), &type);
        QVERIFY2(!dialog->windowTitle().isEmpty(), type.id);
        for (QWidget *widget : tabStops(dialog))
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(QString::fromLatin1(type.id) + u": "_s + widgetText(widget)));
        QStringList mnemonicTexts;
        const QString clash = mnemonicClash(dialog, &mnemonicTexts);
        QVERIFY2(clash.isEmpty(), qPrintable(QString::fromLatin1(type.id) + u": "_s + clash));
        if (!photographed.contains(type.shape)) {
            photographed.append(type.shape);
            takeScreenshot(dialog, u"value-dialog-"_s + type.idString());
        }
        dialog->reject();
    }
}

QTEST_MAIN(TestRuleEditorShapes)
#include "tst_ruleeditorshapes.moc"
