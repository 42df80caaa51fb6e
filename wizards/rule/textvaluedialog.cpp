#include "textvaluedialog.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mailflow {

TextValueDialog::TextValueDialog(const PredicateType &type, const PredicateValue &value,
                                 const Workspace &workspace, QWidget *parent)
    : ValueDialog(type, workspace, parent)
    , m_textLineEdit(new QLineEdit(value.text, this))
{
    setWindowTitle(tr("Specify text"));

    m_textLineEdit->setAccessibleName(type.labelText());
    connect(m_textLineEdit, &QLineEdit::textChanged, this, &TextValueDialog::refresh);

    auto *form = new QFormLayout;
    form->addRow(tr("&Text:"), m_textLineEdit);
    contentLayout()->addLayout(form);
    resize(440, sizeHint().height());
    refresh();
}

PredicateValue TextValueDialog::value() const
{
    // Kept as typed: a subject prefix such as "[External] " may end in a space on purpose.
    PredicateValue out;
    out.text = m_textLineEdit->text();
    return out;
}

} // namespace mailflow
