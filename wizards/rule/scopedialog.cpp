#include "scopedialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mailflow {

ScopeDialog::ScopeDialog(const PredicateType &type, const PredicateValue &value,
                         const Workspace &workspace, QWidget *parent)
    : ValueDialog(type, workspace, parent)
    , m_scopeComboBox(new QComboBox(this))
{
    setWindowTitle(tr("Select sender or recipient location"));

    m_scopeComboBox->setAccessibleName(tr("Location"));
    m_scopeComboBox->addItem(tr("Inside the organization"), u"InOrganization"_s);
    m_scopeComboBox->addItem(tr("Outside the organization"), u"NotInOrganization"_s);
    const int index = m_scopeComboBox->findData(value.text);
    m_scopeComboBox->setCurrentIndex(index < 0 ? 0 : index);

    connect(m_scopeComboBox, &QComboBox::currentIndexChanged, this, &ScopeDialog::refresh);

    auto *form = new QFormLayout;
    form->addRow(tr("&Location:"), m_scopeComboBox);
    contentLayout()->addLayout(form);
    refresh();
}

PredicateValue ScopeDialog::value() const
{
    PredicateValue out;
    out.text = m_scopeComboBox->currentData().toString();
    return out;
}

} // namespace mailflow
