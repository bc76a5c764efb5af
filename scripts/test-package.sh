#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebound authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The packaging test: builds the .deb from a configured build, installs it for real, checks what it put
# where, runs the installed programs (rebound under Xvfb until its window shows), then removes it cleanly.
# Usage: scripts/test-package.sh [BUILD_DIR]   (default: build-ci). Needs root or sudo.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build-ci}"
root=()
[ "$(id -u)" -eq 0 ] || root=(sudo -n)
shopt -s nullglob
checks=0
pass() { checks=$((checks + 1)); echo "ok: $*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

for tool in desktop-file-validate appstreamcli xdotool xvfb-run; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/bootstrap.sh installs it)"
done
# This installs and removes the real package: never on a machine where Rebound is in use.
if dpkg -s rebound >/dev/null 2>&1; then
    fail "rebound is already installed here; run the packaging test on a test machine or remove it first"
fi
rm -f "$build"/rebound_*_amd64.deb
(cd "$build" && cpack -G DEB >/dev/null)
debs=("$build"/rebound_*_amd64.deb)
[ ${#debs[@]} -eq 1 ] || fail "no package was built in $build"
deb="$(realpath "${debs[0]}")"
pass "built $(basename "$deb")"

"${root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
pass "installed with its dependencies"
trap '"${root[@]}" dpkg -r rebound >/dev/null 2>&1 || true' EXIT

files=(/usr/bin/rebound /usr/bin/reboundctl /usr/lib/rebound/rebound-reports-print.so
       /usr/share/applications/org.reboundapp.Rebound.desktop
       /usr/share/metainfo/org.reboundapp.Rebound.metainfo.xml
       /usr/share/icons/hicolor/scalable/apps/org.reboundapp.Rebound.svg
       /usr/share/man/man1/reboundctl.1
       /usr/share/bash-completion/completions/reboundctl)
for size in 16 24 32 48 64 128 256; do
    files+=("/usr/share/icons/hicolor/${size}x${size}/apps/org.reboundapp.Rebound.png")
done
for f in "${files[@]}"; do
    [ -f "$f" ] || fail "$f is missing"
done
pass "${#files[@]} files where they belong"

desktop-file-validate /usr/share/applications/org.reboundapp.Rebound.desktop || fail "desktop entry"
appstreamcli validate --no-net /usr/share/metainfo/org.reboundapp.Rebound.metainfo.xml || fail "metainfo"
pass "desktop entry and AppStream metainfo validate"

# The same list scripts/bootstrap.sh installs from: the build's needs and the package's cannot drift apart.
depends="$(dpkg-query -W -f='${Depends}' rebound)"
recommends="$(dpkg-query -W -f='${Recommends}' rebound)"
for p in $(scripts/packages.sh depends); do
    grep -Eq "(^|, )$p( |,|$)" <<<"$depends" || fail "$p (packaging/debian-packages.txt) is not in the package's Depends: $depends"
done
for p in $(scripts/packages.sh recommends); do
    grep -Eq "(^|, )$p( |,|$)" <<<"$recommends" || fail "$p is not in the package's Recommends: $recommends"
done
if ldd /usr/bin/reboundctl | grep -q Widgets; then fail "reboundctl links Qt Widgets"; fi
pass "Depends and Recommends name every plugin package of packaging/debian-packages.txt; reboundctl has no widgets"

# Charts and printing are loaded when first used, from the module the package installs.
if ldd /usr/bin/rebound | grep -Eq "Charts|PrintSupport"; then fail "rebound loads Charts or PrintSupport at start-up"; fi
QT_QPA_PLATFORM=offscreen /usr/bin/rebound --check-modules | grep -q "loaded" || fail "rebound --check-modules"
pass "the installed rebound loads its reports and printing module when asked, not at start-up"

/usr/bin/reboundctl --version | grep -q "reboundctl 0\." || fail "reboundctl --version"
work="$(mktemp -d)"
chmod 755 "$work"
REBOUND_PIN=2486173950 /usr/bin/reboundctl --db "$work/counter.sqlite" init --manager-code M1 --manager-name "Test Manager" \
    >/dev/null || fail "reboundctl init"
/usr/bin/reboundctl --db "$work/counter.sqlite" verify | grep -q "^ok: " || fail "reboundctl verify"
pass "the installed reboundctl initialises and verifies a database"

bash -c 'source /usr/share/bash-completion/completions/reboundctl 2>/dev/null || true
         _init_completion() { cur=${COMP_WORDS[COMP_CWORD]}; prev=${COMP_WORDS[COMP_CWORD-1]}; words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; }
         source /usr/share/bash-completion/completions/reboundctl
         COMP_WORDS=(reboundctl exp); COMP_CWORD=1; _reboundctl
         [ "${COMPREPLY[*]}" = export ]' || fail "bash completion"
pass "bash completion completes a command"

cat >"$work/show.sh" <<SHOW
#!/usr/bin/env bash
HOME="$work" XDG_DATA_HOME="$work/data" QT_QPA_PLATFORM=xcb /usr/bin/rebound --db "$work/counter.sqlite" &
pid=\$!
timeout 30 xdotool search --sync --onlyvisible --name '^Rebound\$' >/dev/null
rc=\$?
kill \$pid 2>/dev/null
wait \$pid 2>/dev/null
exit \$rc
SHOW
chmod +x "$work/show.sh"
xvfb-run -a -s "-screen 0 1280x800x24" "$work/show.sh" || fail "the installed rebound did not show its window"
pass "the installed rebound opens its window"

"${root[@]}" dpkg -r rebound >/dev/null
trap - EXIT
for f in "${files[@]}"; do
    [ ! -e "$f" ] || fail "$f is still there after removal"
done
pass "removed cleanly"
rm -rf "$work"
echo "packaging: $checks passed, 0 failed"
