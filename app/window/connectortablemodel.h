#pragma once

#include <QAbstractTableModel>

namespace mailflow {

class WorkspaceDocument;

// The Connectors list of the main window, read straight from the open workspace.
class ConnectorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, DirectionColumn, UsageColumn, RoutingColumn,
                  TlsColumn, ValidationColumn, ColumnCount };

    explicit ConnectorTableModel(WorkspaceDocument *document, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    WorkspaceDocument *m_document;
};

} // namespace mailflow
