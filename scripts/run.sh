#!/usr/bin/env bash
# Installs what is needed, builds, and opens Mailflow Admin on its embedded sample workspace
# (or on the files given as arguments). Without a display it starts a virtual one.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${MAILFLOW_BUILD_DIR:-$top/build}

"$top/scripts/install-deps.sh"
"$top/scripts/build.sh" mailflow-admin mailflow-admin-gui

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting the app on a virtual X display (xvfb-run)."
    exec xvfb-run -a "$build_dir/app/mailflow-admin" "$@"
fi
exec "$build_dir/app/mailflow-admin" "$@"
