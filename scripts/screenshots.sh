#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebound authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the README's screenshots: the real windows under Xvfb at 1280x800, demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh default
mkdir -p packaging/screenshots
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" build/tests/rebound_screenshots packaging/screenshots
# The wizard in Spanish and German: the same tour, of which two pages and the note are kept.
for lang in es de; do
    tour="$(mktemp -d)"
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" build/tests/rebound_screenshots "$tour" "$lang" >/dev/null
    for page in 03-wizard-situation 06-wizard-compensate-over-limit 21-recovery-note 24-follow-up-outcome; do
        cp "$tour/$lang-$page.png" packaging/screenshots/
    done
    rm -rf "$tour"
done
