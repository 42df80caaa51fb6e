#include "lintsupport.h"

#include <QCoreApplication>

#include <algorithm>

namespace mailflow::lintsupport {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::Lint", text);
}

QString validationField(const char *text)
{
    return QCoreApplication::translate("mailflow::Validator", text);
}

QList<Redirect> redirects(const Workspace &workspace)
{
    QList<Redirect> out;
    for (const MailFlowRule &rule : workspace.rules) {
        for (const RuleAction &action : rule.actions) {
            const PredicateType *type = findPredicate(action.kind);
            if (!type || type->shape != ValueShape::Connector)
                continue;
            out << Redirect{&rule, action.value.text,
                            validationField("Do the following: %1").arg(type->menuText())};
        }
    }
    return out;
}

bool hasRequireTlsAction(const MailFlowRule &rule)
{
    return std::any_of(rule.actions.cbegin(), rule.actions.cend(), [](const RuleAction &a) {
        return a.kind == QLatin1String("requireTls");
    });
}

QString conditionField(const PredicateType &type, bool exception)
{
    return QStringLiteral("%1: %2").arg(exception ? validationField("Except if")
                                                  : validationField("Apply this rule if"),
                                        type.menuText());
}

} // namespace mailflow::lintsupport
