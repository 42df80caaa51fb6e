#include "ruleeditor.h"

#include "predicaterow.h"
#include "predicaterowlist.h"
#include "problemlabel.h"
#include "logging.h"
#include "model/rulesentence.h"
#include "validation/fieldrules.h"
#include "validation/validator.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mailflow {

namespace {

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QDateTimeEdit *dateTimeEdit(const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    // An unambiguous form: the admin center parses dates in the local short format, and a
    // rule written on one machine must not change meaning on another.
    edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    edit->setEnabled(false);
    return edit;
}

// The next full hour: a date typed from scratch usually means "from then on".
QDateTime nextFullHour()
{
    QDateTime now = QDateTime::currentDateTime().addSecs(3600);
    now.setTime(QTime(now.time().hour(), 0));
    return now;
}

} // namespace

RuleEditor::RuleEditor(const Workspace &workspace, qsizetype ruleIndex, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_ruleIndex(ruleIndex >= 0 && ruleIndex < workspace.rules.size() ? ruleIndex : -1)
    , m_nameLineEdit(new QLineEdit(this))
    , m_enabledCheckBox(new QCheckBox(tr("&Turn on this rule"), this))
    , m_conditionList(new PredicateRowList(PredicateRowList::Section::Conditions, m_workspace,
                                           this))
    , m_actionList(new PredicateRowList(PredicateRowList::Section::Actions, m_workspace, this))
    , m_moreOptionsButton(new QPushButton(tr("&More options…"), this))
    , m_summaryLabel(new QLabel(this))
    , m_problemLabel(new ProblemLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    if (ruleIndex >= 0 && m_ruleIndex < 0)
        qCWarning(lcUi) << "Rule editor opened for rule" << ruleIndex << "of"
                        << workspace.rules.size() << "- editing a new rule instead";
    setWindowTitle(m_ruleIndex < 0
                       ? tr("New rule")
                       : tr("Edit rule %1").arg(workspace.rules.at(m_ruleIndex).name));

    m_nameLineEdit->setAccessibleName(tr("Name"));
    m_enabledCheckBox->setAccessibleName(tr("Turn on this rule"));
    m_enabledCheckBox->setChecked(true);
    m_moreOptionsButton->setAutoDefault(false);
    m_moreOptionsButton->setAccessibleName(tr("More options"));
    m_summaryLabel->setAccessibleName(tr("Rule summary"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryLabel->setFrameShape(QFrame::StyledPanel);
    m_summaryLabel->setMargin(6);
    saveButton()->setText(tr("&Save"));
    saveButton()->setAccessibleName(tr("Save"));
    m_buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    m_moreOptionsWidget = createOptionsWidget();
    m_moreOptionsWidget->hide();

    auto *nameForm = new QFormLayout;
    nameForm->addRow(tr("&Name:"), m_nameLineEdit);

    auto *conditionLabel = sectionLabel(tr("Apply this rule &if…"), this);
    conditionLabel->setBuddy(m_conditionList->row(0)->subjectComboBox());
    auto *actionLabel = sectionLabel(tr("Do the &following…"), this);
    actionLabel->setBuddy(m_actionList->row(0)->subjectComboBox());

    auto *form = new QWidget(this);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->addLayout(nameForm);
    formLayout->addWidget(m_enabledCheckBox);
    formLayout->addSpacing(6);
    formLayout->addWidget(conditionLabel);
    formLayout->addWidget(m_conditionList);
    formLayout->addSpacing(6);
    formLayout->addWidget(actionLabel);
    formLayout->addWidget(m_actionList);
    formLayout->addSpacing(6);
    formLayout->addWidget(m_moreOptionsButton, 0, Qt::AlignLeft);
    formLayout->addWidget(m_moreOptionsWidget);
    formLayout->addStretch(1);

    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setWidget(form);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    // The form's own fields take the focus; the scroll area follows it instead.
    m_scrollArea->setFocusPolicy(Qt::NoFocus);

    connect(m_nameLineEdit, &QLineEdit::textChanged, this, &RuleEditor::refresh);
    connect(m_enabledCheckBox, &QCheckBox::toggled, this, &RuleEditor::refresh);
    for (PredicateRowList *list : {m_conditionList, m_actionList, m_exceptionList}) {
        connect(list, &PredicateRowList::changed, this, &RuleEditor::refresh);
        connect(list, &PredicateRowList::rowsChanged, this, &RuleEditor::updateTabOrder);
    }
    // The section's mnemonic leads to its first row, which changes as rows come and go.
    const auto followFirstRow = [](QLabel *label, PredicateRowList *list) {
        connect(list, &PredicateRowList::rowsChanged, label, [label, list] {
            if (list->rowCount() > 0)
                label->setBuddy(list->row(0)->subjectComboBox());
        });
    };
    followFirstRow(conditionLabel, m_conditionList);
    followFirstRow(actionLabel, m_actionList);
    connect(m_moreOptionsButton, &QPushButton::clicked, this, &RuleEditor::onMoreOptionsClicked);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *summaryHeading = sectionLabel(tr("Summary"), this);
    summaryHeading->setBuddy(m_summaryLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scrollArea, 1);
    layout->addWidget(summaryHeading);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttonBox);

    if (m_ruleIndex >= 0) {
        m_original = workspace.rules.at(m_ruleIndex);
        load(m_original);
    }
    updateTabOrder();
    refresh();
    resize(860, 640);
    m_nameLineEdit->setFocus();
}

RuleEditor::~RuleEditor() = default;

QWidget *RuleEditor::createOptionsWidget()
{
    auto *widget = new QWidget(this);
    m_exceptionList = new PredicateRowList(PredicateRowList::Section::Exceptions, m_workspace,
                                           widget);
    auto *exceptionLabel = sectionLabel(tr("E&xcept if…"), widget);
    exceptionLabel->setBuddy(m_exceptionList->addButton());

    auto *modeBox = new QGroupBox(tr("Choose a mode for this rule"), widget);
    m_enforceRadio = new QRadioButton(tr("&Enforce"), modeBox);
    m_auditAndNotifyRadio = new QRadioButton(tr("Test with Polic&y Tips"), modeBox);
    m_auditRadio = new QRadioButton(tr("Test wit&hout Policy Tips"), modeBox);
    m_enforceRadio->setAccessibleName(tr("Enforce"));
    m_auditAndNotifyRadio->setAccessibleName(tr("Test with Policy Tips"));
    m_auditRadio->setAccessibleName(tr("Test without Policy Tips"));
    m_modeGroup = new QButtonGroup(widget);
    m_modeGroup->addButton(m_enforceRadio, int(RuleMode::Enforce));
    m_modeGroup->addButton(m_auditAndNotifyRadio, int(RuleMode::AuditAndNotify));
    m_modeGroup->addButton(m_auditRadio, int(RuleMode::Audit));
    m_enforceRadio->setChecked(true);
    auto *modeLayout = new QVBoxLayout(modeBox);
    modeLayout->addWidget(m_enforceRadio);
    modeLayout->addWidget(m_auditAndNotifyRadio);
    modeLayout->addWidget(m_auditRadio);

    m_activationCheckBox = new QCheckBox(tr("Acti&vate this rule on the following date:"),
                                         widget);
    m_activationCheckBox->setAccessibleName(tr("Activate this rule on the following date"));
    m_activationEdit = dateTimeEdit(tr("Activation date"), widget);
    m_expiryCheckBox = new QCheckBox(tr("Deactivate this r&ule on the following date:"),
                                     widget);
    m_expiryCheckBox->setAccessibleName(tr("Deactivate this rule on the following date"));
    m_expiryEdit = dateTimeEdit(tr("Deactivation date"), widget);

    // Priority 0 runs first; a new rule may also take the place after the last rule.
    const int ruleCount = int(m_workspace.rules.size());
    m_prioritySpinBox = new QSpinBox(widget);
    m_prioritySpinBox->setAccessibleName(tr("Priority"));
    m_prioritySpinBox->setMinimumWidth(m_prioritySpinBox->fontMetrics().averageCharWidth() * 8);
    m_prioritySpinBox->setRange(0, m_ruleIndex < 0 ? ruleCount : ruleCount - 1);
    m_prioritySpinBox->setValue(m_ruleIndex < 0 ? ruleCount : int(m_ruleIndex));
    m_prioritySpinBox->setToolTip(tr("0 runs first. Taking a used priority moves that rule "
                                      "and the ones after it down by one."));

    m_stopProcessingCheckBox = new QCheckBox(tr("Stop processing more ru&les"), widget);
    m_stopProcessingCheckBox->setAccessibleName(tr("Stop processing more rules"));
    m_deferCheckBox = new QCheckBox(tr("Defer the messa&ge if rule processing doesn't "
                                       "complete"), widget);
    m_deferCheckBox->setAccessibleName(
        tr("Defer the message if rule processing doesn't complete"));

    m_senderAddressComboBox = new QComboBox(widget);
    m_senderAddressComboBox->setAccessibleName(tr("Match sender address in message"));
    m_senderAddressComboBox->addItem(tr("Header"), int(SenderAddressLocation::Header));
    m_senderAddressComboBox->addItem(tr("Envelope"), int(SenderAddressLocation::Envelope));
    m_senderAddressComboBox->addItem(tr("Header or envelope"),
                                     int(SenderAddressLocation::HeaderOrEnvelope));

    m_commentsEdit = new QPlainTextEdit(widget);
    m_commentsEdit->setAccessibleName(tr("Comments"));
    m_commentsEdit->setTabChangesFocus(true);
    m_commentsEdit->setFixedHeight(m_commentsEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_commentsEdit->setPlaceholderText(
        tr("Why the rule exists, who asked for it (at most %1 characters)")
            .arg(fieldrules::maxCommentsLength));

    auto *options = new QFormLayout;
    options->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_commentsEdit->setMinimumWidth(m_commentsEdit->fontMetrics().averageCharWidth() * 64);
    options->addRow(modeBox);
    options->addRow(m_activationCheckBox, m_activationEdit);
    options->addRow(m_expiryCheckBox, m_expiryEdit);
    auto *priorityRow = new QHBoxLayout;
    priorityRow->addWidget(m_prioritySpinBox);
    const int lastPlace = m_prioritySpinBox->maximum();
    priorityRow->addWidget(new QLabel(lastPlace == 0 ? tr("The only rule, so it runs first.")
                                                     : tr("0 runs first, %1 runs last.")
                                                           .arg(lastPlace), widget));
    options->addRow(tr("P&riority:"), priorityRow);
    if (auto *label = qobject_cast<QLabel *>(options->labelForField(priorityRow)))
        label->setBuddy(m_prioritySpinBox);
    options->addRow(m_stopProcessingCheckBox);
    options->addRow(m_deferCheckBox);
    options->addRow(tr("Match sender a&ddress in message:"), m_senderAddressComboBox);
    options->addRow(tr("C&omments:"), m_commentsEdit);

    connect(m_modeGroup, &QButtonGroup::idToggled, this, &RuleEditor::refresh);
    connect(m_activationCheckBox, &QCheckBox::toggled, m_activationEdit, &QWidget::setEnabled);
    connect(m_expiryCheckBox, &QCheckBox::toggled, m_expiryEdit, &QWidget::setEnabled);
    for (QCheckBox *box : {m_activationCheckBox, m_expiryCheckBox, m_stopProcessingCheckBox,
                           m_deferCheckBox})
        connect(box, &QCheckBox::toggled, this, &RuleEditor::refresh);
    connect(m_activationEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_activationEdited = m_activationEdited || !m_loading;
        refresh();
    });
    connect(m_expiryEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_expiryEdited = m_expiryEdited || !m_loading;
        refresh();
    });
    connect(m_prioritySpinBox, &QSpinBox::valueChanged, this, &RuleEditor::refresh);
    connect(m_senderAddressComboBox, &QComboBox::currentIndexChanged, this,
            &RuleEditor::refresh);
    connect(m_commentsEdit, &QPlainTextEdit::textChanged, this, &RuleEditor::refresh);

    // A date ticked on for the first time starts at the next full hour rather than the
    // date edit's default of the year 2000.
    m_loading = true;
    m_activationEdit->setDateTime(nextFullHour());
    m_expiryEdit->setDateTime(nextFullHour().addDays(7));
    m_loading = false;

    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(exceptionLabel);
    layout->addWidget(m_exceptionList);
    layout->addSpacing(6);
    layout->addWidget(sectionLabel(tr("Properties of this rule"), widget));
    layout->addLayout(options);
    return widget;
}

MailFlowRule RuleEditor::rule() const
{
    MailFlowRule out = m_original;
    out.name = m_nameLineEdit->text();
    out.enabled = m_enabledCheckBox->isChecked();
    out.mode = static_cast<RuleMode>(m_modeGroup->checkedId());

    if (m_activationCheckBox->isChecked())
        out.activationDate = m_activationEdited || !m_loadedActivation.isValid()
            ? m_activationEdit->dateTime() : m_loadedActivation;
    if (m_expiryCheckBox->isChecked())
        out.expiryDate = m_expiryEdited || !m_loadedExpiry.isValid()
            ? m_expiryEdit->dateTime() : m_loadedExpiry;

    out.stopProcessing = m_stopProcessingCheckBox->isChecked();
    out.errorAction = m_deferCheckBox->isChecked() ? RuleErrorAction::Defer
                                                   : RuleErrorAction::Ignore;
    out.senderAddressLocation =
        static_cast<SenderAddressLocation>(m_senderAddressComboBox->currentData().toInt());
    out.comments = m_commentsEdit->toPlainText();

    out.conditions = m_conditionList->conditions();
    out.exceptions = m_exceptionList->conditions();
    out.actions = m_actionList->actions();
    return out;
}

int RuleEditor::priority() const
{
    return m_prioritySpinBox->value();
}

QStringList RuleEditor::problems() const
{
    QStringList out = m_conditionList->unfinishedRows() + m_actionList->unfinishedRows()
        + m_exceptionList->unfinishedRows();

    for (const Diagnostic &diagnostic : validateRule(rule(), m_workspace, m_ruleIndex)) {
        if (!diagnostic.isError())
            continue;
        QString line = tr("%1: %2").arg(diagnostic.field, diagnostic.message);
        if (!diagnostic.fix.isEmpty())
            line += u' ' + diagnostic.fix;
        out << line;
    }
    return out;
}

bool RuleEditor::moreOptionsShown() const
{
    return !m_moreOptionsWidget->isHidden();
}

void RuleEditor::setMoreOptionsShown(bool shown)
{
    m_moreOptionsWidget->setVisible(shown);
    m_moreOptionsButton->setText(shown ? tr("Fe&wer options") : tr("&More options…"));
}

void RuleEditor::onMoreOptionsClicked()
{
    const bool shown = !moreOptionsShown();
    setMoreOptionsShown(shown);
    if (!shown)
        return;

    // Bring what the click revealed into view: the button moves to the top of the form. The
    // scroll range grows only once the form's new layout is processed, hence the deferral.
    QTimer::singleShot(0, this, [this] {
        m_scrollArea->verticalScrollBar()->setValue(m_moreOptionsButton->y()
                                                    - m_scrollArea->widget()->layout()->spacing());
    });
}

QPushButton *RuleEditor::saveButton() const
{
    return m_buttonBox->button(QDialogButtonBox::Save);
}

void RuleEditor::load(const MailFlowRule &rule)
{
    m_loading = true;
    m_nameLineEdit->setText(rule.name);
    m_enabledCheckBox->setChecked(rule.enabled);
    m_conditionList->setConditions(rule.conditions);
    m_actionList->setActions(rule.actions);
    m_exceptionList->setConditions(rule.exceptions);

    if (QAbstractButton *mode = m_modeGroup->button(int(rule.mode)))
        mode->setChecked(true);
    m_loadedActivation = rule.activationDate;
    m_loadedExpiry = rule.expiryDate;
    m_activationCheckBox->setChecked(rule.activationDate.isValid());
    if (rule.activationDate.isValid())
        m_activationEdit->setDateTime(rule.activationDate.toLocalTime());
    m_expiryCheckBox->setChecked(rule.expiryDate.isValid());
    if (rule.expiryDate.isValid())
        m_expiryEdit->setDateTime(rule.expiryDate.toLocalTime());

    m_stopProcessingCheckBox->setChecked(rule.stopProcessing);
    m_deferCheckBox->setChecked(rule.errorAction == RuleErrorAction::Defer);
    m_senderAddressComboBox->setCurrentIndex(
        m_senderAddressComboBox->findData(int(rule.senderAddressLocation)));
    m_commentsEdit->setPlainText(rule.comments);
    m_loading = false;

    setMoreOptionsShown(usesMoreOptions(rule));
}

void RuleEditor::refresh()
{
    if (m_loading)
        return;

    const MailFlowRule current = rule();
    m_summaryLabel->setText(describeRule(current));

    const QStringList blocking = problems();
    m_problemLabel->setProblems(blocking);
    saveButton()->setEnabled(blocking.isEmpty());
    Q_EMIT ruleChanged();
}

void RuleEditor::updateTabOrder()
{
    // Rows are added after the rest of the form exists, so Qt's creation-order chain would
    // send Tab from the last row to the Save button; lay the chain in reading order instead.
    QList<QWidget *> chain{m_nameLineEdit, m_enabledCheckBox};
    chain << m_conditionList->focusWidgets() << m_actionList->focusWidgets();
    chain << m_moreOptionsButton << m_exceptionList->focusWidgets();
    chain << m_enforceRadio << m_auditAndNotifyRadio << m_auditRadio << m_activationCheckBox
          << m_activationEdit << m_expiryCheckBox << m_expiryEdit << m_prioritySpinBox
          << m_stopProcessingCheckBox << m_deferCheckBox << m_senderAddressComboBox
          << m_commentsEdit << saveButton() << m_buttonBox->button(QDialogButtonBox::Cancel);
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

bool RuleEditor::usesMoreOptions(const MailFlowRule &rule)
{
    const MailFlowRule defaults;
    return !rule.exceptions.isEmpty() || rule.mode != defaults.mode
        || rule.activationDate.isValid() || rule.expiryDate.isValid()
        || rule.stopProcessing != defaults.stopProcessing
        || rule.errorAction != defaults.errorAction
        || rule.senderAddressLocation != defaults.senderAddressLocation
        || !rule.comments.isEmpty();
}

} // namespace mailflow
