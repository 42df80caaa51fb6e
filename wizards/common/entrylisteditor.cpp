#include "entrylisteditor.h"

#include "inlinemessagelabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailflow {

EntryListEditor::EntryListEditor(QWidget *parent)
    : QWidget(parent)
    , m_entryName(tr("entry", "one item of a list"))
    , m_lineEdit(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("+", "add the typed entry to the list"), this))
    , m_removeButton(new QPushButton(tr("Remove", "remove the selected list entry"), this))
    , m_listWidget(new QListWidget(this))
    , m_problemLabel(new InlineMessageLabel(this))
{
    m_addButton->setAutoDefault(false);
    m_removeButton->setAutoDefault(false);
    m_addButton->setFixedWidth(m_addButton->sizeHint().height() * 3 / 2);
    m_listWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listWidget->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_listWidget->setMinimumHeight(m_lineEdit->sizeHint().height() * 3);
    m_listWidget->setMaximumHeight(m_lineEdit->sizeHint().height() * 5);

    // Return in the line edit adds the entry instead of pressing the wizard's default button.
    m_lineEdit->installEventFilter(this);

    connect(m_addButton, &QPushButton::clicked, this, &EntryListEditor::onAddClicked);
    connect(m_removeButton, &QPushButton::clicked, this, &EntryListEditor::onRemoveClicked);
    connect(m_lineEdit, &QLineEdit::textChanged, this, [this] {
        showProblem({});
        updateButtons();
    });
    connect(m_listWidget, &QListWidget::itemSelectionChanged, this,
            &EntryListEditor::updateButtons);

    auto *entryRow = new QHBoxLayout;
    entryRow->setContentsMargins(0, 0, 0, 0);
    entryRow->addWidget(m_lineEdit, 1);
    entryRow->addWidget(m_addButton);

    auto *listRow = new QHBoxLayout;
    listRow->setContentsMargins(0, 0, 0, 0);
    listRow->addWidget(m_listWidget, 1);
    listRow->addWidget(m_removeButton, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(entryRow);
    layout->addWidget(m_problemLabel);
    layout->addLayout(listRow);

    setFocusProxy(m_lineEdit);
    setTabOrder(m_lineEdit, m_addButton);
    setTabOrder(m_addButton, m_listWidget);
    setTabOrder(m_listWidget, m_removeButton);
    updateAccessibleNames();
    updateButtons();
}

void EntryListEditor::setCheck(CheckFunction check)
{
    m_check = std::move(check);
}

void EntryListEditor::setEntryName(const QString &entryName)
{
    m_entryName = entryName;
    updateAccessibleNames();
}

void EntryListEditor::setPlaceholderText(const QString &text)
{
    m_lineEdit->setPlaceholderText(text);
}

QStringList EntryListEditor::entries() const
{
    QStringList out;
    out.reserve(m_listWidget->count());
    for (int i = 0; i < m_listWidget->count(); ++i)
        out << m_listWidget->item(i)->text();
    return out;
}

void EntryListEditor::setEntries(const QStringList &entries)
{
    if (entries == this->entries())
        return;

    m_listWidget->clear();
    m_listWidget->addItems(entries);
    showProblem({});
    updateButtons();
    Q_EMIT entriesChanged(entries);
}

bool EntryListEditor::addEntry(const QString &text)
{
    const QString entry = text.trimmed();
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
    m_lineEdit->clear();
    showProblem({});
    updateButtons();
    Q_EMIT entriesChanged(entries());
    return true;
}

QString EntryListEditor::problem() const
{
    return m_problemLabel->isProblem() ? m_problemLabel->text() : QString();
}

QLineEdit *EntryListEditor::lineEdit() const
{
    return m_lineEdit;
}

QPushButton *EntryListEditor::addButton() const
{
    return m_addButton;
}

QPushButton *EntryListEditor::removeButton() const
{
    return m_removeButton;
}

QListWidget *EntryListEditor::listWidget() const
{
    return m_listWidget;
}

bool EntryListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_lineEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool isReturn = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (isReturn && !m_lineEdit->text().trimmed().isEmpty()) {
            addEntry(m_lineEdit->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EntryListEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::EnabledChange && !isEnabled())
        showProblem({});
    QWidget::changeEvent(event);
}

void EntryListEditor::onAddClicked()
{
    addEntry(m_lineEdit->text());
    m_lineEdit->setFocus(Qt::OtherFocusReason);
}

void EntryListEditor::onRemoveClicked()
{
    const int row = m_listWidget->currentRow();
    if (row < 0)
        return;

    delete m_listWidget->takeItem(row);
    updateButtons();
    Q_EMIT entriesChanged(entries());
}

void EntryListEditor::showProblem(const QString &problem)
{
    if (problem.isEmpty())
        m_problemLabel->clearMessage();
    else
        m_problemLabel->showProblem(problem);
}

void EntryListEditor::updateButtons()
{
    m_addButton->setEnabled(!m_lineEdit->text().trimmed().isEmpty());
    m_removeButton->setEnabled(m_listWidget->currentRow() >= 0
                               && !m_listWidget->selectedItems().isEmpty());
}

void EntryListEditor::updateAccessibleNames()
{
    m_lineEdit->setAccessibleName(tr("New %1").arg(m_entryName));
    m_addButton->setAccessibleName(tr("Add %1").arg(m_entryName));
    m_addButton->setToolTip(tr("Add %1").arg(m_entryName));
    m_removeButton->setAccessibleName(tr("Remove selected %1").arg(m_entryName));
    m_listWidget->setAccessibleName(tr("%1 list").arg(m_entryName));
    m_problemLabel->setAccessibleName(tr("Problem with the new %1").arg(m_entryName));
}

} // namespace mailflow
