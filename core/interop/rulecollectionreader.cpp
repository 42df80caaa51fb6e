#include "rulecollectionreader.h"

#include "importcontext.h"
#include "rulereader.h"
#include "scriptparser.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <algorithm>

namespace mailflow::interop {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::interop::Import", text);
}

// A stretch of the command text and where its first character stands in the file.
struct Piece {
    qsizetype textStart = 0;
    qsizetype fileStart = 0;
};

struct CommandBlock {
    QString text;
    QList<Piece> pieces;
    qsizetype fileOffset = 0;
};

class CollectionReader
{
public:
    explicit CollectionReader(const QString &text)
        : m_text(text)
        , m_lines(ImportContext::linesOf(text))
        , m_context(m_lines)
        , m_xml(text)
    {
    }

    ImportResult run()
    {
        if (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"rules"_s)
                rules();
            else
                m_context.error("xml.root", here(), {}, {},
                                tr("The file is XML, but not a rule collection: it starts "
                                   "with <%1> instead of <rules>.").arg(m_xml.name()),
                                tr("Export the rules with Export-TransportRuleCollection."));
        }
        // Whatever follows </rules> must still be well-formed, or the file is damaged.
        while (!m_xml.atEnd() && !m_xml.hasError())
            m_xml.readNext();
        if (m_xml.hasError())
            xmlError();

        ImportResult result;
        result.format = ImportFormat::RuleCollection;
        result.workspace = m_workspace;
        m_context.finish(&result);
        return result;
    }

