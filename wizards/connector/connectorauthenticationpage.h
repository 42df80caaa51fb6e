#pragma once

#include "connectorpage.h"

class QLabel;
class QLineEdit;

namespace mailflow {

class ChoiceGroup;
class EntryListEditor;
class InlineMessageLabel;

// "Authenticating sent email" of an inbound connector: how Office 365 recognises mail from the
// organization's server (certificate subject or sending IP addresses) or from a partner
// (sender domains, optionally narrowed to sending IP addresses).
class ConnectorAuthenticationPage : public ConnectorPage
{
    Q_OBJECT

public:
    explicit ConnectorAuthenticationPage(QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] ChoiceGroup *identityChoice() const { return m_identity; }
    [[nodiscard]] QLineEdit *certificateLineEdit() const { return m_certificateLineEdit; }
    [[nodiscard]] EntryListEditor *ipAddressEditor() const { return m_ipAddressEditor; }
    [[nodiscard]] EntryListEditor *senderDomainEditor() const { return m_senderDomainEditor; }

    // Why Next is off, empty when it is on.
    [[nodiscard]] QString missingReason() const;

private:
    void updateState();

    QLabel *m_senderDomainLabel = nullptr;
    EntryListEditor *m_senderDomainEditor = nullptr;
    ChoiceGroup *m_identity = nullptr;
    QLineEdit *m_certificateLineEdit = nullptr;
    EntryListEditor *m_ipAddressEditor = nullptr;
    InlineMessageLabel *m_reasonLabel = nullptr;
};

} // namespace mailflow
