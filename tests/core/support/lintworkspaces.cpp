#include "lintworkspaces.h"

#include "store/workspacefile.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mailflow::linttest {

QDateTime lintNow()
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}

Workspace sample()
{
    return store::loadSampleWorkspace();
}

Connector &contoso(Workspace &w)
{
    return w.connectors[0];
}

MailFlowRule &route(Workspace &w)
{
    return w.rules[0];
}

RuleCondition words(const QString &kind, const QStringList &items)
{
    RuleCondition c{kind, {}};
    c.value.items = items;
    return c;
}

RuleCondition city(const QStringList &words)
{
    RuleCondition c{u"recipientPropertyContainsWords"_s, {}};
    c.value.properties = {{u"City"_s, words}};
    return c;
}

RuleAction action(const QString &kind, const QString &text)
{
    RuleAction a{kind, {}};
    a.value.text = text;
    return a;
}

Workspace withSmartHosts(const QStringList &hosts, TlsSettings tls, const QString &tlsDomain)
{
    Workspace w = sample();
    contoso(w).smartHosts = hosts;
    contoso(w).tls = tls;
    contoso(w).tlsDomain = tls == TlsSettings::DomainValidation ? tlsDomain : QString();
    return w;
}

Workspace withDates(const QDateTime &activation, const QDateTime &expiry)
{
    Workspace w = sample();
    route(w).activationDate = activation;
    route(w).expiryDate = expiry;
    return w;
}

bool hasCode(const Diagnostics &diagnostics, const QString &code)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [&code](const Diagnostic &d) { return d.code == code; });
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << u"%1 [%2] %3: %4"_s.arg(d.code, d.object, d.field, d.message);
    return lines.join(u'\n');
}

} // namespace mailflow::linttest
