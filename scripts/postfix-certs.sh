#!/usr/bin/env bash
# Creates the certificates of the local test Postfix in DIR (fresh each run, nothing reused):
#   ca.pem / ca.key          "Mailflow Test CA", self-signed, the only trust anchor of the tests
#   server.pem / server.key  the server certificate, issued by that CA:
#                              subject CN = mail.contoso.test
#                              SAN        = DNS:mail.contoso.test, DNS:smtp.contoso.test
#                            deliberately no IP address and no "localhost" in the SAN, so a
#                            probe of 127.0.0.1 passes DomainValidation only through TlsDomain.
#   other-ca.pem             a second, unrelated CA: trusting it alone must not be enough.
# Usage: postfix-certs.sh DIR
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 DIR" >&2
    exit 2
fi
dir=$1
mkdir -p "$dir"
cd "$dir"
rm -f ca.pem ca.key ca.srl server.pem server.key server.csr other-ca.pem other-ca.key

# EC keys keep generation fast; every client we test (Qt/OpenSSL 3, swaks) speaks ECDSA.
new_key() {
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null
}

new_key ca.key
openssl req -x509 -new -key ca.key -sha256 -days 30 -out ca.pem \
    -subj "/O=Mailflow Admin tests/CN=Mailflow Test CA" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null

new_key other-ca.key
openssl req -x509 -new -key other-ca.key -sha256 -days 30 -out other-ca.pem \
    -subj "/O=Mailflow Admin tests/CN=Unrelated Test CA" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null

new_key server.key
openssl req -new -key server.key -out server.csr \
    -subj "/O=Mailflow Admin tests/CN=mail.contoso.test" 2>/dev/null
extensions=$(mktemp)
trap 'rm -f "$extensions"' EXIT
cat >"$extensions" <<'EOF'
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:mail.contoso.test, DNS:smtp.contoso.test
EOF
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -sha256 -days 30 \
    -extfile "$extensions" -out server.pem 2>/dev/null
rm -f server.csr ca.srl other-ca.key

# Postfix reads the key as root before it drops privileges; nobody else needs it.
chmod 600 ca.key server.key
chmod 644 ca.pem server.pem other-ca.pem
openssl verify -CAfile ca.pem server.pem >/dev/null
