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
exec build/tests/bench/rebound_bench "$@"
