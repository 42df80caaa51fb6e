#include "ruleeditor.h"

#include "predicaterow.h"
#include "predicaterowlist.h"
#include "problemlabel.h"
#include "ruleoptionspanel.h"
#include "logging.h"
#include "model/rulesentence.h"
#include "validation/validator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scrollArea, 1);
    layout->addWidget(sectionLabel(tr("Summary"), this));
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
    m_optionsPanel = new RuleOptionsPanel(int(m_workspace.rules.size()), m_ruleIndex, widget);

    connect(m_optionsPanel, &RuleOptionsPanel::changed, this, &RuleEditor::refresh);

    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(exceptionLabel);
    layout->addWidget(m_exceptionList);
    layout->addSpacing(6);
    layout->addWidget(sectionLabel(tr("Properties of this rule"), widget));
    layout->addWidget(m_optionsPanel);
    return widget;
}

MailFlowRule RuleEditor::rule() const
{
    MailFlowRule out = m_original;
    out.name = m_nameLineEdit->text();
    out.enabled = m_enabledCheckBox->isChecked();
    m_optionsPanel->applyTo(&out);
    out.conditions = m_conditionList->conditions();
    out.exceptions = m_exceptionList->conditions();
    out.actions = m_actionList->actions();
    return out;
}

int RuleEditor::priority() const
{
    return m_optionsPanel->priority();
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

    m_optionsPanel->load(rule);
    m_loading = false;

    setMoreOptionsShown(!rule.exceptions.isEmpty() || RuleOptionsPanel::isUsedBy(rule));
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
    chain << m_optionsPanel->focusWidgets();
    chain << saveButton() << m_buttonBox->button(QDialogButtonBox::Cancel);
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

} // namespace mailflow
