#!/usr/bin/env bash
# Stops the private Postfix instance that postfix-start.sh started in DIR, by its PID.
# Safe to run when nothing runs there; touches no other Postfix instance.
# Usage: postfix-stop.sh DIR
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 DIR" >&2
    exit 2
fi
export PATH=$PATH:/usr/sbin:/sbin
dir=$1
# The instance may live elsewhere (see postfix-start.sh); its instance.env says where.
actual=$(sed -n 's/^dir=//p' "$dir/instance.env" 2>/dev/null || true)
if [ -n "$actual" ] && [ -d "$actual" ]; then
    dir=$actual
fi
pid_file=$dir/queue/pid/master.pid

master_pid() {
    [ -r "$pid_file" ] || return 1
    local pid
    pid=$(tr -dc '0-9' <"$pid_file")
    [ -n "$pid" ] || return 1
    # Only a Postfix master counts: the PID may have been reused since the file was written.
    [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = master ] || return 1
    echo "$pid"
}

pid=$(master_pid) || {
    echo "No Postfix instance runs in $dir."
    exit 0
}

if [ -f "$dir/etc/main.cf" ]; then
    postfix -c "$dir/etc" stop >/dev/null 2>&1 || true
fi

for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    sleep 1
    kill -KILL "$pid" 2>/dev/null || true
fi

echo "Stopped Postfix (master PID $pid) in $dir."
