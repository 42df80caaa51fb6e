#pragma once

#include <QHash>
#include <QList>
#include <QWidget>

class QButtonGroup;
class QRadioButton;
class QVBoxLayout;

namespace mailflow {

// A column of radio buttons whose checked button is one int property (choice / choiceChanged),
// so a wizard page registers "pick one of these" as a single field. Each choice has a fixed id,
// typically an enum value; a widget that belongs to a choice is indented under it.
class ChoiceGroup : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(int choice READ choice WRITE setChoice NOTIFY choiceChanged USER true)

public:
    explicit ChoiceGroup(QWidget *parent = nullptr);

    QRadioButton *addChoice(int id, const QString &text);
    void addWidgetUnder(int id, QWidget *widget);

    // -1 when nothing is checked.
    [[nodiscard]] int choice() const;
    void setChoice(int id);

    [[nodiscard]] QRadioButton *button(int id) const;

    // Hides a choice the current context does not offer; a hidden checked choice moves to the
    // first visible one.
    void setChoiceVisible(int id, bool visible);

Q_SIGNALS:
    void choiceChanged(int choice);

private:
    QButtonGroup *m_group = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QHash<int, QList<QWidget *>> m_under;
};

} // namespace mailflow
