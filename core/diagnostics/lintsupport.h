#pragma once

#include "model/predicateregistry.h"
#include "model/workspace.h"

#include <QList>
#include <QString>

// Helpers the lint checks share.
namespace mailflow::lintsupport {

[[nodiscard]] QString tr(const char *text);

// A field name spelt exactly as field validation spells it, so a lint finding that restates
// a validation finding can be matched to it.
[[nodiscard]] QString validationField(const char *text);

// One "redirect the message to the following connector" action of a rule.
struct Redirect {
    const MailFlowRule *rule;
    QString connector; // as written in the action
    QString field;     // "Do the following: Redirect the message to… the following connector"
};

// Every redirect action of every rule, in priority order.
[[nodiscard]] QList<Redirect> redirects(const Workspace &workspace);

[[nodiscard]] bool hasRequireTlsAction(const MailFlowRule &rule);

// "Apply this rule if: The recipient… has …" / "Except if: …", as validation names them.
[[nodiscard]] QString conditionField(const PredicateType &type, bool exception);

} // namespace mailflow::lintsupport
