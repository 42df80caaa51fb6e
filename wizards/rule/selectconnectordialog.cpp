#include "selectconnectordialog.h"

#include "model/connectortext.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::SelectConnectorDialog", text);
}

QString stateText(const Connector &connector)
{
    const QString onOff = connector.enabled ? tr("On") : tr("Off");
    switch (connector.usage) {
    case ConnectorUsage::RuleScoped:
        return tr("%1, used only by rules").arg(onOff);
    case ConnectorUsage::RecipientDomains:
        return tr("%1, for listed domains").arg(onOff);
    case ConnectorUsage::AllAcceptedDomains:
        return tr("%1, for all accepted domains").arg(onOff);
    }
    return onOff;
}

} // namespace

SelectConnectorDialog::SelectConnectorDialog(const PredicateType &type,
                                             const PredicateValue &value,
                                             const Workspace &workspace, QWidget *parent)
    : ValueDialog(type, workspace, parent)
    , m_connectorTree(new QTreeWidget(this))
{
    setWindowTitle(tr("Select connector"));

    m_connectorTree->setAccessibleName(tr("Outbound connectors"));
    m_connectorTree->setHeaderLabels({tr("Name"), tr("Direction"), tr("State")});
    m_connectorTree->setRootIsDecorated(false);
    m_connectorTree->setAllColumnsShowFocus(true);
    m_connectorTree->setSelectionMode(QAbstractItemView::SingleSelection);

    for (const Connector &connector : workspace.connectors) {
        if (!connector.isOutbound())
            continue;
        auto *item = new QTreeWidgetItem(m_connectorTree, {connector.name,
                                                           directionText(connector.kind),
                                                           stateText(connector)});
        if (connector.name.compare(value.text, Qt::CaseInsensitive) == 0)
            m_connectorTree->setCurrentItem(item);
    }
    for (int column = 0; column < m_connectorTree->columnCount(); ++column)
        m_connectorTree->resizeColumnToContents(column);

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (m_connectorTree->topLevelItemCount() == 0) {
        intro->setText(tr("This workspace has no outbound connector, so there is nothing to "
                          "redirect to. Cancel, create an outbound connector under Mail flow → "
                          "Connectors first, then edit this rule again."));
        m_connectorTree->hide();
    } else {
        intro->setText(tr("Choose the outbound connector that delivers the redirected "
                          "messages. Connectors used only by rules are meant for this."));
    }
    intro->setBuddy(m_connectorTree);

    connect(m_connectorTree, &QTreeWidget::itemSelectionChanged, this,
            &SelectConnectorDialog::refresh);
    connect(m_connectorTree, &QTreeWidget::itemDoubleClicked, this,
            &SelectConnectorDialog::onItemDoubleClicked);

    contentLayout()->addWidget(intro);
    contentLayout()->addWidget(m_connectorTree, 1);
    if (m_connectorTree->isHidden())
        resize(560, sizeHint().height());
    else
        resize(640, 320);
    refresh();
}

PredicateValue SelectConnectorDialog::value() const
{
    PredicateValue out;
    const QList<QTreeWidgetItem *> selected = m_connectorTree->selectedItems();
    if (!selected.isEmpty())
        out.text = selected.first()->text(0);
    return out;
}

void SelectConnectorDialog::onItemDoubleClicked()
{
    refresh();
    if (okButton()->isEnabled())
        accept();
}

} // namespace mailflow
