#include "workspace.h"

#include "predicateregistry.h"

namespace mailflow {

namespace {

template<typename List>
qsizetype indexByName(const List &list, const QString &name)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

qsizetype Workspace::connectorIndex(const QString &name) const
{
    return indexByName(connectors, name);
}

qsizetype Workspace::ruleIndex(const QString &name) const
{
    return indexByName(rules, name);
}

const Connector *Workspace::findConnector(const QString &name) const
{
    const qsizetype index = connectorIndex(name);
    return index < 0 ? nullptr : &connectors.at(index);
}

void Workspace::renameConnector(const QString &from, const QString &to)
{
    const qsizetype index = connectorIndex(from);
    if (index >= 0)
        connectors[index].name = to;

    for (MailFlowRule &rule : rules) {
        for (RuleAction &action : rule.actions) {
            const PredicateType *type = findPredicate(action.kind);
            if (type && type->shape == ValueShape::Connector
                && action.value.text.compare(from, Qt::CaseInsensitive) == 0)
                action.value.text = to;
        }
    }
}

} // namespace mailflow
