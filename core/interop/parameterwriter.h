#pragma once

#include "diagnostics/diagnostic.h"
#include "model/connector.h"
#include "model/mailflowrule.h"

#include <QList>
#include <QString>

namespace mailflow::interop {

// One parameter as PowerShell source: "-<name> <value>", or "-<name>" alone for an empty
// value. A value starting with ':' is written right after the name (-Confirm:$false).
struct RenderedParameter {
    QString name;
    QString value;

    friend bool operator==(const RenderedParameter &, const RenderedParameter &) = default;
};

[[nodiscard]] QString renderParameter(const RenderedParameter &parameter);

// The settings of a rule as New-TransportRule / Set-TransportRule parameters, in a fixed order:
// Mode, dates, StopRuleProcessing, RuleErrorAction, SenderAddressLocation, Comments, the
// conditions, the exceptions (ExceptIf…), the actions, then the kept unmodelled parameters.
// Name, Priority and Enabled are left to the caller, as New- and Set- differ there. A rule the
// cmdlets cannot express (the same condition twice, a word with a comma in a Property:words
// entry) adds an error naming the rule.
[[nodiscard]] QList<RenderedParameter> ruleSettings(const MailFlowRule &rule,
                                                    Diagnostics *errors);

// The settings of a connector for New-/Set-OutboundConnector or New-/Set-InboundConnector,
// Name excluded. Lists that the connector does not use are written as $null, so an update
// clears them; SmtpDaneMode and MtaStsMode are written as announced for Exchange Online,
// though the cmdlet reference does not list them yet.
[[nodiscard]] QList<RenderedParameter> connectorSettings(const Connector &connector,
                                                         Diagnostics *errors);

} // namespace mailflow::interop
