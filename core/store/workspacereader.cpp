#include "workspacereader.h"

#include "enumnames.h"
#include "valuemembers.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mailflow::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::WorkspaceFile", text);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("true or false");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("text");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("missing");
}

QString member(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString element(const QString &path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

} // namespace

// One JSON object being read: typed getters that leave the target untouched when the key is
// absent and file a path-naming error when the value has the wrong type.
class WorkspaceReader::Object
{
public:
    Object(WorkspaceReader *reader, QJsonObject object, QString path)
        : m_reader(reader)
        , m_object(std::move(object))
        , m_path(std::move(path))
    {
    }

    // The first key the format does not define for this object, or an empty string.
    [[nodiscard]] QString unknownKey(const QStringList &keys) const
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!keys.contains(it.key()))
                return it.key();
        }
        return {};
    }

    bool onlyKeys(const QStringList &keys)
    {
        const QString key = unknownKey(keys);
        if (key.isEmpty())
            return true;
        const QString where = member(m_path, key);
        return m_reader->fail(QStringLiteral("file.field"), where,
                              tr("%1 is not a field of the workspace format. Check its spelling "
                                 "or remove it.").arg(where));
    }

    bool string(const QString &key, QString *out)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isString())
            return wrongType(key, tr("text"), value);
        *out = value.toString();
        return true;
    }

    bool boolean(const QString &key, bool *out)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isBool())
            return wrongType(key, tr("true or false"), value);
        *out = value.toBool();
        return true;
    }

    bool integer(const QString &key, qint64 *out)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isDouble())
            return wrongType(key, tr("a whole number"), value);
        if (double(value.toInteger()) != value.toDouble()) {
            const QString where = member(m_path, key);
            return m_reader->fail(QStringLiteral("file.type"), where,
                                  tr("%1 must be a whole number, not %2.")
                                      .arg(where, QString::number(value.toDouble())));
        }
        *out = value.toInteger();
        return true;
    }

    bool strings(const QString &key, QStringList *out)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return true;
        return readStrings(value, member(m_path, key), out);
    }

    bool readStrings(const QJsonValue &value, const QString &where, QStringList *out)
    {
        if (!value.isArray())
            return m_reader->fail(QStringLiteral("file.type"), where,
                                  tr("%1 must be a list of strings, not %2.")
                                      .arg(where, typeName(value)));
        QStringList list;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return m_reader->fail(QStringLiteral("file.type"), element(where, i),
                                      tr("%1 must be a list of strings; %2 is %3.")
                                          .arg(where, element(where, i), typeName(array.at(i))));
            list << array.at(i).toString();
        }
        *out = list;
        return true;
    }

    template<typename Enum>
    bool enumValue(const QString &key, Enum *out)
    {
        QString name;
        if (!m_object.contains(key))
            return true;
        if (!string(key, &name))
            return false;
        const std::optional<Enum> value = enumFromName<Enum>(name);
        if (!value) {
            const QString where = member(m_path, key);
            return m_reader->fail(QStringLiteral("file.value"), where,
                                  tr("%1 is '%2', which is not one of: %3.")
                                      .arg(where, name, allEnumNames<Enum>().join(u", ")));
        }
        *out = *value;
        return true;
    }

    // Dates carry their time zone: a file read on another machine must mean the same instant.
    bool dateTime(const QString &key, QDateTime *out)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            *out = QDateTime();
            return true;
        }
        const QDateTime parsed = value.isString()
            ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
        if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime) {
            const QString where = member(m_path, key);
            const QString found = value.isString()
                ? QStringLiteral("'%1'").arg(value.toString()) : typeName(value);
            return m_reader->fail(QStringLiteral("file.type"), where,
                                  tr("%1 must be a date and time in ISO 8601 with a time zone, "
                                     "such as 2025-01-31T18:00:00Z, not %2.").arg(where, found));
        }
        *out = parsed.toUTC();
        return true;
    }

    // Parameters an import kept word for word: [{"name": …, "value": …}], in their order.
    bool unmodelled(const QString &key, QList<std::pair<QString, QString>> *out)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isArray())
            return wrongType(key, tr("a list"), value);
        QList<std::pair<QString, QString>> parameters;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject entry = array.at(i).toObject();
            const QJsonValue name = entry.value(QStringLiteral("name"));
            const QJsonValue text = entry.value(QStringLiteral("value"));
            if (!array.at(i).isObject() || entry.size() != 2 || !name.isString()
                || name.toString().isEmpty() || !text.isString()) {
                const QString where = element(member(m_path, key), i);
                return m_reader->fail(QStringLiteral("file.type"), where,
                                      tr("%1 must be an object with the texts \"name\" and "
                                         "\"value\".").arg(where));
            }
            parameters.append({name.toString(), text.toString()});
        }
        *out = parameters;
        return true;
    }

    bool list(const QString &key, QJsonArray *out)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isArray())
            return wrongType(key, tr("a list"), value);
        *out = value.toArray();
        return true;
    }

    [[nodiscard]] QJsonValue value(const QString &key) const { return m_object.value(key); }
    [[nodiscard]] bool contains(const QString &key) const { return m_object.contains(key); }

