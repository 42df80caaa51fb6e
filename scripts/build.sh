#!/usr/bin/env bash
# Configures and builds into build/ (or $MAILFLOW_BUILD_DIR): everything, or only the targets
# named as arguments (run.sh builds just the program, not the tests).
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${MAILFLOW_BUILD_DIR:-$top/build}

cmake -S "$top" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
targets=()
for target in "$@"; do
    targets+=(--target "$target")
done
cmake --build "$build_dir" --parallel "$(nproc)" "${targets[@]}"
