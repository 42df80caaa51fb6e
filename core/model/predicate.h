#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mailflow {

// One "Property:word,word" group of the AD-property predicates (City:New Orleans,Baton Rouge).
struct PropertyWords {
    QString property;
    QStringList words;

    friend bool operator==(const PropertyWords &, const PropertyWords &) = default;
};

// The value a condition, exception or action carries. Which members matter is decided by the
// predicate's ValueShape in the registry; the rest stay empty, so one type serves every kind.
struct PredicateValue {
    QStringList items;              // words, patterns, addresses, domains
    QList<PropertyWords> properties; // user-property predicates
    QString text;                   // header name, connector name, explanation, prefix, scope
    QString secondText;             // header value, enhanced status code
    qint64 number = 0;              // message size in bytes

    friend bool operator==(const PredicateValue &, const PredicateValue &) = default;
};

// A condition or exception: "Apply this rule if…" / "Except if…".
struct RuleCondition {
    QString kind; // registry id, e.g. "recipientPropertyContainsWords"
    PredicateValue value;

    friend bool operator==(const RuleCondition &, const RuleCondition &) = default;
};

// "Do the following…".
struct RuleAction {
    QString kind; // registry id, e.g. "redirectToConnector"
    PredicateValue value;

    friend bool operator==(const RuleAction &, const RuleAction &) = default;
};

} // namespace mailflow
