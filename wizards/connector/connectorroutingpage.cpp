#include "connectorroutingpage.h"

#include "common/choicegroup.h"
#include "common/entrylisteditor.h"
#include "common/inlinemessagelabel.h"
#include "validation/fieldrules.h"

#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mailflow {

namespace {

constexpr int smartHostRouting = static_cast<int>(ConnectorRouting::SmartHosts);
constexpr int mxRouting = static_cast<int>(ConnectorRouting::MxRecord);

} // namespace

ConnectorRoutingPage::ConnectorRoutingPage(QWidget *parent)
    : ConnectorPage(parent)
    , m_introLabel(new QLabel)
    , m_smartHostLabel(new QLabel(tr("&Smart hosts *")))
    , m_routing(new ChoiceGroup)
    , m_smartHostEditor(new EntryListEditor)
    , m_reasonLabel(new InlineMessageLabel)
{
    setTitle(tr("Routing"));
    setSubTitle(tr("Specify how you want to route email messages."));

    m_introLabel->setWordWrap(true);
    m_introLabel->setText(tr("Specify one or more smart hosts to which Office 365 will deliver "
                             "email messages. A smart host is a host name (such as "
                             "mail.contoso.com), an IPv4 address or an IPv4 CIDR range."));

    m_smartHostEditor->setEntryName(tr("smart host"));
    m_smartHostEditor->setPlaceholderText(tr("mail.contoso.com, 192.0.2.10 or 192.0.2.0/28"));
    m_smartHostEditor->setCheck(&fieldrules::checkSmartHost);
    m_smartHostLabel->setBuddy(m_smartHostEditor->lineEdit());

    m_routing->addChoice(mxRouting, tr("Use the &MX record associated with the partner's "
                                       "domain"))
        ->setAccessibleName(tr("Use the MX record associated with the partner's domain"));
    m_routing->addChoice(smartHostRouting, tr("Route email through these &smart hosts"))
        ->setAccessibleName(tr("Route email through these smart hosts"));
    m_routing->addWidgetUnder(smartHostRouting, m_smartHostEditor);
    m_routing->setChoice(smartHostRouting);
    m_routing->setAccessibleName(tr("Routing"));
    m_reasonLabel->setAccessibleName(tr("Why Next is not available"));

    connect(m_routing, &ChoiceGroup::choiceChanged, this, [this] {
        updateState();
        Q_EMIT validationInputChanged();
    });
    connect(m_smartHostEditor, &EntryListEditor::entriesChanged, this, [this] {
        updateState();
        Q_EMIT validationInputChanged();
    });

    registerConnectorField(Field::Routing, m_routing, "choice", SIGNAL(choiceChanged(int)));
    registerConnectorField(Field::SmartHosts, m_smartHostEditor, "entries",
                           SIGNAL(entriesChanged(QStringList)));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_smartHostLabel);
    layout->addWidget(m_routing);
    layout->addWidget(m_reasonLabel);
    layout->addStretch(1);

    updateState();
}

void ConnectorRoutingPage::initializePage()
{
    // Towards the organization's own server there is no MX choice: the admin center lists
    // smart hosts only, so the radio buttons disappear and the list stands alone.
    const bool partner = kind() == ConnectorKind::OutboundToPartner;
    m_routing->setChoiceVisible(mxRouting, partner);
    m_routing->button(smartHostRouting)->setVisible(partner);
    m_introLabel->setVisible(!partner);
    m_smartHostLabel->setVisible(!partner);
    if (!partner)
        m_routing->setChoice(smartHostRouting);
    updateState();

    // With the radio buttons hidden nothing else would take the focus, and typed text would
    // go nowhere; the admin's next step is typing a smart host.
    if (!partner)
        m_smartHostEditor->lineEdit()->setFocus(Qt::OtherFocusReason);
}

bool ConnectorRoutingPage::isComplete() const
{
    return missingReason().isEmpty();
}

QString ConnectorRoutingPage::missingReason() const
{
    if (m_routing->choice() == smartHostRouting && m_smartHostEditor->entries().isEmpty())
        return tr("Add at least one smart host with + to continue: Next stays off until the "
                  "list holds a smart host.");
    return {};
}

void ConnectorRoutingPage::updateState()
{
    m_smartHostEditor->setEnabled(m_routing->choice() == smartHostRouting);

    const QString reason = missingReason();
    if (reason.isEmpty())
        m_reasonLabel->clearMessage();
    else
        m_reasonLabel->showHint(reason);
    Q_EMIT completeChanged();
}

} // namespace mailflow
