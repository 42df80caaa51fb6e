#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace mailflow {

class ConnectorTableModel;
class WorkspaceDocument;

// Mail flow → Connectors: the list with add, edit, delete, turn on/off and validate.
class ConnectorsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectorsPage(WorkspaceDocument *document, QWidget *parent = nullptr);

    [[nodiscard]] QTableView *view() const { return m_view; }
    // Selected row, or -1.
    [[nodiscard]] qsizetype currentIndex() const;
    void selectRow(qsizetype row);

public Q_SLOTS:
    void addConnector();
    void editConnector();
    void deleteConnector();
    void toggleConnector();
    void validateConnector();

private:
    void updateButtons();

    WorkspaceDocument *m_document;
    ConnectorTableModel *m_model;
    QTableView *m_view;
    QLabel *m_detailsLabel;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QPushButton *m_toggleButton;
    QPushButton *m_validateButton;
};

} // namespace mailflow
