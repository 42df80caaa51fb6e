#pragma once

#include "smtpreply.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace mailflow::probe {

// Turns the bytes a server sends into SMTP replies. Pure: no socket, no clock, so any split of
// the byte stream (one byte at a time, several replies at once) gives the same replies, and a
// fuzzer can drive it directly. The first protocol violation stops it for good, because after
// a framing error nothing later in the stream can be trusted.
class ReplyParser
{
public:
    enum class Error {
        None,
        LineTooLong,        // more than 512 octets including CRLF (RFC 5321 §4.5.3.1.5)
        BareLineFeed,       // LF without CR (RFC 5321 §2.3.8)
        BareCarriageReturn, // CR not followed by LF
        BadCode,            // not three digits 2-5, 0-5, 0-9
        BadSeparator,       // the code is followed by something other than SP, "-" or CRLF
        CodeChanged,        // the lines of one multi-line reply carry different codes
        TooManyLines,       // one reply goes on past maxReplyLines lines
    };

    static constexpr qsizetype maxLineLength = 512;

    // RFC 5321 sets no limit on the lines of one reply, but real servers send about a dozen
    // (EHLO). Without a cap, an endless "250-…" stream would be kept in memory until it runs
    // out; 100 lines of at most 512 octets keep one reply under 51 KiB.
    static constexpr qsizetype maxReplyLines = 100;

    // Appends bytes; complete replies become available through takeReply().
    void feed(QByteArrayView bytes);

    [[nodiscard]] std::optional<SmtpReply> takeReply();

    [[nodiscard]] Error error() const { return m_error; }
    [[nodiscard]] bool hasError() const { return m_error != Error::None; }

    // The offending line (cut to 80 characters), for the failure message and transcript.
    [[nodiscard]] QByteArray errorLine() const { return m_errorLine; }

    // What broke, translated, to finish a sentence: "a bare CR inside a reply line: …".
    [[nodiscard]] QString errorText() const;

    // True while bytes are held that are not part of a reply handed out yet: a reply still
    // queued, a partial multi-line reply or a partial line.
    [[nodiscard]] bool hasPendingData() const;

    // Forgets everything, as RFC 3207 asks after the TLS handshake.
    void reset();

private:
    void parseBuffer();
    void parseLine(const QByteArray &line);
    void fail(Error error, const QByteArray &line);

    QByteArray m_buffer;
    QList<SmtpReply> m_ready;
    SmtpReply m_partial;
    Error m_error = Error::None;
    QByteArray m_errorLine;
};

} // namespace mailflow::probe
