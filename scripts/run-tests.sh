#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebound authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with warnings as errors and runs every test; then builds everything
# again with AddressSanitizer and UndefinedBehaviorSanitizer (clang) and runs the whole suite under
# them, with a short run of each fuzz target.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="$(nproc)"

scripts/bootstrap.sh ci
ctest --preset ci --no-tests=error -j "$jobs"

# Test discovery runs the binaries at build time, so the sanitizer options must be set for the build too.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
scripts/bootstrap.sh asan
ctest --preset asan --no-tests=error -j "$jobs"
