#pragma once

#include "listpage.h"

class QPushButton;

namespace mailflow {

class WorkspaceDocument;

// Mail flow → Connectors: the list with add, edit, delete, turn on/off and validate.
class ConnectorsPage : public ListPage
{
    Q_OBJECT

public:
    explicit ConnectorsPage(WorkspaceDocument *document, QWidget *parent = nullptr);

public Q_SLOTS:
    void addConnector();
    void editConnector();
    void deleteConnector();
    void toggleConnector();
    void validateConnector();

protected:
    void updateButtons() override;

private:
    WorkspaceDocument *m_document;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QPushButton *m_toggleButton;
    QPushButton *m_validateButton;
};

} // namespace mailflow
