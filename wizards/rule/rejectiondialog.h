#pragma once

#include "valuedialog.h"

class QLineEdit;
class QPlainTextEdit;

namespace mailflow {

// "Reject the message and include an explanation": the text the sender sees and the enhanced
// status code of the rejection (RFC 3463), 5.7.1 unless the admin picks one of 5.7.900–999.
class RejectionDialog : public ValueDialog
{
    Q_OBJECT

public:
    RejectionDialog(const PredicateType &type, const PredicateValue &value,
                    const Workspace &workspace, QWidget *parent);

    [[nodiscard]] PredicateValue value() const override;
    [[nodiscard]] QPlainTextEdit *explanationEdit() const { return m_explanationEdit; }
    [[nodiscard]] QLineEdit *statusCodeLineEdit() const { return m_statusCodeLineEdit; }

private:
    QPlainTextEdit *m_explanationEdit = nullptr;
    QLineEdit *m_statusCodeLineEdit = nullptr;
};

} // namespace mailflow
