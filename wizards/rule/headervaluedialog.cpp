#include "headervaluedialog.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mailflow {

HeaderValueDialog::HeaderValueDialog(const PredicateType &type, const PredicateValue &value,
                                     const Workspace &workspace, QWidget *parent)
    : ValueDialog(type, workspace, parent)
    , m_headerLineEdit(new QLineEdit(value.text, this))
    , m_valueLineEdit(new QLineEdit(value.secondText, this))
{
    setWindowTitle(tr("Set a message header"));

    m_headerLineEdit->setAccessibleName(tr("Message header"));
    m_headerLineEdit->setPlaceholderText(tr("X-Routing"));
    m_valueLineEdit->setAccessibleName(tr("Header value"));

    connect(m_headerLineEdit, &QLineEdit::textChanged, this, &HeaderValueDialog::refresh);
    connect(m_valueLineEdit, &QLineEdit::textChanged, this, &HeaderValueDialog::refresh);

    auto *form = new QFormLayout;
    form->addRow(tr("Message &header:"), m_headerLineEdit);
    form->addRow(tr("&Value:"), m_valueLineEdit);
    contentLayout()->addLayout(form);
    resize(440, sizeHint().height());
    refresh();
}

PredicateValue HeaderValueDialog::value() const
{
    PredicateValue out;
    out.text = m_headerLineEdit->text().trimmed();
    out.secondText = m_valueLineEdit->text();
    return out;
}

} // namespace mailflow
