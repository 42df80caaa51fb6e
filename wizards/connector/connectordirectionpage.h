#pragma once

#include "connectorpage.h"

namespace mailflow {

class ChoiceGroup;

// "New connector": Connection from and Connection to. One end is always Office 365, so the
// page keeps the two choices consistent as the admin clicks.
class ConnectorDirectionPage : public ConnectorPage
{
    Q_OBJECT

public:
    explicit ConnectorDirectionPage(QWidget *parent = nullptr);

    [[nodiscard]] ChoiceGroup *fromChoice() const { return m_from; }
    [[nodiscard]] ChoiceGroup *toChoice() const { return m_to; }

private:
    void onFromChanged(int from);
    void onToChanged(int to);

    ChoiceGroup *m_from = nullptr;
    ChoiceGroup *m_to = nullptr;
};

} // namespace mailflow
