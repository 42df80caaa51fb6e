#include "powershellreader.h"

#include "connectorreader.h"
#include "importcontext.h"
#include "parameterreader.h"
#include "rulereader.h"
#include "scriptparser.h"

#include <QCoreApplication>

#include <algorithm>

namespace mailflow::interop {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::interop::Import", text);
}

bool is(const QString &name, const QString &expected)
{
    return name.compare(expected, Qt::CaseInsensitive) == 0;
}

const QStringList &nouns()
{
    static const QStringList list{QStringLiteral("OutboundConnector"),
                                  QStringLiteral("InboundConnector"),
                                  QStringLiteral("TransportRule")};
    return list;
}

// The parameters of a command as (name, value as written), sorted, without the ones named.
QStringList parameterTexts(const ScriptCommand &command, const QStringList &without)
{
    QStringList out;
    for (const ScriptParameter &parameter : command.parameters) {
        if (!without.contains(parameter.name, Qt::CaseInsensitive))
            out << parameter.name.toLower() + u' ' + parameter.sourceText;
    }
    std::sort(out.begin(), out.end());
    return out;
}

class ScriptReader
{
public:
    explicit ScriptReader(const QString &text)
        : m_context(ImportContext::linesOf(text))
    {
    }

    ImportResult run(const Script &script)
    {
        for (const ScriptError &error : script.errors)
            m_context.error("syntax", error.offset, {}, {}, error.message);
        if (script.errors.isEmpty()) {
            for (const ScriptStatement &statement : script.statements)
                this->statement(statement);
        }

        ImportResult result;
        result.format = ImportFormat::PowerShell;
        result.workspace = m_workspace;
        m_context.finish(&result);
        return result;
    }

private:
    void statement(const ScriptStatement &statement)
    {
        if (statement.kind == ScriptStatement::Kind::If)
            ifExists(statement);
        else
            command(statement.command);
    }

    void command(const ScriptCommand &command)
    {
        const QString &name = command.name;
        if (is(name, u"New-OutboundConnector"_s) || is(name, u"New-InboundConnector"_s)) {
            const bool outbound = is(name, u"New-OutboundConnector"_s);
            if (const std::optional<Connector> connector = readConnector(command, outbound,
                                                                         &m_context))
                addConnector(*connector, command.offset);
        } else if (is(name, u"New-TransportRule"_s)) {
            if (const std::optional<ReadRule> rule = readRule(command, &m_context))
                addRule(*rule, command.offset);
        } else if (is(name, u"Validate-OutboundConnector"_s)) {
            validate(command);
        } else if (changesExistingObject(name)) {
            m_context.error("command.unsupported", command.offset, commandObjectName(command),
                            {}, tr("%1 changes an object that already exists, which an import "
                                   "cannot see.").arg(name),
                            tr("Put the settings into the New-… command of that object, or "
                               "use the if (Get-…) { Set-… } else { New-… } form the export "
                               "writes."));
        } else {
            m_context.warning("command.skipped", command.offset, {}, {},
                              tr("%1 does not create a connector or rule and was skipped.")
                                  .arg(name));
        }
    }

    static bool changesExistingObject(const QString &name)
    {
        for (const QString &noun : nouns()) {
            if (name.endsWith(u'-' + noun, Qt::CaseInsensitive) && !is(name, u"Get-"_s + noun))
                return true;
        }
        return false;
    }

    void addConnector(const Connector &connector, qsizetype offset)
    {
        if (m_workspace.connectorIndex(connector.name) >= 0) {
            m_context.error("name.duplicate", offset, connector.name, QStringLiteral("-Name"),
                            tr("A connector named '%1' is created twice.").arg(connector.name),
                            tr("Give each connector its own name."));
            return;
        }
        m_workspace.connectors << connector;
    }

    // Each New-TransportRule takes its -Priority as Exchange assigns it when the commands run in
    // order: a taken value pushes that rule and the later ones down by one.
    void addRule(const ReadRule &read, qsizetype offset)
    {
        if (m_workspace.ruleIndex(read.rule.name) >= 0) {
            m_context.error("name.duplicate", offset, read.rule.name, QStringLiteral("-Name"),
                            tr("A rule named '%1' is created twice.").arg(read.rule.name),
                            tr("Give each rule its own name."));
            return;
        }
        const qsizetype count = m_workspace.rules.size();
        const qsizetype at = read.priority ? std::min(*read.priority, count) : count;
        m_workspace.rules.insert(at, read.rule);
    }

