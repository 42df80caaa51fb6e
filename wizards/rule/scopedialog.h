#pragma once

#include "valuedialog.h"

class QComboBox;

namespace mailflow {

// "Is external/internal": inside or outside the organization.
class ScopeDialog : public ValueDialog
{
    Q_OBJECT

public:
    ScopeDialog(const PredicateType &type, const PredicateValue &value,
                const Workspace &workspace, QWidget *parent);

    [[nodiscard]] PredicateValue value() const override;
    [[nodiscard]] QComboBox *scopeComboBox() const { return m_scopeComboBox; }

private:
    QComboBox *m_scopeComboBox = nullptr;
};

} // namespace mailflow
