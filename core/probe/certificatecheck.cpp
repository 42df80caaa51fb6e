#include "certificatecheck.h"

#include <QCryptographicHash>
#include <QMultiMap>

namespace mailflow::probe {

namespace {

QString normalizedName(const QString &name)
{
    QString out = name.trimmed().toLower();
    if (out.endsWith(u'.'))
        out.chop(1);
    return out;
}

// The part after "*." when the name is a wildcard over at least two labels, else empty.
QString wildcardBase(const QString &name)
{
    if (!name.startsWith(QStringLiteral("*.")))
        return {};
    const QString base = name.mid(2);
    if (!base.contains(u'.') || base.contains(u'*') || base.startsWith(u'.'))
        return {};
    return base;
}

// The name without its left-most label, when that label is a plain, non-empty label.
QString parentOf(const QString &name)
{
    const qsizetype dot = name.indexOf(u'.');
    if (dot <= 0 || name.left(dot).contains(u'*'))
        return {};
    return name.mid(dot + 1);
}

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    const QList<QByteArray> attributes = issuer ? certificate.issuerInfoAttributes()
                                                : certificate.subjectInfoAttributes();
    QStringList parts;
    for (const QByteArray &attribute : attributes) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute)
                                          : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts.append(QString::fromLatin1(attribute) + u'=' + value);
    }
    return parts.join(QStringLiteral(", "));
}

bool isValidityError(QSslError::SslError error)
{
    return error == QSslError::CertificateExpired || error == QSslError::CertificateNotYetValid;
}

} // namespace

bool tlsNameMatches(const QString &presented, const QString &reference)
{
    const QString name = normalizedName(presented);
    const QString wanted = normalizedName(reference);
    if (name.isEmpty() || wanted.isEmpty())
        return false;

    const QString wantedBase = wildcardBase(wanted);
    const QString nameBase = wildcardBase(name);

    if (!wantedBase.isEmpty()) {
        // The connector accepts any one-label child of the base, or the same wildcard.
        if (!nameBase.isEmpty())
            return nameBase == wantedBase;
        return !name.contains(u'*') && parentOf(name) == wantedBase;
    }

    if (wanted.contains(u'*'))
        return false;
    if (!nameBase.isEmpty())
        return parentOf(wanted) == nameBase;
    if (name.contains(u'*'))
        return false;
    return name == wanted;
}

QStringList presentedDnsNames(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry)
            names.append(it.value());
    }
    if (!names.isEmpty())
        return names;
    return certificate.subjectInfo(QSslCertificate::CommonName);
}

bool certificateMatchesDomain(const QSslCertificate &certificate, const QString &tlsDomain)
{
    const QStringList names = presentedDnsNames(certificate);
    for (const QString &name : names) {
        if (tlsNameMatches(name, tlsDomain))
            return true;
    }
    return false;
}

CertificateInfo describeCertificate(const QSslCertificate &certificate)
{
    CertificateInfo info;
    if (certificate.isNull())
        return info;

    info.subject = distinguishedName(certificate, false);
    info.issuer = distinguishedName(certificate, true);
    info.notBeforeUtc = certificate.effectiveDate().toUTC();
    info.notAfterUtc = certificate.expiryDate().toUTC();
    info.selfSigned = certificate.isSelfSigned();
    info.sha256 = QString::fromLatin1(
        certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());

    const auto alternatives = certificate.subjectAlternativeNames();
    QStringList addresses;
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry)
            info.subjectAltNames.append(it.value());
        else if (it.key() == QSsl::IpAddressEntry)
            addresses.append(it.value());
    }
    info.subjectAltNames += addresses;
    return info;
}

bool checksCertificateChain(TlsSettings tls)
{
    return tls == TlsSettings::CertificateValidation || tls == TlsSettings::DomainValidation;
}

FailureClass classifySslErrors(const QList<QSslError> &errors, TlsSettings tls)
{
    if (!checksCertificateChain(tls))
        return FailureClass::None;

    FailureClass verdict = FailureClass::None;
    for (const QSslError &error : errors) {
        const QSslError::SslError kind = error.error();
        if (kind == QSslError::NoError || kind == QSslError::HostNameMismatch)
            continue;
        if (!isValidityError(kind))
            return FailureClass::CertificateUntrusted;
        if (kind == QSslError::CertificateExpired)
            verdict = FailureClass::CertificateExpired;
        else if (verdict == FailureClass::None)
            verdict = FailureClass::CertificateNotYetValid;
    }
    return verdict;
}

} // namespace mailflow::probe
