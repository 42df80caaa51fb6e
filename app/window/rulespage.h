#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace mailflow {

class RuleTableModel;
class WorkspaceDocument;

// Mail flow → Rules: the list in priority order with add, edit, delete, turn on/off and move.
class RulesPage : public QWidget
{
    Q_OBJECT

public:
    explicit RulesPage(WorkspaceDocument *document, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] qsizetype currentIndex() const;
    void selectRow(qsizetype row);

public Q_SLOTS:
    void addRule();
    void editRule();
    void deleteRule();
    void toggleRule();
    void moveUp();
    void moveDown();

private:
    void move(qsizetype delta);
    void updateButtons();

    WorkspaceDocument *m_document;
    RuleTableModel *m_model;
    QTableView *m_view;
    QLabel *m_summaryLabel;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QPushButton *m_toggleButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
};

} // namespace mailflow
