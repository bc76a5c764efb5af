#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebound authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a built suite several times in a row with `ctest -j4` while a second CPU-heavy job (a build of
# the same tree from scratch, over and over) competes for the cores: a test that depends on timing
# fails here. Stops at the first failing run.
# Usage: scripts/suite-under-load.sh [PRESET [RUNS]]   (default: asan 5; the preset must be built)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-asan}"
runs="${2:-5}"
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

load="$(mktemp -d)"
# The competing job: core/ and ui/ compiled again and again in a build folder of its own, in a
# process group of its own so that it can be stopped whole.
set -m
(
    cmake -S . -B "$load" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DREBOUND_BUILD_TESTS=OFF >/dev/null
    while :; do
        cmake --build "$load" --target clean >/dev/null
        cmake --build "$load" -j 2 >/dev/null 2>&1 || true
    done
) &
loader=$!
set +m
trap 'kill -- -$loader 2>/dev/null; wait 2>/dev/null; rm -rf "$load"' EXIT
sleep 20 # the compiler is busy before the first run starts

for ((i = 1; i <= runs; i++)); do
    started=$SECONDS
    if ! ctest --preset "$preset" --no-tests=error -j 4 >"$load/run-$i.log" 2>&1; then
        kept="${TMPDIR:-/tmp}/rebound-under-load-run-$i.log"
        cp "$load/run-$i.log" "$kept"
        grep -E "tests passed|Failed|\*\*\*" "$kept" >&2 || true
        echo "run $i of $runs under load: FAILED (whole log: $kept)" >&2
        exit 1
    fi
    echo "run $i of $runs under load: $(grep -o '[0-9]* tests failed out of [0-9]*' "$load/run-$i.log"), $((SECONDS - started)) s"
done
echo "$runs passed, 0 failed"
