#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebound authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's demo command as a new user without a display runs it: it must succeed and list the demo
# staff. .ci/run runs it inside scripts/fresh-debian.sh, before the test command.
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
echo "== run-demo.sh: $((SECONDS - started)) s"
