#pragma once

#include <QString>

class QAbstractButton;
class QComboBox;
class QLineEdit;
class QTreeWidget;
class QWidget;

namespace mailflow {
class ChoiceGroup;
class EntryListEditor;
} // namespace mailflow

namespace mailflow::testsupport {

// What a person does with the mouse and keyboard, shared by the GUI tests. Each action checks
// that the control can be used (visible, enabled) before using it, as a person would notice.

// Clicks a check box or radio button on its indicator, any other button in its middle.
void click(QAbstractButton *button);

// Picks the radio button of `id` in a choice group.
void choose(ChoiceGroup *group, int id);

// Focuses the widget and types the text.
void typeInto(QWidget *widget, const QString &text);

// Selects all text of the line edit and types the replacement.
void replaceText(QLineEdit *edit, const QString &text);

// Picks an entry from the keyboard: Home, then Down until it is current. False when absent.
[[nodiscard]] bool chooseInCombo(QComboBox *combo, const QString &text);

// Clicks the middle of the tree's top-level item at `row`, which must exist.
void clickItem(QTreeWidget *tree, int row);

// Types an entry into a + list and presses +; returns the inline problem, empty when added.
[[nodiscard]] QString addEntry(EntryListEditor *editor, const QString &text);

} // namespace mailflow::testsupport
