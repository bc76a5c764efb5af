#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebound authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what a fresh Debian 12 machine lacks, then configures and builds one CMake preset.
# Usage: scripts/bootstrap.sh [PRESET]   (default: "default"; CI uses "ci")
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"

packages=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools
          qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins catch2 libsodium-dev libsqlite3-dev libssl-dev sqlite3
          xvfb xauth xdotool imagemagick fonts-dejavu-core dpkg-dev file desktop-file-utils appstream
          poppler-utils)
# The sanitizer and fuzzing build uses clang and its runtime libraries.
[ "$preset" = "asan" ] && packages+=(clang libclang-rt-14-dev llvm)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo -n)
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
