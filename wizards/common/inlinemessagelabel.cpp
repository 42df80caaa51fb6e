#include "inlinemessagelabel.h"

#include <QPalette>

namespace mailflow {

InlineMessageLabel::InlineMessageLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void InlineMessageLabel::showProblem(const QString &text)
{
    showText(text, true);
}

void InlineMessageLabel::showHint(const QString &text)
{
    showText(text, false);
}

void InlineMessageLabel::clearMessage()
{
    showText({}, false);
}

void InlineMessageLabel::showText(const QString &text, bool problem)
{
    m_problem = problem && !text.isEmpty();

    // A dark red that stays readable on light and dark window backgrounds alike.
    QPalette pal = palette();
    const QColor normal = parentWidget() ? parentWidget()->palette().color(QPalette::WindowText)
                                         : QPalette().color(QPalette::WindowText);
    pal.setColor(QPalette::WindowText, m_problem ? QColor(0xc4, 0x1e, 0x1e) : normal);
    setPalette(pal);

    setText(text);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

} // namespace mailflow
