#pragma once

#include "predicate.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace mailflow {

enum class RuleMode {
    Enforce,        // Enforce
    AuditAndNotify, // "Test with Policy Tips"
    Audit,          // "Test without Policy Tips"
};

enum class RuleErrorAction { Ignore, Defer };
enum class SenderAddressLocation { Header, Envelope, HeaderOrEnvelope };

// A mail flow (transport) rule. Its priority is its position in Workspace::rules, so the file
// never holds two rules claiming one priority.
struct MailFlowRule {
    QString name;
    bool enabled = true;
    RuleMode mode = RuleMode::Enforce;
    QDateTime activationDate; // invalid = active now
    QDateTime expiryDate;     // invalid = never expires
    bool stopProcessing = false;
    RuleErrorAction errorAction = RuleErrorAction::Ignore;
    SenderAddressLocation senderAddressLocation = SenderAddressLocation::Header;
    QString comments;

    QList<RuleCondition> conditions;
    QList<RuleCondition> exceptions;
    QList<RuleAction> actions;

    // Parameters of an imported rule that the model has no field for: PowerShell parameter name
    // → its value exactly as written in the source (empty for a switch). Kept so an export
    // writes them back unchanged instead of silently losing them.
    QList<std::pair<QString, QString>> unmodelledParameters;

    friend bool operator==(const MailFlowRule &, const MailFlowRule &) = default;
};

} // namespace mailflow
