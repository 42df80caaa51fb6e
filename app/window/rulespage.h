#pragma once

#include "listpage.h"

class QPushButton;

namespace mailflow {

class WorkspaceDocument;

// Mail flow → Rules: the list in priority order with add, edit, delete, turn on/off and move.
class RulesPage : public ListPage
{
    Q_OBJECT

public:
    explicit RulesPage(WorkspaceDocument *document, QWidget *parent = nullptr);

public Q_SLOTS:
    void addRule();
    void editRule();
    void deleteRule();
    void toggleRule();
    void moveUp();
    void moveDown();

protected:
    void updateButtons() override;

private:
    void move(qsizetype delta);

    WorkspaceDocument *m_document;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QPushButton *m_toggleButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
};

} // namespace mailflow
