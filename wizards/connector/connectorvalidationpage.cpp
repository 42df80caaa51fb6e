#include "connectorvalidationpage.h"

#include "common/entrylisteditor.h"
#include "connectorwizard.h"
#include "logging.h"
#include "model/connectortext.h"
#include "validation/fieldrules.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailflow {

namespace {

constexpr int taskIdRole = Qt::UserRole;

} // namespace

ConnectorValidationPage::ConnectorValidationPage(QWidget *parent)
    : ConnectorPage(parent)
    , m_validator(new probe::Validator(this))
    , m_introLabel(new QLabel)
    , m_addressEditor(new EntryListEditor)
    , m_validateButton(new QPushButton(tr("&Validate")))
    , m_cancelButton(new QPushButton(tr("&Cancel validation")))
    , m_taskTree(new QTreeWidget)
    , m_statusLabel(new QLabel)
    , m_detailsButton(new QPushButton(tr("Deta&ils", "show the SMTP transcript")))
    , m_transcriptView(new QPlainTextEdit)
    , m_testOptionsButton(new QToolButton)
    , m_testOptions(new QWidget)
    , m_portSpinBox(new QSpinBox)
    , m_caFileLineEdit(new QLineEdit)
    , m_browseButton(new QPushButton(tr("B&rowse…", "choose a CA file")))
    , m_senderLineEdit(new QLineEdit)
    , m_sendMessageCheckBox(new QCheckBox(tr("Send a &test message after the recipients are "
                                             "accepted")))
{
    setTitle(tr("Validation email"));
    setSubTitle(tr("Specify an email address for an active mailbox, then validate the "
                   "connector."));

    m_introLabel->setWordWrap(true);
    m_addressEditor->setEntryName(tr("validation address"));
    m_addressEditor->setPlaceholderText(tr("someone@contoso.com"));
    m_addressEditor->setCheck(&fieldrules::checkMailbox);

    m_validateButton->setAccessibleName(tr("Validate"));
    m_validateButton->setAutoDefault(false);
    m_cancelButton->setAccessibleName(tr("Cancel validation"));
    m_cancelButton->setAutoDefault(false);

    m_taskTree->setColumnCount(2);
    m_taskTree->setHeaderLabels({tr("Task"), tr("Status", "of a validation task")});
    m_taskTree->setRootIsDecorated(false);
    m_taskTree->setAccessibleName(tr("Validation tasks"));
    m_taskTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_taskTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_taskTree->header()->setStretchLastSection(false);
    m_taskTree->setMinimumHeight(m_validateButton->sizeHint().height() * 3);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setAccessibleName(tr("Validation status"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_detailsButton->setCheckable(true);
    m_detailsButton->setAccessibleName(tr("Show SMTP transcript"));
    m_detailsButton->setAutoDefault(false);
    m_transcriptView->setReadOnly(true);
    m_transcriptView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcriptView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_transcriptView->setAccessibleName(tr("SMTP transcript"));
    m_transcriptView->setMinimumHeight(m_validateButton->sizeHint().height() * 5);
    m_transcriptView->setVisible(false);

    m_testOptionsButton->setText(tr("Test &options"));
    m_testOptionsButton->setAccessibleName(tr("Test options"));
    m_testOptionsButton->setCheckable(true);
    m_testOptionsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_testOptionsButton->setArrowType(Qt::RightArrow);
    m_testOptionsButton->setAutoRaise(true);
    m_portSpinBox->setRange(1, 65535);
    m_portSpinBox->setValue(probe::ProbeOptions().port);
    m_portSpinBox->setAccessibleName(tr("Port for this test"));
    m_caFileLineEdit->setAccessibleName(tr("Extra trusted CA certificates file"));
    m_caFileLineEdit->setPlaceholderText(tr("PEM file, for a private certificate authority"));
    m_browseButton->setAccessibleName(tr("Choose CA certificates file"));
    m_browseButton->setAutoDefault(false);
    m_senderLineEdit->setAccessibleName(tr("Sender address for this test"));
    m_senderLineEdit->setPlaceholderText(tr("postmaster address of this computer"));
    m_sendMessageCheckBox->setAccessibleName(tr("Send a test message"));
    m_sendMessageCheckBox->setChecked(probe::ProbeOptions().sendTestMessage);

    connect(m_addressEditor, &EntryListEditor::entriesChanged, this, [this] {
        updateState();
        Q_EMIT validationInputChanged();
    });
    connect(m_validateButton, &QPushButton::clicked, this,
            &ConnectorValidationPage::startValidation);
    connect(m_cancelButton, &QPushButton::clicked, this,
            &ConnectorValidationPage::cancelValidation);
    connect(m_detailsButton, &QPushButton::toggled, m_transcriptView, &QWidget::setVisible);
    connect(m_browseButton, &QPushButton::clicked, this, &ConnectorValidationPage::onBrowseCaFile);
    connect(m_validator, &probe::Validator::taskChanged, this,
            &ConnectorValidationPage::onTaskChanged);
    connect(m_validator, &probe::Validator::finished, this, &ConnectorValidationPage::onFinished);

    registerConnectorField(Field::ValidationRecipients, m_addressEditor, "entries",
                           SIGNAL(entriesChanged(QStringList)));

    auto *addressLabel = new QLabel(tr("&Email addresses *"));
    addressLabel->setBuddy(m_addressEditor->lineEdit());

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_validateButton);
    buttonRow->addWidget(m_cancelButton);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_detailsButton);

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFileLineEdit, 1);
    caRow->addWidget(m_browseButton);
    auto *portLabel = new QLabel(tr("&Port:"));
    portLabel->setBuddy(m_portSpinBox);
    auto *caLabel = new QLabel(tr("CA &file:"));
    caLabel->setBuddy(m_caFileLineEdit);
    auto *senderLabel = new QLabel(tr("Sen&der:"));
    senderLabel->setBuddy(m_senderLineEdit);
    auto *optionsNote = new QLabel(tr("For testing only; a connector stores none of these. "
                                      "Office 365 always delivers to port 25."));
    optionsNote->setWordWrap(true);
    auto *optionsForm = new QFormLayout(m_testOptions);
    optionsForm->setContentsMargins(m_testOptionsButton->iconSize().width(), 0, 0, 0);
    optionsForm->addRow(optionsNote);
    optionsForm->addRow(portLabel, m_portSpinBox);
    optionsForm->addRow(caLabel, caRow);
    optionsForm->addRow(senderLabel, m_senderLineEdit);
    optionsForm->addRow(m_sendMessageCheckBox);
    m_testOptions->setVisible(false);

    // Progress, transcript and test options together outgrow a small window; scrolling keeps
    // every control at its natural size instead of squeezing them over each other.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_introLabel);
    contentLayout->addWidget(addressLabel);
    contentLayout->addWidget(m_addressEditor);
    contentLayout->addLayout(buttonRow);
    contentLayout->addWidget(m_taskTree, 1);
    contentLayout->addWidget(m_statusLabel);
    contentLayout->addWidget(m_transcriptView, 2);
    contentLayout->addWidget(m_testOptionsButton);
    contentLayout->addWidget(m_testOptions);
    contentLayout->addStretch(0);

    auto *scrollArea = new QScrollArea;
    scrollArea->setWidget(content);
    scrollArea->setWidgetResizable(true);
    scrollArea->setFrameShape(QFrame::NoFrame);
    scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scrollArea);

    // Opened options sit below the fold: bring them into view and put the focus in the first
    // field, so a keyboard user lands where the page grew.
    connect(m_testOptionsButton, &QToolButton::toggled, this, [this, scrollArea](bool open) {
        m_testOptionsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_testOptions->setVisible(open);
        if (!open)
            return;
        m_portSpinBox->setFocus(Qt::TabFocusReason);
        QMetaObject::invokeMethod(scrollArea, [scrollArea, this] {
            scrollArea->ensureWidgetVisible(m_testOptions);
        }, Qt::QueuedConnection);
    });

    setTabOrder(m_addressEditor->removeButton(), m_validateButton);
    setTabOrder(m_validateButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_detailsButton);
    setTabOrder(m_detailsButton, m_taskTree);
    setTabOrder(m_taskTree, m_transcriptView);
    setTabOrder(m_transcriptView, m_testOptionsButton);
    setTabOrder(m_testOptionsButton, m_portSpinBox);
    setTabOrder(m_portSpinBox, m_caFileLineEdit);
    setTabOrder(m_caFileLineEdit, m_browseButton);
    setTabOrder(m_browseButton, m_senderLineEdit);

    updateState();
}

