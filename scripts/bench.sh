#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebound authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds (release with debug info) and runs the benchmark of README
# "Performance": builds the million-recovery database once (kept in /var/tmp/rebound-bench), measures
# every figure next to its reference, prints the table and writes bench.json beside the database.
# Arguments go to rebound_bench: --fresh rebuilds the database, --db FILE, --incidents N, --reps N.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh default
# Start-up is measured on a real X server, as a desktop shows it: Xvfb when there is no display.
if [ -z "${DISPLAY:-}" ]; then
    exec env QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" build/tests/bench/rebound_bench "$@"
fi
exec env QT_QPA_PLATFORM=xcb build/tests/bench/rebound_bench "$@"
