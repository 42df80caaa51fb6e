#pragma once

#include "connectorpage.h"

class QCheckBox;
class QLineEdit;

namespace mailflow {

class EntryListEditor;
class InlineMessageLabel;

// "Security restrictions" of an inbound partner connector: require TLS, optionally a
// certificate subject, optionally sending IP addresses. The certificate name and the address
// list are the same connector values the Authenticating sent email page edits, so this page
// shows and writes those fields rather than keeping copies.
class ConnectorInboundSecurityPage : public ConnectorPage
{
    Q_OBJECT

public:
    explicit ConnectorInboundSecurityPage(QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] QCheckBox *requireTlsCheckBox() const { return m_requireTlsCheckBox; }
    [[nodiscard]] QCheckBox *certificateCheckBox() const { return m_certificateCheckBox; }
    [[nodiscard]] QLineEdit *certificateLineEdit() const { return m_certificateLineEdit; }
    [[nodiscard]] QCheckBox *ipAddressCheckBox() const { return m_ipAddressCheckBox; }
    [[nodiscard]] EntryListEditor *ipAddressEditor() const { return m_ipAddressEditor; }

    // Why Next is off, empty when it is on.
    [[nodiscard]] QString missingReason() const;

private:
    void updateState();

    QCheckBox *m_requireTlsCheckBox = nullptr;
    QCheckBox *m_certificateCheckBox = nullptr;
    QLineEdit *m_certificateLineEdit = nullptr;
    QCheckBox *m_ipAddressCheckBox = nullptr;
    EntryListEditor *m_ipAddressEditor = nullptr;
    InlineMessageLabel *m_reasonLabel = nullptr;
    bool m_loading = false;
};

} // namespace mailflow
