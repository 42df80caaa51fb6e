#include "connectorsecuritypage.h"

#include "common/choicegroup.h"
#include "common/inlinemessagelabel.h"
#include "validation/fieldrules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mailflow {

namespace {

constexpr int anyCertificate = static_cast<int>(TlsSettings::EncryptionOnly);
constexpr int trustedCa = static_cast<int>(TlsSettings::CertificateValidation);
constexpr int trustedCaAndName = static_cast<int>(TlsSettings::DomainValidation);

} // namespace

ConnectorSecurityPage::ConnectorSecurityPage(QWidget *parent)
    : ConnectorPage(parent)
    , m_alwaysTlsCheckBox(new QCheckBox(tr("&Always use Transport Layer Security (TLS) to "
                                           "secure the connection (recommended)")))
    , m_criterionLabel(new QLabel(tr("Connect only if the recipient's email server certificate "
                                     "matches this criteria")))
    , m_criterion(new ChoiceGroup)
    , m_domainLineEdit(new QLineEdit)
    , m_messageLabel(new InlineMessageLabel)
    , m_daneComboBox(new QComboBox)
    , m_mtaStsComboBox(new QComboBox)
{
    setTitle(tr("Security restrictions"));
    setSubTitle(tr("How should Office 365 connect to your organization's email server?"));

    m_alwaysTlsCheckBox->setAccessibleName(
        tr("Always use Transport Layer Security (TLS) to secure the connection"));
    m_alwaysTlsCheckBox->setChecked(true);
    m_criterionLabel->setWordWrap(true);

    m_criterion->addChoice(anyCertificate, tr("Any digital &certificate, including self-signed "
                                              "certificates"))
        ->setAccessibleName(tr("Any digital certificate, including self-signed certificates"));
    m_criterion->addChoice(trustedCa, tr("Issued by a trusted certificate a&uthority (CA)"))
        ->setAccessibleName(tr("Issued by a trusted certificate authority (CA)"));
    m_criterion->addChoice(trustedCaAndName,
                           tr("Issued by a trusted CA, and the subject name or SAN "
                              "&matches this domain name"))
        ->setAccessibleName(tr("Issued by a trusted CA, and the subject name or subject "
                               "alternative name matches this domain name"));
    m_criterion->button(trustedCaAndName)
        ->setToolTip(tr("The subject name or subject alternative name (SAN) of the receiving "
                        "server's certificate must match this domain; *.contoso.com covers "
                        "one label to the left of contoso.com."));
    m_criterion->addWidgetUnder(trustedCaAndName, m_domainLineEdit);
    m_criterion->addWidgetUnder(trustedCaAndName, m_messageLabel);
    m_criterion->setChoice(trustedCaAndName);
    m_criterion->setAccessibleName(tr("Certificate criteria"));
    m_domainLineEdit->setAccessibleName(tr("Certificate domain name"));
    m_domainLineEdit->setPlaceholderText(tr("mail.contoso.com or *.contoso.com"));
    m_messageLabel->setAccessibleName(tr("Problem with the certificate domain name"));

    m_daneComboBox->addItem(tr("None", "SMTP DANE mode"));
    m_daneComboBox->addItem(tr("Opportunistic", "SMTP DANE mode"));
    m_daneComboBox->addItem(tr("Mandatory", "SMTP DANE mode"));
    m_daneComboBox->setCurrentIndex(static_cast<int>(SmtpDaneMode::Opportunistic));
    m_daneComboBox->setAccessibleName(tr("SMTP DANE mode"));
    m_mtaStsComboBox->addItem(tr("None", "MTA-STS mode"));
    m_mtaStsComboBox->addItem(tr("Opportunistic", "MTA-STS mode"));
    m_mtaStsComboBox->setCurrentIndex(static_cast<int>(MtaStsMode::Opportunistic));
    m_mtaStsComboBox->setAccessibleName(tr("MTA-STS mode"));

    connect(m_alwaysTlsCheckBox, &QCheckBox::toggled, this, [this] {
        updateState();
        Q_EMIT validationInputChanged();
    });
    connect(m_criterion, &ChoiceGroup::choiceChanged, this, [this] {
        updateState();
        Q_EMIT validationInputChanged();
    });
    connect(m_domainLineEdit, &QLineEdit::textChanged, this, [this] {
        updateState();
        Q_EMIT validationInputChanged();
    });

    registerConnectorField(Field::AlwaysTls, m_alwaysTlsCheckBox);
    registerConnectorField(Field::CertificateCriterion, m_criterion, "choice",
                           SIGNAL(choiceChanged(int)));
    registerConnectorField(Field::TlsDomain, m_domainLineEdit);
    registerConnectorField(Field::DaneMode, m_daneComboBox, "currentIndex",
                           SIGNAL(currentIndexChanged(int)));
    registerConnectorField(Field::MtaStsMode, m_mtaStsComboBox, "currentIndex",
                           SIGNAL(currentIndexChanged(int)));

    auto *tlsBox = new QGroupBox(tr("Transport Layer Security"));
    auto *tlsLayout = new QVBoxLayout(tlsBox);
    tlsLayout->addWidget(m_alwaysTlsCheckBox);
    tlsLayout->addWidget(m_criterionLabel);
    tlsLayout->addWidget(m_criterion);

    auto *daneLabel = new QLabel(tr("SMTP &DANE with DNSSEC:"));
    daneLabel->setBuddy(m_daneComboBox);
    auto *mtaStsLabel = new QLabel(tr("MTA-&STS:"));
    mtaStsLabel->setBuddy(m_mtaStsComboBox);
    auto *standardsNote = new QLabel(tr("Opportunistic uses DANE or MTA-STS when the receiving "
                                        "domain publishes it. Mandatory DANE queues mail that "
                                        "cannot be delivered with a DNSSEC-backed TLSA match "
                                        "for a day, then returns it."));
    standardsNote->setWordWrap(true);

    auto *standardsBox = new QGroupBox(tr("Transport security standards"));
    auto *standardsForm = new QFormLayout(standardsBox);
    standardsForm->addRow(daneLabel, m_daneComboBox);
    standardsForm->addRow(mtaStsLabel, m_mtaStsComboBox);
    standardsForm->addRow(standardsNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tlsBox);
    layout->addWidget(standardsBox);
    layout->addStretch(1);

    updateState();
}

void ConnectorSecurityPage::initializePage()
{
    if (kind() == ConnectorKind::OutboundToPartner)
        setSubTitle(tr("How should Office 365 connect to your partner organization's email "
                       "server?"));
    else
        setSubTitle(tr("How should Office 365 connect to your organization's email server?"));
    updateState();
}

bool ConnectorSecurityPage::isComplete() const
{
    return problem().isEmpty();
}

QString ConnectorSecurityPage::problem() const
{
    if (!m_alwaysTlsCheckBox->isChecked() || m_criterion->choice() != trustedCaAndName)
        return {};
    return fieldrules::checkTlsDomain(m_domainLineEdit->text().trimmed());
}

void ConnectorSecurityPage::updateState()
{
    const bool alwaysTls = m_alwaysTlsCheckBox->isChecked();
    m_criterionLabel->setEnabled(alwaysTls);
    m_criterion->setEnabled(alwaysTls);
    m_domainLineEdit->setEnabled(alwaysTls && m_criterion->choice() == trustedCaAndName);

    const QString text = problem();
    if (text.isEmpty())
        m_messageLabel->clearMessage();
    else if (m_domainLineEdit->text().trimmed().isEmpty())
        m_messageLabel->showHint(text);
    else
        m_messageLabel->showProblem(text);
    Q_EMIT completeChanged();
}

} // namespace mailflow
