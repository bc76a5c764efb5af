#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebound authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's quick start as a new user runs it, timed: the demo command (headless here, so it must
# list the demo staff), then the test command. .ci/run runs it inside scripts/fresh-debian.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
demo="$(mktemp)"
trap 'rm -f "$demo"' EXIT

echo "== scripts/run-demo.sh"
env -u DISPLAY -u WAYLAND_DISPLAY scripts/run-demo.sh | tee "$demo"
for who in "A100 .*Alex Rivera" "S200 .*Priya Patel" "M300 .*Jordan Blake"; do
    grep -Eq "$who" "$demo" || { echo "FAILED: the demo did not list $who" >&2; exit 1; }
done
demo_seconds=$((SECONDS - started))
echo "== run-demo.sh: ${demo_seconds} s"

echo "== scripts/run-tests.sh"
scripts/run-tests.sh
echo "== run-demo.sh: ${demo_seconds} s, run-tests.sh: $((SECONDS - started - demo_seconds)) s"
