#include "selectuserpropertiesdialog.h"

#include "valuelisteditor.h"
#include "model/userproperties.h"
#include "validation/fieldrules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailflow {

SelectUserPropertiesDialog::SelectUserPropertiesDialog(const PredicateType &type,
                                                       const PredicateValue &value,
                                                       const Workspace &workspace,
                                                       QWidget *parent)
    : ValueDialog(type, workspace, parent)
    , m_entries(value.properties)
    , m_entryList(new QListWidget(this))
    , m_addButton(new QPushButton(tr("+", "add a user property"), this))
    , m_removeButton(new QPushButton(tr("Re&move"), this))
    , m_detailGroup(new QGroupBox(tr("Selected property"), this))
    , m_propertyComboBox(new QComboBox(this))
    , m_wordsEditor(new ValueListEditor(this))
{
    setWindowTitle(tr("Select user properties"));

    auto *intro = new QLabel(isPatterns()
        ? tr("Each entry compares one user property from the directory with text patterns. "
             "Press + to add a property, choose it, then add its patterns. The condition "
             "matches when any entry matches.")
        : tr("Each entry compares one user property from the directory with words or "
             "phrases. Press + to add a property, choose it, then add its words. The "
             "condition matches when any entry matches."), this);
    intro->setWordWrap(true);

    m_entryList->setAccessibleName(tr("User properties"));
    m_addButton->setAccessibleName(tr("Add a user property"));
    m_addButton->setToolTip(tr("Add a user property"));
    m_addButton->setAutoDefault(false);
    m_removeButton->setAccessibleName(tr("Remove the selected user property"));
    m_removeButton->setAutoDefault(false);

    m_propertyComboBox->setAccessibleName(tr("User property"));
    m_propertyComboBox->addItem(tr("Select a property"), QString());
    for (const QString &property : userProperties())
        m_propertyComboBox->addItem(property, property);
    m_propertyComboBox->setMaxVisibleItems(16);

    m_wordsEditor->setNames(isPatterns() ? tr("Text pattern") : tr("Word or phrase"),
                            isPatterns() ? tr("Text patterns") : tr("Words and phrases"));
    m_wordsEditor->setPlaceholderText(isPatterns() ? tr("A pattern such as ^New Orl, then +")
                                                   : tr("A word or phrase such as New Orleans, "
                                                        "then +"));
    m_wordsEditor->setCheck([this](const QString &word) { return checkEntryWord(word); });
    m_wordsEditor->setCheckWhileTyping(true);

    connect(m_addButton, &QPushButton::clicked, this, &SelectUserPropertiesDialog::addEntry);
    connect(m_removeButton, &QPushButton::clicked, this,
            &SelectUserPropertiesDialog::removeEntry);
    connect(m_entryList, &QListWidget::currentRowChanged, this,
            &SelectUserPropertiesDialog::onCurrentEntryChanged);
    connect(m_propertyComboBox, &QComboBox::currentIndexChanged, this,
            &SelectUserPropertiesDialog::onPropertyChanged);
    connect(m_wordsEditor, &ValueListEditor::entriesChanged, this,
            &SelectUserPropertiesDialog::onWordsChanged);
    connect(m_wordsEditor, &ValueListEditor::pendingTextChanged, this,
            &SelectUserPropertiesDialog::refresh);

    auto *detailForm = new QFormLayout(m_detailGroup);
    detailForm->addRow(tr("&Property:"), m_propertyComboBox);
    detailForm->addRow(isPatterns() ? tr("&Text patterns:") : tr("&Words or phrases:"),
                       m_wordsEditor);
    if (auto *label = qobject_cast<QLabel *>(detailForm->labelForField(m_wordsEditor)))
        label->setBuddy(m_wordsEditor->entryLineEdit());

    // Most rules name one or two properties; the words of the chosen one need the room.
    m_entryList->setFixedHeight(m_entryList->fontMetrics().lineSpacing() * 4 + 8);
    auto *entriesLabel = new QLabel(tr("&User properties:"), this);
    entriesLabel->setBuddy(m_entryList);

    auto *entriesLayout = new QGridLayout;
    entriesLayout->addWidget(entriesLabel, 0, 0, 1, 2);
    entriesLayout->addWidget(m_entryList, 1, 0, 3, 1);
    entriesLayout->addWidget(m_addButton, 1, 1);
    entriesLayout->addWidget(m_removeButton, 2, 1);
    entriesLayout->setRowStretch(3, 1);

    contentLayout()->addWidget(intro);
    contentLayout()->addLayout(entriesLayout);
    contentLayout()->addWidget(m_detailGroup, 1);

    for (int row = 0; row < m_entries.size(); ++row) {
        m_entryList->addItem(QString());
        updateEntryText(row);
    }
    m_entryList->setCurrentRow(m_entries.isEmpty() ? -1 : 0);
    onCurrentEntryChanged();
    if (m_entries.isEmpty())
        m_addButton->setFocus();
    else
        m_propertyComboBox->setFocus();
    resize(560, 520);
}

