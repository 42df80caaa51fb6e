#pragma once

#include <QWidget>

class QTreeWidget;

namespace mailflow {

class WorkspaceDocument;

// The Problems panel: the same findings `mailflow-admin lint` prints, refreshed on every edit.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(WorkspaceDocument *document, QWidget *parent = nullptr);

    [[nodiscard]] int problemCount() const;

Q_SIGNALS:
    void countChanged(int errors, int warnings);

private:
    void refresh();

    WorkspaceDocument *m_document;
    QTreeWidget *m_tree;
};

} // namespace mailflow
