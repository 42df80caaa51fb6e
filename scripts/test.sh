#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test through CTest: unit, fake-server,
# offscreen GUI, command-line and real-Postfix integration tests.
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${MAILFLOW_BUILD_DIR:-$top/build}

"$top/scripts/install-deps.sh"
"$top/scripts/build.sh"

export QT_QPA_PLATFORM=offscreen
cd "$build_dir"
ctest --output-on-failure --timeout 600 "$@"
