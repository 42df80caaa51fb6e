#pragma once

#include "model/predicateregistry.h"
#include "model/workspace.h"

#include <QDialog>

class QDialogButtonBox;
class QPushButton;
class QVBoxLayout;

namespace mailflow {

class ProblemLabel;

// The dialog behind a condition's or action's value link ("Enter words…", "Select one…").
// One subclass per value shape, never per predicate: the registry says which shape a
// predicate has, so a new predicate of a known shape needs no new dialog. OK stays off while
// the registry's checks (plus the dialog's own, such as an entry typed but not added) fail,
// and the reasons are shown in red above the buttons.
class ValueDialog : public QDialog
{
    Q_OBJECT

public:
    ValueDialog(const PredicateType &type, const Workspace &workspace, QWidget *parent);

    [[nodiscard]] virtual PredicateValue value() const = 0;
    [[nodiscard]] const PredicateType &predicateType() const { return m_type; }
    [[nodiscard]] QStringList problems() const;
    [[nodiscard]] QPushButton *okButton() const;

protected:
    // The shape's fields go into this layout, above the problems and the buttons.
    [[nodiscard]] QVBoxLayout *contentLayout() const { return m_contentLayout; }
    [[nodiscard]] const Workspace &workspace() const { return m_workspace; }

    // Problems the registry cannot see, such as text typed but not yet added with +.
    [[nodiscard]] virtual QStringList formProblems() const { return {}; }
    // Subclasses call this whenever a field changes, and once at the end of construction.
    void refresh();

    void showEvent(QShowEvent *event) override;

private:
    const PredicateType &m_type;
    const Workspace &m_workspace;
    QVBoxLayout *m_contentLayout = nullptr;
    ProblemLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttonBox = nullptr;
    bool m_tabOrderFixed = false;
};

} // namespace mailflow
