#include "importcontext.h"

#include <QCoreApplication>

#include <algorithm>

namespace mailflow::interop {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::interop::Import", text);
}

} // namespace

ImportContext::ImportContext(PositionMap map)
    : m_map(std::move(map))
{
}

ImportContext::PositionMap ImportContext::linesOf(const QString &text)
{
    // Offsets of the line starts, so a lookup is a binary search and not a rescan.
    QList<qsizetype> starts{0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n')
            starts << i + 1;
    }
    return [starts](qsizetype offset) {
        const auto next = std::upper_bound(starts.cbegin(), starts.cend(), offset);
        const qsizetype line = next - starts.cbegin();
        return SourcePosition{int(line), int(offset - starts.at(line - 1) + 1)};
    };
}

QString ImportContext::where(qsizetype offset) const
{
    const SourcePosition at = m_map(offset);
    return tr("Line %1, column %2").arg(at.line).arg(at.column);
}

void ImportContext::error(const char *code, qsizetype offset, const QString &object,
                          const QString &field, const QString &message, const QString &fix)
{
    m_errors.append({Severity::Error, QStringLiteral("import.") + QLatin1String(code), object,
                     field, tr("%1: %2").arg(where(offset), message), fix});
}

void ImportContext::warning(const char *code, qsizetype offset, const QString &object,
                            const QString &field, const QString &message)
{
    m_warnings.append({Severity::Warning, QStringLiteral("import.") + QLatin1String(code),
                       object, field, tr("%1: %2").arg(where(offset), message), {}});
}

void ImportContext::keep(bool onRule, const QString &object, const QString &parameter,
                         const QString &text, qsizetype offset)
{
    const SourcePosition at = m_map(offset);
    m_kept.append({onRule, object, parameter, text, at.line, at.column});
}

void ImportContext::finish(ImportResult *result)
{
    result->errors << m_errors;
    result->warnings << m_warnings;
    if (!m_errors.isEmpty()) {
        result->workspace = {};
        result->kept.clear();
        return;
    }
    result->kept << m_kept;
}

} // namespace mailflow::interop
