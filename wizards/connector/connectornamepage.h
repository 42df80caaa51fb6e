#pragma once

#include "connectorpage.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace mailflow {

class InlineMessageLabel;

// "Connector name": Name (required, at most 64 characters, unique in the workspace ignoring
// case), Description, and what happens after the connector is saved.
class ConnectorNamePage : public ConnectorPage
{
    Q_OBJECT

public:
    explicit ConnectorNamePage(QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] QLineEdit *nameLineEdit() const { return m_nameLineEdit; }
    [[nodiscard]] QPlainTextEdit *descriptionEdit() const { return m_descriptionEdit; }
    [[nodiscard]] QCheckBox *turnItOnCheckBox() const { return m_turnItOnCheckBox; }
    [[nodiscard]] QCheckBox *retainHeadersCheckBox() const { return m_retainHeadersCheckBox; }

    // The problem with the name or description as typed, empty when none.
    [[nodiscard]] QString problem() const;

private:
    void updateMessage();

    QLineEdit *m_nameLineEdit = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    QCheckBox *m_turnItOnCheckBox = nullptr;
    QCheckBox *m_retainHeadersCheckBox = nullptr;
    InlineMessageLabel *m_messageLabel = nullptr;
};

} // namespace mailflow
