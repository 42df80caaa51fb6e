#pragma once

#include <QString>

namespace mailflow::fieldrules {

// Each check returns an empty string when the value is acceptable, otherwise one translated
// sentence that quotes the value, says what is wrong and what to enter instead. The caller
// adds the field's name, so the same check serves the wizard, the lint and the importers.

inline constexpr int maxNameLength = 64;
inline constexpr int maxCommentsLength = 1024;

[[nodiscard]] QString checkName(const QString &name);

// An outbound smart host: a host name, an IPv4 address or an IPv4 CIDR range.
[[nodiscard]] QString checkSmartHost(const QString &host);

[[nodiscard]] QString checkHostName(const QString &host);
[[nodiscard]] bool isIpv4Address(const QString &text);
[[nodiscard]] bool isIpv4Cidr(const QString &text, int *prefixLength = nullptr);

// An RFC 5321 mailbox (local-part@domain), as used for validation recipients and senders.
[[nodiscard]] QString checkMailbox(const QString &address);

// The TLS certificate domain: a host name, optionally with "*." as the whole left-most label.
[[nodiscard]] QString checkTlsDomain(const QString &domain);

// A RecipientDomains / SenderDomains entry: a domain, "*.domain" or "*".
[[nodiscard]] QString checkDomainPattern(const QString &domain);

// A plain domain as used by "sender/recipient domain is".
[[nodiscard]] QString checkDomain(const QString &domain);

// An inbound SenderIPAddresses entry: an IPv4 address, "a.b.c.d-a.b.c.e" or a CIDR range.
[[nodiscard]] QString checkSenderIpAddress(const QString &entry);

// A regular expression pattern; the message gives the position of the first error.
[[nodiscard]] QString checkPattern(const QString &pattern);

// A message header field name (RFC 5322: printable ASCII except the colon).
[[nodiscard]] QString checkHeaderName(const QString &name);

// An enhanced status code for "reject with explanation": 5.7.1 or 5.7.900 to 5.7.999.
[[nodiscard]] QString checkEnhancedStatusCode(const QString &code);

} // namespace mailflow::fieldrules
