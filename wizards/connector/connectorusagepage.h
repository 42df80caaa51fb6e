#pragma once

#include "connectorpage.h"

namespace mailflow {

class ChoiceGroup;
class EntryListEditor;
class InlineMessageLabel;

// "Use of connector": only via a mail flow rule, only for some recipient domains, or (towards
// the organization's server) for all accepted domains.
class ConnectorUsagePage : public ConnectorPage
{
    Q_OBJECT

public:
    explicit ConnectorUsagePage(QWidget *parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] ChoiceGroup *usageChoice() const { return m_usage; }
    [[nodiscard]] EntryListEditor *domainsEditor() const { return m_domainsEditor; }

    // Why Next is off, empty when it is on.
    [[nodiscard]] QString missingReason() const;

private:
    void updateState();

    ChoiceGroup *m_usage = nullptr;
    EntryListEditor *m_domainsEditor = nullptr;
    InlineMessageLabel *m_reasonLabel = nullptr;
};

} // namespace mailflow
