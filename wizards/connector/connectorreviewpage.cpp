#include "connectorreviewpage.h"

#include "common/inlinemessagelabel.h"
#include "connectorwizard.h"
#include "model/connectortext.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QFrame>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mailflow {

namespace {

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("mailflow::ConnectorReviewPage", "Yes", "setting on")
                 : QCoreApplication::translate("mailflow::ConnectorReviewPage", "No",
                                               "setting off");
}

QString listOrNone(const QStringList &list)
{
    if (list.isEmpty())
        return QCoreApplication::translate("mailflow::ConnectorReviewPage", "(none)",
                                           "empty list");
    return list.join(u", ");
}

QString daneText(SmtpDaneMode mode)
{
    switch (mode) {
    case SmtpDaneMode::None:
        return QCoreApplication::translate("mailflow::ConnectorReviewPage", "None",
                                           "SMTP DANE mode");
    case SmtpDaneMode::Opportunistic:
        return QCoreApplication::translate("mailflow::ConnectorReviewPage", "Opportunistic",
                                           "SMTP DANE mode");
    case SmtpDaneMode::Mandatory:
        return QCoreApplication::translate("mailflow::ConnectorReviewPage", "Mandatory",
                                           "SMTP DANE mode");
    }
    return {};
}

QString mtaStsText(MtaStsMode mode)
{
    return mode == MtaStsMode::None
        ? QCoreApplication::translate("mailflow::ConnectorReviewPage", "None", "MTA-STS mode")
        : QCoreApplication::translate("mailflow::ConnectorReviewPage", "Opportunistic",
                                      "MTA-STS mode");
}

} // namespace