private:
    bool wrongType(const QString &key, const QString &expected, const QJsonValue &value)
    {
        const QString where = member(m_path, key);
        return m_reader->fail(QStringLiteral("file.type"), where,
                              tr("%1 must be %2, not %3.").arg(where, expected, typeName(value)));
    }

    WorkspaceReader *m_reader;
    QJsonObject m_object;
    QString m_path;
};

bool WorkspaceReader::fail(const QString &code, const QString &path, const QString &message)
{
    m_code = code;
    m_path = path;
    m_message = message;
    return false;
}

std::optional<Workspace> WorkspaceReader::read(const QJsonObject &root)
{
    Object o(this, root, QString());
    QJsonArray connectors;
    QJsonArray rules;
    const bool shapeOk = o.onlyKeys({QStringLiteral("format"), QStringLiteral("version"),
                                     QStringLiteral("connectors"), QStringLiteral("rules")})
        && o.list(QStringLiteral("connectors"), &connectors)
        && o.list(QStringLiteral("rules"), &rules);
    if (!shapeOk)
        return std::nullopt;

    Workspace workspace;
    for (qsizetype i = 0; i < connectors.size(); ++i) {
        Connector connector;
        if (!readConnector(connectors.at(i), element(QStringLiteral("connectors"), i),
                           &connector))
            return std::nullopt;
        workspace.connectors << connector;
    }
    for (qsizetype i = 0; i < rules.size(); ++i) {
        MailFlowRule rule;
        if (!readRule(rules.at(i), element(QStringLiteral("rules"), i), &rule))
            return std::nullopt;
        workspace.rules << rule;
    }
    return workspace;
}

bool WorkspaceReader::readConnector(const QJsonValue &value, const QString &path,
                                    Connector *out)
{
    if (!value.isObject())
        return fail(QStringLiteral("file.type"), path,
                    tr("%1 must be an object describing a connector, not %2.")
                        .arg(path, typeName(value)));

    Object o(this, value.toObject(), path);
    Connector &c = *out;
    return o.onlyKeys({
               QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("kind"),
               QStringLiteral("enabled"), QStringLiteral("retainInternalHeaders"),
               QStringLiteral("usage"), QStringLiteral("recipientDomains"),
               QStringLiteral("routing"), QStringLiteral("smartHosts"), QStringLiteral("tls"),
               QStringLiteral("tlsDomain"), QStringLiteral("smtpDaneMode"),
               QStringLiteral("mtaStsMode"), QStringLiteral("validationRecipients"),
               QStringLiteral("validation"), QStringLiteral("identity"),
               QStringLiteral("tlsSenderCertificateName"), QStringLiteral("senderIpAddresses"),
               QStringLiteral("senderDomains"), QStringLiteral("requireTls"),
               QStringLiteral("restrictToCertificate"), QStringLiteral("restrictToIpAddresses"),
               QStringLiteral("unmodelledParameters"),
           })
        && o.string(QStringLiteral("name"), &c.name)
        && o.string(QStringLiteral("description"), &c.description)
        && o.enumValue(QStringLiteral("kind"), &c.kind)
        && o.boolean(QStringLiteral("enabled"), &c.enabled)
        && o.boolean(QStringLiteral("retainInternalHeaders"), &c.retainInternalHeaders)
        && o.enumValue(QStringLiteral("usage"), &c.usage)
        && o.strings(QStringLiteral("recipientDomains"), &c.recipientDomains)
        && o.enumValue(QStringLiteral("routing"), &c.routing)
        && o.strings(QStringLiteral("smartHosts"), &c.smartHosts)
        && o.enumValue(QStringLiteral("tls"), &c.tls)
        && o.string(QStringLiteral("tlsDomain"), &c.tlsDomain)
        && o.enumValue(QStringLiteral("smtpDaneMode"), &c.daneMode)
        && o.enumValue(QStringLiteral("mtaStsMode"), &c.mtaStsMode)
        && o.strings(QStringLiteral("validationRecipients"), &c.validationRecipients)
        && (!o.contains(QStringLiteral("validation"))
            || readValidation(o.value(QStringLiteral("validation")),
                              member(path, QStringLiteral("validation")), &c.validation))
        && o.enumValue(QStringLiteral("identity"), &c.identity)
        && o.string(QStringLiteral("tlsSenderCertificateName"), &c.tlsSenderCertificateName)
        && o.strings(QStringLiteral("senderIpAddresses"), &c.senderIpAddresses)
        && o.strings(QStringLiteral("senderDomains"), &c.senderDomains)
        && o.boolean(QStringLiteral("requireTls"), &c.requireTls)
        && o.boolean(QStringLiteral("restrictToCertificate"), &c.restrictToCertificate)
        && o.boolean(QStringLiteral("restrictToIpAddresses"), &c.restrictToIpAddresses)
        && o.unmodelled(QStringLiteral("unmodelledParameters"), &c.unmodelledParameters);
}

