#include "predicaterow.h"

#include "valuedialog.h"
#include "valuedialogfactory.h"
#include "logging.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace mailflow {

namespace {

constexpr int maxValueTextWidth = 460;

bool isEmptyValue(const PredicateValue &value)
{
    return value == PredicateValue();
}

} // namespace

PredicateRow::PredicateRow(PredicateRole role, const Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_role(role)
    , m_workspace(workspace)
    , m_joinerLabel(new QLabel(this))
    , m_subjectComboBox(new QComboBox(this))
    , m_predicateComboBox(new QComboBox(this))
    , m_valueButton(new QPushButton(this))
    , m_removeButton(new QToolButton(this))
{
    m_subjectComboBox->addItem(tr("Select one"), QString());
    QStringList subjects;
    for (const PredicateType *type : predicateTypes(role)) {
        const QString subject = QString::fromLatin1(type->subject);
        if (subjects.contains(subject))
            continue;
        subjects << subject;
        m_subjectComboBox->addItem(tr("%1…", "a subject such as The recipient…")
                                       .arg(type->subjectText()), subject);
    }
    // Size the second menu for its longest entry of any subject, so every row of a section
    // lines up and the width does not jump when the subject changes.
    for (const PredicateType *type : predicateTypes(role))
        m_predicateComboBox->addItem(type->labelText());
    m_predicateComboBox->setMinimumWidth(m_predicateComboBox->sizeHint().width());
    m_predicateComboBox->clear();

    m_valueButton->setAutoDefault(false);
    m_removeButton->setText(tr("×", "remove this row"));
    m_removeButton->setAutoRaise(true);

    const QFontMetrics metrics(font());
    m_joinerLabel->setMinimumWidth(qMax(metrics.horizontalAdvance(tr("and")),
                                        metrics.horizontalAdvance(tr("or"))));

    connect(m_subjectComboBox, &QComboBox::currentIndexChanged, this,
            &PredicateRow::onSubjectChanged);
    connect(m_predicateComboBox, &QComboBox::currentIndexChanged, this,
            &PredicateRow::onPredicateChanged);
    connect(m_valueButton, &QPushButton::clicked, this, &PredicateRow::editValue);
    connect(m_removeButton, &QToolButton::clicked, this, &PredicateRow::removeRequested);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_joinerLabel, 0, 0);
    layout->addWidget(m_subjectComboBox, 0, 1);
    layout->addWidget(m_predicateComboBox, 0, 2);
    layout->addWidget(m_removeButton, 0, 3);
    // The value may be wider than the menus; spanning into the stretch column keeps a long
    // value from widening the menu above it.
    layout->addWidget(m_valueButton, 1, 2, 1, 3, Qt::AlignLeft);
    layout->setColumnStretch(4, 1);

    fillPredicates({});
    updateValueButton();
}

QString PredicateRow::kind() const
{
    if (m_type)
        return m_type->idString();
    return m_unknownKind;
}

void PredicateRow::setPredicate(const QString &kind, const PredicateValue &value)
{
    const PredicateType *type = findPredicate(kind);
    if (type && type->role != m_role)
        type = nullptr;

    m_loading = true;
    const int subjectIndex = type
        ? m_subjectComboBox->findData(QString::fromLatin1(type->subject)) : 0;
    m_subjectComboBox->setCurrentIndex(subjectIndex);
    fillPredicates(m_subjectComboBox->currentData().toString());
    m_predicateComboBox->setCurrentIndex(type ? m_predicateComboBox->findData(kind) : 0);
    m_loading = false;

    m_type = type;
    m_valueOwner = type;
    m_setAsideValues.clear();
    m_unknownKind = type ? QString() : kind;
    m_value = value;
    if (!type && !kind.isEmpty())
        qCWarning(lcUi) << "Rule row holds an unknown predicate" << kind;
    updateValueButton();
    Q_EMIT changed();
}

bool PredicateRow::isStarted() const
{
    return !m_type && m_unknownKind.isEmpty() && m_subjectComboBox->currentIndex() > 0;
}

void PredicateRow::setNames(const QString &rowName, const QString &removeName,
                            const QString &joiner)
{
    m_joinerLabel->setText(joiner);
    m_subjectComboBox->setAccessibleName(tr("%1 subject").arg(rowName));
    m_predicateComboBox->setAccessibleName(rowName);
    m_valueButton->setAccessibleName(tr("%1 value").arg(rowName));
    m_removeButton->setAccessibleName(removeName);
    m_removeButton->setToolTip(removeName);
}

QList<QWidget *> PredicateRow::focusWidgets() const
{
    return {m_subjectComboBox, m_predicateComboBox, m_valueButton, m_removeButton};
}

