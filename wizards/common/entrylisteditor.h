#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace mailflow {

class InlineMessageLabel;

// The admin center's "+ list": a line edit, a + button that checks the entry before it joins
// the list, and a remove button. Problems are shown inline under the line edit, never in a
// message box. The list is a Qt property (entries / entriesChanged), so a wizard page can
// register it as a field.
class EntryListEditor : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QStringList entries READ entries WRITE setEntries NOTIFY entriesChanged USER true)

public:
    // Returns an empty string when the entry is acceptable, else one sentence on what is wrong.
    using CheckFunction = std::function<QString(const QString &)>;

    explicit EntryListEditor(QWidget *parent = nullptr);

    void setCheck(CheckFunction check);

    // What one entry is called, e.g. tr("smart host"): used in the accessible names of the
    // controls ("Add smart host") and in the duplicate message.
    void setEntryName(const QString &entryName);
    void setPlaceholderText(const QString &text);

    [[nodiscard]] QStringList entries() const;
    void setEntries(const QStringList &entries);

    // Checks the text and adds it; on a problem shows it inline and returns false.
    bool addEntry(const QString &text);

    // The problem shown inline, empty when none.
    [[nodiscard]] QString problem() const;

    // For a label's buddy and for tests that type like a person.
    [[nodiscard]] QLineEdit *lineEdit() const;
    [[nodiscard]] QPushButton *addButton() const;
    [[nodiscard]] QPushButton *removeButton() const;
    [[nodiscard]] QListWidget *listWidget() const;

Q_SIGNALS:
    void entriesChanged(const QStringList &entries);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onAddClicked();
    void onRemoveClicked();
    void showProblem(const QString &problem);
    void updateButtons();
    void updateAccessibleNames();

    CheckFunction m_check;
    QString m_entryName;
    QLineEdit *m_lineEdit = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QListWidget *m_listWidget = nullptr;
    InlineMessageLabel *m_problemLabel = nullptr;
};

} // namespace mailflow
