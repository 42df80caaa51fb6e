#pragma once

#include "workspace.h"

#include <QStringList>

namespace mailflow::edits {

// The changes the admin makes to a workspace, as pure functions returning the new workspace,
// so the window, the command line and the undo history share one definition of each edit.

// Replaces the connector at `index`, or appends when index is -1. A renamed connector carries
// its rules' redirects along.
[[nodiscard]] Workspace putConnector(Workspace workspace, qsizetype index,
                                     const Connector &connector);
[[nodiscard]] Workspace removeConnector(Workspace workspace, qsizetype index);
[[nodiscard]] Workspace setConnectorEnabled(Workspace workspace, qsizetype index, bool enabled);

// Replaces (index ≥ 0) or adds (index -1) a rule and places it at `priority` (0 runs first).
// Taking a used priority pushes that rule and the later ones down by one, as Exchange does.
[[nodiscard]] Workspace putRule(Workspace workspace, qsizetype index, const MailFlowRule &rule,
                                qsizetype priority);
[[nodiscard]] Workspace removeRule(Workspace workspace, qsizetype index);
[[nodiscard]] Workspace setRuleEnabled(Workspace workspace, qsizetype index, bool enabled);
[[nodiscard]] Workspace moveRule(Workspace workspace, qsizetype from, qsizetype to);

// Adds the imported connectors and rules after the existing ones, in their order.
[[nodiscard]] Workspace appendWorkspace(Workspace workspace, const Workspace &imported);

// Connector and rule names of `imported` that `workspace` already uses (names ignore case),
// as "connector 'X'" / "rule 'Y'", so an import that would clash can be refused whole.
[[nodiscard]] QStringList nameClashes(const Workspace &workspace, const Workspace &imported);

// Names of the rules whose actions redirect to the named connector.
[[nodiscard]] QStringList rulesRedirectingTo(const Workspace &workspace, const QString &name);

} // namespace mailflow::edits
