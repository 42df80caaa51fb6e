#include "connectordirectionpage.h"

#include "common/choicegroup.h"

#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mailflow {

namespace {

constexpr int office365 = static_cast<int>(ConnectionEnd::Office365);
constexpr int organizationServer = static_cast<int>(ConnectionEnd::OrganizationServer);
constexpr int partner = static_cast<int>(ConnectionEnd::Partner);

} // namespace

ConnectorDirectionPage::ConnectorDirectionPage(QWidget *parent)
    : ConnectorPage(parent)
    , m_from(new ChoiceGroup)
    , m_to(new ChoiceGroup)
{
    setTitle(tr("New connector"));
    setSubTitle(tr("Specify your mail flow scenario, and we'll let you know if you need to set "
                   "up a connector."));

    m_from->addChoice(office365, tr("Office &365", "connection from"))
        ->setAccessibleName(tr("Connection from Office 365"));
    m_from->addChoice(organizationServer, tr("Your &organization's email server",
                                             "connection from"))
        ->setAccessibleName(tr("Connection from your organization's email server"));
    m_from->addChoice(partner, tr("&Partner organization", "connection from"))
        ->setAccessibleName(tr("Connection from partner organization"));
    m_from->setChoice(office365);
    m_from->setAccessibleName(tr("Connection from"));

    m_to->addChoice(office365, tr("O&ffice 365", "connection to"))
        ->setAccessibleName(tr("Connection to Office 365"));
    m_to->addChoice(organizationServer, tr("Your organization's &email server", "connection to"))
        ->setAccessibleName(tr("Connection to your organization's email server"));
    m_to->addChoice(partner, tr("P&artner organization", "connection to"))
        ->setAccessibleName(tr("Connection to partner organization"));
    m_to->setChoice(organizationServer);
    m_to->setAccessibleName(tr("Connection to"));

    connect(m_from, &ChoiceGroup::choiceChanged, this, &ConnectorDirectionPage::onFromChanged);
    connect(m_to, &ChoiceGroup::choiceChanged, this, &ConnectorDirectionPage::onToChanged);

    registerConnectorField(Field::ConnectionFrom, m_from, "choice", SIGNAL(choiceChanged(int)));
    registerConnectorField(Field::ConnectionTo, m_to, "choice", SIGNAL(choiceChanged(int)));

    auto *fromBox = new QGroupBox(tr("Connection from"));
    (new QVBoxLayout(fromBox))->addWidget(m_from);
    auto *toBox = new QGroupBox(tr("Connection to"));
    (new QVBoxLayout(toBox))->addWidget(m_to);

    auto *note = new QLabel(tr("A connector from Office 365 delivers outbound mail; a connector "
                               "to Office 365 accepts inbound mail. One end is always "
                               "Office 365."));
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fromBox);
    layout->addWidget(toBox);
    layout->addWidget(note);
    layout->addStretch(1);

    onFromChanged(m_from->choice());
}

void ConnectorDirectionPage::onFromChanged(int from)
{
    // Mail crosses Office 365 once: from Office 365 goes to a server or a partner, from a
    // server or a partner goes to Office 365 (the admin center greys out the rest).
    const bool fromCloud = from == office365;
    m_to->button(office365)->setEnabled(!fromCloud);
    m_to->button(organizationServer)->setEnabled(fromCloud);
    m_to->button(partner)->setEnabled(fromCloud);

    if (!fromCloud)
        m_to->setChoice(office365);
    else if (m_to->choice() == office365)
        m_to->setChoice(organizationServer);
}

void ConnectorDirectionPage::onToChanged(int to)
{
    if (to != office365 && m_from->choice() != office365)
        m_from->setChoice(office365);
}

} // namespace mailflow
