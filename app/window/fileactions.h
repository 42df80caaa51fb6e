#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace mailflow {

class WorkspaceDocument;

// File menu behaviour: new, open, sample, save, save as, recent files, and the question before
// unsaved changes are lost. Errors are shown in a message box naming the file.
class FileActions : public QObject
{
    Q_OBJECT

public:
    FileActions(WorkspaceDocument *document, QWidget *window);

    // False when the file could not be read; the message box has told the admin why.
    bool openFile(const QString &path);
    void openSample();

    // Asks what to do with unsaved changes; false means the admin chose Cancel.
    [[nodiscard]] bool maybeKeepChanges();

    // Fills `menu` with the recent files; called whenever the menu is about to show.
    void fillRecentMenu(QMenu *menu);

public Q_SLOTS:
    void newWorkspace();
    void open();
    bool save();
    bool saveAs();

private:
    bool saveTo(const QString &path);
    void remember(const QString &path);
    [[nodiscard]] QStringList recentFiles() const;

    WorkspaceDocument *m_document;
    QWidget *m_window;
};

} // namespace mailflow