void ConnectorValidationPage::initializePage()
{
    if (kind() == ConnectorKind::OutboundToPartner)
        m_introLabel->setText(tr("Specify an email address in your partner's domain. A test "
                                 "message is sent to each address through this connector."));
    else
        m_introLabel->setText(tr("Specify an email address for an active mailbox that's on "
                                 "your organization's email server. A test message is sent to "
                                 "each address through this connector."));
    if (ConnectorWizard *w = connectorWizard())
        connect(w, &ConnectorWizard::validationRecordChanged, this,
                &ConnectorValidationPage::onValidationRecordChanged, Qt::UniqueConnection);
    if (!m_hasReport)
        showRecordState();
    updateState();
}

void ConnectorValidationPage::cleanupPage()
{
    // Going back while the probe runs abandons the run: its result would describe settings
    // the admin is about to change.
    cancelValidation();
    ConnectorPage::cleanupPage();
}

bool ConnectorValidationPage::isComplete() const
{
    return !isValidating();
}

probe::ProbeOptions ConnectorValidationPage::probeOptions() const
{
    probe::ProbeOptions options;
    options.port = static_cast<quint16>(m_portSpinBox->value());
    options.caFile = m_caFileLineEdit->text().trimmed();
    options.sender = m_senderLineEdit->text().trimmed();
    options.sendTestMessage = m_sendMessageCheckBox->isChecked();
    return options;
}

