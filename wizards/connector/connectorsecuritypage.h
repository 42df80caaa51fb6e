#pragma once

#include "connectorpage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace mailflow {

class ChoiceGroup;
class InlineMessageLabel;

// "Security restrictions" of an outbound connector: Always use TLS and which certificate the
// receiving server must present, plus the SMTP DANE and MTA-STS modes.
class ConnectorSecurityPage : public ConnectorPage
{
    Q_OBJECT

public:
    explicit ConnectorSecurityPage(QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] QCheckBox *alwaysTlsCheckBox() const { return m_alwaysTlsCheckBox; }
    [[nodiscard]] ChoiceGroup *criterionChoice() const { return m_criterion; }
    [[nodiscard]] QLineEdit *domainLineEdit() const { return m_domainLineEdit; }
    [[nodiscard]] QComboBox *daneComboBox() const { return m_daneComboBox; }
    [[nodiscard]] QComboBox *mtaStsComboBox() const { return m_mtaStsComboBox; }

    // The problem with the certificate domain, empty when none.
    [[nodiscard]] QString problem() const;

private:
    void updateState();

    QCheckBox *m_alwaysTlsCheckBox = nullptr;
    QLabel *m_criterionLabel = nullptr;
    ChoiceGroup *m_criterion = nullptr;
    QLineEdit *m_domainLineEdit = nullptr;
    InlineMessageLabel *m_messageLabel = nullptr;
    QComboBox *m_daneComboBox = nullptr;
    QComboBox *m_mtaStsComboBox = nullptr;
};

} // namespace mailflow
