#include "connectorauthenticationpage.h"

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

constexpr int byCertificate = static_cast<int>(InboundIdentity::CertificateSubject);
constexpr int byIpAddress = static_cast<int>(InboundIdentity::SenderIpAddresses);
constexpr int bySenderDomain = static_cast<int>(InboundIdentity::SenderDomains);

} // namespace

ConnectorAuthenticationPage::ConnectorAuthenticationPage(QWidget *parent)
    : ConnectorPage(parent)
    , m_senderDomainLabel(new QLabel(tr("Sender &domains * (use * to accept any domain)")))
    , m_senderDomainEditor(new EntryListEditor)
    , m_identity(new ChoiceGroup)
    , m_certificateLineEdit(new QLineEdit)
    , m_ipAddressEditor(new EntryListEditor)
    , m_reasonLabel(new InlineMessageLabel)
{
    setTitle(tr("Authenticating sent email"));

    m_senderDomainEditor->setEntryName(tr("sender domain"));
    m_senderDomainEditor->setPlaceholderText(tr("fabrikam.com, *.fabrikam.com or *"));
    m_senderDomainEditor->setCheck(&fieldrules::checkDomainPattern);
    m_senderDomainLabel->setBuddy(m_senderDomainEditor->lineEdit());
    m_senderDomainLabel->setWordWrap(true);

    m_certificateLineEdit->setAccessibleName(tr("Certificate subject domain name"));
    m_certificateLineEdit->setPlaceholderText(tr("mail.contoso.com or *.contoso.com"));
    m_ipAddressEditor->setEntryName(tr("sender IP address"));
    m_ipAddressEditor->setPlaceholderText(tr("192.0.2.10, 192.0.2.10-192.0.2.20 or "
                                             "192.0.2.0/24"));
    m_ipAddressEditor->setCheck(&fieldrules::checkSenderIpAddress);

    m_identity->addChoice(byCertificate,
                          tr("By the &subject name on the sending server's certificate, "
                             "matching this domain (recommended)"))
        ->setAccessibleName(tr("By the certificate subject name"));
    m_identity->button(byCertificate)
        ->setToolTip(tr("Office 365 accepts the mail when the subject name on the certificate "
                        "that the sending server uses to authenticate with Office 365 matches "
                        "this domain name."));
    m_identity->addWidgetUnder(byCertificate, m_certificateLineEdit);
    m_identity->addChoice(bySenderDomain, tr("By verifying that the sender domain matches one "
                                             "of the domains &above"))
        ->setAccessibleName(tr("By the sender domain"));
    m_identity->addChoice(byIpAddress, tr("By verifying that the &IP address of the sending "
                                          "server matches one of these IP addresses"))
        ->setAccessibleName(tr("By the IP address of the sending server"));
    m_identity->addWidgetUnder(byIpAddress, m_ipAddressEditor);
    m_identity->setChoice(byCertificate);
    m_identity->setAccessibleName(tr("How Office 365 identifies email from the sender"));
    m_reasonLabel->setAccessibleName(tr("Why Next is not available"));

    connect(m_identity, &ChoiceGroup::choiceChanged, this,
            &ConnectorAuthenticationPage::updateState);
    connect(m_certificateLineEdit, &QLineEdit::textChanged, this,
            &ConnectorAuthenticationPage::updateState);
    connect(m_ipAddressEditor, &EntryListEditor::entriesChanged, this,
            &ConnectorAuthenticationPage::updateState);
    connect(m_senderDomainEditor, &EntryListEditor::entriesChanged, this,
            &ConnectorAuthenticationPage::updateState);

    registerConnectorField(Field::Identity, m_identity, "choice", SIGNAL(choiceChanged(int)));
    registerConnectorField(Field::TlsSenderCertificateName, m_certificateLineEdit);
    registerConnectorField(Field::SenderIpAddresses, m_ipAddressEditor, "entries",
                           SIGNAL(entriesChanged(QStringList)));
    registerConnectorField(Field::SenderDomains, m_senderDomainEditor, "entries",
                           SIGNAL(entriesChanged(QStringList)));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_senderDomainLabel);
    layout->addWidget(m_senderDomainEditor);
    layout->addWidget(m_identity);
    layout->addWidget(m_reasonLabel);
    layout->addStretch(1);

    updateState();
}

void ConnectorAuthenticationPage::initializePage()
{
    const bool partner = kind() == ConnectorKind::InboundFromPartner;
    setSubTitle(partner ? tr("How should Office 365 identify email from your partner "
                             "organization?")
                        : tr("How should Office 365 identify email from your email server?"));

    // New-InboundConnector needs SenderDomains for a partner; the organization's server is
    // recognised by certificate or address instead.
    m_senderDomainLabel->setVisible(partner);
    m_senderDomainEditor->setVisible(partner);
    m_identity->setChoiceVisible(bySenderDomain, partner);
    m_identity->setChoiceVisible(byCertificate, !partner);
    updateState();
}

bool ConnectorAuthenticationPage::isComplete() const
{
    return missingReason().isEmpty();
}

QString ConnectorAuthenticationPage::missingReason() const
{
    if (kind() == ConnectorKind::InboundFromPartner && m_senderDomainEditor->entries().isEmpty())
        return tr("Add at least one sender domain with + (or * for any domain) to continue.");

    switch (m_identity->choice()) {
    case byCertificate:
        return fieldrules::checkTlsDomain(m_certificateLineEdit->text().trimmed());
    case byIpAddress:
        if (m_ipAddressEditor->entries().isEmpty())
            return tr("Add at least one IP address or range with + to continue.");
        break;
    default:
        break;
    }
    return {};
}

void ConnectorAuthenticationPage::updateState()
{
    m_certificateLineEdit->setEnabled(m_identity->choice() == byCertificate);
    m_ipAddressEditor->setEnabled(m_identity->choice() == byIpAddress);

    const QString reason = missingReason();
    const bool typedCertificate = m_identity->choice() == byCertificate
        && !m_certificateLineEdit->text().trimmed().isEmpty();
    if (reason.isEmpty())
        m_reasonLabel->clearMessage();
    else if (typedCertificate)
        m_reasonLabel->showProblem(reason);
    else
        m_reasonLabel->showHint(reason);
    Q_EMIT completeChanged();
}

} // namespace mailflow
