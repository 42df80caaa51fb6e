#pragma once

#include "model/workspace.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace mailflow {

// The open workspace: its content, the file it came from and its undo history. Every change goes
// through edit(), so undo, the modified marker and the views all follow one path.
class WorkspaceDocument : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceDocument(QObject *parent = nullptr);

    [[nodiscard]] const Workspace &workspace() const { return m_workspace; }
    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] bool isSample() const { return m_sample; }
    [[nodiscard]] bool isModified() const { return !m_undoStack.isClean(); }
    [[nodiscard]] QUndoStack *undoStack() { return &m_undoStack; }

    // A readable title: the file name, or "Sample workspace" / "Untitled".
    [[nodiscard]] QString displayName() const;

    // Replaces everything, clearing the history: after New, Open or opening the sample.
    void reset(const Workspace &workspace, const QString &filePath, bool sample);

    // Records a change as one undoable step named `actionText` ("Add connector 'X'").
    void edit(const QString &actionText, const Workspace &after);

    // After a successful save to `filePath`.
    void markSaved(const QString &filePath);

Q_SIGNALS:
    void workspaceChanged();
    void modifiedChanged(bool modified);
    void filePathChanged();

private:
    friend class WorkspaceEditCommand;
    void apply(const Workspace &workspace);

    Workspace m_workspace;
    QString m_filePath;
    bool m_sample = false;
    QUndoStack m_undoStack;
};

} // namespace mailflow
