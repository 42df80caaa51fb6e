#include "workspaceedits.h"

#include "predicateregistry.h"

#include <QCoreApplication>

#include <algorithm>

namespace mailflow::edits {

namespace {

bool validIndex(qsizetype index, qsizetype size)
{
    return index >= 0 && index < size;
}

} // namespace

Workspace putConnector(Workspace workspace, qsizetype index, const Connector &connector)
{
    const Connector normalized = connector.normalized();
    if (!validIndex(index, workspace.connectors.size())) {
        workspace.connectors.append(normalized);
        return workspace;
    }

    const QString oldName = workspace.connectors.at(index).name;
    if (oldName != normalized.name)
        workspace.renameConnector(oldName, normalized.name);
    workspace.connectors[index] = normalized;
    return workspace;
}

Workspace removeConnector(Workspace workspace, qsizetype index)
{
    if (validIndex(index, workspace.connectors.size()))
        workspace.connectors.removeAt(index);
    return workspace;
}

Workspace setConnectorEnabled(Workspace workspace, qsizetype index, bool enabled)
{
    if (validIndex(index, workspace.connectors.size()))
        workspace.connectors[index].enabled = enabled;
    return workspace;
}

Workspace putRule(Workspace workspace, qsizetype index, const MailFlowRule &rule,
                  qsizetype priority)
{
    if (validIndex(index, workspace.rules.size()))
        workspace.rules.removeAt(index);

    const qsizetype place = std::clamp<qsizetype>(priority, 0, workspace.rules.size());
    workspace.rules.insert(place, rule);
    return workspace;
}

Workspace removeRule(Workspace workspace, qsizetype index)
{
    if (validIndex(index, workspace.rules.size()))
        workspace.rules.removeAt(index);
    return workspace;
}

Workspace setRuleEnabled(Workspace workspace, qsizetype index, bool enabled)
{
    if (validIndex(index, workspace.rules.size()))
        workspace.rules[index].enabled = enabled;
    return workspace;
}

Workspace moveRule(Workspace workspace, qsizetype from, qsizetype to)
{
    const qsizetype size = workspace.rules.size();
    if (validIndex(from, size) && validIndex(to, size))
        workspace.rules.move(from, to);
    return workspace;
}

Workspace appendWorkspace(Workspace workspace, const Workspace &imported)
{
    workspace.connectors << imported.connectors;
    workspace.rules << imported.rules;
    return workspace;
}

QStringList nameClashes(const Workspace &workspace, const Workspace &imported)
{
    QStringList out;
    for (const Connector &connector : imported.connectors) {
        if (workspace.connectorIndex(connector.name) >= 0)
            out << QCoreApplication::translate("mailflow::WorkspaceEdits", "connector '%1'")
                       .arg(connector.name);
    }
    for (const MailFlowRule &rule : imported.rules) {
        if (workspace.ruleIndex(rule.name) >= 0)
            out << QCoreApplication::translate("mailflow::WorkspaceEdits", "rule '%1'")
                       .arg(rule.name);
    }
    return out;
}

QStringList rulesRedirectingTo(const Workspace &workspace, const QString &name)
{
    QStringList out;
    for (const MailFlowRule &rule : workspace.rules) {
        const bool redirects = std::any_of(
            rule.actions.cbegin(), rule.actions.cend(), [&name](const RuleAction &action) {
                const PredicateType *type = findPredicate(action.kind);
                return type && type->shape == ValueShape::Connector
                    && action.value.text.compare(name, Qt::CaseInsensitive) == 0;
            });
        if (redirects)
            out << rule.name;
    }
    return out;
}

} // namespace mailflow::edits