    void validate(const ScriptCommand &command)
    {
        const QString name = commandObjectName(command);
        const qsizetype index = m_workspace.connectorIndex(name);
        if (index < 0 || !m_workspace.connectors.at(index).isOutbound()) {
            m_context.error("validate.connector", command.offset, name, QStringLiteral("-Identity"),
                            tr("Validate-OutboundConnector names '%1', which is not an outbound "
                               "connector created earlier in the script.").arg(name),
                            tr("Move the validation after the connector's New-OutboundConnector "
                               "and check the name."));
            return;
        }
        ParameterReader reader(&m_context, name);
        for (const ScriptParameter &parameter : command.parameters) {
            if (!is(parameter.name, u"Recipients"_s))
                continue;
            if (const std::optional<QStringList> recipients = reader.list(parameter)) {
                QStringList &list = m_workspace.connectors[index].validationRecipients;
                for (const QString &recipient : *recipients) {
                    if (!list.contains(recipient, Qt::CaseInsensitive))
                        list << recipient;
                }
            }
        }
    }

    // The export's update form. Its New- branch is what is imported; its Set- branch must say
    // the same, or an edit made in one branch only would be lost without notice.
    void ifExists(const ScriptStatement &statement)
    {
        const ScriptCommand &condition = statement.command;
        const QString noun = condition.name.mid(4);
        const QString name = commandObjectName(condition);
        const bool knownNoun = condition.name.startsWith(u"Get-", Qt::CaseInsensitive)
            && nouns().contains(noun, Qt::CaseInsensitive);
        const ScriptCommand *update = nullptr;
        const ScriptCommand *state = nullptr;
        const ScriptCommand *create = nullptr;
        for (const ScriptStatement &inner : statement.thenBranch) {
            if (inner.kind != ScriptStatement::Kind::Command)
                update = nullptr;
            else if (is(inner.command.name, u"Set-"_s + noun) && !update)
                update = &inner.command;
            else if (is(noun, u"TransportRule"_s)
                     && (is(inner.command.name, u"Enable-TransportRule"_s)
                         || is(inner.command.name, u"Disable-TransportRule"_s)))
                state = &inner.command;
        }
        if (statement.elseBranch.size() == 1
            && statement.elseBranch.constFirst().kind == ScriptStatement::Kind::Command
            && is(statement.elseBranch.constFirst().command.name, u"New-"_s + noun))
            create = &statement.elseBranch.constFirst().command;

        const qsizetype expectedThen = 1 + (state ? 1 : 0);
        if (!knownNoun || name.isEmpty() || !update || !create
            || statement.thenBranch.size() != expectedThen
            || !is(commandObjectName(*update), name) || !is(commandObjectName(*create), name)) {
            m_context.error("if.shape", statement.offset, name, {},
                            tr("This if statement is not in the form the export writes: "
                               "if (Get-X -Identity 'name' …) { Set-X -Identity 'name' … } "
                               "else { New-X -Name 'name' … }."),
                            tr("Write the object as a plain New-… command instead."));
            return;
        }

        const bool rule = is(noun, u"TransportRule"_s);
        QStringList without{QStringLiteral("Name"), QStringLiteral("Identity")};
        if (rule)
            without << QStringLiteral("Enabled");
        if (parameterTexts(*update, without) != parameterTexts(*create, without)) {
            m_context.error("if.branches", update->offset, name, {},
                            tr("The Set-%1 and New-%1 commands of '%2' have different "
                               "parameters.").arg(noun, name),
                            tr("Make the same change in both commands."));
            return;
        }
        if (rule && !stateAgrees(state, *create)) {
            m_context.error("if.branches", state ? state->offset : update->offset, name, {},
                            tr("The update of rule '%1' sets another state (enabled or "
                               "disabled) than its New-TransportRule -Enabled.").arg(name),
                            tr("Make the same change in both branches."));
            return;
        }
        command(*create);
    }

    static bool stateAgrees(const ScriptCommand *state, const ScriptCommand &create)
    {
        bool enabled = true;
        for (const ScriptParameter &parameter : create.parameters) {
            if (is(parameter.name, u"Enabled"_s))
                enabled = !(parameter.hasValue
                            && parameter.value.kind == ScriptValue::Kind::Boolean
                            && !parameter.value.boolean);
        }
        if (!state)
            return enabled;
        return is(state->name, u"Enable-TransportRule"_s) == enabled;
    }

    ImportContext m_context;
    Workspace m_workspace;
};

} // namespace

ImportResult readPowerShell(const QString &text)
{
    ScriptReader reader(text);
    return reader.run(parseScript(text));
}

} // namespace mailflow::interop
