#include "objectdiff.h"

#include "model/connectortext.h"
#include "model/predicateregistry.h"
#include "model/rulesentence.h"

#include <QCoreApplication>

namespace mailflow::interop {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::interop::Diff", text);
}

QString quoted(const QString &text)
{
    return tr("'%1'").arg(text);
}

QString onOff(bool value)
{
    return value ? tr("on") : tr("off");
}

QString dateText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : tr("(none)");
}

QString daneText(SmtpDaneMode mode)
{
    switch (mode) {
    case SmtpDaneMode::None: return tr("none");
    case SmtpDaneMode::Opportunistic: return tr("opportunistic");
    case SmtpDaneMode::Mandatory: return tr("mandatory");
    }
    return {};
}

QString mtaStsText(MtaStsMode mode)
{
    return mode == MtaStsMode::None ? tr("none") : tr("opportunistic");
}

QString identityText(InboundIdentity identity)
{
    switch (identity) {
    case InboundIdentity::CertificateSubject: return tr("by certificate subject");
    case InboundIdentity::SenderIpAddresses: return tr("by sender IP address");
    case InboundIdentity::SenderDomains: return tr("by sender domain");
    }
    return {};
}

QString senderLocationText(SenderAddressLocation location)
{
    switch (location) {
    case SenderAddressLocation::Header: return tr("header");
    case SenderAddressLocation::Envelope: return tr("envelope");
    case SenderAddressLocation::HeaderOrEnvelope: return tr("header or envelope");
    }
    return {};
}

class Changes
{
public:
    void value(const QString &label, const QString &before, const QString &after)
    {
        if (before != after)
            m_out << tr("%1: %2 → %3").arg(label, before, after);
    }

    void text(const QString &label, const QString &before, const QString &after)
    {
        if (before != after)
            value(label, before.isEmpty() ? tr("(none)") : quoted(before),
                  after.isEmpty() ? tr("(none)") : quoted(after));
    }

    void flag(const QString &label, bool before, bool after)
    {
        value(label, onOff(before), onOff(after));
    }

    void list(const QString &label, const QStringList &before, const QStringList &after)
    {
        const QString change = listChange(before, after);
        if (!change.isEmpty())
            m_out << tr("%1 %2").arg(label, change);
    }

    void add(const QString &line) { m_out << line; }

    [[nodiscard]] QStringList take() { return std::move(m_out); }

private:
    QStringList m_out;
};

QString valueText(const QString &kind, const PredicateValue &value)
{
    const PredicateType *type = findPredicate(kind);
    return type ? describeValue(type->shape, value) : kind;
}

void propertyChanges(Changes &out, const QString &label, const QList<PropertyWords> &before,
                     const QList<PropertyWords> &after)
{
    auto find = [](const QList<PropertyWords> &groups, const QString &property) {
        for (const PropertyWords &group : groups) {
            if (group.property.compare(property, Qt::CaseInsensitive) == 0)
                return &group;
        }
        return static_cast<const PropertyWords *>(nullptr);
    };
    for (const PropertyWords &group : after) {
        const PropertyWords *old = find(before, group.property);
        out.list(tr("%1: %2").arg(label, group.property), old ? old->words : QStringList(),
                 group.words);
    }
    for (const PropertyWords &group : before) {
        if (!find(after, group.property))
            out.list(tr("%1: %2").arg(label, group.property), group.words, {});
    }
}

void valueChanges(Changes &out, const QString &label, const PredicateType &type,
                  const PredicateValue &before, const PredicateValue &after)
{
    if (shapeHasProperties(type.shape)) {
        propertyChanges(out, label, before.properties, after.properties);
        return;
    }
    out.list(label, before.items, after.items);
    out.text(label, before.text, after.text);
    out.text(label, before.secondText, after.secondText);
    if (before.number != after.number)
        out.value(label, describeValue(type.shape, before), describeValue(type.shape, after));
}

// Conditions (or exceptions, or actions) matched by kind, in the order of the newer rule.
template<typename Predicate>
void predicateChanges(Changes &out, const QString &role, const QList<Predicate> &before,
                      const QList<Predicate> &after)
{
    QList<bool> matched(before.size(), false);
    for (const Predicate &item : after) {
        qsizetype index = -1;
        for (qsizetype i = 0; i < before.size() && index < 0; ++i) {
            if (!matched.at(i) && before.at(i).kind == item.kind)
                index = i;
        }
        const PredicateType *type = findPredicate(item.kind);
        const QString label = tr("%1 \"%2\"").arg(role, type ? type->menuText() : item.kind);
        if (index < 0) {
            out.add(tr("%1 added: %2").arg(label, valueText(item.kind, item.value)));
            continue;
        }
        matched[index] = true;
        if (type && before.at(index).value != item.value)
            valueChanges(out, label, *type, before.at(index).value, item.value);
    }
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (matched.at(i))
            continue;
        const PredicateType *type = findPredicate(before.at(i).kind);
        out.add(tr("%1 \"%2\" removed").arg(role, type ? type->menuText() : before.at(i).kind));
    }
}

