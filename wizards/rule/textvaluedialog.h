#pragma once

#include "valuedialog.h"

class QLineEdit;

namespace mailflow {

// A single line of free text, such as the prefix an action puts before the subject.
class TextValueDialog : public ValueDialog
{
    Q_OBJECT

public:
    TextValueDialog(const PredicateType &type, const PredicateValue &value,
                    const Workspace &workspace, QWidget *parent);

    [[nodiscard]] PredicateValue value() const override;
    [[nodiscard]] QLineEdit *textLineEdit() const { return m_textLineEdit; }

private:
    QLineEdit *m_textLineEdit = nullptr;
};

} // namespace mailflow
