#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebound authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts Rebound on its embedded demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
# The two programs only: the tests are run-tests.sh's business.
scripts/bootstrap.sh default rebound reboundctl
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: showing the demo data through reboundctl instead of the window."
    demo="${XDG_DATA_HOME:-$HOME/.local/share}/Rebound/rebound/demo.sqlite"
    mkdir -p "$(dirname "$demo")"
    [ -s "$demo" ] || build/app/reboundctl --db "$demo" seed-demo --incidents 300
    build/app/reboundctl --db "$demo" employee list
    exit 0
fi
exec build/app/rebound --demo