bool ConnectorValidationPage::isValidating() const
{
    return m_validator->isRunning();
}

void ConnectorValidationPage::startValidation()
{
    const ConnectorWizard *w = connectorWizard();
    if (!w || validationRecipients().isEmpty())
        return;

    const Connector connector = w->connector();
    m_taskTree->clear();
    m_transcriptView->clear();
    m_hasReport = false;
    m_statusLabel->setText(tr("Validating the connector…"));
    qCInfo(lcUi) << "Validating connector" << connector.name << "with"
                 << connector.smartHosts.size() << "smart hosts";

    m_validator->start(connector, probeOptions());
    updateState();
}

void ConnectorValidationPage::cancelValidation()
{
    if (m_validator->isRunning())
        m_validator->cancel();
    updateState();
}

void ConnectorValidationPage::onTaskChanged(const probe::ValidationTask &task)
{
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < m_taskTree->topLevelItemCount(); ++i) {
        if (m_taskTree->topLevelItem(i)->data(0, taskIdRole).toString() == task.id) {
            item = m_taskTree->topLevelItem(i);
            break;
        }
    }
    if (!item) {
        item = new QTreeWidgetItem(m_taskTree);
        item->setData(0, taskIdRole, task.id);
    }

    QString statusText;
    QStyle::StandardPixmap icon = QStyle::SP_FileIcon;
    switch (task.status) {
    case probe::TaskStatus::Pending:
        statusText = tr("Pending", "validation task status");
        icon = QStyle::SP_FileIcon;
        break;
    case probe::TaskStatus::Running:
        statusText = tr("In progress", "validation task status");
        icon = QStyle::SP_BrowserReload;
        break;
    case probe::TaskStatus::Succeeded:
        statusText = tr("Succeeded", "validation task status");
        icon = QStyle::SP_DialogApplyButton;
        break;
    case probe::TaskStatus::Failed:
        statusText = tr("Failed", "validation task status");
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case probe::TaskStatus::Skipped:
        statusText = tr("Skipped", "validation task status");
        icon = QStyle::SP_DialogCancelButton;
        break;
    }

    item->setText(0, task.title);
    item->setToolTip(0, task.detail);
    item->setText(1, statusText);
    item->setIcon(1, style()->standardIcon(icon));
    item->setToolTip(1, task.detail);
}

void ConnectorValidationPage::onFinished(const probe::ValidationReport &report)
{
    m_report = report;
    for (const probe::ValidationTask &task : report.tasks)
        onTaskChanged(task);
    m_transcriptView->setPlainText(report.transcriptText());

    if (report.cancelled) {
        m_hasReport = true;
        m_statusLabel->setText(tr("Validation was cancelled; the connector's validation state "
                                  "is unchanged."));
    } else {
        // A cancelled run proves nothing; a finished one replaces the record either way.
        ValidationRecord record;
        record.validated = report.succeeded;
        record.lastValidatedUtc = report.finishedUtc;
        record.recipients = report.recipients;
        if (ConnectorWizard *w = connectorWizard())
            w->setValidationRecord(record);
        m_hasReport = true;

        // The report's summary already opens with the outcome; it can only be missing when
        // the run ended without one, and then the bare outcome still tells the admin.
        if (!report.summary.isEmpty())
            m_statusLabel->setText(report.summary);
        else
            m_statusLabel->setText(report.succeeded ? tr("Validation succeeded.")
                                                    : tr("Validation failed."));
    }
    updateState();
}

void ConnectorValidationPage::onValidationRecordChanged(const ValidationRecord &record)
{
    if (isValidating())
        return;

    const bool cleared = record == ValidationRecord();
    if (m_hasReport && cleared) {
        m_hasReport = false;
        m_statusLabel->setText(tr("The smart hosts, TLS settings or addresses changed since the "
                                  "last validation; validate again."));
        return;
    }
    m_hasReport = false;
    showRecordState();
}

void ConnectorValidationPage::onBrowseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose CA certificates"), m_caFileLineEdit->text(),
        tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFileLineEdit->setText(file);
}

void ConnectorValidationPage::updateState()
{
    const bool running = isValidating();
    m_validateButton->setEnabled(!running && !m_addressEditor->entries().isEmpty());
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running);
    m_addressEditor->setEnabled(!running);
    m_testOptions->setEnabled(!running);
    if (!m_hasReport && !running)
        showRecordState();
    Q_EMIT completeChanged();
}

void ConnectorValidationPage::showRecordState()
{
    const ConnectorWizard *w = connectorWizard();
    if (!w)
        return;
    if (m_addressEditor->entries().isEmpty())
        m_statusLabel->setText(tr("Add at least one address with + to enable Validate. "
                                  "Validating is optional but recommended."));
    else
        m_statusLabel->setText(validationText(w->validationRecord()));
}

} // namespace mailflow
