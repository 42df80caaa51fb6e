#pragma once

#include "predicate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mailflow {

struct Workspace;

// What a predicate's value looks like; the editor, the file format, the sentence and the
// validation all work per shape, so a new predicate of a known shape is one registry entry.
enum class ValueShape {
    Words,            // items: words or phrases, ORed
    Patterns,         // items: regular expressions, ORed
    Addresses,        // items: mailboxes or group addresses
    Domains,          // items: domain names
    PropertyWords,    // properties: user property → words
    PropertyPatterns, // properties: user property → patterns
    Scope,            // text: InOrganization | NotInOrganization
    SizeBytes,        // number: bytes
    HeaderWords,      // text: header name; items: words
    HeaderPatterns,   // text: header name; items: patterns
    Connector,        // text: outbound connector name
    Text,             // text: free text (subject prefix)
    HeaderValue,      // text: header name; secondText: value
    Rejection,        // text: explanation; secondText: enhanced status code
    Flag,             // no value: the action is on or absent
};

enum class PredicateRole { Condition, Action };

struct PredicateType {
    const char *id;
    PredicateRole role;
    ValueShape shape;
    const char *parameter;       // PowerShell parameter; exceptions add the ExceptIf prefix
    const char *secondParameter; // the paired parameter of two-part values, or nullptr
    const char *subject;         // the admin center's first menu: "The recipient…"
    const char *label;           // the second menu: "has specific properties including …"
    const char *sentence;        // "the recipient's %1", %1 being the described value

    [[nodiscard]] QString idString() const { return QString::fromLatin1(id); }
    [[nodiscard]] QString subjectText() const;
    [[nodiscard]] QString labelText() const;
    // "The recipient… has specific properties including any of these words".
    [[nodiscard]] QString menuText() const;
};

[[nodiscard]] const QList<PredicateType> &predicateTypes();
[[nodiscard]] QList<const PredicateType *> predicateTypes(PredicateRole role);
[[nodiscard]] const PredicateType *findPredicate(const QString &id);

// Where several words or patterns are enough to be a list of items (not the property shapes).
[[nodiscard]] bool shapeHasItems(ValueShape shape);
[[nodiscard]] bool shapeHasProperties(ValueShape shape);
[[nodiscard]] bool shapeIsPatterns(ValueShape shape);

// The value in words, as the rule sentence shows it: "'New Orleans' or 'Baton Rouge'".
[[nodiscard]] QString describeValue(ValueShape shape, const PredicateValue &value);
[[nodiscard]] QString describeCondition(const RuleCondition &condition);
[[nodiscard]] QString describeAction(const RuleAction &action);

// Problems with a value, one translated sentence each; the workspace resolves connectors.
[[nodiscard]] QStringList checkPredicateValue(const PredicateType &type,
                                              const PredicateValue &value,
                                              const Workspace &workspace);

} // namespace mailflow
