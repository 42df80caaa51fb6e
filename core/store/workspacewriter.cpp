#include "workspacewriter.h"

#include "enumnames.h"
#include "valuemembers.h"

#include <QJsonArray>

namespace mailflow::store {

namespace {

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

void putDate(QJsonObject *object, const QString &key, const QDateTime &when)
{
    if (when.isValid())
        object->insert(key, dateTimeText(when));
}

// A field of the other direction is written only when it holds something, so a connector that
// changed direction keeps its data while a normal one stays short.
template<typename Value>
void putIf(QJsonObject *object, bool used, const QString &key, const Value &value,
           const Value &defaultValue, const QJsonValue &json)
{
    if (used || value != defaultValue)
        object->insert(key, json);
}

// Parameters an import found no field for, in their order: [{"name": …, "value": …}]. Written
// only when there are any, so an ordinary workspace file does not change.
void putUnmodelled(QJsonObject *object, const QList<std::pair<QString, QString>> &parameters)
{
    if (parameters.isEmpty())
        return;
    QJsonArray out;
    for (const auto &[name, value] : parameters)
        out.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    object->insert(QStringLiteral("unmodelledParameters"), out);
}

QJsonArray predicateArray(const QList<RuleCondition> &conditions)
{
    QJsonArray out;
    for (const RuleCondition &condition : conditions)
        out.append(predicateObject(condition.kind, condition.value));
    return out;
}

QJsonArray predicateArray(const QList<RuleAction> &actions)
{
    QJsonArray out;
    for (const RuleAction &action : actions)
        out.append(predicateObject(action.kind, action.value));
    return out;
}

// Every member that holds something: used for a kind the registry does not know, so saving
// never drops what the model holds (loading such a file is refused with the kind named).
ValueMembers nonEmptyMembers(const PredicateValue &value)
{
    ValueMembers members;
    if (!value.items.isEmpty())
        members |= ValueMember::Items;
    if (!value.properties.isEmpty())
        members |= ValueMember::Properties;
    if (!value.text.isEmpty())
        members |= ValueMember::Text;
    if (!value.secondText.isEmpty())
        members |= ValueMember::SecondText;
    if (value.number != 0)
        members |= ValueMember::Number;
    return members;
}

} // namespace

QString formatMarker()
{
    return QStringLiteral("mailflow-admin-workspace");
}

QString dateTimeText(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    return utc.time().msec() == 0 ? utc.toString(Qt::ISODate) : utc.toString(Qt::ISODateWithMs);
}

QJsonObject predicateObject(const QString &kind, const PredicateValue &value)
{
    QJsonObject out;
    out.insert(QStringLiteral("kind"), kind);

    const PredicateType *type = findPredicate(kind);
    const ValueMembers members = type ? valueMembers(type->shape) : nonEmptyMembers(value);
    if (members & ValueMember::Items)
        out.insert(QStringLiteral("items"), stringArray(value.items));
    if (members & ValueMember::Properties) {
        QJsonArray properties;
        for (const PropertyWords &group : value.properties) {
            properties.append(QJsonObject{
                {QStringLiteral("property"), group.property},
                {QStringLiteral("words"), stringArray(group.words)},
            });
        }
        out.insert(QStringLiteral("properties"), properties);
    }
    if (members & ValueMember::Text)
        out.insert(QStringLiteral("text"), value.text);
    if (members & ValueMember::SecondText)
        out.insert(QStringLiteral("secondText"), value.secondText);
    if (members & ValueMember::Number)
        out.insert(QStringLiteral("number"), value.number);
    return out;
}

QJsonObject connectorObject(const Connector &c)
{
    const Connector d;
    const bool outbound = c.isOutbound();
    const bool inbound = !outbound;
    QJsonObject o;

    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("description"), c.description);
    o.insert(QStringLiteral("kind"), enumToName(c.kind));
    o.insert(QStringLiteral("enabled"), c.enabled);
    o.insert(QStringLiteral("retainInternalHeaders"), c.retainInternalHeaders);

