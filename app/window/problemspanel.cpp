#include "problemspanel.h"

#include "diagnostics/lint.h"
#include "workspacedocument.h"

#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailflow {

ProblemsPanel::ProblemsPanel(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tree(new QTreeWidget(this))
{
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Severity"), tr("Object"), tr("Problem"), tr("What to do")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    // The problem is what the admin came for: it gets the room, the fix shows in full on
    // hover, and the two short columns size to their text.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_tree->header()->resizeSection(3, 320);
    m_tree->setAccessibleName(tr("Problems"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);

    connect(document, &WorkspaceDocument::workspaceChanged, this, &ProblemsPanel::refresh);
    refresh();
}

int ProblemsPanel::problemCount() const
{
    return m_tree->topLevelItemCount();
}

void ProblemsPanel::refresh()
{
    m_tree->clear();

    int errors = 0;
    int warnings = 0;
    const Diagnostics found = lintWorkspace(m_document->workspace());
    for (const Diagnostic &diagnostic : found) {
        const bool error = diagnostic.isError();
        error ? ++errors : ++warnings;

        const QString problem = diagnostic.field.isEmpty()
            ? diagnostic.message
            : tr("%1: %2").arg(diagnostic.field, diagnostic.message);
        auto *item = new QTreeWidgetItem(m_tree, {error ? tr("Error") : tr("Warning"),
                                                  diagnostic.object, problem, diagnostic.fix});
        item->setIcon(0, style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                     : QStyle::SP_MessageBoxWarning));
        item->setToolTip(2, problem);
        item->setToolTip(3, diagnostic.fix);
    }
    Q_EMIT countChanged(errors, warnings);
}

} // namespace mailflow
