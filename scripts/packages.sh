#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebound authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints the Debian packages of the given groups of packaging/debian-packages.txt, one a line.
# Usage: scripts/packages.sh GROUP...   e.g. scripts/packages.sh build test depends
set -euo pipefail
list="$(dirname "$0")/../packaging/debian-packages.txt"
[ $# -gt 0 ] || { echo "usage: $0 GROUP..." >&2; exit 2; }
known=$(sed -n 's/^\([a-z]*\):.*/\1/p' "$list" | sort -u)
for group in "$@"; do
    grep -qx "$group" <<<"$known" || { echo "$0: no group '$group' in $list (groups: $(echo $known))" >&2; exit 2; }
    sed -n "s/^$group:\(.*\)/\1/p" "$list" | tr -s ' \t' '\n' | sed '/^$/d'
done
