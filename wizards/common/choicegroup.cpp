#include "choicegroup.h"

#include <QButtonGroup>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace mailflow {

ChoiceGroup::ChoiceGroup(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            Q_EMIT choiceChanged(id);
    });
}

QRadioButton *ChoiceGroup::addChoice(int id, const QString &text)
{
    auto *button = new QRadioButton(text, this);
    m_group->addButton(button, id);
    m_layout->addWidget(button);
    if (!focusProxy())
        setFocusProxy(button);
    return button;
}

void ChoiceGroup::addWidgetUnder(int id, QWidget *widget)
{
    // Indent by the width of a radio indicator so the widget reads as part of the choice above.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(indent, 0, 0, 0);
    row->addWidget(widget);
    m_layout->addLayout(row);
    m_under[id].append(widget);
}

int ChoiceGroup::choice() const
{
    return m_group->checkedId();
}

void ChoiceGroup::setChoice(int id)
{
    if (QAbstractButton *target = m_group->button(id))
        target->setChecked(true);
}

QRadioButton *ChoiceGroup::button(int id) const
{
    return qobject_cast<QRadioButton *>(m_group->button(id));
}

void ChoiceGroup::setChoiceVisible(int id, bool visible)
{
    QAbstractButton *target = m_group->button(id);
    if (!target)
        return;

    target->setVisible(visible);
    for (QWidget *widget : m_under.value(id))
        widget->setVisible(visible);

    if (!visible && target->isChecked()) {
        for (QAbstractButton *other : m_group->buttons()) {
            if (other->isVisibleTo(this)) {
                other->setChecked(true);
                break;
            }
        }
    }
}

} // namespace mailflow