ConnectorReviewPage::ConnectorReviewPage(QWidget *parent)
    : ConnectorPage(parent)
    , m_scrollArea(new QScrollArea)
    , m_problemLabel(new InlineMessageLabel)
{
    setTitle(tr("Review connector"));
    setSubTitle(tr("Check the settings below. Use Edit to change a section."));

    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setAccessibleName(tr("Connector settings"));
    m_problemLabel->setAccessibleName(tr("Problem with the connector"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scrollArea, 1);
    layout->addWidget(m_problemLabel);
}

void ConnectorReviewPage::initializePage()
{
    const ConnectorWizard *w = connectorWizard();
    setButtonText(QWizard::FinishButton, w && w->isEditing()
                                             ? tr("&Save", "save the edited connector")
                                             : tr("&Create connector"));
    m_problemLabel->clearMessage();
    rebuild();
}

bool ConnectorReviewPage::validatePage()
{
    const ConnectorWizard *w = connectorWizard();
    if (!w)
        return false;

    // The pages gate every field, so core should agree; if it does not, say so here rather
    // than hand back a connector the workspace would refuse.
    const Connector connector = w->connector();
    const Diagnostics diagnostics = validateConnector(connector, w->workspace(), w->editIndex());
    if (hasErrors(diagnostics)) {
        QStringList lines;
        for (const Diagnostic &d : diagnostics) {
            if (d.isError())
                lines << (d.fix.isEmpty() ? tr("%1: %2").arg(d.field, d.message)
                                          : tr("%1: %2 %3").arg(d.field, d.message, d.fix));
        }
        m_problemLabel->showProblem(lines.join(u'\n'));
        return false;
    }
    m_problemLabel->clearMessage();

    if (connector.isOutbound() && !connector.validation.validated) {
        const QString text = connector.validation.lastValidatedUtc.isValid()
            ? tr("The last validation of this connector failed. Save it anyway?")
            : tr("This connector has not been validated. Save it anyway? You can validate it "
                 "later from the connector list.");
        const auto answer = QMessageBox::question(
            this, tr("Save without a successful validation?"), text,
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return false;
    }
    return true;
}

QPushButton *ConnectorReviewPage::editButton(int pageId) const
{
    return m_editButtons.value(pageId);
}

QString ConnectorReviewPage::summaryText() const
{
    return m_summary;
}

QString ConnectorReviewPage::problem() const
{
    return m_problemLabel->isProblem() ? m_problemLabel->text() : QString();
}

void ConnectorReviewPage::addSection(int pageId, const QString &title, const QList<Row> &rows)
{
    // One grid for all sections, so the values of every section start in the same column.
    int &row = m_gridRows;
    if (row > 0) {
        auto *line = new QFrame;
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        m_grid->addWidget(line, row++, 0, 1, 3);
    }

    auto *titleLabel = new QLabel(title);
    QFont bold = titleLabel->font();
    bold.setBold(true);
    titleLabel->setFont(bold);

    auto *edit = new QPushButton(tr("Edit", "go back to a section of the wizard"));
    edit->setAccessibleName(tr("Edit %1").arg(title));
    edit->setAutoDefault(false);
    connect(edit, &QPushButton::clicked, this, [this, pageId] {
        if (ConnectorWizard *w = connectorWizard())
            w->goBackToPage(pageId);
    });
    m_editButtons.insert(pageId, edit);

    m_grid->addWidget(titleLabel, row, 0, 1, 2);
    m_grid->addWidget(edit, row++, 2, Qt::AlignRight | Qt::AlignVCenter);

    m_summary += title + u'\n';
    for (const Row &entry : rows) {
        auto *label = new QLabel(tr("%1:", "label of a setting").arg(entry.label));
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto *value = new QLabel(entry.value);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(entry.label);
        label->setBuddy(value);
        m_grid->addWidget(label, row, 0, Qt::AlignTop);
        m_grid->addWidget(value, row++, 1, 1, 2, Qt::AlignTop);
        m_summary += tr("%1: %2").arg(entry.label, entry.value) + u'\n';
    }
}

void ConnectorReviewPage::rebuild()
{
    m_editButtons.clear();
    m_summary.clear();
    m_content = new QWidget;
    m_grid = new QGridLayout(m_content);
    m_grid->setColumnStretch(1, 1);
    m_grid->setVerticalSpacing(4);
    m_gridRows = 0;

    const ConnectorWizard *w = connectorWizard();
    const Connector c = w ? w->connector() : connectorFromFields();
    const bool orgServer = c.kind == ConnectorKind::OutboundToOrganization
        || c.kind == ConnectorKind::InboundFromOrganization;

    addSection(ConnectorWizard::NewConnectorPageId, tr("Mail flow scenario"),
               {{tr("Connection from"), connectionFromText(c.kind)},
                {tr("Connection to"), connectionToText(c.kind)}});

    QList<Row> nameRows = {{tr("Name"), c.name},
                           {tr("Description"), c.description.isEmpty() ? tr("(none)", "empty")
                                                                       : c.description},
                           {tr("Turn it on"), yesNo(c.enabled)}};
    if (orgServer)
        nameRows.append({tr("Retain internal Exchange email headers"),
                         yesNo(c.retainInternalHeaders)});
    addSection(ConnectorWizard::NamePageId, tr("Connector name"), nameRows);

    if (c.isOutbound()) {
        addSection(ConnectorWizard::UsagePageId, tr("Use of connector"),
                   {{tr("Use"), usageText(c)}});
        addSection(ConnectorWizard::RoutingPageId, tr("Routing"), {{tr("Route"),
                                                                    routingText(c)}});
        addSection(ConnectorWizard::SecurityPageId, tr("Security restrictions"),
                   {{tr("TLS"), tlsText(c)},
                    {tr("SMTP DANE"), daneText(c.daneMode)},
                    {tr("MTA-STS"), mtaStsText(c.mtaStsMode)}});
        addSection(ConnectorWizard::ValidationPageId, tr("Validation email"),
                   {{tr("Addresses"), listOrNone(c.validationRecipients)},
                    {tr("Validation"), validationText(c.validation)}});
    } else {
        QList<Row> authRows;
        if (c.kind == ConnectorKind::InboundFromPartner)
            authRows.append({tr("Sender domains"), listOrNone(c.senderDomains)});
        if (c.identity == InboundIdentity::CertificateSubject)
            authRows.append({tr("Certificate subject"), c.tlsSenderCertificateName});
        else if (c.identity == InboundIdentity::SenderIpAddresses)
            authRows.append({tr("Sender IP addresses"), listOrNone(c.senderIpAddresses)});
        addSection(ConnectorWizard::AuthenticationPageId, tr("Authenticating sent email"),
                   authRows);

        if (c.kind == ConnectorKind::InboundFromPartner) {
            QList<Row> securityRows = {{tr("Reject email not sent over TLS"),
                                        yesNo(c.requireTls)}};
            securityRows.append({tr("Certificate subject must match"),
                                 c.restrictToCertificate ? c.tlsSenderCertificateName
                                                         : yesNo(false)});
            securityRows.append({tr("Only from these IP addresses"),
                                 c.restrictToIpAddresses ? listOrNone(c.senderIpAddresses)
                                                         : yesNo(false)});
            addSection(ConnectorWizard::InboundSecurityPageId, tr("Security restrictions"),
                       securityRows);
        }
    }
    m_grid->setRowStretch(m_gridRows, 1);

    // Replacing the scroll area's widget deletes the previous summary and its buttons.
    m_scrollArea->setWidget(m_content);
}

} // namespace mailflow
