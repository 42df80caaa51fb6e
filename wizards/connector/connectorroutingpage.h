#pragma once

#include "connectorpage.h"

class QLabel;

namespace mailflow {

class ChoiceGroup;
class EntryListEditor;
class InlineMessageLabel;

// "Routing": the smart hosts Office 365 delivers to, or (for a partner) the MX record of the
// partner's domain.
class ConnectorRoutingPage : public ConnectorPage
{
    Q_OBJECT

public:
    explicit ConnectorRoutingPage(QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] ChoiceGroup *routingChoice() const { return m_routing; }
    [[nodiscard]] EntryListEditor *smartHostEditor() const { return m_smartHostEditor; }
    [[nodiscard]] InlineMessageLabel *reasonLabel() const { return m_reasonLabel; }

    // Why Next is off, empty when it is on.
    [[nodiscard]] QString missingReason() const;

private:
    void updateState();

    QLabel *m_introLabel = nullptr;
    QLabel *m_smartHostLabel = nullptr;
    ChoiceGroup *m_routing = nullptr;
    EntryListEditor *m_smartHostEditor = nullptr;
    InlineMessageLabel *m_reasonLabel = nullptr;
};

} // namespace mailflow
