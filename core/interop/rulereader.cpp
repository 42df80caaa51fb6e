#include "rulereader.h"

#include "keptvalue.h"
#include "parameterreader.h"
#include "model/predicateregistry.h"
#include "model/userproperties.h"

#include <QCoreApplication>
#include <QHash>

namespace mailflow::interop {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::interop::Import", text);
}

bool is(const QString &name, const char16_t *expected)
{
    return name.compare(QStringView(expected), Qt::CaseInsensitive) == 0;
}

struct PredicateParameter {
    const PredicateType *type = nullptr;
    bool second = false;
    bool exception = false;
};

// Parameter name (lower case) → predicate: conditions, their ExceptIf exceptions, actions.
const QHash<QString, PredicateParameter> &predicateParameters()
{
    static const QHash<QString, PredicateParameter> table = [] {
        QHash<QString, PredicateParameter> out;
        for (const PredicateType &type : predicateTypes()) {
            const bool condition = type.role == PredicateRole::Condition;
            for (const bool exception : {false, true}) {
                if (exception && !condition)
                    continue;
                const QString prefix = exception ? QStringLiteral("exceptif") : QString();
                out.insert(prefix + QLatin1String(type.parameter).toString().toLower(),
                           {&type, false, exception});
                if (type.secondParameter)
                    out.insert(prefix
                                   + QLatin1String(type.secondParameter).toString().toLower(),
                               {&type, true, exception});
            }
        }
        return out;
    }();
    return table;
}

struct Pending {
    const PredicateType *type = nullptr;
    bool exception = false;
    qsizetype offset = 0;
    PredicateValue value;
    QStringList propertyEntries;
    bool flag = false;
};

class RuleBuilder
{
public:
    RuleBuilder(ImportContext *context, const QString &name)
        : m_context(context)
        , m_reader(context, name)
    {
        m_out.rule.name = name;
        m_errorsBefore = context->errorCount();
    }

    void apply(const ScriptParameter &p)
    {
        MailFlowRule &rule = m_out.rule;
        if (is(p.name, u"Name"))
            return;
        if (is(p.name, u"Priority")) {
            if (const auto value = m_reader.number(p); value && *value < 0)
                m_reader.fail(p, tr("-Priority cannot be negative."));
            else if (value)
                m_out.priority = *value;
        } else if (is(p.name, u"Enabled")) {
            setIf(&rule.enabled, m_reader.boolean(p));
        } else if (is(p.name, u"Mode")) {
            setIf(&rule.mode, m_reader.choice<RuleMode>(p, {{u"Enforce", RuleMode::Enforce},
                                                            {u"Audit", RuleMode::Audit},
                                                            {u"AuditAndNotify",
                                                             RuleMode::AuditAndNotify}}));
        } else if (is(p.name, u"ActivationDate")) {
            setIf(&rule.activationDate, m_reader.date(p));
        } else if (is(p.name, u"ExpiryDate")) {
            setIf(&rule.expiryDate, m_reader.date(p));
        } else if (is(p.name, u"StopRuleProcessing")) {
            setIf(&rule.stopProcessing, m_reader.boolean(p));
        } else if (is(p.name, u"RuleErrorAction")) {
            setIf(&rule.errorAction, m_reader.choice<RuleErrorAction>(
                                         p, {{u"Ignore", RuleErrorAction::Ignore},
                                             {u"Defer", RuleErrorAction::Defer}}));
        } else if (is(p.name, u"SenderAddressLocation")) {
            using L = SenderAddressLocation;
            setIf(&rule.senderAddressLocation,
                  m_reader.choice<L>(p, {{u"Header", L::Header}, {u"Envelope", L::Envelope},
                                         {u"HeaderOrEnvelope", L::HeaderOrEnvelope}}));
        } else if (is(p.name, u"Comments")) {
            setIf(&rule.comments, m_reader.text(p));
        } else if (const auto found = predicateParameters().find(p.name.toLower());
                   found != predicateParameters().cend()) {
            applyPredicate(p, *found);
        } else {
            if (keepsLiteral(*m_context, rule.name, p)) {
                rule.unmodelledParameters.append({p.name, p.sourceText});
                m_context->keep(true, rule.name, p.name, p.sourceText, p.offset);
            }
        }
    }

    std::optional<ReadRule> finish()
    {
        for (Pending &pending : m_pending)
            finishPredicate(pending);
        if (m_failed || m_context->errorCount() > m_errorsBefore)
            return std::nullopt;
        return m_out;
    }

private:
    template<typename T>
    void setIf(T *target, const std::optional<T> &value)
    {
        if (value)
            *target = *value;
        else
            m_failed = true;
    }

    Pending &pendingFor(const PredicateParameter &key, qsizetype offset)
    {
        for (Pending &pending : m_pending) {
            if (pending.type == key.type && pending.exception == key.exception)
                return pending;
        }
        m_pending.append({key.type, key.exception, offset, {}, {}, false});
        return m_pending.last();
    }