bool WorkspaceReader::readValidation(const QJsonValue &value, const QString &path,
                                     ValidationRecord *out)
{
    if (!value.isObject())
        return fail(QStringLiteral("file.type"), path,
                    tr("%1 must be an object, not %2.").arg(path, typeName(value)));

    Object o(this, value.toObject(), path);
    return o.onlyKeys({QStringLiteral("validated"), QStringLiteral("lastValidatedUtc"),
                       QStringLiteral("recipients")})
        && o.boolean(QStringLiteral("validated"), &out->validated)
        && o.dateTime(QStringLiteral("lastValidatedUtc"), &out->lastValidatedUtc)
        && o.strings(QStringLiteral("recipients"), &out->recipients);
}

bool WorkspaceReader::readRule(const QJsonValue &value, const QString &path, MailFlowRule *out)
{
    if (!value.isObject())
        return fail(QStringLiteral("file.type"), path,
                    tr("%1 must be an object describing a rule, not %2.")
                        .arg(path, typeName(value)));

    Object o(this, value.toObject(), path);
    MailFlowRule &r = *out;
    QJsonArray conditions;
    QJsonArray exceptions;
    QJsonArray actions;
    const bool fieldsOk = o.onlyKeys({
               QStringLiteral("name"), QStringLiteral("enabled"), QStringLiteral("mode"),
               QStringLiteral("activationDate"), QStringLiteral("expiryDate"),
               QStringLiteral("stopProcessing"), QStringLiteral("errorAction"),
               QStringLiteral("senderAddressLocation"), QStringLiteral("comments"),
               QStringLiteral("conditions"), QStringLiteral("exceptions"),
               QStringLiteral("actions"), QStringLiteral("unmodelledParameters"),
           })
        && o.string(QStringLiteral("name"), &r.name)
        && o.boolean(QStringLiteral("enabled"), &r.enabled)
        && o.enumValue(QStringLiteral("mode"), &r.mode)
        && o.dateTime(QStringLiteral("activationDate"), &r.activationDate)
        && o.dateTime(QStringLiteral("expiryDate"), &r.expiryDate)
        && o.boolean(QStringLiteral("stopProcessing"), &r.stopProcessing)
        && o.enumValue(QStringLiteral("errorAction"), &r.errorAction)
        && o.enumValue(QStringLiteral("senderAddressLocation"), &r.senderAddressLocation)
        && o.string(QStringLiteral("comments"), &r.comments)
        && o.list(QStringLiteral("conditions"), &conditions)
        && o.list(QStringLiteral("exceptions"), &exceptions)
        && o.list(QStringLiteral("actions"), &actions)
        && o.unmodelled(QStringLiteral("unmodelledParameters"), &r.unmodelledParameters);
    if (!fieldsOk)
        return false;

    const auto readConditions = [&](const QJsonArray &array, const QString &key,
                                    QList<RuleCondition> *list) {
        for (qsizetype i = 0; i < array.size(); ++i) {
            RuleCondition condition;
            if (!readPredicate(array.at(i), element(member(path, key), i), false,
                               &condition.kind, &condition.value))
                return false;
            list->append(condition);
        }
        return true;
    };
    if (!readConditions(conditions, QStringLiteral("conditions"), &r.conditions)
        || !readConditions(exceptions, QStringLiteral("exceptions"), &r.exceptions))
        return false;

    for (qsizetype i = 0; i < actions.size(); ++i) {
        RuleAction action;
        if (!readPredicate(actions.at(i), element(member(path, QStringLiteral("actions")), i),
                           true, &action.kind, &action.value))
            return false;
        r.actions << action;
    }
    return true;
}

