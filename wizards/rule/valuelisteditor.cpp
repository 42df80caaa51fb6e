#include "valuelisteditor.h"

#include "problemlabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mailflow {

ValueListEditor::ValueListEditor(QWidget *parent)
    : QWidget(parent)
    , m_entryLineEdit(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("+", "add the typed entry"), this))
    , m_listWidget(new QListWidget(this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_problemLabel(new ProblemLabel(this))
{
    m_entryLineEdit->setClearButtonEnabled(true);
    m_entryLineEdit->installEventFilter(this);
    m_addButton->setAccessibleName(tr("Add"));
    m_addButton->setToolTip(tr("Add the typed entry to the list (Enter)"));
    m_addButton->setAutoDefault(false);
    m_addButton->setFixedWidth(m_addButton->sizeHint().height() * 3 / 2);
    m_listWidget->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_listWidget->installEventFilter(this);
    m_removeButton->setAccessibleName(tr("Remove the selected entries"));
    m_removeButton->setAutoDefault(false);

    connect(m_entryLineEdit, &QLineEdit::textChanged, this, &ValueListEditor::onTextEdited);
    connect(m_addButton, &QPushButton::clicked, this, &ValueListEditor::addPendingEntry);
    connect(m_removeButton, &QPushButton::clicked, this,
            &ValueListEditor::removeSelectedEntries);
    connect(m_listWidget, &QListWidget::itemSelectionChanged, this,
            &ValueListEditor::updateButtons);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_entryLineEdit, 0, 0);
    layout->addWidget(m_addButton, 0, 1);
    layout->addWidget(m_problemLabel, 1, 0, 1, 2);
    layout->addWidget(m_listWidget, 2, 0);
    layout->addWidget(m_removeButton, 2, 1, Qt::AlignTop);
    layout->setColumnStretch(0, 1);

    setFocusProxy(m_entryLineEdit);
    updateButtons();
}

void ValueListEditor::setCheck(Check check)
{
    m_check = std::move(check);
    onTextEdited();
}

void ValueListEditor::setCheckWhileTyping(bool enabled)
{
    m_checkWhileTyping = enabled;
    onTextEdited();
}

void ValueListEditor::setPlaceholderText(const QString &text)
{
    m_entryLineEdit->setPlaceholderText(text);
}

void ValueListEditor::setNames(const QString &entryName, const QString &listName)
{
    m_entryLineEdit->setAccessibleName(entryName);
    m_listWidget->setAccessibleName(listName);
    m_addButton->setAccessibleName(tr("Add to %1").arg(listName));
    m_removeButton->setAccessibleName(tr("Remove the selected %1").arg(listName));
}

QStringList ValueListEditor::entries() const
{
    QStringList out;
    for (int row = 0; row < m_listWidget->count(); ++row)
        out << m_listWidget->item(row)->text();
    return out;
}

void ValueListEditor::setEntries(const QStringList &entries)
{
    if (entries == this->entries())
        return;

    m_listWidget->clear();
    m_listWidget->addItems(entries);
    updateButtons();
    Q_EMIT entriesChanged();
}

QString ValueListEditor::pendingText() const
{
    return m_entryLineEdit->text().trimmed();
}

QStringList ValueListEditor::problems() const
{
    return m_problemLabel->problems();
}

bool ValueListEditor::addPendingEntry()
{
    const QString entry = pendingText();
    if (entry.isEmpty())
        return false;

    const QString problem = m_check ? m_check(entry) : QString();
    if (!problem.isEmpty()) {
        showProblem(problem);
        return false;
    }
    if (entries().contains(entry, Qt::CaseInsensitive)) {
        showProblem(tr("'%1' is already in the list.").arg(entry));
        return false;
    }

    m_listWidget->addItem(entry);
    m_entryLineEdit->clear();
    m_entryLineEdit->setFocus();
    updateButtons();
    Q_EMIT entriesChanged();
    return true;
}

bool ValueListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);

    // Enter adds the typed entry instead of closing the dialog; with nothing typed it falls
    // through, so Enter on an empty field still presses the dialog's OK.
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == m_entryLineEdit && (key == Qt::Key_Return || key == Qt::Key_Enter)
        && !pendingText().isEmpty()) {
        addPendingEntry();
        return true;
    }
    if (watched == m_listWidget && key == Qt::Key_Delete) {
        removeSelectedEntries();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ValueListEditor::onTextEdited()
{
    const QString entry = pendingText();
    if (m_checkWhileTyping && m_check && !entry.isEmpty())
        showProblem(m_check(entry));
    else
        showProblem({});
    updateButtons();
    Q_EMIT pendingTextChanged();
}

void ValueListEditor::removeSelectedEntries()
{
    const QList<QListWidgetItem *> selected = m_listWidget->selectedItems();
    if (selected.isEmpty())
        return;

    for (QListWidgetItem *item : selected)
        delete m_listWidget->takeItem(m_listWidget->row(item));
    updateButtons();
    Q_EMIT entriesChanged();
}

void ValueListEditor::showProblem(const QString &problem)
{
    m_problemLabel->setProblems(problem.isEmpty() ? QStringList() : QStringList{problem});
}

void ValueListEditor::updateButtons()
{
    const QString entry = pendingText();
    const bool checkedNow = m_checkWhileTyping && m_check;
    m_addButton->setEnabled(!entry.isEmpty() && (!checkedNow || m_check(entry).isEmpty()));
    m_removeButton->setEnabled(!m_listWidget->selectedItems().isEmpty());
}

} // namespace mailflow
