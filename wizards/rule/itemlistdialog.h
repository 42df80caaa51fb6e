#pragma once

#include "valuedialog.h"

class QLineEdit;

namespace mailflow {

class ProblemLabel;
class ValueListEditor;

// Words, text patterns, addresses or domains, each added with +; for the message-header
// shapes also the header's name. Each entry is checked with the field rule of its kind.
class ItemListDialog : public ValueDialog
{
    Q_OBJECT

public:
    ItemListDialog(const PredicateType &type, const PredicateValue &value,
                   const Workspace &workspace, QWidget *parent);

    [[nodiscard]] PredicateValue value() const override;
    [[nodiscard]] ValueListEditor *listEditor() const { return m_listEditor; }
    [[nodiscard]] QLineEdit *headerLineEdit() const { return m_headerLineEdit; }

protected:
    [[nodiscard]] QStringList formProblems() const override;

private:
    [[nodiscard]] bool hasHeader() const;

    QLineEdit *m_headerLineEdit = nullptr;
    ValueListEditor *m_listEditor = nullptr;
};

} // namespace mailflow
