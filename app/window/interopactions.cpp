#include "interopactions.h"

#include "logging.h"
#include "model/workspaceedits.h"
#include "workspacedocument.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>

namespace mailflow {

namespace {

QString joinDiagnostics(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics) {
        const QString object = diagnostic.object.isEmpty()
            ? QString()
            : diagnostic.object + QStringLiteral(": ");
        lines << object + diagnostic.message;
    }
    return lines.join(u'\n');
}

} // namespace

InteropActions::InteropActions(WorkspaceDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
}

void InteropActions::addExportActions(QMenu *menu)
{
    const QString scripts = tr("PowerShell scripts (*.ps1)");
    menu->addAction(tr("PowerShell &script…"), this, [this, scripts] {
        chooseExport({interop::ExportFormat::PowerShell, false, {}, {}}, scripts,
                     QStringLiteral(".ps1"));
    });
    menu->addAction(tr("PowerShell script that &updates existing objects…"), this,
                    [this, scripts] {
                        chooseExport({interop::ExportFormat::PowerShell, true, {}, {}}, scripts,
                                     QStringLiteral(".ps1"));
                    });
    menu->addAction(tr("&Rule collection (XML)…"), this, [this] {
        chooseExport({interop::ExportFormat::RuleCollection, false, {}, {}},
                     tr("Rule collections (*.xml)"), QStringLiteral(".xml"));
    });
}

void InteropActions::import()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import connectors and rules"), QString(),
        tr("PowerShell scripts and rule collections (*.ps1 *.xml);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool InteropActions::importFile(const QString &path)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(m_window, tr("Cannot import"),
                             tr("%1 could not be read: %2").arg(shownPath, file.errorString()));
        return false;
    }

    const interop::ImportResult result = interop::importFile(file.readAll(), shownPath);
    if (!result.ok()) {
        qCWarning(lcUi) << "import failed" << path << result.errors.size() << "errors";
        QMessageBox box(QMessageBox::Warning, tr("Cannot import"),
                        tr("%1 was not imported; the workspace is unchanged.\n\n%2")
                            .arg(shownPath, joinDiagnostics(result.errors.mid(0, 5))),
                        QMessageBox::Ok, m_window);
        box.setDetailedText(joinDiagnostics(result.errors));
        box.exec();
        return false;
    }

    const QStringList clashes = edits::nameClashes(m_document->workspace(), result.workspace);
    if (!clashes.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot import"),
                             tr("%1 was not imported: the workspace already has %2. Rename or "
                                "delete them first.").arg(shownPath, clashes.join(u", ")));
        return false;
    }

    m_document->edit(tr("Import %1").arg(QFileInfo(path).fileName()),
                     edits::appendWorkspace(m_document->workspace(), result.workspace));

    QMessageBox report(QMessageBox::Information, tr("Import finished"),
                       tr("Imported %n connector(s)", nullptr,
                          int(result.workspace.connectors.size()))
                           + u'\n'
                           + tr("Imported %n rule(s)", nullptr,
                                int(result.workspace.rules.size())),
                       QMessageBox::Ok, m_window);
    report.setDetailedText(result.report().join(u'\n'));
    report.exec();
    return true;
}

void InteropActions::chooseExport(const interop::ExportOptions &options, const QString &filter,
                                  const QString &suffix)
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export workspace"), QString(),
                                                filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    exportTo(path, options);
}

bool InteropActions::exportTo(const QString &path, const interop::ExportOptions &options)
{
    interop::ExportOptions withSource = options;
    withSource.sourceName = m_document->isSample() ? tr("the sample workspace")
                                                   : m_document->filePath();

    const interop::ExportResult result = interop::exportWorkspace(m_document->workspace(),
                                                                  withSource);
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!result.ok()) {
        QMessageBox::warning(m_window, tr("Cannot export"),
                             tr("Nothing was written to %1.\n\n%2")
                                 .arg(shownPath, joinDiagnostics(result.errors)));
        return false;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(result.data) != result.data.size()
        || !file.commit()) {
        QMessageBox::warning(m_window, tr("Cannot export"),
                             tr("%1 could not be written: %2").arg(shownPath, file.errorString()));
        return false;
    }
    return true;
}

} // namespace mailflow
