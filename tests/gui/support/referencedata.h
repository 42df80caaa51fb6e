#pragma once

#include "model/connector.h"
#include "model/mailflowrule.h"
#include "model/workspace.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mailflow::testsupport {

// The values the GUI tests start from and compare against, so every test file means the same
// connector when it says "Contoso".

// Office 365 to the organization's server for mail a rule redirects: two smart hosts, TLS with
// a wildcard domain, one validation address; not validated.
[[nodiscard]] Connector contosoConnector();

// A connector already in the workspace, whose name a new one must not take.
[[nodiscard]] Connector existingConnector();

[[nodiscard]] Workspace workspaceWith(const QList<Connector> &connectors);

// "From Fabrikam": a partner to Office 365, told apart by its sender domain fabrikam.com.
[[nodiscard]] Connector fabrikamInboundConnector();

// The name of the connector the reference rule redirects to.
[[nodiscard]] QString redirectConnectorName();

// From the organization's server to Office 365; a redirect must never offer it.
[[nodiscard]] Connector inboundConnector();

// The rule editor's workspace: the outbound connector named redirectConnectorName(), used only
// by rules, and inboundConnector().
[[nodiscard]] Workspace referenceWorkspace();

// "Route New Orleans to Contoso": the recipient's City includes one of `words` → redirect to
// redirectConnectorName(); audit mode, both dates, stop processing and a comment.
[[nodiscard]] MailFlowRule referenceRule(const QStringList &words);

} // namespace mailflow::testsupport
