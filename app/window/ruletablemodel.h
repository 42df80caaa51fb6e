#pragma once

#include <QAbstractTableModel>

namespace mailflow {

class WorkspaceDocument;

// The Rules list of the main window in priority order, with each rule's sentence.
class RuleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PriorityColumn, NameColumn, StatusColumn, ModeColumn, SummaryColumn,
                  ColumnCount };

    explicit RuleTableModel(WorkspaceDocument *document, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    WorkspaceDocument *m_document;
};

} // namespace mailflow
