#include "scriptparser.h"

#include "scriptscanner.h"

#include <QCoreApplication>

namespace mailflow::interop {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::interop::Script", text);
}

bool isKeyword(const QString &word, const char16_t *keyword)
{
    return word.compare(QStringView(keyword), Qt::CaseInsensitive) == 0;
}

// PowerShell's statements other than "if": a script holding them is more than a list of
// commands, and importing only part of it would be a silently different workspace.
bool isUnsupportedKeyword(const QString &word)
{
    static const char16_t *const keywords[] = {
        u"else", u"elseif", u"function", u"filter", u"workflow", u"foreach", u"for", u"while",
        u"do", u"until", u"switch", u"try", u"catch", u"finally", u"trap", u"throw",
        u"return", u"break", u"continue", u"exit", u"param", u"begin", u"process", u"end",
        u"class", u"enum", u"using", u"data", u"dynamicparam"};
    for (const char16_t *keyword : keywords) {
        if (isKeyword(word, keyword))
            return true;
    }
    return false;
}

class Parser
{
public:
    Parser(const QString &text, qsizetype begin, qsizetype end)
        : m_text(text)
        , m_scanner(text, begin, end, &m_script.errors)
    {
    }

    Script run()
    {
        m_script.statements = statements(false);
        return std::move(m_script);
    }

private:
    // Statements up to the end, or up to the '}' closing a block.
    QList<ScriptStatement> statements(bool inBlock)
    {
        QList<ScriptStatement> out;
        while (!m_scanner.failed()) {
            m_scanner.skipBlanks(true);
            while (m_scanner.peek() == u';') {
                m_scanner.setPosition(m_scanner.position() + 1);
                m_scanner.skipBlanks(true);
            }
            if (m_scanner.atEnd()) {
                if (inBlock)
                    m_scanner.fail(m_scanner.position(),
                                   tr("A block is not closed; add the closing }."));
                break;
            }
            if (m_scanner.peek() == u'}') {
                if (inBlock) {
                    m_scanner.setPosition(m_scanner.position() + 1);
                    break;
                }
                m_scanner.fail(m_scanner.position(), tr("This } closes no block."));
                break;
            }
            out << statement();
        }
        return out;
    }

    ScriptStatement statement()
    {
        ScriptStatement out;
        out.offset = m_scanner.position();
        if (!m_scanner.peek().isLetter()) {
            m_scanner.fail(out.offset, tr("A command such as New-TransportRule was expected "
                                          "here."));
            return out;
        }

        const QString word = m_scanner.readWord();
        if (isKeyword(word, u"if")) {
            ifStatement(&out);
            return out;
        }
        const bool separated = m_scanner.atStatementEnd() || m_scanner.peek() == u' '
            || m_scanner.peek() == u'\t' || m_scanner.peek() == u'`';
        if (isUnsupportedKeyword(word) || !separated) {
            m_scanner.fail(out.offset, tr("Only commands and \"if (…) { … } else { … }\" are "
                                          "understood here."));
            return out;
        }
        out.command = command(word, out.offset);
        return out;
    }

    ScriptCommand command(const QString &name, qsizetype offset)
    {
        ScriptCommand out;
        out.name = name;
        out.offset = offset;
        while (!m_scanner.failed()) {
            m_scanner.skipBlanks(false);
            if (m_scanner.peek() == u'|') {
                m_scanner.fail(m_scanner.position(), tr("Pipelines (|) are not supported; "
                                                        "write each command on its own."));
                break;
            }
            if (m_scanner.atStatementEnd())
                break;
            if (m_scanner.atParameter())
                out.parameters << parameter();
            else
                out.positional << m_scanner.readValue();
        }
        return out;
    }

    ScriptParameter parameter()
    {
        ScriptParameter out;
        out.offset = m_scanner.position();
        bool colon = false;
        out.name = m_scanner.readParameterName(&colon);

        const qsizetype afterName = m_scanner.position();
        if (!colon) {
            m_scanner.skipBlanks(false);
            if (m_scanner.atStatementEnd() || m_scanner.atParameter()) {
                m_scanner.setPosition(afterName);
                return out; // a switch
            }
        }

        // PowerShell allows a space after the colon, too: -Confirm: $false.
        if (colon)
            m_scanner.skipBlanks(false);
        out.hasValue = true;
        out.value = m_scanner.readValue();
        const qsizetype from = colon ? afterName - 1 : out.value.offset;
        out.sourceText = m_text.mid(from, out.value.end - from);
        return out;
    }

    void ifStatement(ScriptStatement *out)
    {
        out->kind = ScriptStatement::Kind::If;
        if (m_ifDepth >= MaxIfDepth) {
            m_scanner.fail(out->offset, tr("\"if\" blocks nest more than %1 levels deep here; "
                                           "a script for Exchange never needs that many.")
                                            .arg(MaxIfDepth));
            return;
        }
        ++m_ifDepth;
        ifBody(out);
        --m_ifDepth;
    }

    void ifBody(ScriptStatement *out)
    {
        m_scanner.skipBlanks(false);
        if (m_scanner.peek() != u'(') {
            m_scanner.fail(m_scanner.position(), tr("\"if\" must be followed by ( and a "
                                                    "command."));
            return;
        }
        m_scanner.setPosition(m_scanner.position() + 1);
        m_scanner.skipBlanks(true);
        const qsizetype conditionStart = m_scanner.position();
        if (!m_scanner.peek().isLetter()) {
            m_scanner.fail(conditionStart, tr("Only a command such as Get-TransportRule is "
                                              "understood as the condition of \"if\"."));
            return;
        }
        out->command = command(m_scanner.readWord(), conditionStart);
        m_scanner.skipBlanks(true);
        if (m_scanner.failed())
            return;
        if (m_scanner.peek() != u')') {
            m_scanner.fail(m_scanner.position(), tr("The condition of \"if\" must end with )."));
            return;
        }
        m_scanner.setPosition(m_scanner.position() + 1);
        if (!openBlock())
            return;
        out->thenBranch = statements(true);

        const qsizetype afterThen = m_scanner.position();
        m_scanner.skipBlanks(true);
        const QString next = m_scanner.readWord();
        if (isKeyword(next, u"elseif")) {
            m_scanner.fail(afterThen, tr("\"elseif\" is not supported; use if … else."));
        } else if (isKeyword(next, u"else")) {
            out->hasElse = true;
            if (openBlock())
                out->elseBranch = statements(true);
        } else {
            m_scanner.setPosition(afterThen);
        }
    }

    bool openBlock()
    {
        m_scanner.skipBlanks(true);
        if (m_scanner.peek() != u'{') {
            m_scanner.fail(m_scanner.position(), tr("A block starting with { was expected "
                                                    "here."));
            return false;
        }
        m_scanner.setPosition(m_scanner.position() + 1);
        return true;
    }

    // The export writes one level; the limit keeps hostile input from exhausting the stack.
    static constexpr int MaxIfDepth = 32;

    const QString &m_text;
    int m_ifDepth = 0;
    Script m_script;
    ScriptScanner m_scanner;
};

} // namespace

Script parseScript(const QString &text)
{
    return parseScript(text, 0, text.size());
}

Script parseScript(const QString &text, qsizetype begin, qsizetype end)
{
    Parser parser(text, begin, end);
    return parser.run();
}

} // namespace mailflow::interop