// The registry decides which members a kind carries; a kind this program does not know is
// refused rather than dropped, because saving the workspace again would silently lose it.
bool WorkspaceReader::readPredicate(const QJsonValue &value, const QString &path, bool action,
                                    QString *kind, PredicateValue *out)
{
    if (!value.isObject())
        return fail(QStringLiteral("file.type"), path,
                    action ? tr("%1 must be an object describing an action, not %2.")
                                 .arg(path, typeName(value))
                           : tr("%1 must be an object describing a condition, not %2.")
                                 .arg(path, typeName(value)));

    Object o(this, value.toObject(), path);
    const QString kindPath = member(path, QStringLiteral("kind"));
    if (!o.contains(QStringLiteral("kind")))
        return fail(QStringLiteral("file.kind"), kindPath,
                    tr("%1 is missing; every condition and action names its kind.")
                        .arg(kindPath));
    if (!o.string(QStringLiteral("kind"), kind))
        return false;

    const PredicateType *type = findPredicate(*kind);
    if (!type)
        return fail(QStringLiteral("file.kind"), kindPath,
                    tr("%1 is '%2', a kind this version of Mailflow Admin does not know. "
                       "Open the file with the version that wrote it.").arg(kindPath, *kind));
    if ((type->role == PredicateRole::Action) != action)
        return fail(QStringLiteral("file.kind"), kindPath,
                    action ? tr("%1 is '%2', which is a condition, not an action.")
                                 .arg(kindPath, *kind)
                           : tr("%1 is '%2', which is an action, not a condition.")
                                 .arg(kindPath, *kind));

    const ValueMembers members = valueMembers(type->shape);
    const QStringList memberKeys = valueMemberKeys(members);
    const QString unknown = o.unknownKey(QStringList{QStringLiteral("kind")} + memberKeys);
    if (!unknown.isEmpty()) {
        const QString where = member(path, unknown);
        return fail(QStringLiteral("file.field"), where,
                    memberKeys.isEmpty()
                        ? tr("%1 does not belong to '%2', which holds only its kind.")
                              .arg(where, *kind)
                        : tr("%1 does not belong to '%2', which holds: %3.")
                              .arg(where, *kind, memberKeys.join(u", ")));
    }

    return o.strings(QStringLiteral("items"), &out->items)
        && (!o.contains(QStringLiteral("properties"))
            || readProperties(o.value(QStringLiteral("properties")),
                              member(path, QStringLiteral("properties")), &out->properties))
        && o.string(QStringLiteral("text"), &out->text)
        && o.string(QStringLiteral("secondText"), &out->secondText)
        && o.integer(QStringLiteral("number"), &out->number);
}

bool WorkspaceReader::readProperties(const QJsonValue &value, const QString &path,
                                     QList<PropertyWords> *out)
{
    if (!value.isArray())
        return fail(QStringLiteral("file.type"), path,
                    tr("%1 must be a list of {\"property\", \"words\"} objects, not %2.")
                        .arg(path, typeName(value)));

    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = element(path, i);
        if (!array.at(i).isObject())
            return fail(QStringLiteral("file.type"), where,
                        tr("%1 must be an object with a property and its words, not %2.")
                            .arg(where, typeName(array.at(i))));
        Object o(this, array.at(i).toObject(), where);
        PropertyWords group;
        if (!o.onlyKeys({QStringLiteral("property"), QStringLiteral("words")})
            || !o.string(QStringLiteral("property"), &group.property)
            || !o.strings(QStringLiteral("words"), &group.words))
            return false;
        out->append(group);
    }
    return true;
}

} // namespace mailflow::store
