#pragma once

#include "valuedialog.h"

class QComboBox;
class QGroupBox;
class QListWidget;
class QPushButton;

namespace mailflow {

class ValueListEditor;

// "Select user properties": a list of property → words entries (City: 'New Orleans' or
// 'Baton Rouge'). + adds an entry; the entry's property comes from the full list of user
// properties and its words are added one phrase at a time, so "New Orleans" is never split.
class SelectUserPropertiesDialog : public ValueDialog
{
    Q_OBJECT

public:
    SelectUserPropertiesDialog(const PredicateType &type, const PredicateValue &value,
                               const Workspace &workspace, QWidget *parent);

    [[nodiscard]] PredicateValue value() const override;

    [[nodiscard]] QPushButton *addPropertyButton() const { return m_addButton; }
    [[nodiscard]] QComboBox *propertyComboBox() const { return m_propertyComboBox; }
    [[nodiscard]] ValueListEditor *wordsEditor() const { return m_wordsEditor; }

protected:
    [[nodiscard]] QStringList formProblems() const override;

private:
    void addEntry();
    void removeEntry();
    void onCurrentEntryChanged();
    void onPropertyChanged();
    void onWordsChanged();
    void updateEntryText(int row);
    [[nodiscard]] bool isPatterns() const;
    [[nodiscard]] QString checkEntryWord(const QString &word) const;

    QList<PropertyWords> m_entries;
    QListWidget *m_entryList = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QGroupBox *m_detailGroup = nullptr;
    QComboBox *m_propertyComboBox = nullptr;
    ValueListEditor *m_wordsEditor = nullptr;
    bool m_loading = false;
};

} // namespace mailflow
