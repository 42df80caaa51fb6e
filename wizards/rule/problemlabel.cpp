#include "problemlabel.h"

#include <QPalette>

namespace mailflow {

ProblemLabel::ProblemLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);

    // A fixed dark red reads on the light and the dark palettes alike.
    QPalette redText = palette();
    redText.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    setPalette(redText);

    setAccessibleName(tr("Problems"));
    hide();
}

void ProblemLabel::setProblems(const QStringList &problems)
{
    m_problems = problems;
    setText(problems.join(u'\n'));
    setVisible(!problems.isEmpty());
}

} // namespace mailflow
