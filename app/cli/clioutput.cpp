#include "clioutput.h"

#include "store/workspacefile.h"

#include <QCoreApplication>

#include <cstdio>

namespace mailflow::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::cli", text);
}

} // namespace

QTextStream &standardOutput()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &standardError()
{
    static QTextStream stream(stderr);
    return stream;
}

QString terminalSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7F && u <= 0x9F);
        const bool bidi = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
        if (control)
            safe += QStringLiteral("\\x%1").arg(int(u), 2, 16, QChar(u'0'));
        else if (bidi)
            safe += QStringLiteral("<U+%1>").arg(int(u), 4, 16, QChar(u'0')).toUpper();
        else
            safe += c;
    }
    return safe;
}

int finishOutput(int status)
{
    QTextStream &out = standardOutput();
    out.flush();

    // QTextStream hands its text to the C stream; only fflush() and ferror() tell whether the
    // operating system accepted it.
    const bool written = out.status() == QTextStream::Ok && std::fflush(stdout) == 0
                         && !std::ferror(stdout);
    if (written)
        return status;

    standardError() << tr("mailflow-admin: could not write the output (the disk may be full "
                          "or the reader has gone away).")
                    << '\n';
    standardError().flush();
    return exitUsage;
}

int usageError(const QString &command, const QString &message)
{
    const QString program = QStringLiteral("mailflow-admin");
    const QString who = command.isEmpty() ? program : program + u' ' + command;
    standardError() << who << ": " << message << '\n'
                    << tr("Run '%1 --help' for usage.").arg(who) << '\n';
    standardError().flush();
    return exitUsage;
}

QString subcommandHelp(const QString &parserHelp, const QString &usage)
{
    const qsizetype firstLineEnd = parserHelp.indexOf(u'\n');
    const QString rest = firstLineEnd < 0 ? QString() : parserHelp.mid(firstLineEnd);
    return tr("Usage: %1").arg(usage) + rest;
}

std::optional<Workspace> loadWorkspaceOrReport(const QString &path)
{
    store::LoadResult result = store::loadWorkspace(path);
    if (!result.ok) {
        standardError() << result.message << '\n';
        standardError().flush();
        return std::nullopt;
    }
    return std::move(result.workspace);
}

} // namespace mailflow::cli
