#include "replyparser.h"

#include <QCoreApplication>

namespace mailflow::probe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::probe::ReplyParser", text);
}

bool isDigit(char c, char low, char high)
{
    return c >= low && c <= high;
}

} // namespace

void ReplyParser::feed(QByteArrayView bytes)
{
    if (hasError() || bytes.isEmpty())
        return;

    m_buffer.append(bytes);
    parseBuffer();
}

std::optional<SmtpReply> ReplyParser::takeReply()
{
    if (m_ready.isEmpty())
        return std::nullopt;
    return m_ready.takeFirst();
}

bool ReplyParser::hasPendingData() const
{
    return !m_ready.isEmpty() || !m_partial.lines.isEmpty() || !m_buffer.isEmpty();
}

QString ReplyParser::errorText() const
{
    const QString quoted = QString::fromUtf8(m_errorLine);
    switch (m_error) {
    case Error::LineTooLong:
        return tr("a reply line longer than the 512 octets RFC 5321 allows");
    case Error::BareLineFeed:
        return tr("a reply line ending in a bare LF instead of CRLF: \u201c%1\u201d")
            .arg(quoted);
    case Error::BareCarriageReturn:
        return tr("a bare CR inside a reply line: \u201c%1\u201d").arg(quoted);
    case Error::BadCode:
        return tr("a reply line without a valid three-digit reply code: \u201c%1\u201d")
            .arg(quoted);
    case Error::BadSeparator:
        return tr("a reply code followed by neither a space nor a hyphen: \u201c%1\u201d")
            .arg(quoted);
    case Error::CodeChanged:
        return tr("a multi-line reply whose lines carry different codes: \u201c%1\u201d")
            .arg(quoted);
    case Error::TooManyLines:
        return tr("more than %1 lines in one reply, which no real server sends; the last "
                  "one read: \u201c%2\u201d").arg(maxReplyLines).arg(quoted);
    case Error::None:
        break;
    }
    return {};
}

void ReplyParser::reset()
{
    m_buffer.clear();
    m_ready.clear();
    m_partial = {};
    m_error = Error::None;
    m_errorLine.clear();
}

void ReplyParser::parseBuffer()
{
    qsizetype start = 0;
    while (!hasError()) {
        const qsizetype lf = m_buffer.indexOf('\n', start);
        const qsizetype end = lf < 0 ? m_buffer.size() : lf;

        // RFC 5321 §2.3.8: CR and LF only travel together as the line end. A CR may end the
        // buffer while its LF is still on the way.
        const qsizetype cr = m_buffer.indexOf('\r', start);
        if (cr >= 0 && cr < end - 1) {
            fail(Error::BareCarriageReturn, m_buffer.mid(start, end - start));
            break;
        }

        if (lf < 0) {
            // Without its LF the line is already at least one octet over the limit.
            if (m_buffer.size() - start >= maxLineLength)
                fail(Error::LineTooLong, m_buffer.mid(start));
            break;
        }

        if (lf == start || m_buffer.at(lf - 1) != '\r') {
            fail(Error::BareLineFeed, m_buffer.mid(start, lf - start));
            break;
        }
        if (lf - start + 1 > maxLineLength) {
            fail(Error::LineTooLong, m_buffer.mid(start, lf - start));
            break;
        }

        parseLine(m_buffer.mid(start, lf - 1 - start));
        start = lf + 1;
    }

    if (!hasError())
        m_buffer.remove(0, start);
}

void ReplyParser::parseLine(const QByteArray &line)
{
    // RFC 5321 §4.2: Reply-code = %x32-35 %x30-35 %x30-39.
    if (line.size() < 3 || !isDigit(line.at(0), '2', '5') || !isDigit(line.at(1), '0', '5')
        || !isDigit(line.at(2), '0', '9')) {
        fail(Error::BadCode, line);
        return;
    }

    const char separator = line.size() > 3 ? line.at(3) : ' ';
    if (separator != ' ' && separator != '-') {
        fail(Error::BadSeparator, line);
        return;
    }

    const int code = line.left(3).toInt();
    if (!m_partial.lines.isEmpty() && code != m_partial.code) {
        fail(Error::CodeChanged, line);
        return;
    }

    if (m_partial.lines.size() >= maxReplyLines) {
        fail(Error::TooManyLines, line);
        return;
    }

    const QString text = QString::fromUtf8(line.mid(4));
    if (m_partial.lines.isEmpty()) {
        m_partial.code = code;
        m_partial.enhancedCode = enhancedStatusCode(code, text);
    }
    m_partial.lines.append(text);

    if (separator == ' ') {
        m_ready.append(m_partial);
        m_partial = {};
    }
}

void ReplyParser::fail(Error error, const QByteArray &line)
{
    m_error = error;
    m_errorLine = line.left(80);
    m_buffer.clear();
}

} // namespace mailflow::probe
