#include "mainwindow.h"

#include "connectorspage.h"
#include "fileactions.h"
#include "interopactions.h"
#include "problemspanel.h"
#include "rulespage.h"
#include "workspacedocument.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailflow {

namespace {

enum PageIndex { ConnectorsPageIndex, RulesPageIndex };

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new WorkspaceDocument(this))
    , m_fileActions(new FileActions(m_document, this))
    , m_interopActions(new InteropActions(m_document, this))
    , m_navigation(new QTreeWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_connectorsPage(new ConnectorsPage(m_document, this))
    , m_rulesPage(new RulesPage(m_document, this))
    , m_problemsPanel(new ProblemsPanel(m_document, this))
    , m_sampleBanner(new QLabel(this))
    , m_problemStatus(new QLabel(this))
{
    m_navigation->setHeaderHidden(true);
    m_navigation->setAccessibleName(tr("Navigation"));
    auto *mailFlow = new QTreeWidgetItem(m_navigation, {tr("Mail flow")});
    mailFlow->setFlags(Qt::ItemIsEnabled);
    auto *connectors = new QTreeWidgetItem(mailFlow, {tr("Connectors")});
    connectors->setData(0, Qt::UserRole, ConnectorsPageIndex);
    auto *rules = new QTreeWidgetItem(mailFlow, {tr("Rules")});
    rules->setData(0, Qt::UserRole, RulesPageIndex);
    m_navigation->expandAll();
    connect(m_navigation, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) {
                if (item && item->data(0, Qt::UserRole).isValid())
                    m_pages->setCurrentIndex(item->data(0, Qt::UserRole).toInt());
            });

    m_pages->addWidget(m_connectorsPage);
    m_pages->addWidget(m_rulesPage);

    m_sampleBanner->setWordWrap(true);
    m_sampleBanner->setText(tr("<b>Sample workspace.</b> This is the reference scenario with "
                               "example domains. Change it freely; use File → Save As to keep "
                               "a copy of your own."));
    m_sampleBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; border: 1px solid #e0c060; padding: 6px; }"));
    m_sampleBanner->setAccessibleName(tr("Sample workspace notice"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 920});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_sampleBanner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(m_problemsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    resizeDocks({problemsDock}, {160}, Qt::Vertical);

    statusBar()->addPermanentWidget(m_problemStatus);
    connect(m_problemsPanel, &ProblemsPanel::countChanged, this, [this](int errors, int warnings) {
        m_problemStatus->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                                 + tr("%n warning(s)", nullptr, warnings));
    });

    createMenus();

    connect(m_document, &WorkspaceDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &WorkspaceDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &WorkspaceDocument::filePathChanged, this,
            &MainWindow::updateSampleBanner);

    m_navigation->setCurrentItem(connectors);
    resize(1280, 760);
    updateTitle();
    updateSampleBanner();
}

MainWindow::~MainWindow() = default;

void MainWindow::showConnectors()
{
    m_navigation->setCurrentItem(m_navigation->topLevelItem(0)->child(ConnectorsPageIndex));
}

void MainWindow::showRules()
{
    m_navigation->setCurrentItem(m_navigation->topLevelItem(0)->child(RulesPageIndex));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_fileActions->maybeKeepChanges())
        event->accept();
    else
        event->ignore();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, m_fileActions, &FileActions::newWorkspace);
    file->addAction(tr("&Open…"), QKeySequence::Open, m_fileActions, &FileActions::open);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, this,
            [this, recent] { m_fileActions->fillRecentMenu(recent); });
    file->addAction(tr("Open &Sample Workspace"), m_fileActions, &FileActions::openSample);
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, m_fileActions, &FileActions::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, m_fileActions, &FileActions::saveAs);
    file->addSeparator();
    file->addAction(tr("&Import…"), m_interopActions, &InteropActions::import);
    m_interopActions->addExportActions(file->addMenu(tr("&Export")));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *mailFlow = menuBar()->addMenu(tr("&Mail flow"));
    mailFlow->addAction(tr("&Connectors"), this, &MainWindow::showConnectors);
    mailFlow->addAction(tr("&Rules"), this, &MainWindow::showRules);
    mailFlow->addSeparator();
    mailFlow->addAction(tr("Add &connector…"), m_connectorsPage, [this] {
        showConnectors();
        m_connectorsPage->addConnector();
    });
    mailFlow->addAction(tr("Add r&ule…"), m_rulesPage, [this] {
        showRules();
        m_rulesPage->addRule();
    });
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Mailflow Admin").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateSampleBanner()
{
    m_sampleBanner->setVisible(m_document->isSample());
}

} // namespace mailflow