    void applyPredicate(const ScriptParameter &p, const PredicateParameter &key)
    {
        Pending &pending = pendingFor(key, p.offset);
        PredicateValue &value = pending.value;
        switch (key.type->shape) {
        case ValueShape::Words:
        case ValueShape::Patterns:
        case ValueShape::Addresses:
        case ValueShape::Domains:
            setIf(&value.items, m_reader.list(p));
            break;
        case ValueShape::PropertyWords:
        case ValueShape::PropertyPatterns:
            setIf(&pending.propertyEntries, m_reader.list(p));
            break;
        case ValueShape::Scope:
            setIf(&value.text, m_reader.text(p));
            for (const char16_t *scope : {u"InOrganization", u"NotInOrganization"}) {
                if (is(value.text, scope))
                    value.text = QString::fromUtf16(scope);
            }
            break;
        case ValueShape::SizeBytes:
            if (p.hasValue && p.value.kind == ScriptValue::Kind::Null)
                value.number = 0;
            else
                setIf(&value.number, m_reader.size(p));
            break;
        case ValueShape::HeaderWords:
        case ValueShape::HeaderPatterns:
            if (key.second)
                setIf(&value.items, m_reader.list(p));
            else
                setIf(&value.text, m_reader.text(p));
            break;
        case ValueShape::Connector:
        case ValueShape::Text:
            setIf(&value.text, m_reader.text(p));
            break;
        case ValueShape::HeaderValue:
        case ValueShape::Rejection:
            setIf(key.second ? &value.secondText : &value.text, m_reader.text(p));
            break;
        case ValueShape::Flag:
            setIf(&pending.flag, m_reader.boolean(p));
            break;
        }
    }

    void readProperties(Pending &pending)
    {
        for (const QString &entry : std::as_const(pending.propertyEntries)) {
            const qsizetype colon = entry.indexOf(u':');
            if (colon <= 0) {
                m_context->error("value.property", pending.offset, m_out.rule.name,
                                 pending.type->menuText(),
                                 tr("'%1' does not name a user property.").arg(entry),
                                 tr("Write each entry as Property:word,word, for example "
                                    "'City:New Orleans,Baton Rouge'."));
                continue;
            }
            const QString written = entry.left(colon).trimmed();
            const QString canonical = canonicalUserProperty(written);
            PropertyWords group{canonical.isEmpty() ? written : canonical, {}};
            for (const QString &item : entry.mid(colon + 1).split(u',')) {
                if (!item.trimmed().isEmpty())
                    group.words << item.trimmed();
            }
            pending.value.properties << group;
        }
    }

    // A predicate whose parameters were all $null (or $false) is absent, as in Exchange.
    void finishPredicate(Pending &pending)
    {
        const PredicateType &type = *pending.type;
        readProperties(pending);
        const PredicateValue &value = pending.value;
        bool present = false;
        switch (type.shape) {
        case ValueShape::Flag:
            present = pending.flag;
            break;
        case ValueShape::SizeBytes:
            present = value.number != 0;
            break;
        case ValueShape::HeaderWords:
        case ValueShape::HeaderPatterns:
            present = !value.text.isEmpty() || !value.items.isEmpty();
            if (present && (value.text.isEmpty() || value.items.isEmpty()))
                missingPart(pending, value.text.isEmpty() ? type.parameter
                                                          : type.secondParameter);
            break;
        case ValueShape::HeaderValue:
            present = !value.text.isEmpty() || !value.secondText.isEmpty();
            if (present && value.text.isEmpty())
                missingPart(pending, type.parameter);
            break;
        default:
            present = !value.items.isEmpty() || !value.properties.isEmpty()
                || !value.text.isEmpty() || !value.secondText.isEmpty()
                || !pending.propertyEntries.isEmpty();
        }
        if (!present)
            return;

        MailFlowRule &rule = m_out.rule;
        if (type.role == PredicateRole::Action)
            rule.actions.append({type.idString(), value});
        else if (pending.exception)
            rule.exceptions.append({type.idString(), value});
        else
            rule.conditions.append({type.idString(), value});
    }

    void missingPart(const Pending &pending, const char *parameter)
    {
        const QString name = (pending.exception ? QStringLiteral("-ExceptIf") : QStringLiteral("-"))
            + QLatin1String(parameter);
        m_context->error("value.missingPart", pending.offset, m_out.rule.name,
                         pending.type->menuText(),
                         tr("This condition needs %1 as well.").arg(name),
                         tr("Add %1 to the command.").arg(name));
    }

    ImportContext *m_context;
    ParameterReader m_reader;
    ReadRule m_out;
    QList<Pending> m_pending;
    bool m_failed = false;
    qsizetype m_errorsBefore = 0;
};

} // namespace

QString commandObjectName(const ScriptCommand &command)
{
    for (const ScriptParameter &parameter : command.parameters) {
        if ((is(parameter.name, u"Name") || is(parameter.name, u"Identity"))
            && parameter.hasValue && parameter.value.kind == ScriptValue::Kind::String)
            return parameter.value.text;
    }
    if (!command.positional.isEmpty()
        && command.positional.constFirst().kind == ScriptValue::Kind::String)
        return command.positional.constFirst().text;
    return {};
}

std::optional<ReadRule> readRule(const ScriptCommand &command, ImportContext *context)
{
    const QString name = commandObjectName(command);
    if (name.trimmed().isEmpty()) {
        context->error("name.missing", command.offset, {}, QStringLiteral("-Name"),
                       tr("%1 has no -Name.").arg(command.name),
                       tr("Add -Name 'rule name' to the command."));
        return std::nullopt;
    }

    if (!checkCommandShape(command, name, context))
        return std::nullopt;

    RuleBuilder builder(context, name);
    for (const ScriptParameter &parameter : command.parameters)
        builder.apply(parameter);
    return builder.finish();
}

} // namespace mailflow::interop
