#include "testpki.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace mailflow::probe::test {

namespace {

// A minimal CA for `openssl ca`, which, unlike `openssl x509 -req` in OpenSSL 3.0, can put
// the validity period in the past or the future. The SAN comes from the environment.
const char caConfig[] = R"([ca]
default_ca = test
[test]
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
default_days = 30
policy = any
unique_subject = no
x509_extensions = leaf
[any]
commonName = supplied
[leaf]
subjectAltName = $ENV::SAN
basicConstraints = CA:FALSE
)";

} // namespace

bool TestPki::create()
{
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary directory"_s;
        return false;
    }

    QFile config(path(u"ca.cnf"_s));
    if (!config.open(QIODevice::WriteOnly) || config.write(caConfig) < 0) {
        m_error = config.errorString();
        return false;
    }
    config.close();
    QFile index(path(u"index.txt"_s));
    QFile serial(path(u"serial"_s));
    if (!index.open(QIODevice::WriteOnly) || !serial.open(QIODevice::WriteOnly)) {
        m_error = u"cannot write the CA database"_s;
        return false;
    }
    serial.write("1000\n");
    index.close();
    serial.close();

    return makeCa(u"ca"_s, u"/CN=Mailflow Test CA"_s)
        && makeCa(u"rogue-ca"_s, u"/CN=Rogue Test CA"_s)
        && makeLeaf(u"good"_s, u"mail.contoso.com"_s, u"ca"_s)
        && makeLeaf(u"wrong-name"_s, u"mail.fabrikam.com"_s, u"ca"_s)
        && makeLeaf(u"wildcard"_s, u"*.contoso.com"_s, u"ca"_s)
        && makeLeaf(u"untrusted"_s, u"mail.contoso.com"_s, u"rogue-ca"_s)
        && makeDatedLeaf(u"expired"_s, u"20200101000000Z"_s, u"20200201000000Z"_s)
        && makeDatedLeaf(u"not-yet-valid"_s, u"20700101000000Z"_s, u"20700201000000Z"_s)
        && run({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s,
                u"self-signed.key"_s, u"-out"_s, u"self-signed.pem"_s, u"-days"_s, u"30"_s,
                u"-subj"_s, u"/CN=mail.contoso.com"_s, u"-addext"_s,
                u"subjectAltName=DNS:mail.contoso.com"_s})
        && load(u"good"_s, &good) && load(u"wrong-name"_s, &wrongName)
        && load(u"wildcard"_s, &wildcard) && load(u"untrusted"_s, &untrusted)
        && load(u"expired"_s, &expired) && load(u"not-yet-valid"_s, &notYetValid)
        && load(u"self-signed"_s, &selfSigned);
}

bool TestPki::run(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SAN"_s, m_san.isEmpty() ? u"DNS:unused.invalid"_s : m_san);
    process.setProcessEnvironment(environment);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = u"openssl %1 failed: %2 %3"_s.arg(
            arguments.join(u' '), process.errorString(),
            QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestPki::makeCa(const QString &name, const QString &subject)
{
    return run({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, name + u".key"_s,
                u"-out"_s, name + u".pem"_s, u"-days"_s, u"30"_s, u"-subj"_s, subject});
}

bool TestPki::makeRequest(const QString &name, const QString &commonName)
{
    return run({u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, name + u".key"_s,
                u"-out"_s, name + u".csr"_s, u"-subj"_s, u"/CN="_s + commonName});
}

bool TestPki::makeLeaf(const QString &name, const QString &dnsName, const QString &ca)
{
    m_san = u"DNS:"_s + dnsName;
    return makeRequest(name, dnsName)
        && run({u"ca"_s, u"-batch"_s, u"-notext"_s, u"-config"_s, u"ca.cnf"_s, u"-cert"_s,
                ca + u".pem"_s, u"-keyfile"_s, ca + u".key"_s, u"-in"_s, name + u".csr"_s,
                u"-out"_s, name + u".pem"_s});
}

bool TestPki::makeDatedLeaf(const QString &name, const QString &start, const QString &end)
{
    m_san = u"DNS:mail.contoso.com"_s;
    return makeRequest(name, u"mail.contoso.com"_s)
        && run({u"ca"_s, u"-batch"_s, u"-notext"_s, u"-config"_s, u"ca.cnf"_s, u"-cert"_s,
                u"ca.pem"_s, u"-keyfile"_s, u"ca.key"_s, u"-in"_s, name + u".csr"_s,
                u"-startdate"_s, start, u"-enddate"_s, end, u"-out"_s, name + u".pem"_s});
}

bool TestPki::load(const QString &name, Identity *identity)
{
    QFile certificate(path(name + u".pem"_s));
    QFile key(path(name + u".key"_s));
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        m_error = u"cannot read %1"_s.arg(name);
        return false;
    }
    identity->certificate = QSslCertificate(certificate.readAll(), QSsl::Pem);
    identity->key = QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem);
    if (identity->certificate.isNull() || identity->key.isNull()) {
        m_error = u"cannot load %1 into Qt"_s.arg(name);
        return false;
    }
    return true;
}

} // namespace mailflow::probe::test