private:
    qsizetype here() const { return m_xml.characterOffset(); }

    void xmlError()
    {
        const int line = int(m_xml.lineNumber());
        const int column = int(m_xml.columnNumber()) + 1;
        m_context.setPositionMap([line, column](qsizetype) {
            return SourcePosition{line, column};
        });
        QString reason = m_xml.errorString();
        if (reason.endsWith(u'.'))
            reason.chop(1);
        m_context.error("xml.malformed", 0, {}, {}, tr("The XML is malformed: %1.").arg(reason),
                        tr("Check that the file is complete and was not edited by hand "
                           "around this place."));
    }

    void readNext()
    {
        m_previousEnd = m_xml.characterOffset();
        m_xml.readNext();
    }

    void rules()
    {
        while (!m_xml.atEnd()) {
            readNext();
            if (m_xml.isEndElement())
                return;
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() == u"rule"_s)
                rule();
            else
                skipUnknown();
        }
    }

    void skipUnknown()
    {
        m_context.warning("xml.element", here(), {}, {},
                          tr("The element <%1> is not part of a rule collection and was "
                             "skipped.").arg(m_xml.name()));
        m_xml.skipCurrentElement();
    }

    void rule()
    {
        const qsizetype start = here();
        const QString name = m_xml.attributes().value(u"name"_s).toString();
        const QString format = m_xml.attributes().value(u"format"_s).toString();
        if (!format.isEmpty() && format.compare(u"cmdlet"_s, Qt::CaseInsensitive) != 0) {
            m_context.error("xml.format", start, name, {},
                            tr("The rule is stored in the format '%1'; only rules stored as "
                               "cmdlets (format=\"cmdlet\") can be read.").arg(format),
                            tr("Export with -Format RuleCollectionXML."));
            m_xml.skipCurrentElement();
            return;
        }

        QList<CommandBlock> blocks;
        while (!m_xml.atEnd()) {
            readNext();
            if (m_xml.isEndElement() && m_xml.name() == u"rule"_s)
                break;
            if (m_xml.isStartElement() && m_xml.name() == u"commandBlock"_s)
                blocks << commandBlock();
            else if (m_xml.isStartElement() && m_xml.name() != u"version"_s)
                skipUnknown();
        }
        if (m_xml.hasError())
            return;
        if (blocks.size() != 1) {
            m_context.error("xml.commandBlock", start, name, {},
                            blocks.isEmpty()
                                ? tr("The rule has no <commandBlock>.")
                                : tr("The rule has %1 command blocks; one was expected.")
                                      .arg(blocks.size()),
                            tr("Keep exactly one <version> with one <commandBlock>."));
            return;
        }
        ruleCommand(blocks.constFirst(), name);
    }

    CommandBlock commandBlock()
    {
        CommandBlock block;
        block.fileOffset = here();
        while (!m_xml.atEnd()) {
            readNext();
            if (m_xml.isEndElement())
                break;
            if (m_xml.isCharacters()) {
                // CDATA content starts after "<![CDATA["; plain text right where the
                // previous token ended (exactly, unless it holds entities).
                const qsizetype start = m_previousEnd + (m_xml.isCDATA() ? 9 : 0);
                block.pieces.append({block.text.size(), start});
                block.text += m_xml.text();
            } else if (m_xml.isStartElement()) {
                skipUnknown();
            }
        }
        return block;
    }

    // Maps an offset in the command text to the file, counting a CR LF the XML reader folded
    // into LF as two characters.
    ImportContext::PositionMap mapFor(const CommandBlock &block) const
    {
        return [this, block](qsizetype offset) {
            auto piece = std::upper_bound(block.pieces.cbegin(), block.pieces.cend(), offset,
                                          [](qsizetype value, const Piece &p) {
                                              return value < p.textStart;
                                          });
            if (piece == block.pieces.cbegin())
                return m_lines(block.fileOffset);
            --piece;
            qsizetype file = piece->fileStart;
            for (qsizetype i = piece->textStart; i < offset && file < m_text.size(); ++i) {
                if (m_text.at(file) == u'\r' && file + 1 < m_text.size()
                    && m_text.at(file + 1) == u'\n')
                    ++file;
                ++file;
            }
            return m_lines(file);
        };
    }

    void ruleCommand(const CommandBlock &block, const QString &attributeName)
    {
        m_context.setPositionMap(mapFor(block));
        const Script script = parseScript(block.text);
        for (const ScriptError &error : script.errors)
            m_context.error("syntax", error.offset, attributeName, {}, error.message);

        const bool single = script.statements.size() == 1
            && script.statements.constFirst().kind == ScriptStatement::Kind::Command
            && script.statements.constFirst().command.name.compare(
                   u"New-TransportRule"_s, Qt::CaseInsensitive) == 0;
        if (script.errors.isEmpty() && !single) {
            const QString found = script.statements.isEmpty()
                ? tr("nothing") : script.statements.constFirst().command.name;
            m_context.error("xml.command", 0, attributeName, {},
                            tr("The command block holds %1 instead of one New-TransportRule "
                               "command.").arg(found),
                            tr("Keep one New-TransportRule command per rule."));
        }
        if (script.errors.isEmpty() && single)
            addRule(script.statements.constFirst().command, attributeName);
        m_context.setPositionMap(m_lines);
    }

    void addRule(const ScriptCommand &command, const QString &attributeName)
    {
        const std::optional<ReadRule> read = readRule(command, &m_context);
        if (!read)
            return;
        if (!attributeName.isEmpty() && attributeName != read->rule.name)
            m_context.warning("xml.name", command.offset, read->rule.name, {},
                              tr("The rule element is named '%1', its command '%2'; the "
                                 "command's name is used.").arg(attributeName, read->rule.name));
        if (m_workspace.ruleIndex(read->rule.name) >= 0) {
            m_context.error("name.duplicate", command.offset, read->rule.name,
                            QStringLiteral("-Name"),
                            tr("Two rules are named '%1'.").arg(read->rule.name),
                            tr("Give each rule its own name."));
            return;
        }
        const qsizetype count = m_workspace.rules.size();
        m_workspace.rules.insert(read->priority ? std::min(*read->priority, count) : count,
                                 read->rule);
    }

    const QString &m_text;
    ImportContext::PositionMap m_lines;
    ImportContext m_context;
    QXmlStreamReader m_xml;
    Workspace m_workspace;
    qsizetype m_previousEnd = 0;
};

} // namespace

ImportResult readRuleCollection(const QString &text)
{
    CollectionReader reader(text);
    return reader.run();
}

} // namespace mailflow::interop
