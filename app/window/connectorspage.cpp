#include "connectorspage.h"

#include "connector/connectorwizard.h"
#include "connectortablemodel.h"
#include "model/connectortext.h"
#include "model/workspaceedits.h"
#include "workspacedocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mailflow {

namespace {

QString describeConnector(const Connector &connector)
{
    QStringList lines = {directionText(connector.kind), usageText(connector)};
    if (connector.isOutbound())
        lines << routingText(connector) << tlsText(connector)
              << validationText(connector.validation);
    return lines.join(u'\n');
}

} // namespace

ConnectorsPage::ConnectorsPage(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ConnectorTableModel(document, this))
    , m_view(new QTableView(this))
    , m_detailsLabel(new QLabel(this))
    , m_addButton(new QPushButton(tr("&Add connector…"), this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_toggleButton(new QPushButton(tr("Turn o&ff"), this))
    , m_validateButton(new QPushButton(tr("&Validate…"), this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Connectors"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setAccessibleName(tr("Selected connector details"));
    m_addButton->setAccessibleName(tr("Add connector"));
    m_editButton->setAccessibleName(tr("Edit connector"));
    m_deleteButton->setAccessibleName(tr("Delete connector"));
    m_toggleButton->setAccessibleName(tr("Turn connector on or off"));
    m_validateButton->setAccessibleName(tr("Validate connector"));

    connect(m_addButton, &QPushButton::clicked, this, &ConnectorsPage::addConnector);
    connect(m_editButton, &QPushButton::clicked, this, &ConnectorsPage::editConnector);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectorsPage::deleteConnector);
    connect(m_toggleButton, &QPushButton::clicked, this, &ConnectorsPage::toggleConnector);
    connect(m_validateButton, &QPushButton::clicked, this, &ConnectorsPage::validateConnector);
    connect(m_view, &QTableView::doubleClicked, this, &ConnectorsPage::editConnector);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConnectorsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConnectorsPage::updateButtons);

    // A fresh list starts with its first entry selected, so its details show at once.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (currentIndex() < 0)
            selectRow(0);
    });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button :
         {m_addButton, m_editButton, m_deleteButton, m_toggleButton, m_validateButton})
        buttons->addWidget(button);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detailsLabel);
    updateButtons();
}

qsizetype ConnectorsPage::currentIndex() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ConnectorsPage::selectRow(qsizetype row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_view->selectRow(int(row));
}

void ConnectorsPage::addConnector()
{
    ConnectorWizard wizard(m_document->workspace(), -1, this);
    if (wizard.exec() != QDialog::Accepted)
        return;

    const Connector connector = wizard.connector();
    m_document->edit(tr("Add connector '%1'").arg(connector.name),
                     edits::putConnector(m_document->workspace(), -1, connector));
    selectRow(m_document->workspace().connectors.size() - 1);
}

void ConnectorsPage::editConnector()
{
    const qsizetype index = currentIndex();
    if (index < 0)
        return;

    ConnectorWizard wizard(m_document->workspace(), index, this);
    if (wizard.exec() != QDialog::Accepted)
        return;

    const Connector connector = wizard.connector();
    m_document->edit(tr("Edit connector '%1'").arg(connector.name),
                     edits::putConnector(m_document->workspace(), index, connector));
    selectRow(index);
}

void ConnectorsPage::deleteConnector()
{
    const qsizetype index = currentIndex();
    if (index < 0)
        return;

    const Workspace &workspace = m_document->workspace();
    const QString name = workspace.connectors.at(index).name;
    const QStringList users = edits::rulesRedirectingTo(workspace, name);
    QString question = tr("Delete the connector '%1'?").arg(name);
    if (!users.isEmpty())
        question += u'\n' + tr("These rules redirect to it and will point at nothing: %1")
                                .arg(users.join(u", "));
    if (QMessageBox::question(this, tr("Delete connector"), question) != QMessageBox::Yes)
        return;

    m_document->edit(tr("Delete connector '%1'").arg(name),
                     edits::removeConnector(workspace, index));
}

void ConnectorsPage::toggleConnector()
{
    const qsizetype index = currentIndex();
    if (index < 0)
        return;

    const Connector &connector = m_document->workspace().connectors.at(index);
    const QString text = connector.enabled ? tr("Turn off connector '%1'")
                                           : tr("Turn on connector '%1'");
    m_document->edit(text.arg(connector.name),
                     edits::setConnectorEnabled(m_document->workspace(), index,
                                                !connector.enabled));
    selectRow(index);
}

void ConnectorsPage::validateConnector()
{
    const qsizetype index = currentIndex();
    if (index < 0)
        return;

    // Starts where the admin center's Validate step is; Next leads to the review and Save.
    ConnectorWizard wizard(m_document->workspace(), index, this);
    wizard.setStartId(ConnectorWizard::ValidationPageId);
    if (wizard.exec() != QDialog::Accepted)
        return;

    const Connector connector = wizard.connector();
    m_document->edit(tr("Validate connector '%1'").arg(connector.name),
                     edits::putConnector(m_document->workspace(), index, connector));
    selectRow(index);
}

void ConnectorsPage::updateButtons()
{
    const qsizetype index = currentIndex();
    const bool selected = index >= 0;
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
    m_toggleButton->setEnabled(selected);

    const Workspace &workspace = m_document->workspace();
    const bool outbound = selected && workspace.connectors.at(index).isOutbound();
    m_validateButton->setEnabled(outbound);
    const bool enabled = selected && workspace.connectors.at(index).enabled;
    m_toggleButton->setText(enabled || !selected ? tr("Turn o&ff") : tr("Turn o&n"));
    m_detailsLabel->setText(selected ? describeConnector(workspace.connectors.at(index))
                                     : tr("Select a connector to read its settings."));
}

} // namespace mailflow
