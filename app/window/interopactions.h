#pragma once

#include "interop/interop.h"

#include <QObject>

class QMenu;
class QWidget;

namespace mailflow {

class WorkspaceDocument;

// File → Import and File → Export: the bridge to a real tenant. Export writes what core's
// interop produced (already read back and compared); import adds a whole script or rule
// collection to the open workspace as one undoable step, or nothing at all.
class InteropActions : public QObject
{
    Q_OBJECT

public:
    InteropActions(WorkspaceDocument *document, QWidget *window);

    void addExportActions(QMenu *menu);

    // Returns false when nothing was imported; the admin has been told why.
    bool importFile(const QString &path);
    bool exportTo(const QString &path, const interop::ExportOptions &options);

public Q_SLOTS:
    void import();

private:
    void chooseExport(const interop::ExportOptions &options, const QString &filter,
                      const QString &suffix);

    WorkspaceDocument *m_document;
    QWidget *m_window;
};

} // namespace mailflow
