#pragma once

#include "model/connector.h"
#include "validationreport.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace mailflow::probe {

// RFC 6125 §6.4 for one presented DNS identifier against the connector's TLS domain. A
// wildcard counts only as the whole left-most label and covers exactly one label, on either
// side: "*.contoso.com" matches "mail.contoso.com" but neither "contoso.com" nor
// "a.b.contoso.com". Case-insensitive; a trailing dot is ignored.
[[nodiscard]] bool tlsNameMatches(const QString &presented, const QString &reference);

// The DNS names a certificate is issued for: its SAN dNSNames, or, only when it has none,
// its subject common names (RFC 6125 §6.4.4).
[[nodiscard]] QStringList presentedDnsNames(const QSslCertificate &certificate);

[[nodiscard]] bool certificateMatchesDomain(const QSslCertificate &certificate,
                                            const QString &tlsDomain);

[[nodiscard]] CertificateInfo describeCertificate(const QSslCertificate &certificate);

// What the handshake's certificate errors mean under the connector's TLS setting: None when
// the setting accepts them (no chain check for None and EncryptionOnly; the host name is
// always checked separately against the TLS domain), else the failure class to report.
// An untrusted chain outranks an expired certificate: it is the more fundamental problem.
[[nodiscard]] FailureClass classifySslErrors(const QList<QSslError> &errors, TlsSettings tls);

// Whether the setting asks for a chain that verifies against trusted CAs.
[[nodiscard]] bool checksCertificateChain(TlsSettings tls);

} // namespace mailflow::probe
