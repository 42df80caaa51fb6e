#include "sizedialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace mailflow {

namespace {

constexpr qint64 kilobyte = 1024;
constexpr qint64 megabyte = 1024 * 1024;

} // namespace

SizeDialog::SizeDialog(const PredicateType &type, const PredicateValue &value,
                       const Workspace &workspace, QWidget *parent)
    : ValueDialog(type, workspace, parent)
    , m_sizeSpinBox(new QSpinBox(this))
    , m_unitComboBox(new QComboBox(this))
{
    setWindowTitle(tr("Specify size"));

    m_sizeSpinBox->setAccessibleName(tr("Size"));
    m_sizeSpinBox->setRange(0, std::numeric_limits<int>::max());
    m_unitComboBox->setAccessibleName(tr("Unit"));
    m_unitComboBox->addItem(tr("bytes"), qint64(1));
    m_unitComboBox->addItem(tr("KB"), kilobyte);
    m_unitComboBox->addItem(tr("MB"), megabyte);

    // Show the largest unit that divides the size exactly, so loading never rounds it.
    qint64 unit = kilobyte;
    if (value.number > 0)
        unit = value.number % megabyte == 0 ? megabyte
             : value.number % kilobyte == 0 ? kilobyte : 1;
    m_unitComboBox->setCurrentIndex(m_unitComboBox->findData(unit));
    m_sizeSpinBox->setValue(int(qMin<qint64>(value.number / unit,
                                             std::numeric_limits<int>::max())));

    connect(m_sizeSpinBox, &QSpinBox::valueChanged, this, &SizeDialog::refresh);
    connect(m_unitComboBox, &QComboBox::currentIndexChanged, this, &SizeDialog::refresh);

    auto *row = new QHBoxLayout;
    row->addWidget(m_sizeSpinBox, 1);
    row->addWidget(m_unitComboBox);
    auto *form = new QFormLayout;
    form->addRow(tr("&Size:"), row);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(row)))
        label->setBuddy(m_sizeSpinBox);
    contentLayout()->addLayout(form);
    refresh();
}

PredicateValue SizeDialog::value() const
{
    PredicateValue out;
    out.number = qint64(m_sizeSpinBox->value()) * m_unitComboBox->currentData().toLongLong();
    return out;
}

} // namespace mailflow
