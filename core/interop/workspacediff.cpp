#include "workspacediff.h"

#include "model/connectortext.h"

#include <QCoreApplication>

namespace mailflow::interop {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::interop::Diff", text);
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Indexes into `before` of the names that keep their relative order: a longest common
// subsequence of the two name lists, matched case-insensitively. Quadratic, which is fine
// for the few hundred rules a tenant can hold.
QList<bool> keptOrder(const QStringList &before, const QStringList &after)
{
    const qsizetype n = before.size();
    const qsizetype m = after.size();
    QList<QList<int>> length(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            length[i][j] = sameName(before.at(i), after.at(j))
                ? length[i + 1][j + 1] + 1
                : std::max(length[i + 1][j], length[i][j + 1]);
        }
    }
    QList<bool> kept(n, false);
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (sameName(before.at(i), after.at(j))) {
            kept[i] = true;
            ++i;
            ++j;
        } else if (length[i + 1][j] >= length[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    return kept;
}

template<typename List>
QStringList namesOf(const List &list)
{
    QStringList out;
    for (const auto &item : list)
        out << item.name;
    return out;
}

void connectorsDiff(const Workspace &before, const Workspace &after, QList<ObjectChange> *out)
{
    for (const Connector &connector : after.connectors) {
        const Connector *old = before.findConnector(connector.name);
        if (!old) {
            out->append({ObjectChange::Kind::Added, false, connector.name,
                         {tr("added (%1)").arg(directionText(connector.kind))}});
            continue;
        }
        const QStringList details = connectorChanges(*old, connector);
        if (!details.isEmpty())
            out->append({ObjectChange::Kind::Changed, false, connector.name, details});
    }
    for (const Connector &connector : before.connectors) {
        if (after.connectorIndex(connector.name) < 0)
            out->append({ObjectChange::Kind::Removed, false, connector.name, {tr("removed")}});
    }
}

void rulesDiff(const Workspace &before, const Workspace &after, QList<ObjectChange> *out)
{
    // Only rules in both workspaces take part in the order comparison, so an added or removed
    // rule does not make its neighbours look moved.
    QStringList commonBefore;
    for (const MailFlowRule &rule : before.rules) {
        if (after.ruleIndex(rule.name) >= 0)
            commonBefore << rule.name;
    }
    QStringList commonAfter;
    for (const MailFlowRule &rule : after.rules) {
        if (before.ruleIndex(rule.name) >= 0)
            commonAfter << rule.name;
    }
    const QList<bool> kept = keptOrder(commonBefore, commonAfter);
    QStringList moved;
    for (qsizetype i = 0; i < commonBefore.size(); ++i) {
        if (!kept.at(i))
            moved << commonBefore.at(i);
    }

    for (qsizetype priority = 0; priority < after.rules.size(); ++priority) {
        const MailFlowRule &rule = after.rules.at(priority);
        const qsizetype oldPriority = before.ruleIndex(rule.name);
        if (oldPriority < 0) {
            out->append({ObjectChange::Kind::Added, true, rule.name,
                         {tr("added at priority %1").arg(priority)}});
            continue;
        }
        QStringList details;
        if (moved.contains(rule.name, Qt::CaseInsensitive))
            details << tr("priority %1 → %2").arg(oldPriority).arg(priority);
        details << ruleChanges(before.rules.at(oldPriority), rule);
        if (!details.isEmpty())
            out->append({ObjectChange::Kind::Changed, true, rule.name, details});
    }
    for (const MailFlowRule &rule : before.rules) {
        if (after.ruleIndex(rule.name) < 0)
            out->append({ObjectChange::Kind::Removed, true, rule.name, {tr("removed")}});
    }
}

} // namespace

QList<ObjectChange> diffWorkspaces(const Workspace &before, const Workspace &after)
{
    QList<ObjectChange> out;
    connectorsDiff(before, after, &out);
    rulesDiff(before, after, &out);
    return out;
}

QStringList diffLines(const QList<ObjectChange> &changes)
{
    QStringList out;
    for (const ObjectChange &change : changes) {
        const QString object = change.isRule ? tr("rule '%1'").arg(change.name)
                                             : tr("connector '%1'").arg(change.name);
        for (const QString &detail : change.details)
            out << tr("%1: %2").arg(object, detail);
    }
    return out;
}

} // namespace mailflow::interop
