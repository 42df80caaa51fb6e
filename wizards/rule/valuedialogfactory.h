#pragma once

#include "model/predicateregistry.h"

class QWidget;

namespace mailflow {

class ValueDialog;
struct Workspace;

// The value dialog for a predicate, chosen by its shape alone; nullptr for the Flag shape,
// which has no value to enter. The dialog is a child of `parent` and deletes itself on close.
[[nodiscard]] ValueDialog *createValueDialog(const PredicateType &type,
                                             const PredicateValue &value,
                                             const Workspace &workspace, QWidget *parent);

} // namespace mailflow
