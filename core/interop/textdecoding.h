#pragma once

#include <QByteArray>
#include <QString>

namespace mailflow::interop {

struct DecodedText {
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE"
    QString error;    // translated; empty when decoded
};

// Decodes what Windows tools write: UTF-16 (little or big endian, with or without a byte-order
// mark, as Export-TransportRuleCollection writes it) and UTF-8 with or without a mark. Without
// a mark, a zero byte in one of the first two positions means UTF-16. Invalid sequences are an
// error, never replacement characters that would change a name.
[[nodiscard]] DecodedText decodeText(const QByteArray &bytes);

} // namespace mailflow::interop
