#include "ruleoptionspanel.h"

#include "validation/fieldrules.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mailflow {

namespace {

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

RuleOptionsPanel::RuleOptionsPanel(int ruleCount, qsizetype ruleIndex, QWidget *parent)
    : QWidget(parent)
    , m_modeGroup(new QButtonGroup(this))
    , m_activationCheckBox(new QCheckBox(tr("Acti&vate this rule on the following date:"),
                                         this))
    , m_activationEdit(dateTimeEdit(tr("Activation date"), this))
    , m_expiryCheckBox(new QCheckBox(tr("Deactivate this r&ule on the following date:"), this))
    , m_expiryEdit(dateTimeEdit(tr("Deactivation date"), this))
    , m_prioritySpinBox(new QSpinBox(this))
    , m_stopProcessingCheckBox(new QCheckBox(tr("Stop processing more ru&les"), this))
    , m_deferCheckBox(new QCheckBox(tr("Defer the messa&ge if rule processing doesn't "
                                       "complete"), this))
    , m_senderAddressComboBox(new QComboBox(this))
    , m_commentsEdit(new QPlainTextEdit(this))
{
    auto *modeBox = new QGroupBox(tr("Choose a mode for this rule"), this);
    m_enforceRadio = new QRadioButton(tr("&Enforce"), modeBox);
    m_auditAndNotifyRadio = new QRadioButton(tr("Test with Polic&y Tips"), modeBox);
    m_auditRadio = new QRadioButton(tr("Test wit&hout Policy Tips"), modeBox);
    m_enforceRadio->setAccessibleName(tr("Enforce"));
    m_auditAndNotifyRadio->setAccessibleName(tr("Test with Policy Tips"));
    m_auditRadio->setAccessibleName(tr("Test without Policy Tips"));
    m_modeGroup->addButton(m_enforceRadio, int(RuleMode::Enforce));
    m_modeGroup->addButton(m_auditAndNotifyRadio, int(RuleMode::AuditAndNotify));
    m_modeGroup->addButton(m_auditRadio, int(RuleMode::Audit));
    m_enforceRadio->setChecked(true);
    auto *modeLayout = new QVBoxLayout(modeBox);
    modeLayout->addWidget(m_enforceRadio);
    modeLayout->addWidget(m_auditAndNotifyRadio);
    modeLayout->addWidget(m_auditRadio);

    m_activationCheckBox->setAccessibleName(tr("Activate this rule on the following date"));
    m_expiryCheckBox->setAccessibleName(tr("Deactivate this rule on the following date"));
    // A date ticked on for the first time starts at the next full hour rather than the
    // date edit's default of the year 2000.
    m_activationEdit->setDateTime(nextFullHour());
    m_expiryEdit->setDateTime(nextFullHour().addDays(7));

    // Priority 0 runs first; a new rule may also take the place after the last rule.
    m_prioritySpinBox->setAccessibleName(tr("Priority"));
    m_prioritySpinBox->setMinimumWidth(m_prioritySpinBox->fontMetrics().averageCharWidth() * 8);
    m_prioritySpinBox->setRange(0, ruleIndex < 0 ? ruleCount : ruleCount - 1);
    m_prioritySpinBox->setValue(ruleIndex < 0 ? ruleCount : int(ruleIndex));
    m_prioritySpinBox->setToolTip(tr("0 runs first. Taking a used priority moves that rule "
                                      "and the ones after it down by one."));
    const int lastPlace = m_prioritySpinBox->maximum();
    auto *priorityNote = new QLabel(lastPlace == 0 ? tr("The only rule, so it runs first.")
                                                   : tr("0 runs first, %1 runs last.")
                                                         .arg(lastPlace), this);

    m_stopProcessingCheckBox->setAccessibleName(tr("Stop processing more rules"));
    m_deferCheckBox->setAccessibleName(
        tr("Defer the message if rule processing doesn't complete"));

    m_senderAddressComboBox->setAccessibleName(tr("Match sender address in message"));
    m_senderAddressComboBox->addItem(tr("Header"), int(SenderAddressLocation::Header));
    m_senderAddressComboBox->addItem(tr("Envelope"), int(SenderAddressLocation::Envelope));
    m_senderAddressComboBox->addItem(tr("Header or envelope"),
                                     int(SenderAddressLocation::HeaderOrEnvelope));

    m_commentsEdit->setAccessibleName(tr("Comments"));
    m_commentsEdit->setTabChangesFocus(true);
    m_commentsEdit->setFixedHeight(m_commentsEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_commentsEdit->setMinimumWidth(m_commentsEdit->fontMetrics().averageCharWidth() * 64);
    m_commentsEdit->setPlaceholderText(
        tr("Why the rule exists, who asked for it (at most %1 characters)")
            .arg(fieldrules::maxCommentsLength));

    connect(m_modeGroup, &QButtonGroup::idToggled, this, &RuleOptionsPanel::changed);
    connect(m_activationCheckBox, &QCheckBox::toggled, m_activationEdit, &QWidget::setEnabled);
    connect(m_expiryCheckBox, &QCheckBox::toggled, m_expiryEdit, &QWidget::setEnabled);
    for (QCheckBox *box : {m_activationCheckBox, m_expiryCheckBox, m_stopProcessingCheckBox,
                           m_deferCheckBox})
        connect(box, &QCheckBox::toggled, this, &RuleOptionsPanel::changed);
    connect(m_activationEdit, &QDateTimeEdit::dateTimeChanged, this,
            [this] { onDateChanged(&m_activationEdited); });
    connect(m_expiryEdit, &QDateTimeEdit::dateTimeChanged, this,
            [this] { onDateChanged(&m_expiryEdited); });
    connect(m_prioritySpinBox, &QSpinBox::valueChanged, this, &RuleOptionsPanel::changed);
    connect(m_senderAddressComboBox, &QComboBox::currentIndexChanged, this,
            &RuleOptionsPanel::changed);
    connect(m_commentsEdit, &QPlainTextEdit::textChanged, this, &RuleOptionsPanel::changed);

    auto *priorityRow = new QHBoxLayout;
    priorityRow->addWidget(m_prioritySpinBox);
    priorityRow->addWidget(priorityNote);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(modeBox);
    form->addRow(m_activationCheckBox, m_activationEdit);
    form->addRow(m_expiryCheckBox, m_expiryEdit);
    form->addRow(tr("P&riority:"), priorityRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(priorityRow)))
        label->setBuddy(m_prioritySpinBox);
    form->addRow(m_stopProcessingCheckBox);
    form->addRow(m_deferCheckBox);
    form->addRow(tr("Match sender a&ddress in message:"), m_senderAddressComboBox);
    form->addRow(tr("C&omments:"), m_commentsEdit);
}

void RuleOptionsPanel::load(const MailFlowRule &rule)
{
    m_loading = true;
    if (QAbstractButton *mode = m_modeGroup->button(int(rule.mode)))
        mode->setChecked(true);

    m_loadedActivation = rule.activationDate;
    m_loadedExpiry = rule.expiryDate;
    m_activationEdited = false;
    m_expiryEdited = false;
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
    Q_EMIT changed();
}

void RuleOptionsPanel::applyTo(MailFlowRule *rule) const
{
    rule->mode = static_cast<RuleMode>(m_modeGroup->checkedId());

    rule->activationDate = QDateTime();
    if (m_activationCheckBox->isChecked())
        rule->activationDate = m_activationEdited || !m_loadedActivation.isValid()
            ? m_activationEdit->dateTime() : m_loadedActivation;
    rule->expiryDate = QDateTime();
    if (m_expiryCheckBox->isChecked())
        rule->expiryDate = m_expiryEdited || !m_loadedExpiry.isValid()
            ? m_expiryEdit->dateTime() : m_loadedExpiry;

    rule->stopProcessing = m_stopProcessingCheckBox->isChecked();
    rule->errorAction = m_deferCheckBox->isChecked() ? RuleErrorAction::Defer
                                                     : RuleErrorAction::Ignore;
    rule->senderAddressLocation =
        static_cast<SenderAddressLocation>(m_senderAddressComboBox->currentData().toInt());
    rule->comments = m_commentsEdit->toPlainText();
}

int RuleOptionsPanel::priority() const
{
    return m_prioritySpinBox->value();
}

QList<QWidget *> RuleOptionsPanel::focusWidgets() const
{
    return {m_enforceRadio, m_auditAndNotifyRadio, m_auditRadio, m_activationCheckBox,
            m_activationEdit, m_expiryCheckBox, m_expiryEdit, m_prioritySpinBox,
            m_stopProcessingCheckBox, m_deferCheckBox, m_senderAddressComboBox, m_commentsEdit};
}

bool RuleOptionsPanel::isUsedBy(const MailFlowRule &rule)
{
    const MailFlowRule defaults;
    return rule.mode != defaults.mode || rule.activationDate.isValid()
        || rule.expiryDate.isValid() || rule.stopProcessing != defaults.stopProcessing
        || rule.errorAction != defaults.errorAction
        || rule.senderAddressLocation != defaults.senderAddressLocation
        || !rule.comments.isEmpty();
}

void RuleOptionsPanel::onDateChanged(bool *edited)
{
    if (!m_loading)
        *edited = true;
    Q_EMIT changed();
}

} // namespace mailflow
