#!/usr/bin/env bash
# Shows that validating a connector with many slow smart hosts costs little more than one:
# the validator probes every smart host address at the same time.
#
# Starts bench/fake-smtp-server.py on 127.0.0.2 … 127.0.0.(1+HOSTS), one shared port, each
# waiting DELAY seconds before its greeting, then validates (opportunistic TLS, with DATA)
# a connector with one of them and a connector with all of them. Loopback only.
#
# Usage: bench/parallel-hosts.sh [BINARY]   (default: build/app/mailflow-admin)
# Environment: HOSTS (default 50), DELAY (seconds, default 0.3), ROUNDS (default 5).
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
binary=${1:-$top/build/app/mailflow-admin}
hosts=${HOSTS:-50}
delay=${DELAY:-0.3}
rounds=${ROUNDS:-5}

if [ ! -x "$binary" ]; then
    echo "No mailflow-admin at $binary: build first (scripts/build.sh) or pass its path." >&2
    exit 2
fi
if [ "$hosts" -lt 1 ] || [ "$hosts" -gt 250 ]; then
    echo "HOSTS must be from 1 to 250 (addresses 127.0.0.2 onwards)." >&2
    exit 2
fi

work=$(mktemp -d /tmp/mailflow-parallel.XXXXXX)
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

python3 "$top/bench/fake-smtp-server.py" --first 127.0.0.2 --count "$hosts" --delay "$delay" \
    >"$work/server.out" 2>&1 &
server_pid=$!
port=
for _ in $(seq 1 100); do
    port=$(sed -n 's/^port=//p' "$work/server.out")
    [ -n "$port" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.out" >&2; exit 1; }
    sleep 0.1
done
[ -n "$port" ] || { echo "The fake SMTP servers did not start." >&2; exit 1; }

# One workspace, two connectors: the same first smart host alone, and all of them.
python3 - "$work/parallel.mailflow.json" "$hosts" <<'EOF'
import json, sys
path, count = sys.argv[1], int(sys.argv[2])
def connector(name, hosts):
    return {"name": name, "kind": "outboundToOrganization", "usage": "ruleScoped",
            "routing": "smartHosts", "smartHosts": hosts, "tls": "opportunistic",
            "validationRecipients": ["validation@contoso.test"]}
all_hosts = [f"127.0.0.{2 + i}" for i in range(count)]
workspace = {"format": "mailflow-admin-workspace", "version": 1, "rules": [],
             "connectors": [connector("One slow smart host", all_hosts[:1]),
                            connector("Many slow smart hosts", all_hosts)]}
json.dump(workspace, open(path, "w"), indent=4)
EOF

# Wall time of one validation in milliseconds; every host must pass, or the figure is moot.
time_validation() {
    local start end
    start=$(date +%s%N)
    if ! "$binary" validate "$work/parallel.mailflow.json" --connector "$1" --port "$port" \
        --sender bench@example.test >"$work/validate.out" 2>&1; then
        echo "Validating '$1' failed:" >&2
        cat "$work/validate.out" >&2
        exit 1
    fi
    end=$(date +%s%N)
    awk -v ns=$((end - start)) 'BEGIN { printf "%.1f\n", ns / 1e6 }'
}

median() {
    sort -n | awk '{ v[NR] = $1 } END {
        if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

time_validation "One slow smart host" >/dev/null
: >"$work/one.times"
: >"$work/many.times"
for _ in $(seq 1 "$rounds"); do
    time_validation "One slow smart host" >>"$work/one.times"
    time_validation "Many slow smart hosts" >>"$work/many.times"
done
succeeded_tasks=$(grep -c '^\[Succeeded\]' "$work/validate.out" || true)

one=$(median <"$work/one.times")
many=$(median <"$work/many.times")
echo "Fake smart hosts: $hosts on 127.0.0.2-127.0.0.$((1 + hosts)) port $port," \
    "greeting delayed ${delay}s"
echo "Full dialogue with DATA; $rounds rounds; median wall time of mailflow-admin validate:"
printf '  1 smart host:    %8.1f ms\n' "$one"
printf '  %d smart hosts: %8.1f ms  (%d tasks succeeded in the last run)\n' \
    "$hosts" "$many" "$succeeded_tasks"
awk -v one="$one" -v many="$many" -v n="$hosts" -v d="$delay" 'BEGIN {
    printf "  extra for %d more hosts: %.1f ms (%.2f ms per host); one after another would" \
           " take at least %.0f ms\n", n - 1, many - one, (many - one) / (n - 1), n * d * 1000 }'
