#!/usr/bin/env bash
# Starts a private Postfix instance for the integration tests and benchmarks.
#
# Usage: postfix-start.sh [--tls on|off] [--port N] DIR
#
# Everything lives under DIR, which is wiped first (a running instance there is stopped); if
# the postfix user cannot enter DIR, under a fresh /tmp/mailflow-postfix.* directory instead:
#   DIR/etc      config_directory (main.cf, master.cf, the mailbox table)
#   DIR/queue    queue_directory; the master's PID file is DIR/queue/pid/master.pid
#   DIR/data     data_directory
#   DIR/mail     mailboxes: DIR/mail/contoso.test/<local part>, one mbox file each
#   DIR/certs    test CA and server certificate (see postfix-certs.sh)
#   DIR/maillog  Postfix's log
#   DIR/instance.env  the facts below as KEY=value lines, for scripts to source
#
# The instance listens on 127.0.0.1 only, on a free port above 20000 (or --port N), and never
# sends mail anywhere: every non-local destination goes to the error transport. The system
# Postfix (/etc/postfix, /var/spool/postfix) is neither needed nor touched.
#
# Accepted recipients (everyone else gets "550 5.1.1 ... User unknown" at RCPT TO):
#   admin@contoso.test, validation@contoso.test, alice@contoso.test
# --tls on   STARTTLS offered (smtpd_tls_security_level = may) with the test certificate
# --tls off  STARTTLS not offered at all
#
# Prints KEY=value lines: port, pid_file, ca_file, other_ca_file, log_file, mailbox_dir, dir.
set -euo pipefail

script_dir=$(cd "$(dirname "$0")" && pwd)
tls=on
port=
while [ $# -gt 1 ]; do
    case $1 in
        --tls) tls=$2; shift 2 ;;
        --port) port=$2; shift 2 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
if [ $# -ne 1 ] || { [ "$tls" != on ] && [ "$tls" != off ]; }; then
    echo "usage: $0 [--tls on|off] [--port N] DIR" >&2
    exit 2
fi

for tool in postfix postconf openssl; do
    if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ]; then
        echo "$tool is missing: run scripts/install-deps.sh (Debian package postfix)." >&2
        exit 2
    fi
done
export PATH=$PATH:/usr/sbin:/sbin
if [ "$(id -u)" -ne 0 ]; then
    echo "Postfix's master must start as root (it drops to the postfix user itself)." >&2
    exit 2
fi
getent passwd postfix >/dev/null && getent group postdrop >/dev/null || {
    echo "The postfix user or postdrop group is missing: reinstall the postfix package." >&2
    exit 2
}

mkdir -p "$1"
requested=$(cd "$1" && pwd)

# A leftover instance from an interrupted run would hold the old port and queue.
"$script_dir/postfix-stop.sh" "$requested" >/dev/null 2>&1 || true
# Its folder under /tmp goes too, unless that is the folder given now.
previous=$(sed -n 's/^dir=//p' "$requested/instance.env" 2>/dev/null || true)
if [ "$previous" != "$requested" ]; then
    case $previous in
        /tmp/mailflow-postfix.*) rm -rf "$previous" ;;
    esac
fi

# Postfix's daemons run as the postfix user and must reach their files through every parent
# directory. Where they cannot (a checkout under a mode-700 directory), the instance lives in
# a fresh directory under /tmp; DIR/instance.env still says where.
if runuser -u postfix -- test -x "$requested"; then
    dir=$requested
else
    dir=$(mktemp -d /tmp/mailflow-postfix.XXXXXX)
    echo "note: the postfix user cannot enter $requested; the instance lives in $dir" >&2
fi

rm -rf "$dir/etc" "$dir/queue" "$dir/data" "$dir/mail" "$dir/certs" "$dir/maillog" \
    "$dir/instance.env" "$requested/instance.env"
mkdir -p "$dir/etc" "$dir/queue" "$dir/data" "$dir/mail/contoso.test" "$dir/certs"

"$script_dir/postfix-certs.sh" "$dir/certs"

# Mail is delivered as nobody, so the test never needs a real account.
nobody_uid=$(id -u nobody)
nobody_gid=$(getent group nogroup | cut -d: -f3)
chown "$nobody_uid:$nobody_gid" "$dir/mail/contoso.test"
chmod 755 "$dir/mail" "$dir/mail/contoso.test"
# Postfix insists that nobody but root may write to its queue and configuration parents.
chmod 755 "$dir" "$dir/etc" "$dir/queue" "$dir/certs"
chown "$(id -u postfix)" "$dir/data"

cat >"$dir/etc/mailboxes" <<'EOF'
admin@contoso.test       contoso.test/admin
validation@contoso.test  contoso.test/validation
alice@contoso.test       contoso.test/alice
EOF

