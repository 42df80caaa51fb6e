#pragma once

#include "model/workspace.h"

#include <QJsonObject>

namespace mailflow::store {

inline constexpr int currentFormatVersion = 1;

// The marker that tells a Mailflow Admin workspace from any other JSON file.
[[nodiscard]] QString formatMarker();

// The JSON objects of the workspace file. Connectors keep the fields of their direction, plus
// any field of the other direction that differs from its default, so nothing is lost on save.
[[nodiscard]] QJsonObject workspaceObject(const Workspace &workspace);
[[nodiscard]] QJsonObject connectorObject(const Connector &connector);
[[nodiscard]] QJsonObject ruleObject(const MailFlowRule &rule);
[[nodiscard]] QJsonObject predicateObject(const QString &kind, const PredicateValue &value);

// ISO 8601 in UTC ("2025-01-31T18:00:00Z"), with milliseconds only when there are any.
[[nodiscard]] QString dateTimeText(const QDateTime &when);

} // namespace mailflow::store