    putIf(&o, outbound, QStringLiteral("usage"), c.usage, d.usage, enumToName(c.usage));
    putIf(&o, outbound, QStringLiteral("recipientDomains"), c.recipientDomains, d.recipientDomains,
          stringArray(c.recipientDomains));
    putIf(&o, outbound, QStringLiteral("routing"), c.routing, d.routing, enumToName(c.routing));
    putIf(&o, outbound, QStringLiteral("smartHosts"), c.smartHosts, d.smartHosts,
          stringArray(c.smartHosts));
    putIf(&o, outbound, QStringLiteral("tls"), c.tls, d.tls, enumToName(c.tls));
    putIf(&o, outbound, QStringLiteral("tlsDomain"), c.tlsDomain, d.tlsDomain, c.tlsDomain);
    putIf(&o, outbound, QStringLiteral("smtpDaneMode"), c.daneMode, d.daneMode,
          enumToName(c.daneMode));
    putIf(&o, outbound, QStringLiteral("mtaStsMode"), c.mtaStsMode, d.mtaStsMode,
          enumToName(c.mtaStsMode));
    putIf(&o, outbound, QStringLiteral("validationRecipients"), c.validationRecipients,
          d.validationRecipients, stringArray(c.validationRecipients));
    if (outbound || c.validation != d.validation) {
        QJsonObject validation;
        validation.insert(QStringLiteral("validated"), c.validation.validated);
        putDate(&validation, QStringLiteral("lastValidatedUtc"), c.validation.lastValidatedUtc);
        validation.insert(QStringLiteral("recipients"), stringArray(c.validation.recipients));
        o.insert(QStringLiteral("validation"), validation);
    }

    putIf(&o, inbound, QStringLiteral("identity"), c.identity, d.identity, enumToName(c.identity));
    putIf(&o, inbound, QStringLiteral("tlsSenderCertificateName"), c.tlsSenderCertificateName,
          d.tlsSenderCertificateName, c.tlsSenderCertificateName);
    putIf(&o, inbound, QStringLiteral("senderIpAddresses"), c.senderIpAddresses,
          d.senderIpAddresses, stringArray(c.senderIpAddresses));
    putIf(&o, inbound, QStringLiteral("senderDomains"), c.senderDomains, d.senderDomains,
          stringArray(c.senderDomains));
    putIf(&o, inbound, QStringLiteral("requireTls"), c.requireTls, d.requireTls, c.requireTls);
    putIf(&o, inbound, QStringLiteral("restrictToCertificate"), c.restrictToCertificate,
          d.restrictToCertificate, c.restrictToCertificate);
    putIf(&o, inbound, QStringLiteral("restrictToIpAddresses"), c.restrictToIpAddresses,
          d.restrictToIpAddresses, c.restrictToIpAddresses);
    putUnmodelled(&o, c.unmodelledParameters);
    return o;
}

QJsonObject ruleObject(const MailFlowRule &rule)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), rule.name);
    o.insert(QStringLiteral("enabled"), rule.enabled);
    o.insert(QStringLiteral("mode"), enumToName(rule.mode));
    putDate(&o, QStringLiteral("activationDate"), rule.activationDate);
    putDate(&o, QStringLiteral("expiryDate"), rule.expiryDate);
    o.insert(QStringLiteral("stopProcessing"), rule.stopProcessing);
    o.insert(QStringLiteral("errorAction"), enumToName(rule.errorAction));
    o.insert(QStringLiteral("senderAddressLocation"), enumToName(rule.senderAddressLocation));
    o.insert(QStringLiteral("comments"), rule.comments);
    o.insert(QStringLiteral("conditions"), predicateArray(rule.conditions));
    o.insert(QStringLiteral("exceptions"), predicateArray(rule.exceptions));
    o.insert(QStringLiteral("actions"), predicateArray(rule.actions));
    putUnmodelled(&o, rule.unmodelledParameters);
    return o;
}

QJsonObject workspaceObject(const Workspace &workspace)
{
    QJsonArray connectors;
    for (const Connector &connector : workspace.connectors)
        connectors.append(connectorObject(connector));

    QJsonArray rules;
    for (const MailFlowRule &rule : workspace.rules)
        rules.append(ruleObject(rule));

    return QJsonObject{
        {QStringLiteral("format"), formatMarker()},
        {QStringLiteral("version"), currentFormatVersion},
        {QStringLiteral("connectors"), connectors},
        {QStringLiteral("rules"), rules},
    };
}

} // namespace mailflow::store
