#pragma once

#include "valuedialog.h"

class QComboBox;
class QSpinBox;

namespace mailflow {

// "Size is greater than or equal to": a number and its unit (bytes, KB, MB).
class SizeDialog : public ValueDialog
{
    Q_OBJECT

public:
    SizeDialog(const PredicateType &type, const PredicateValue &value,
               const Workspace &workspace, QWidget *parent);

    [[nodiscard]] PredicateValue value() const override;
    [[nodiscard]] QSpinBox *sizeSpinBox() const { return m_sizeSpinBox; }
    [[nodiscard]] QComboBox *unitComboBox() const { return m_unitComboBox; }

private:
    QSpinBox *m_sizeSpinBox = nullptr;
    QComboBox *m_unitComboBox = nullptr;
};

} // namespace mailflow
