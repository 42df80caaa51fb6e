#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace mailflow {

class ProblemLabel;

// A line edit, a "+" button and the list it fills, as the admin center's value dialogs show
// them: each word, pattern or address is typed, checked and added on its own, so a phrase such
// as "New Orleans" stays one entry and a bad entry is refused with its reason next to it.
class ValueListEditor : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QStringList entries READ entries WRITE setEntries NOTIFY entriesChanged)

public:
    // Returns an empty string for an acceptable entry, else one sentence saying what is wrong.
    using Check = std::function<QString(const QString &)>;

    explicit ValueListEditor(QWidget *parent = nullptr);

    void setCheck(Check check);
    // Patterns are checked on every keystroke so the error position shows while typing;
    // addresses only when added, as a half-typed address is not yet wrong.
    void setCheckWhileTyping(bool enabled);
    void setPlaceholderText(const QString &text);
    // The accessible names of the entry field and the list, e.g. "Word or phrase" / "Words".
    void setNames(const QString &entryName, const QString &listName);

    [[nodiscard]] QStringList entries() const;
    void setEntries(const QStringList &entries);

    // Text typed but not yet added with + (trimmed); dialogs refuse OK while it is there.
    [[nodiscard]] QString pendingText() const;
    [[nodiscard]] QLineEdit *entryLineEdit() const { return m_entryLineEdit; }
    [[nodiscard]] QPushButton *addButton() const { return m_addButton; }
    [[nodiscard]] QStringList problems() const;

    // Adds the typed entry when it passes the checks; false (with the reason shown) otherwise.
    bool addPendingEntry();

Q_SIGNALS:
    void entriesChanged();
    void pendingTextChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited();
    void removeSelectedEntries();
    void showProblem(const QString &problem);
    void updateButtons();

    Check m_check;
    bool m_checkWhileTyping = false;
    QLineEdit *m_entryLineEdit = nullptr;
    QPushButton *m_addButton = nullptr;
    QListWidget *m_listWidget = nullptr;
    QPushButton *m_removeButton = nullptr;
    ProblemLabel *m_problemLabel = nullptr;
};

} // namespace mailflow
