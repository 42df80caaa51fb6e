#pragma once

#include "model/predicateregistry.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace mailflow {

class ValueDialog;
struct Workspace;

// One line under "Apply this rule if…", "Do the following…" or "Except if…": the subject
// ("The recipient…"), the predicate for that subject ("has specific properties including any
// of these words") and a button that shows the value and opens the dialog for its shape.
// Everything comes from the predicate registry, so a new predicate needs no change here.
class PredicateRow : public QWidget
{
    Q_OBJECT

public:
    PredicateRow(PredicateRole role, const Workspace &workspace, QWidget *parent);

    // The registry id, empty while no predicate is chosen. A row loaded from a file with an
    // id the registry does not know keeps that id, so validation can name it.
    [[nodiscard]] QString kind() const;
    [[nodiscard]] PredicateValue value() const { return m_value; }
    [[nodiscard]] const PredicateType *predicateType() const { return m_type; }
    void setPredicate(const QString &kind, const PredicateValue &value);

    // True when the admin has started the row (chosen a subject) but not finished choosing.
    [[nodiscard]] bool isStarted() const;

    // "Condition 2", "Remove condition 2", and the word shown before every row but the first.
    void setNames(const QString &rowName, const QString &removeName, const QString &joiner);

    [[nodiscard]] QComboBox *subjectComboBox() const { return m_subjectComboBox; }
    [[nodiscard]] QComboBox *predicateComboBox() const { return m_predicateComboBox; }
    [[nodiscard]] QPushButton *valueButton() const { return m_valueButton; }
    [[nodiscard]] QToolButton *removeButton() const { return m_removeButton; }
    [[nodiscard]] QList<QWidget *> focusWidgets() const;

    // Opens the value dialog of the chosen predicate (what the value button does); returns it
    // so a caller can watch it, or nullptr when the predicate has no value.
    ValueDialog *editValue();

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    void onSubjectChanged();
    void onPredicateChanged();
    void fillPredicates(const QString &subject);
    void updateValueButton();
    [[nodiscard]] QString placeholderText() const;

    PredicateRole m_role;
    const Workspace &m_workspace;
    const PredicateType *m_type = nullptr;
    QString m_unknownKind;
    PredicateValue m_value;
    // The shape m_value was entered for: switching to a predicate of the same shape (sender
    // to recipient) keeps the words. Values of other shapes are set aside, so walking through
    // the menu with the arrow keys does not lose what was entered.
    const PredicateType *m_valueOwner = nullptr;
    QMap<int, PredicateValue> m_setAsideValues;
    bool m_loading = false;
    QPointer<ValueDialog> m_dialog;

    QLabel *m_joinerLabel = nullptr;
    QComboBox *m_subjectComboBox = nullptr;
    QComboBox *m_predicateComboBox = nullptr;
    QPushButton *m_valueButton = nullptr;
    QToolButton *m_removeButton = nullptr;
};

} // namespace mailflow
