#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebound authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with warnings as errors and runs every test, then the packaging test
# (installs the .deb, runs it, removes it); then builds everything
# again with AddressSanitizer and UndefinedBehaviorSanitizer (clang) and runs the whole suite under
# them, with a short run of each fuzz target.
# Usage: scripts/run-tests.sh [--soak SECONDS]   (the shared-file soak's length; about two minutes by default)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="$(nproc)"
if [ "${1:-}" = "--soak" ]; then
    [ -n "${2:-}" ] || { echo "usage: scripts/run-tests.sh [--soak SECONDS]" >&2; exit 2; }
    export REBOUND_SOAK_SECONDS="$2"
fi

# What the shared-file soak did, from the output ctest keeps of every test.
soak_counts() { grep -h '^soak:' "$1/Testing/Temporary/LastTest.log" || true; }

scripts/bootstrap.sh ci
rc=0
ctest --preset ci --no-tests=error -j "$jobs" || rc=$?
soak_counts build-ci
[ "$rc" -eq 0 ] || exit "$rc"
# The .deb built from that tree, installed, run and removed for real.
scripts/test-package.sh build-ci

# Test discovery runs the binaries at build time, so the sanitizer options must be set for the build too.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
scripts/bootstrap.sh asan
ctest --preset asan --no-tests=error -j "$jobs" || rc=$?
soak_counts build-asan
exit "$rc"
