#!/usr/bin/env bash
# Compares the wall time of one validation dialogue run by `mailflow-admin validate` with the
# same dialogue run by swaks, against a private Postfix on 127.0.0.1:
#   connect, EHLO, STARTTLS with certificate verification against the test CA, EHLO,
#   MAIL FROM, RCPT TO, QUIT (no DATA).
# Each round runs both tools once, the order alternating; prints the medians and their ratio.
#
# Also prints the wall time of `mailflow-admin --version` (starting and ending the program
# alone) and of two reference programs built next to it from bench/floor/: tls-start-floor
# starts Qt, loads its TLS backend and ends; starttls-floor runs the same dialogue as briefly
# as Qt allows. They show how much of the time any Qt program needs on this machine.
#
# Usage: bench/validate-vs-swaks.sh [BINARY]   (default: build/app/mailflow-admin)
# Environment: ROUNDS (default 15), MAILFLOW_BENCH_DIR (default: a fresh directory in /tmp).
# Needs root (Postfix's master starts as root), postfix, swaks and libnet-ssleay-perl.
# On a machine busy with other work, `chrt -f 10 bench/validate-vs-swaks.sh` gives Postfix and
# both tools real-time priority (they inherit it), so that the other work disturbs the
# comparison little; the figures then come close to those of a quiet machine.
set -euo pipefail

export PATH=$PATH:/usr/sbin:/sbin
top=$(cd "$(dirname "$0")/.." && pwd)
binary=${1:-$top/build/app/mailflow-admin}
rounds=${ROUNDS:-15}
if [ -n "${MAILFLOW_BENCH_DIR:-}" ]; then
    bench_dir=$MAILFLOW_BENCH_DIR
    remove_bench_dir=
else
    bench_dir=$(mktemp -d /tmp/mailflow-bench.XXXXXX)
    remove_bench_dir=yes
fi
workspace=$top/tests/integration/data/loopback.mailflow.json
connector="Loopback certificate validation"
sender=bench@example.test
recipient=validation@contoso.test

floor_dir=$(dirname "$binary")/../bench/floor
if [ ! -x "$binary" ] || [ ! -x "$floor_dir/starttls-floor" ]; then
    echo "No mailflow-admin at $binary or no bench/floor programs next to it: build first" \
        "(scripts/build.sh) or pass its path." >&2
    exit 2
fi
command -v swaks >/dev/null || { echo "swaks is missing: run scripts/install-deps.sh" >&2; exit 2; }

mkdir -p "$bench_dir"
# Postfix's daemons run as the postfix user and must be able to enter the directory.
chmod 755 "$bench_dir"
instance=$bench_dir/postfix
"$top/scripts/postfix-start.sh" --tls on "$instance" >/dev/null
cleanup() {
    "$top/scripts/postfix-stop.sh" "$instance" >/dev/null
    if [ -n "$remove_bench_dir" ]; then
        rm -rf "$bench_dir"
    fi
}
trap cleanup EXIT
# shellcheck disable=SC1091
. "$instance/instance.env"

# Postfix pauses each new message for up to in_flow_delay (1 s) while its queue manager lags
# behind; these sessions never deliver one, so after a few hundred of them every RCPT TO
# would wait that second, for both tools alike.
postconf -c "$dir/etc" -e in_flow_delay=0
postfix -c "$dir/etc" reload >/dev/null 2>&1

median() {
    sort -n | awk '{ v[NR] = $1 } END {
        if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# time-rounds.py does the timing: a shell starting the commands would add its own fork to
# every run of both tools.
python3 "$top/bench/time-rounds.py" "$bench_dir" "$rounds" \
    :: mailflow "$binary" validate "$workspace" --connector "$connector" --port "$port" \
        --ca-file "$ca_file" --sender "$sender" --no-data --json \
    :: swaks swaks --server 127.0.0.1 --port "$port" --from "$sender" --to "$recipient" \
        --tls --tls-verify --tls-ca-path "$ca_file" --quit-after RCPT \
    :: start "$binary" --version \
    :: tlsfloor "$floor_dir/tls-start-floor" \
    :: dialoguefloor "$floor_dir/starttls-floor" "$port" "$ca_file" "$sender" "$recipient"

# The probe's own measure of each run (first connect to last close), from its JSON report.
python3 - "$bench_dir" "$rounds" >"$bench_dir/mailflow.dialogue" <<'EOF'
import json, sys
for round_number in range(1, int(sys.argv[2]) + 1):
    print(json.load(open(f"{sys.argv[1]}/mailflow.{round_number}.out"))["durationMs"])
EOF

mailflow_median=$(median <"$bench_dir/mailflow.times")
swaks_median=$(median <"$bench_dir/swaks.times")
echo "Dialogue: EHLO, STARTTLS (verified against the test CA), EHLO, MAIL, RCPT, QUIT"
echo "Rounds: $rounds, alternating order; Postfix on 127.0.0.1:$port;" \
    "scheduling $(chrt -p $$ | sed -n 's/.*policy: //p'), niceness $(nice);" \
    "load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
printf 'mailflow-admin validate --no-data  median %8.1f ms  (min %.1f, max %.1f)\n' \
    "$(awk -v v="$mailflow_median" 'BEGIN { print v / 1000 }')" \
    "$(sort -n "$bench_dir/mailflow.times" | head -1 | awk '{ print $1 / 1000 }')" \
    "$(sort -n "$bench_dir/mailflow.times" | tail -1 | awk '{ print $1 / 1000 }')"
printf '  its probe, connect to close     median %8.1f ms  (from its --json report)\n' \
    "$(median <"$bench_dir/mailflow.dialogue")"
printf '  program start and exit alone    median %8.1f ms  (mailflow-admin --version)\n' \
    "$(median <"$bench_dir/start.times" | awk '{ print $1 / 1000 }')"
swaks_ratio() {
    awk -v a="$(median <"$bench_dir/$1.times")" -v b="$swaks_median" 'BEGIN { print a / b }'
}
printf 'Qt start + TLS backend + exit      median %8.1f ms  (%.2f of swaks; tls-start-floor)\n' \
    "$(median <"$bench_dir/tlsfloor.times" | awk '{ print $1 / 1000 }')" "$(swaks_ratio tlsfloor)"
printf 'same dialogue, least Qt program    median %8.1f ms  (%.2f of swaks; starttls-floor)\n' \
    "$(median <"$bench_dir/dialoguefloor.times" | awk '{ print $1 / 1000 }')" \
    "$(swaks_ratio dialoguefloor)"
printf 'swaks --tls --tls-verify           median %8.1f ms  (min %.1f, max %.1f)\n' \
    "$(awk -v v="$swaks_median" 'BEGIN { print v / 1000 }')" \
    "$(sort -n "$bench_dir/swaks.times" | head -1 | awk '{ print $1 / 1000 }')" \
    "$(sort -n "$bench_dir/swaks.times" | tail -1 | awk '{ print $1 / 1000 }')"
printf 'ratio mailflow-admin / swaks: %.2f (target: at most 0.25)\n' \
    "$(awk -v a="$mailflow_median" -v b="$swaks_median" 'BEGIN { print a / b }')"
