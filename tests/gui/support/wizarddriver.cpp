#include "wizarddriver.h"

#include <QAbstractButton>
#include <QTest>

namespace mailflow::testsupport {

bool nextEnabled(ConnectorWizard &wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled();
}

void next(ConnectorWizard &wizard, int expectedId)
{
    QAbstractButton *button = wizard.button(QWizard::NextButton);
    QVERIFY2(button->isVisible() && button->isEnabled(),
             qPrintable(QStringLiteral("Next is off on page %1").arg(wizard.currentId())));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), expectedId);
}

void nextThrough(ConnectorWizard &wizard, std::initializer_list<int> pageIds)
{
    for (const int id : pageIds) {
        next(wizard, id);
        if (QTest::currentTestFailed())
            return;
    }
}

void nextUntil(ConnectorWizard &wizard, int pageId)
{
    // A failed step leaves the wizard where it was; pressing on would never end.
    while (wizard.currentId() != pageId && !QTest::currentTestFailed())
        next(wizard, wizard.nextId());
}

} // namespace mailflow::testsupport
