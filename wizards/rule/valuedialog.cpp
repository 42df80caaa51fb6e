#include "valuedialog.h"

#include "problemlabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailflow {

ValueDialog::ValueDialog(const PredicateType &type, const Workspace &workspace,
                         QWidget *parent)
    : QDialog(parent)
    , m_type(type)
    , m_workspace(workspace)
    , m_contentLayout(new QVBoxLayout)
    , m_problemLabel(new ProblemLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(type.menuText());
    setAccessibleName(type.menuText());
    setMinimumWidth(420);

    okButton()->setAccessibleName(tr("OK"));
    m_buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *predicateLabel = new QLabel(type.menuText(), this);
    QFont bold = predicateLabel->font();
    bold.setBold(true);
    predicateLabel->setFont(bold);
    predicateLabel->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(predicateLabel);
    layout->addLayout(m_contentLayout, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttonBox);
}

QStringList ValueDialog::problems() const
{
    return formProblems() + checkPredicateValue(m_type, value(), m_workspace);
}

QPushButton *ValueDialog::okButton() const
{
    return m_buttonBox->button(QDialogButtonBox::Ok);
}

void ValueDialog::showEvent(QShowEvent *event)
{
    // The buttons exist before the subclass adds its fields, so Qt's creation-order chain
    // would visit OK and Cancel first; move them behind the fields once everything exists.
    if (!m_tabOrderFixed) {
        m_tabOrderFixed = true;
        QPushButton *cancel = m_buttonBox->button(QDialogButtonBox::Cancel);
        QList<QWidget *> chain;
        for (QWidget *w = nextInFocusChain(); w != this; w = w->nextInFocusChain()) {
            if (w != okButton() && w != cancel && w->window() == this)
                chain << w;
        }
        chain << okButton() << cancel;
        for (qsizetype i = 1; i < chain.size(); ++i)
            QWidget::setTabOrder(chain.at(i - 1), chain.at(i));

        // Without a focus widget QDialog would focus its default button; start in the first
        // field instead, unless the subclass chose one.
        for (QWidget *w : std::as_const(chain)) {
            if (focusWidget())
                break;
            if (w->isEnabled() && w->isVisibleTo(this) && (w->focusPolicy() & Qt::TabFocus))
                w->setFocus();
        }
    }
    QDialog::showEvent(event);
}

void ValueDialog::refresh()
{
    const QStringList current = problems();
    m_problemLabel->setProblems(current);
    okButton()->setEnabled(current.isEmpty());
}

} // namespace mailflow
