#include "connectorusagepage.h"

#include "common/choicegroup.h"
#include "common/entrylisteditor.h"
#include "common/inlinemessagelabel.h"
#include "validation/fieldrules.h"

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mailflow {

namespace {

constexpr int usageRuleScoped = static_cast<int>(ConnectorUsage::RuleScoped);
constexpr int usageRecipientDomains = static_cast<int>(ConnectorUsage::RecipientDomains);
constexpr int usageAllAcceptedDomains = static_cast<int>(ConnectorUsage::AllAcceptedDomains);

} // namespace

ConnectorUsagePage::ConnectorUsagePage(QWidget *parent)
    : ConnectorPage(parent)
    , m_usage(new ChoiceGroup)
    , m_domainsEditor(new EntryListEditor)
    , m_reasonLabel(new InlineMessageLabel)
{
    setTitle(tr("Use of connector"));
    setSubTitle(tr("Specify when you want to use the connector."));

    m_domainsEditor->setEntryName(tr("recipient domain"));
    m_domainsEditor->setPlaceholderText(tr("contoso.com or *.contoso.com"));
    m_domainsEditor->setCheck(&fieldrules::checkDomainPattern);

    m_usage->addChoice(usageRuleScoped, tr("Only when I have a &transport rule set up that "
                                           "redirects messages to this connector"))
        ->setAccessibleName(tr("Only when a transport rule redirects messages to this "
                               "connector"));
    m_usage->addChoice(usageRecipientDomains,
                       tr("Only when email messages are sent to these &domains"))
        ->setAccessibleName(tr("Only when email messages are sent to these domains"));
    m_usage->addWidgetUnder(usageRecipientDomains, m_domainsEditor);
    m_usage->addChoice(usageAllAcceptedDomains, tr("For email messages sent to &all accepted "
                                                   "domains in your organization"))
        ->setAccessibleName(tr("For email messages sent to all accepted domains"));
    m_usage->setChoice(usageRuleScoped);
    m_usage->setAccessibleName(tr("Use of connector"));
    m_reasonLabel->setAccessibleName(tr("Why Next is not available"));

    connect(m_usage, &ChoiceGroup::choiceChanged, this, &ConnectorUsagePage::updateState);
    connect(m_domainsEditor, &EntryListEditor::entriesChanged, this,
            &ConnectorUsagePage::updateState);

    registerConnectorField(Field::Usage, m_usage, "choice", SIGNAL(choiceChanged(int)));
    registerConnectorField(Field::RecipientDomains, m_domainsEditor, "entries",
                           SIGNAL(entriesChanged(QStringList)));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_usage);
    layout->addWidget(m_reasonLabel);
    layout->addStretch(1);

    updateState();
}

void ConnectorUsagePage::initializePage()
{
    m_usage->setChoiceVisible(usageAllAcceptedDomains,
                              kind() == ConnectorKind::OutboundToOrganization);
    updateState();
}

bool ConnectorUsagePage::isComplete() const
{
    return missingReason().isEmpty();
}

QString ConnectorUsagePage::missingReason() const
{
    if (m_usage->choice() == usageRecipientDomains && m_domainsEditor->entries().isEmpty())
        return tr("Add at least one recipient domain with + to continue.");
    return {};
}

void ConnectorUsagePage::updateState()
{
    m_domainsEditor->setEnabled(m_usage->choice() == usageRecipientDomains);

    const QString reason = missingReason();
    if (reason.isEmpty())
        m_reasonLabel->clearMessage();
    else
        m_reasonLabel->showHint(reason);
    Q_EMIT completeChanged();
}

} // namespace mailflow
