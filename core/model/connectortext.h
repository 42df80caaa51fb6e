#pragma once

#include "connector.h"

#include <QString>

namespace mailflow {

// The admin center's words for a connector's settings, shared by the window, the wizard's review
// page and the command line so all three describe a connector the same way.
[[nodiscard]] QString connectionFromText(ConnectorKind kind);
[[nodiscard]] QString connectionToText(ConnectorKind kind);
[[nodiscard]] QString directionText(ConnectorKind kind); // "Office 365 → Partner organization"
[[nodiscard]] QString usageText(const Connector &connector);
[[nodiscard]] QString routingText(const Connector &connector);
[[nodiscard]] QString tlsText(const Connector &connector);
[[nodiscard]] QString tlsPowerShellValue(TlsSettings tls); // "DomainValidation", "$null"
[[nodiscard]] QString validationText(const ValidationRecord &record);

} // namespace mailflow
