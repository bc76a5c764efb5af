#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebound authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and shows Rebound on an embedded demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh default
demo="${XDG_DATA_HOME:-$HOME/.local/share}/Rebound/rebound/demo.sqlite"
mkdir -p "$(dirname "$demo")"
if [ ! -s "$demo" ]; then
    build/app/reboundctl --db "$demo" seed-demo --incidents 300
fi
echo
echo "Demo database: $demo"
build/app/reboundctl --db "$demo" employee list
echo
echo "Latest recoveries:"
build/app/reboundctl --db "$demo" export incidents | tail -n 5