PredicateValue SelectUserPropertiesDialog::value() const
{
    // Entries still without a property are reported by formProblems, not passed on.
    PredicateValue out;
    for (const PropertyWords &entry : m_entries) {
        if (!entry.property.isEmpty())
            out.properties << entry;
    }
    return out;
}

QStringList SelectUserPropertiesDialog::formProblems() const
{
    QStringList out;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).property.isEmpty())
            out << tr("Entry %1 has no property. Choose one from the list.").arg(row + 1);
    }
    const QString pending = m_wordsEditor->pendingText();
    if (!pending.isEmpty())
        out << tr("'%1' is typed but not added yet. Press + or Enter to add it, or clear the "
                  "field.").arg(pending);
    return out;
}

void SelectUserPropertiesDialog::addEntry()
{
    m_entries.append(PropertyWords());
    m_entryList->addItem(QString());
    updateEntryText(int(m_entries.size()) - 1);
    m_entryList->setCurrentRow(int(m_entries.size()) - 1);
    m_propertyComboBox->setFocus();
    refresh();
}

void SelectUserPropertiesDialog::removeEntry()
{
    const int row = m_entryList->currentRow();
    if (row < 0)
        return;

    m_entries.removeAt(row);
    delete m_entryList->takeItem(row);
    onCurrentEntryChanged();
}

void SelectUserPropertiesDialog::onCurrentEntryChanged()
{
    const int row = m_entryList->currentRow();
    const bool hasEntry = row >= 0 && row < m_entries.size();
    m_detailGroup->setEnabled(hasEntry);
    m_removeButton->setEnabled(hasEntry);

    // Loading an entry into the fields must not write the fields back into it.
    m_loading = true;
    const PropertyWords entry = hasEntry ? m_entries.at(row) : PropertyWords();
    int index = m_propertyComboBox->findData(entry.property);
    if (index < 0) {
        // A property from a file that the list does not know: keep it visible, so the
        // registry's message about it makes sense and nothing is dropped silently.
        m_propertyComboBox->addItem(entry.property, entry.property);
        index = m_propertyComboBox->count() - 1;
    }
    m_propertyComboBox->setCurrentIndex(index);
    m_wordsEditor->setEntries(entry.words);
    m_loading = false;

    refresh();
}

void SelectUserPropertiesDialog::onPropertyChanged()
{
    const int row = m_entryList->currentRow();
    if (m_loading || row < 0 || row >= m_entries.size())
        return;

    m_entries[row].property = m_propertyComboBox->currentData().toString();
    updateEntryText(row);
    refresh();
}

void SelectUserPropertiesDialog::onWordsChanged()
{
    const int row = m_entryList->currentRow();
    if (m_loading || row < 0 || row >= m_entries.size())
        return;

    m_entries[row].words = m_wordsEditor->entries();
    updateEntryText(row);
    refresh();
}

void SelectUserPropertiesDialog::updateEntryText(int row)
{
    const PropertyWords &entry = m_entries.at(row);
    QString text;
    if (entry.property.isEmpty())
        text = tr("(choose a property)");
    else if (entry.words.isEmpty())
        text = isPatterns() ? tr("%1: no patterns yet").arg(entry.property)
                            : tr("%1: no words yet").arg(entry.property);
    else
        text = describeValue(predicateType().shape, PredicateValue{{}, {entry}, {}, {}, 0});
    m_entryList->item(row)->setText(text);
}

bool SelectUserPropertiesDialog::isPatterns() const
{
    return predicateType().shape == ValueShape::PropertyPatterns;
}

QString SelectUserPropertiesDialog::checkEntryWord(const QString &word) const
{
    // Exchange writes an entry as "City:New Orleans,Baton Rouge", so a comma would split it.
    if (word.contains(u','))
        return tr("'%1' contains a comma, which separates entries in Exchange "
                  "(City:New Orleans,Baton Rouge). Add each part separately with +.")
            .arg(word);
    if (isPatterns())
        return fieldrules::checkPattern(word);
    return {};
}

} // namespace mailflow
