#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mailflow::probe {

// The small message the probe sends after DATA to prove a path delivers.
struct TestMessage {
    QString sender;
    QStringList recipients;
    QString connectorName;
    QString host;    // smart host as written
    QString address; // the address it was sent through
    QString messageId; // "<uuid@domain>"
    QDateTime date;

    // Builds the headers' variable parts: a fresh Message-ID under `domain` and the time now.
    static TestMessage create(const QString &sender, const QStringList &recipients,
                              const QString &connectorName, const QString &domain);

    // The RFC 5322 message with CRLF line ends, before dot-stuffing.
    [[nodiscard]] QByteArray content() const;

    // What follows the server's 354: the content dot-stuffed (RFC 5321 §4.5.2), ending with
    // the CRLF.CRLF that closes DATA.
    [[nodiscard]] QByteArray wireData() const;
};

// RFC 5322 §3.3 date-time in English: "Tue, 01 Jul 2025 10:00:00 +0200".
[[nodiscard]] QString rfc5322Date(const QDateTime &dateTime);

// Doubles a leading "." on every line and appends the final ".". `content` uses CRLF.
[[nodiscard]] QByteArray dotStuff(const QByteArray &content);

} // namespace mailflow::probe
