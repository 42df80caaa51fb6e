#pragma once

#include "connector/connectorwizard.h"

#include <initializer_list>

namespace mailflow::testsupport {

// Moving through the connector wizard as a person does, with the Next button, checking at every
// step that the wizard went where it should.

template<typename Page>
[[nodiscard]] Page *pageOf(ConnectorWizard &wizard, ConnectorWizard::PageId id)
{
    return qobject_cast<Page *>(wizard.page(id));
}

[[nodiscard]] bool nextEnabled(ConnectorWizard &wizard);

// Presses Next, which must be shown and on, and checks that the wizard is on expectedId.
void next(ConnectorWizard &wizard, int expectedId);

// Presses Next once for each page id, checking that the pages come in this order.
void nextThrough(ConnectorWizard &wizard, std::initializer_list<int> pageIds);

// Presses Next until pageId is current; each step must land on the page nextId() announced.
void nextUntil(ConnectorWizard &wizard, int pageId);

} // namespace mailflow::testsupport
