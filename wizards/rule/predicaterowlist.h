#pragma once

#include "model/mailflowrule.h"
#include "model/predicateregistry.h"

#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace mailflow {

class PredicateRow;
struct Workspace;

// The rows of one section of the rule editor with the button that adds a row. Conditions and
// actions always keep one row to fill in; exceptions may have none.
class PredicateRowList : public QWidget
{
    Q_OBJECT

public:
    enum class Section { Conditions, Actions, Exceptions };
    Q_ENUM(Section)

    PredicateRowList(Section section, const Workspace &workspace, QWidget *parent);

    [[nodiscard]] QList<RuleCondition> conditions() const;
    [[nodiscard]] QList<RuleAction> actions() const;
    void setConditions(const QList<RuleCondition> &conditions);
    void setActions(const QList<RuleAction> &actions);

    // Rows begun but not finished, one sentence each naming the row.
    [[nodiscard]] QStringList unfinishedRows() const;

    [[nodiscard]] int rowCount() const { return int(m_rows.size()); }
    [[nodiscard]] PredicateRow *row(int index) const { return m_rows.at(index); }
    [[nodiscard]] QPushButton *addButton() const { return m_addButton; }
    [[nodiscard]] QList<QWidget *> focusWidgets() const;

    PredicateRow *addRow();

Q_SIGNALS:
    void changed();
    // A row came or went, so the editor's tab order must be laid again.
    void rowsChanged();

private:
    void removeRow(PredicateRow *row);
    void clearRows();
    void renumber();
    [[nodiscard]] PredicateRole role() const;

    Section m_section;
    const Workspace &m_workspace;
    QList<PredicateRow *> m_rows;
    QVBoxLayout *m_rowLayout = nullptr;
    QPushButton *m_addButton = nullptr;
};

} // namespace mailflow
