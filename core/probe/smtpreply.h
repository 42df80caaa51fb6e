#pragma once

#include <QString>
#include <QStringList>

namespace mailflow::probe {

// One complete SMTP reply (RFC 5321 §4.2), possibly spread over several `250-` lines.
struct SmtpReply {
    int code = 0;
    QString enhancedCode; // RFC 3463 "class.subject.detail" of the first line; empty if none
    QStringList lines;    // the text after "250-" / "250 " of every line, as received

    [[nodiscard]] bool isPositive() const { return code >= 200 && code < 300; }
    [[nodiscard]] bool isIntermediate() const { return code >= 300 && code < 400; }
    [[nodiscard]] bool isTransient() const { return code >= 400 && code < 500; }
    [[nodiscard]] bool isPermanent() const { return code >= 500 && code < 600; }

    // The server's words: every line with its enhanced status code removed, joined by spaces.
    [[nodiscard]] QString text() const;

    // The lines as they crossed the wire ("250-mail.contoso.com"), for the transcript.
    [[nodiscard]] QStringList wireLines() const;
};

// The RFC 3463 code at the start of a reply line whose class matches the reply code's class,
// or an empty string. "5.7.1 Relay denied" in a 554 reply gives "5.7.1".
[[nodiscard]] QString enhancedStatusCode(int replyCode, const QString &line);

} // namespace mailflow::probe
