#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace mailflow {
class PredicateRow;
class SelectUserPropertiesDialog;
} // namespace mailflow

namespace mailflow::testsupport {

// Filling in rule editor rows and their value dialogs as a person does, and reading back what
// the dialogs show.

// The first child of type T whose accessible name is `accessibleName`, or null.
template<typename T>
[[nodiscard]] T *findNamed(QWidget *root, const QString &accessibleName)
{
    const QList<T *> all = root->findChildren<T *>();
    for (T *widget : all) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

// Picks the subject ("The recipient…"), then the predicate for it; false when either is absent.
[[nodiscard]] bool choosePredicate(PredicateRow *row, const QString &subject,
                                   const QString &label);

// Clicks the row's value button and returns the modal dialog it opened, or null.
[[nodiscard]] QWidget *pressValueButton(PredicateRow *row);

template<typename Dialog>
[[nodiscard]] Dialog *openValueDialog(PredicateRow *row)
{
    return qobject_cast<Dialog *>(pressValueButton(row));
}

// Opens the row's user properties dialog and adds a row for `property`; null when the dialog
// did not open or does not offer the property.
[[nodiscard]] SelectUserPropertiesDialog *openPropertyDialog(PredicateRow *row,
                                                             const QString &property);

// Every problem text shown on the dialog right now, from every visible problem label.
[[nodiscard]] QString visibleProblems(QWidget *root);

} // namespace mailflow::testsupport