ValueDialog *PredicateRow::editValue()
{
    if (!m_type)
        return nullptr;
    if (m_dialog)
        return m_dialog;

    m_dialog = createValueDialog(*m_type, m_value, m_workspace, this);
    if (!m_dialog)
        return nullptr;

    // open(), not exec(): the dialog is modal to the editor without a nested event loop, and
    // its answer arrives through accepted() like any other signal.
    connect(m_dialog, &QDialog::accepted, this, [this] {
        m_value = m_dialog->value();
        m_valueOwner = m_type;
        updateValueButton();
        m_valueButton->setFocus();
        Q_EMIT changed();
    });
    m_dialog->open();
    return m_dialog;
}

void PredicateRow::onSubjectChanged()
{
    if (m_loading)
        return;

    m_unknownKind.clear();
    fillPredicates(m_subjectComboBox->currentData().toString());
    onPredicateChanged();
}

void PredicateRow::onPredicateChanged()
{
    if (m_loading)
        return;

    const QString id = m_predicateComboBox->currentData().toString();
    m_type = id.isEmpty() ? nullptr : findPredicate(id);
    if (m_type && (!m_valueOwner || m_valueOwner->shape != m_type->shape)) {
        if (m_valueOwner && !isEmptyValue(m_value))
            m_setAsideValues.insert(int(m_valueOwner->shape), m_value);
        m_value = m_setAsideValues.take(int(m_type->shape));
        m_valueOwner = m_type;
    }
    updateValueButton();
    Q_EMIT changed();
}

void PredicateRow::fillPredicates(const QString &subject)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_predicateComboBox->clear();
    m_predicateComboBox->addItem(tr("Select one"), QString());
    for (const PredicateType *type : predicateTypes(m_role)) {
        if (QString::fromLatin1(type->subject) == subject)
            m_predicateComboBox->addItem(type->labelText(), type->idString());
    }
    m_predicateComboBox->setEnabled(!subject.isEmpty());
    m_loading = wasLoading;
}

void PredicateRow::updateValueButton()
{
    if (!m_type && !m_unknownKind.isEmpty()) {
        const QString text = m_role == PredicateRole::Action
            ? tr("Unknown action '%1': choose another or remove it").arg(m_unknownKind)
            : tr("Unknown condition '%1': choose another or remove it").arg(m_unknownKind);
        m_valueButton->setText(text);
        m_valueButton->setToolTip(text);
        m_valueButton->setEnabled(false);
        m_valueButton->show();
        return;
    }

    const bool hasValue = m_type && m_type->shape != ValueShape::Flag;
    m_valueButton->setVisible(hasValue || !m_type);
    m_valueButton->setEnabled(hasValue);
    if (!hasValue) {
        if (m_type)
            m_valueButton->setText({});
        else if (m_role == PredicateRole::Action)
            m_valueButton->setText(tr("Choose an action first"));
        else
            m_valueButton->setText(tr("Choose a condition first"));
        m_valueButton->setToolTip({});
        return;
    }

    if (isEmptyValue(m_value)) {
        m_valueButton->setText(placeholderText());
        m_valueButton->setToolTip({});
        return;
    }
    const QString described = describeValue(m_type->shape, m_value);
    const QFontMetrics metrics(m_valueButton->font());
    QString shown = metrics.elidedText(described, Qt::ElideRight, maxValueTextWidth);
    // A literal "&" in a value must not become a mnemonic.
    shown.replace(u'&', QStringLiteral("&&"));
    m_valueButton->setText(shown);
    m_valueButton->setToolTip(described);
}

QString PredicateRow::placeholderText() const
{
    switch (m_type->shape) {
    case ValueShape::Words:
    case ValueShape::PropertyWords:
        return tr("Enter words…");
    case ValueShape::Patterns:
    case ValueShape::PropertyPatterns:
        return tr("Enter text patterns…");
    case ValueShape::Addresses:
        return tr("Enter addresses…");
    case ValueShape::Domains:
        return tr("Enter domains…");
    case ValueShape::HeaderWords:
        return tr("Enter header and words…");
    case ValueShape::HeaderPatterns:
        return tr("Enter header and text patterns…");
    case ValueShape::Scope:
    case ValueShape::Connector:
        return tr("Select one…");
    case ValueShape::SizeBytes:
        return tr("Enter size…");
    case ValueShape::Text:
    case ValueShape::Rejection:
        return tr("Enter text…");
    case ValueShape::HeaderValue:
        return tr("Enter header and value…");
    case ValueShape::Flag:
        return {};
    }
    return {};
}

} // namespace mailflow
