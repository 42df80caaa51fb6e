#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

namespace mailflow::probe::test {

// Test certificates made with the openssl command in a temporary directory, once per test
// process: a test CA and server certificates signed by it (good, wrong name, wildcard,
// expired, not yet valid), one self-signed and one from a CA nobody trusts.
class TestPki
{
public:
    struct Identity {
        QSslCertificate certificate;
        QSslKey key;
    };

    // Generates everything; false (with errorString()) when openssl failed.
    bool create();

    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }

    Identity good;       // mail.contoso.com, signed by the test CA
    Identity wrongName;  // mail.fabrikam.com, signed by the test CA
    Identity wildcard;   // *.contoso.com, signed by the test CA
    Identity expired;    // mail.contoso.com, valid only in the past
    Identity notYetValid; // mail.contoso.com, valid only in the future
    Identity selfSigned; // mail.contoso.com, self-signed
    Identity untrusted;  // mail.contoso.com, signed by a CA not in the CA file

private:
    bool run(const QStringList &arguments);
    bool makeCa(const QString &name, const QString &subject);
    bool makeRequest(const QString &name, const QString &commonName);
    bool makeLeaf(const QString &name, const QString &dnsName, const QString &ca);
    bool makeDatedLeaf(const QString &name, const QString &start, const QString &end);
    bool load(const QString &name, Identity *identity);

    QTemporaryDir m_dir;
    QString m_error;
    QString m_san;
};

} // namespace mailflow::probe::test
