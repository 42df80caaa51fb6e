#pragma once

#include "valuedialog.h"

class QTreeWidget;

namespace mailflow {

// "Select connector": the workspace's outbound connectors, the only ones a rule can redirect
// to, with their direction and state. Double-click chooses one and closes the dialog.
class SelectConnectorDialog : public ValueDialog
{
    Q_OBJECT

public:
    SelectConnectorDialog(const PredicateType &type, const PredicateValue &value,
                          const Workspace &workspace, QWidget *parent);

    [[nodiscard]] PredicateValue value() const override;
    [[nodiscard]] QTreeWidget *connectorTree() const { return m_connectorTree; }

private:
    void onItemDoubleClicked();

    QTreeWidget *m_connectorTree = nullptr;
};

} // namespace mailflow
