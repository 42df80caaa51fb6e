#pragma once

#include "importresult.h"

#include <QString>

#include <functional>

namespace mailflow::interop {

struct SourcePosition {
    int line = 1;
    int column = 1;
};

// Collects what the readers find while turning parsed commands into a workspace: errors and
// warnings with their position in the file, and the kept parameters. The readers parse text
// that is not always the whole file (a rule collection's command block), so the context maps
// an offset in that text to a line and column of the file.
class ImportContext
{
public:
    using PositionMap = std::function<SourcePosition(qsizetype offset)>;

    explicit ImportContext(PositionMap map);

    // Line and column counted in `text` from its first character.
    [[nodiscard]] static PositionMap linesOf(const QString &text);

    // Where the offsets given from now on point; a rule collection sets one per command block.
    void setPositionMap(PositionMap map) { m_map = std::move(map); }

    [[nodiscard]] SourcePosition position(qsizetype offset) const { return m_map(offset); }
    [[nodiscard]] QString where(qsizetype offset) const; // "Line 3, column 14"

    // `code` is appended to "import.", e.g. "quote.unclosed" → "import.quote.unclosed".
    void error(const char *code, qsizetype offset, const QString &object, const QString &field,
               const QString &message, const QString &fix = {});
    void warning(const char *code, qsizetype offset, const QString &object,
                 const QString &field, const QString &message);
    void keep(bool onRule, const QString &object, const QString &parameter,
              const QString &text, qsizetype offset);

    [[nodiscard]] bool hasErrors() const { return !m_errors.isEmpty(); }
    [[nodiscard]] qsizetype errorCount() const { return m_errors.size(); }
    [[nodiscard]] const QList<KeptParameter> &kept() const { return m_kept; }

    // Moves the findings into `result`; with errors the workspace is left empty.
    void finish(ImportResult *result);

private:
    PositionMap m_map;
    Diagnostics m_errors;
    Diagnostics m_warnings;
    QList<KeptParameter> m_kept;
};

} // namespace mailflow::interop
