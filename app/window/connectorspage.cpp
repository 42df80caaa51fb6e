#include "connectorspage.h"

#include "connector/connectorwizard.h"
#include "connectortablemodel.h"
#include "model/connectortext.h"
#include "model/workspaceedits.h"
#include "workspacedocument.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

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
    : ListPage(new ConnectorTableModel(document), tr("Connectors"),
               tr("Selected connector details"), parent)
    , m_document(document)
    , m_addButton(addButton(tr("&Add connector…"), tr("Add connector")))
    , m_editButton(addButton(tr("Ed&it…"), tr("Edit connector")))
    , m_deleteButton(addButton(tr("&Delete"), tr("Delete connector")))
    , m_toggleButton(addButton(tr("T&urn off"), tr("Turn connector on or off")))
    , m_validateButton(addButton(tr("&Validate…"), tr("Validate connector")))
{
    connect(m_addButton, &QPushButton::clicked, this, &ConnectorsPage::addConnector);
    connect(m_editButton, &QPushButton::clicked, this, &ConnectorsPage::editConnector);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectorsPage::deleteConnector);
    connect(m_toggleButton, &QPushButton::clicked, this, &ConnectorsPage::toggleConnector);
    connect(m_validateButton, &QPushButton::clicked, this, &ConnectorsPage::validateConnector);
    connect(view(), &QTableView::doubleClicked, this, &ConnectorsPage::editConnector);
    updateButtons();
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
    m_toggleButton->setText(enabled || !selected ? tr("T&urn off") : tr("T&urn on"));
    setDetails(selected ? describeConnector(workspace.connectors.at(index))
                        : tr("Select a connector to read its settings."));
}

} // namespace mailflow
