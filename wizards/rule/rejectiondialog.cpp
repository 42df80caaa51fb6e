#include "rejectiondialog.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mailflow {

RejectionDialog::RejectionDialog(const PredicateType &type, const PredicateValue &value,
                                 const Workspace &workspace, QWidget *parent)
    : ValueDialog(type, workspace, parent)
    , m_explanationEdit(new QPlainTextEdit(value.text, this))
    , m_statusCodeLineEdit(new QLineEdit(this))
{
    setWindowTitle(tr("Specify rejection reason"));

    m_explanationEdit->setAccessibleName(tr("Explanation"));
    m_explanationEdit->setTabChangesFocus(true);
    m_explanationEdit->setFixedHeight(m_explanationEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_statusCodeLineEdit->setAccessibleName(tr("Enhanced status code"));
    m_statusCodeLineEdit->setText(value.secondText.isEmpty() ? u"5.7.1"_s : value.secondText);
    m_statusCodeLineEdit->setToolTip(tr("5.7.1, or a code from 5.7.900 to 5.7.999"));

    connect(m_explanationEdit, &QPlainTextEdit::textChanged, this, &RejectionDialog::refresh);
    connect(m_statusCodeLineEdit, &QLineEdit::textChanged, this, &RejectionDialog::refresh);

    auto *form = new QFormLayout;
    form->addRow(tr("&Explanation:"), m_explanationEdit);
    form->addRow(tr("Enhanced &status code:"), m_statusCodeLineEdit);
    contentLayout()->addLayout(form);
    resize(480, sizeHint().height());
    refresh();
}

PredicateValue RejectionDialog::value() const
{
    PredicateValue out;
    out.text = m_explanationEdit->toPlainText();
    out.secondText = m_statusCodeLineEdit->text().trimmed();
    return out;
}

} // namespace mailflow
