#pragma once

#include "valuedialog.h"

class QLineEdit;

namespace mailflow {

// "Set a message header": the header's name and the value the rule writes into it.
class HeaderValueDialog : public ValueDialog
{
    Q_OBJECT

public:
    HeaderValueDialog(const PredicateType &type, const PredicateValue &value,
                      const Workspace &workspace, QWidget *parent);

    [[nodiscard]] PredicateValue value() const override;
    [[nodiscard]] QLineEdit *headerLineEdit() const { return m_headerLineEdit; }
    [[nodiscard]] QLineEdit *valueLineEdit() const { return m_valueLineEdit; }

private:
    QLineEdit *m_headerLineEdit = nullptr;
    QLineEdit *m_valueLineEdit = nullptr;
};

} // namespace mailflow
