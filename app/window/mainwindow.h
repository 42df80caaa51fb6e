#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;
class QStackedWidget;
class QTreeWidget;

namespace mailflow {

class ConnectorsPage;
class FileActions;
class InteropActions;
class ProblemsPanel;
class RulesPage;
class WorkspaceDocument;

// The program's window: Mail flow → Connectors / Rules on the left, the chosen list on the right,
// the Problems panel below. It owns the open workspace and its file path.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] WorkspaceDocument *document() const { return m_document; }
    [[nodiscard]] FileActions *fileActions() const { return m_fileActions; }
    [[nodiscard]] InteropActions *interopActions() const { return m_interopActions; }
    [[nodiscard]] ConnectorsPage *connectorsPage() const { return m_connectorsPage; }
    [[nodiscard]] RulesPage *rulesPage() const { return m_rulesPage; }
    [[nodiscard]] ProblemsPanel *problemsPanel() const { return m_problemsPanel; }

    void showConnectors();
    void showRules();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateTitle();
    void updateSampleBanner();

    WorkspaceDocument *m_document;
    FileActions *m_fileActions;
    InteropActions *m_interopActions;
    QTreeWidget *m_navigation;
    QStackedWidget *m_pages;
    ConnectorsPage *m_connectorsPage;
    RulesPage *m_rulesPage;
    ProblemsPanel *m_problemsPanel;
    QLabel *m_sampleBanner;
    QLabel *m_problemStatus;
};

} // namespace mailflow