# Outside the kernel's ephemeral range, so no outgoing connection can already hold it.
port_is_free() {
    ! ss -Hltn "sport = :$1" 2>/dev/null | grep -q .
}
if [ -z "$port" ]; then
    for _ in $(seq 1 50); do
        candidate=$((20000 + RANDOM % 12000))
        if port_is_free "$candidate"; then
            port=$candidate
            break
        fi
    done
    if [ -z "$port" ]; then
        echo "No free port found between 20000 and 32000 on 127.0.0.1." >&2
        exit 1
    fi
fi
if [ "$port" -le 1024 ] || [ "$port" -gt 65535 ]; then
    echo "The port must be above 1024." >&2
    exit 2
fi

if [ "$tls" = on ]; then
    tls_level=may
else
    tls_level=none
fi
error_transport="error:5.7.1 this test instance delivers to its local mailboxes only"

cat >"$dir/etc/main.cf" <<EOF
# Private Postfix for Mailflow Admin integration tests; written by postfix-start.sh.
compatibility_level = 3.7
queue_directory = $dir/queue
data_directory = $dir/data
mail_owner = postfix
setgid_group = postdrop
maillog_file = $dir/maillog
maillog_file_prefixes = $dir
smtpd_banner = \$myhostname ESMTP Mailflow test instance

myhostname = mail.contoso.test
mydomain = contoso.test
myorigin = \$mydomain
mydestination =
mynetworks = 127.0.0.1/32
inet_interfaces = 127.0.0.1
inet_protocols = ipv4

# Loopback only: no name lookups and no mail leaving this instance.
smtpd_peername_lookup = no
smtp_dns_support_level = disabled
default_transport = $error_transport
relay_transport = $error_transport
local_transport = $error_transport
alias_maps =
alias_database =
local_recipient_maps =
notify_classes =
biff = no

virtual_mailbox_domains = contoso.test
virtual_mailbox_base = $dir/mail
virtual_mailbox_maps = texthash:$dir/etc/mailboxes
virtual_uid_maps = static:$nobody_uid
virtual_gid_maps = static:$nobody_gid
smtpd_reject_unlisted_recipient = yes
smtpd_relay_restrictions = reject_unauth_destination

smtpd_tls_security_level = $tls_level
smtpd_tls_cert_file = $dir/certs/server.pem
smtpd_tls_key_file = $dir/certs/server.key
smtpd_tls_loglevel = 1
smtpd_tls_session_cache_database =
EOF

cat >"$dir/etc/master.cf" <<EOF
# service          type  private unpriv chroot wakeup maxproc command
127.0.0.1:$port    inet  n       -      n      -      -       smtpd
pickup             unix  n       -      n      60     1       pickup
cleanup            unix  n       -      n      -      0       cleanup
qmgr               unix  n       -      n      300    1       qmgr
tlsmgr             unix  -       -      n      1000?  1       tlsmgr
rewrite            unix  -       -      n      -      -       trivial-rewrite
bounce             unix  -       -      n      -      0       bounce
defer              unix  -       -      n      -      0       bounce
trace              unix  -       -      n      -      0       bounce
verify             unix  -       -      n      -      1       verify
flush              unix  n       -      n      1000?  0       flush
proxymap           unix  -       -      n      -      -       proxymap
showq              unix  n       -      n      -      -       showq
error              unix  -       -      n      -      -       error
retry              unix  -       -      n      -      -       error
discard            unix  -       -      n      -      -       discard
virtual            unix  -       n      n      -      -       virtual
anvil              unix  -       -      n      -      1       anvil
scache             unix  -       -      n      -      1       scache
postlog            unix-dgram n  -      n      -      1       postlogd
EOF

if ! runuser -u postfix -- test -r "$dir/etc/main.cf"; then
    echo "The postfix user cannot read $dir/etc/main.cf; check the directory modes." >&2
    exit 2
fi

# Creates the queue subdirectories with the owners and modes Postfix expects.
postfix -c "$dir/etc" check
postfix -c "$dir/etc" start >/dev/null 2>&1 || {
    echo "Postfix did not start; its log says:" >&2
    tail -n 20 "$dir/maillog" >&2 2>/dev/null || true
    exit 1
}

# The master opens the listener itself; wait until it accepts connections.
listening=
for _ in $(seq 1 100); do
    if ss -Hltn "sport = :$port" 2>/dev/null | grep -q '127.0.0.1'; then
        listening=yes
        break
    fi
    sleep 0.1
done
if [ -z "$listening" ]; then
    echo "Postfix started but does not listen on 127.0.0.1:$port; its log says:" >&2
    tail -n 20 "$dir/maillog" >&2 2>/dev/null || true
    "$script_dir/postfix-stop.sh" "$dir" >/dev/null 2>&1 || true
    exit 1
fi

cat >"$dir/instance.env" <<EOF
dir=$dir
port=$port
tls=$tls
pid_file=$dir/queue/pid/master.pid
ca_file=$dir/certs/ca.pem
other_ca_file=$dir/certs/other-ca.pem
log_file=$dir/maillog
mailbox_dir=$dir/mail/contoso.test
EOF
if [ "$requested" != "$dir" ]; then
    cp "$dir/instance.env" "$requested/instance.env"
fi
cat "$dir/instance.env"
