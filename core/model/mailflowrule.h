#pragma once

#include "predicate.h"

#include <QDateTime>
#include <QList>
#include <QString>

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

    friend bool operator==(const MailFlowRule &, const MailFlowRule &) = default;
};

} // namespace mailflow