void keptChanges(Changes &out, const QList<std::pair<QString, QString>> &before,
                 const QList<std::pair<QString, QString>> &after)
{
    auto find = [](const QList<std::pair<QString, QString>> &list, const QString &name) {
        for (const auto &entry : list) {
            if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
                return &entry.second;
        }
        return static_cast<const QString *>(nullptr);
    };
    for (const auto &[name, text] : after) {
        const QString *old = find(before, name);
        if (!old)
            out.add(tr("kept parameter -%1 added: %2").arg(name, text));
        else if (*old != text)
            out.value(tr("kept parameter -%1").arg(name), *old, text);
    }
    for (const auto &[name, text] : before) {
        if (!find(after, name))
            out.add(tr("kept parameter -%1 removed").arg(name));
    }
}

} // namespace

QString listChange(const QStringList &before, const QStringList &after)
{
    if (before == after)
        return {};
    QStringList parts;
    for (const QString &item : after) {
        if (!before.contains(item))
            parts << u'+' + quoted(item);
    }
    for (const QString &item : before) {
        if (!after.contains(item))
            parts << u'-' + quoted(item);
    }
    return parts.isEmpty() ? tr("order changed") : parts.join(u' ');
}

QStringList connectorChanges(const Connector &beforeAsSaved, const Connector &afterAsSaved)
{
    const Connector a = beforeAsSaved.normalized();
    const Connector b = afterAsSaved.normalized();
    Changes out;
    out.text(tr("name"), a.name, b.name);
    out.value(tr("direction"), directionText(a.kind), directionText(b.kind));
    out.text(tr("description"), a.description, b.description);
    out.flag(tr("enabled"), a.enabled, b.enabled);
    out.flag(tr("retain internal Exchange email headers"), a.retainInternalHeaders,
             b.retainInternalHeaders);

    if (a.usage != b.usage)
        out.value(tr("use of connector"), usageText(a), usageText(b));
    else
        out.list(tr("recipient domains"), a.recipientDomains, b.recipientDomains);
    if (a.routing != b.routing)
        out.value(tr("routing"), routingText(a), routingText(b));
    else
        out.list(tr("smart hosts"), a.smartHosts, b.smartHosts);
    if (a.tls != b.tls || a.tlsDomain != b.tlsDomain)
        out.value(tr("TLS"), tlsText(a), tlsText(b));
    out.value(tr("SMTP DANE"), daneText(a.daneMode), daneText(b.daneMode));
    out.value(tr("MTA-STS"), mtaStsText(a.mtaStsMode), mtaStsText(b.mtaStsMode));
    out.list(tr("validation addresses"), a.validationRecipients, b.validationRecipients);
    if (a.validation != b.validation)
        out.value(tr("validation"), validationText(a.validation), validationText(b.validation));

    if (a.identity != b.identity)
        out.value(tr("authentication"), identityText(a.identity), identityText(b.identity));
    out.text(tr("certificate subject"), a.tlsSenderCertificateName, b.tlsSenderCertificateName);
    out.list(tr("sender IP addresses"), a.senderIpAddresses, b.senderIpAddresses);
    out.list(tr("sender domains"), a.senderDomains, b.senderDomains);
    out.flag(tr("reject email not sent over TLS"), a.requireTls, b.requireTls);
    out.flag(tr("restrict to the certificate subject"), a.restrictToCertificate,
             b.restrictToCertificate);
    out.flag(tr("restrict to the IP addresses"), a.restrictToIpAddresses,
             b.restrictToIpAddresses);
    keptChanges(out, a.unmodelledParameters, b.unmodelledParameters);
    return out.take();
}

QStringList ruleChanges(const MailFlowRule &a, const MailFlowRule &b)
{
    Changes out;
    out.text(tr("name"), a.name, b.name);
    out.flag(tr("enabled"), a.enabled, b.enabled);
    out.value(tr("mode"), ruleModeText(a.mode), ruleModeText(b.mode));
    out.value(tr("activate on"), dateText(a.activationDate), dateText(b.activationDate));
    out.value(tr("deactivate on"), dateText(a.expiryDate), dateText(b.expiryDate));
    out.flag(tr("stop processing more rules"), a.stopProcessing, b.stopProcessing);
    out.flag(tr("defer the message if rule processing doesn't complete"),
             a.errorAction == RuleErrorAction::Defer, b.errorAction == RuleErrorAction::Defer);
    if (a.senderAddressLocation != b.senderAddressLocation)
        out.value(tr("match sender address in message"),
                  senderLocationText(a.senderAddressLocation),
                  senderLocationText(b.senderAddressLocation));
    out.text(tr("comments"), a.comments, b.comments);
    predicateChanges(out, tr("condition"), a.conditions, b.conditions);
    predicateChanges(out, tr("exception"), a.exceptions, b.exceptions);
    predicateChanges(out, tr("action"), a.actions, b.actions);
    keptChanges(out, a.unmodelledParameters, b.unmodelledParameters);
    return out.take();
}

} // namespace mailflow::interop
