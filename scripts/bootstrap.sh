#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebound authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what a fresh Debian 12 machine lacks (packaging/debian-packages.txt names it all), then
# configures and builds one CMake preset.
# Usage: scripts/bootstrap.sh [PRESET [TARGET...]]   (default: "default", every target; CI uses "ci")
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
shift || true

groups=(build test package depends recommends)
[ "$preset" = "asan" ] && groups+=(sanitize)
# No process substitution: a minimal system or chroot may have no /dev/fd.
list="$(scripts/packages.sh "${groups[@]}")"
mapfile -t packages <<<"$list"
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo -n)
    "${sudo_cmd[@]}" apt-get update -qq
    # apt's progress only when it fails: the list above says what is being installed.
    log="$(mktemp)"
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
        >"$log" 2>&1 || { tail -n 30 "$log" >&2; rm -f "$log"; exit 1; }
    rm -f "$log"
fi

cmake --preset "$preset" >/dev/null
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build --preset "$preset" "${targets[@]}"
