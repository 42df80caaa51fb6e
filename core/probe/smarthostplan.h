#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailflow::probe {

// How the probe treats one entry of a connector's smart host list.
enum class SmartHostKind { Address, Range, Name };

[[nodiscard]] SmartHostKind smartHostKind(const QString &host);

// Ranges larger than this are not probed address by address; they get a skipped task.
inline constexpr int maxRangeAddresses = 16;

// The host addresses of an IPv4 CIDR range: without the network and broadcast addresses,
// except for /31 and /32 (RFC 3021), which have none. Empty when the text is not a range;
// `totalAddresses` receives the range's size either way (0 when not a range).
[[nodiscard]] QList<QHostAddress> rangeAddresses(const QString &cidr,
                                                 quint64 *totalAddresses = nullptr);

// Addresses in first-seen order without repeats.
[[nodiscard]] QList<QHostAddress> uniqueAddresses(const QList<QHostAddress> &addresses);

// MX answers (preference, exchange) as host names, lowest preference first; equal
// preferences keep the resolver's order. A lone "." exchange (RFC 7505 null MX) gives an
// empty list and sets `nullMx`.
struct MailExchanger {
    quint16 preference = 0;
    QString exchange;
};
[[nodiscard]] QStringList orderedMailExchangers(QList<MailExchanger> records, bool *nullMx);

// This host's name for EHLO when it is a fully qualified name; empty otherwise, and the probe
// then sends its address literal (RFC 5321 §4.1.4).
[[nodiscard]] QString localEhloName();

// "[192.0.2.1]" or "[IPv6:2001:db8::1]" (RFC 5321 §4.1.3).
[[nodiscard]] QString addressLiteral(const QHostAddress &address);

// The domain part of an address for grouping recipients, lower case.
[[nodiscard]] QString mailDomain(const QString &address);

} // namespace mailflow::probe
