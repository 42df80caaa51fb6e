#pragma once

#include "model/predicateregistry.h"
#include "model/workspace.h"

#include <QString>

// The workspaces the workspace-file tests write and read back, shared so the round trip, the
// reading and the saving tests all exercise the same full format.
namespace mailflow::storetest {

// Text outside ASCII (accents, CJK, an emoji beyond the BMP), so every string field is checked
// for UTF-8 handling.
[[nodiscard]] QString unicodeText();

// A value of the given shape with every member it uses filled in; `connectorName` for the
// shapes that name a connector.
[[nodiscard]] PredicateValue valueFor(ValueShape shape, const QString &connectorName);

// Every connector kind, every enum value and every predicate kind of the registry, with text
// that is not ASCII, so one round trip covers the whole format.
[[nodiscard]] Workspace fullScenario();

} // namespace mailflow::storetest
