#include "fileactions.h"

#include "logging.h"
#include "store/workspacefile.h"
#include "workspacedocument.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace mailflow {

namespace {

constexpr int maxRecentFiles = 8;
const QString recentFilesKey = QStringLiteral("recentFiles");

QString fileFilter()
{
    return QObject::tr("Mailflow workspaces (*.mailflow.json);;JSON files (*.json);;"
                       "All files (*)");
}

} // namespace

FileActions::FileActions(WorkspaceDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
}

bool FileActions::openFile(const QString &path)
{
    const store::LoadResult result = store::loadWorkspace(path);
    if (!result.ok) {
        qCWarning(lcUi) << "could not open" << path << result.message;
        QMessageBox::warning(m_window, tr("Cannot open workspace"),
                             tr("%1 could not be opened.\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), result.message));
        return false;
    }

    m_document->reset(result.workspace, QFileInfo(path).absoluteFilePath(), false);
    remember(m_document->filePath());
    return true;
}

void FileActions::openSample()
{
    if (!maybeKeepChanges())
        return;
    m_document->reset(store::loadSampleWorkspace(), QString(), true);
}

bool FileActions::maybeKeepChanges()
{
    if (!m_document->isModified())
        return true;

    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them first?")
            .arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void FileActions::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList files = recentFiles();
    for (const QString &path : files) {
        QAction *action = menu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeKeepChanges())
                openFile(path);
        });
    }
    if (files.isEmpty())
        menu->addAction(tr("No recent files"))->setEnabled(false);
}

void FileActions::newWorkspace()
{
    if (maybeKeepChanges())
        m_document->reset(Workspace(), QString(), false);
}

void FileActions::open()
{
    if (!maybeKeepChanges())
        return;

    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open workspace"),
                                                      QString(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool FileActions::save()
{
    // The sample lives inside the program; saving it means choosing a file of one's own.
    if (m_document->filePath().isEmpty() || m_document->isSample())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool FileActions::saveAs()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save workspace as"),
                                                m_document->filePath(), fileFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".mailflow.json");
    return saveTo(path);
}

bool FileActions::saveTo(const QString &path)
{
    const store::SaveResult result = store::saveWorkspace(path, m_document->workspace());
    if (!result.ok) {
        qCWarning(lcUi) << "could not save" << path << result.message;
        QMessageBox::warning(m_window, tr("Cannot save workspace"),
                             tr("%1 could not be saved. The previous file is unchanged.\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), result.message));
        return false;
    }

    m_document->markSaved(QFileInfo(path).absoluteFilePath());
    remember(m_document->filePath());
    return true;
}

void FileActions::remember(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(recentFilesKey, files);
}

QStringList FileActions::recentFiles() const
{
    return QSettings().value(recentFilesKey).toStringList();
}

} // namespace mailflow
