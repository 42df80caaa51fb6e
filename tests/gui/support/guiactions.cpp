#include "guiactions.h"

#include "common/choicegroup.h"
#include "common/entrylisteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTreeWidget>

namespace mailflow::testsupport {

void click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(button->text()));

    // Check boxes and radio buttons react on their indicator and label only, not on the empty
    // space a layout may give them.
    const bool indicator = qobject_cast<QCheckBox *>(button)
        || qobject_cast<QRadioButton *>(button);
    const QPoint where = indicator ? QPoint(8, button->height() / 2) : button->rect().center();
    QTest::mouseClick(button, Qt::LeftButton, {}, where);
}

void choose(ChoiceGroup *group, int id)
{
    QRadioButton *radio = group->button(id);
    QVERIFY(radio);
    QVERIFY(radio->isVisible());
    click(radio);
    QCOMPARE(group->choice(), id);
}

void typeInto(QWidget *widget, const QString &text)
{
    QVERIFY(widget->isEnabled());
    widget->setFocus(Qt::MouseFocusReason);

    // QTest maps only ASCII to keys; other characters arrive as text, as from an input method.
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
    }
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::MouseFocusReason);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeInto(edit, text);
}

bool chooseInCombo(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != text; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentText() == text;
}

void clickItem(QTreeWidget *tree, int row)
{
    QTreeWidgetItem *item = tree->topLevelItem(row);
    QVERIFY2(item, qPrintable(QString::number(row)));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
}

QString addEntry(EntryListEditor *editor, const QString &text)
{
    typeInto(editor->lineEdit(), text);
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    return editor->problem();
}

} // namespace mailflow::testsupport
