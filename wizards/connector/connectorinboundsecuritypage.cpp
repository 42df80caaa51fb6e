#include "connectorinboundsecuritypage.h"

#include "common/entrylisteditor.h"
#include "common/inlinemessagelabel.h"
#include "validation/fieldrules.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace mailflow {

namespace {

QLayout *indented(QWidget *widget)
{
    const int indent = widget->style()->pixelMetric(QStyle::PM_IndicatorWidth)
        + widget->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(indent, 0, 0, 0);
    row->addWidget(widget);
    return row;
}

} // namespace

ConnectorInboundSecurityPage::ConnectorInboundSecurityPage(QWidget *parent)
    : ConnectorPage(parent)
    , m_requireTlsCheckBox(new QCheckBox(tr("&Reject email messages if they aren't sent over "
                                            "Transport Layer Security (TLS)")))
    , m_certificateCheckBox(new QCheckBox(tr("And require that the &subject name on the "
                                             "partner's certificate matches this domain name")))
    , m_certificateLineEdit(new QLineEdit)
    , m_ipAddressCheckBox(new QCheckBox(tr("Reject email messages if they aren't sent from "
                                           "within this &IP address range")))
    , m_ipAddressEditor(new EntryListEditor)
    , m_reasonLabel(new InlineMessageLabel)
{
    setTitle(tr("Security restrictions"));
    setSubTitle(tr("What security restrictions do you want to apply to email from your "
                   "partner organization?"));

    m_requireTlsCheckBox->setAccessibleName(tr("Reject email messages not sent over TLS"));
    m_requireTlsCheckBox->setChecked(true);
    m_certificateCheckBox->setAccessibleName(tr("Require a certificate subject name"));
    m_certificateCheckBox->setToolTip(tr("The subject name or subject alternative name on the "
                                         "certificate that the partner uses to authenticate "
                                         "with Office 365 must match this domain name."));
    m_certificateLineEdit->setAccessibleName(tr("Certificate subject domain name"));
    m_certificateLineEdit->setPlaceholderText(tr("mail.fabrikam.com or *.fabrikam.com"));
    m_ipAddressCheckBox->setAccessibleName(tr("Reject email not sent from these IP addresses"));
    m_ipAddressEditor->setEntryName(tr("sender IP address"));
    m_ipAddressEditor->setPlaceholderText(tr("192.0.2.0/24"));
    m_ipAddressEditor->setCheck(&fieldrules::checkSenderIpAddress);
    m_reasonLabel->setAccessibleName(tr("Why Next is not available"));

    connect(m_requireTlsCheckBox, &QCheckBox::toggled, this,
            &ConnectorInboundSecurityPage::updateState);
    connect(m_certificateCheckBox, &QCheckBox::toggled, this,
            &ConnectorInboundSecurityPage::updateState);
    connect(m_ipAddressCheckBox, &QCheckBox::toggled, this,
            &ConnectorInboundSecurityPage::updateState);
    connect(m_certificateLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_loading)
            setFieldValue(Field::TlsSenderCertificateName, text);
        updateState();
    });
    connect(m_ipAddressEditor, &EntryListEditor::entriesChanged, this,
            [this](const QStringList &entries) {
                if (!m_loading)
                    setFieldValue(Field::SenderIpAddresses, entries);
                updateState();
            });

    registerConnectorField(Field::RequireTls, m_requireTlsCheckBox);
    registerConnectorField(Field::RestrictToCertificate, m_certificateCheckBox);
    registerConnectorField(Field::RestrictToIpAddresses, m_ipAddressCheckBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_requireTlsCheckBox);
    layout->addLayout(indented(m_certificateCheckBox));
    auto *certificateRow = indented(m_certificateLineEdit);
    certificateRow->setContentsMargins(certificateRow->contentsMargins().left() * 2, 0, 0, 0);
    layout->addLayout(certificateRow);
    layout->addWidget(m_ipAddressCheckBox);
    layout->addLayout(indented(m_ipAddressEditor));
    layout->addWidget(m_reasonLabel);
    layout->addStretch(1);

    updateState();
}

void ConnectorInboundSecurityPage::initializePage()
{
    m_loading = true;
    m_certificateLineEdit->setText(tlsSenderCertificateName());
    m_ipAddressEditor->setEntries(senderIpAddresses());
    m_loading = false;
    updateState();
}

bool ConnectorInboundSecurityPage::isComplete() const
{
    return missingReason().isEmpty();
}

QString ConnectorInboundSecurityPage::missingReason() const
{
    if (m_requireTlsCheckBox->isChecked() && m_certificateCheckBox->isChecked()) {
        const QString problem = fieldrules::checkTlsDomain(m_certificateLineEdit->text().trimmed());
        if (!problem.isEmpty())
            return problem;
    }
    if (m_ipAddressCheckBox->isChecked() && m_ipAddressEditor->entries().isEmpty())
        return tr("Add at least one IP address or range with + to continue.");
    return {};
}

void ConnectorInboundSecurityPage::updateState()
{
    // A certificate can only be checked on a TLS connection.
    if (!m_requireTlsCheckBox->isChecked() && m_certificateCheckBox->isChecked())
        m_certificateCheckBox->setChecked(false);
    m_certificateCheckBox->setEnabled(m_requireTlsCheckBox->isChecked());
    m_certificateLineEdit->setEnabled(m_certificateCheckBox->isChecked());
    m_ipAddressEditor->setEnabled(m_ipAddressCheckBox->isChecked());

    const QString reason = missingReason();
    if (reason.isEmpty())
        m_reasonLabel->clearMessage();
    else
        m_reasonLabel->showHint(reason);
    Q_EMIT completeChanged();
}

} // namespace mailflow
