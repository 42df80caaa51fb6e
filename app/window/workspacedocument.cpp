#include "workspacedocument.h"

#include <QFileInfo>
#include <QUndoCommand>

namespace mailflow {

// Keeps whole before/after copies: a workspace is a few kilobytes, and snapshots make every
// kind of edit undoable the same way, including renames that touch rules too.
class WorkspaceEditCommand : public QUndoCommand
{
public:
    WorkspaceEditCommand(WorkspaceDocument *document, const QString &text, Workspace before,
                         Workspace after)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void undo() override { m_document->apply(m_before); }
    void redo() override { m_document->apply(m_after); }

private:
    WorkspaceDocument *m_document;
    Workspace m_before;
    Workspace m_after;
};

WorkspaceDocument::WorkspaceDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

QString WorkspaceDocument::displayName() const
{
    if (m_sample)
        return tr("Sample workspace");
    if (m_filePath.isEmpty())
        return tr("Untitled");
    return QFileInfo(m_filePath).fileName();
}

void WorkspaceDocument::reset(const Workspace &workspace, const QString &filePath, bool sample)
{
    m_undoStack.clear();
    m_filePath = filePath;
    m_sample = sample;
    apply(workspace);
    Q_EMIT filePathChanged();
    Q_EMIT modifiedChanged(false);
}

void WorkspaceDocument::edit(const QString &actionText, const Workspace &after)
{
    if (after == m_workspace)
        return;
    m_undoStack.push(new WorkspaceEditCommand(this, actionText, m_workspace, after));
}

void WorkspaceDocument::markSaved(const QString &filePath)
{
    m_filePath = filePath;
    m_sample = false;
    m_undoStack.setClean();
    Q_EMIT filePathChanged();
}

void WorkspaceDocument::apply(const Workspace &workspace)
{
    m_workspace = workspace;
    Q_EMIT workspaceChanged();
}

} // namespace mailflow
