#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebound authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command on the last commit inside a brand-new minimal Debian 12 system, the way a new
# user's machine sees the project: whatever a used machine has lying around (a package installed by
# hand, a Recommends that --no-install-recommends drops, a file never committed) is not there.
#
# Usage (as root): scripts/fresh-debian.sh [--keep] [-- COMMAND...]   (default COMMAND: bash -l)
#   e.g. scripts/fresh-debian.sh -- scripts/run-tests.sh
#
# The base system is made once by debootstrap (--variant=minbase bookworm) from the archive this
# machine's apt sources name, and kept in $REBOUND_FRESH_DIR (default /var/tmp/rebound-fresh-debian).
# Each run copies it afresh, unpacks `git archive HEAD` in /root/project, mounts proc, sys, dev,
# dev/pts, and tmpfs on /tmp, /dev/shm and /run, runs COMMAND in /root/project as root, and removes
# the copy again, also when interrupted. Downloaded .deb files are kept between runs in the cache
# directory (only the downloads: every run installs every package anew). --keep leaves the run's
# tree in place for a look afterwards. Exits with COMMAND's exit code.
set -euo pipefail
keep=0
while [ $# -gt 0 ]; do
    case "$1" in
    --keep) keep=1; shift ;;
    --) shift; break ;;
    -h | --help) sed -n '5,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "fresh-debian: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
[ $# -gt 0 ] || set -- bash -l
[ "$(id -u)" -eq 0 ] || { echo "fresh-debian: run as root (it makes a chroot and mounts file systems)" >&2; exit 2; }
project="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
top="${REBOUND_FRESH_DIR:-/var/tmp/rebound-fresh-debian}"
base="$top/base"
debs="$top/debs"
mkdir -p "$top" "$debs"

# One base at a time, even when two runs start together.
exec 9>"$top/lock"
flock 9
if [ ! -f "$base/.complete" ]; then
    if ! command -v debootstrap >/dev/null; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
    fi
    # The first Debian archive of this machine's apt sources, in either format.
    mirror="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
        grep -E '^(deb|URIs:)[[:space:]]' | grep -oE 'https?://[^[:space:]]+/debian/?' | head -n 1 || true)"
    [ -n "$mirror" ] || { echo "fresh-debian: no Debian archive in this machine's apt sources" >&2; exit 2; }
    echo "fresh-debian: making a minimal Debian 12 from $mirror (once, about a minute)" >&2
    rm -rf --one-file-system "$base" "$base.new"
    debootstrap --variant=minbase bookworm "$base.new" "$mirror" >"$top/debootstrap.log" 2>&1 ||
        { tail -n 20 "$top/debootstrap.log" >&2; echo "fresh-debian: debootstrap failed, see $top/debootstrap.log" >&2; exit 2; }
    # The security and update suites of a real installation, as this machine names them.
    if compgen -G "/etc/apt/sources.list.d/*.sources" >/dev/null; then
        cp /etc/apt/sources.list.d/*.sources "$base.new/etc/apt/sources.list.d/"
        rm -f "$base.new/etc/apt/sources.list"
    elif [ -f /etc/apt/sources.list ]; then
        cp /etc/apt/sources.list "$base.new/etc/apt/sources.list"
    fi
    rm -rf "$base.new/var/cache/apt/archives/"*.deb
    touch "$base.new/.complete"
    mv "$base.new" "$base"
fi
flock -u 9

run="$(mktemp -d "$top/run.XXXXXX")"
mounts=()
# Every process whose root is the run's tree: what COMMAND left running (an X server, say).
inside() {
    local p
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$run" ] && echo "${p#/proc/}"
    done
    return 0
}
cleanup() {
    local i pids
    pids="$(inside)"
    if [ -n "$pids" ]; then
        kill $pids 2>/dev/null || true
        sleep 1
        pids="$(inside)"
        [ -z "$pids" ] || kill -KILL $pids 2>/dev/null || true
    fi
    # Innermost first; lazily, so a process still holding a file cannot keep the tree behind.
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount -l "${mounts[i]}" 2>/dev/null || true
    done
    if [ "$keep" -eq 1 ]; then
        echo "fresh-debian: kept $run" >&2
    else
        rm -rf --one-file-system "$run"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
mnt() { # mnt TARGET MOUNT-ARGS...
    local target="$run/$1"
    shift
    [ -e "$target" ] || mkdir -p "$target"
    mount "$@" "$target"
    mounts+=("$target")
}

cp -a "$base/." "$run/"
mkdir -p "$run/root/project"
git -C "$project" archive HEAD | tar -x -C "$run/root/project"
cp /etc/resolv.conf "$run/etc/resolv.conf" 2>/dev/null || true
mnt proc -t proc proc
mnt sys --rbind /sys
mount --make-rslave "$run/sys"
mnt dev -t tmpfs -o mode=755,nosuid dev
for d in null zero full random urandom tty; do
    touch "$run/dev/$d"
    mnt "dev/$d" --bind "/dev/$d"
done
mnt dev/pts -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts
ln -s pts/ptmx "$run/dev/ptmx"
ln -s /proc/self/fd "$run/dev/fd"
mnt dev/shm -t tmpfs -o mode=1777,nosuid,nodev shm
mnt tmp -t tmpfs -o mode=1777,nosuid,nodev tmp
mnt run -t tmpfs -o mode=755,nosuid,nodev run
mnt var/cache/apt/archives --bind "$debs"

echo "fresh-debian: running '$*' on $(git -C "$project" rev-parse --short HEAD) in a brand-new Debian 12" >&2
# In the background, so that a signal to this script is handled at once (wait returns), not when
# COMMAND ends; standard input is passed on for an interactive shell.
chroot "$run" /usr/bin/env -i HOME=/root TERM="${TERM:-dumb}" LANG=C.UTF-8 CI="${CI:-}" \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    bash -c 'cd /root/project && exec "$@"' fresh-debian "$@" <&0 &
rc=0
wait $! || rc=$?
echo "fresh-debian: exit $rc" >&2
exit "$rc"
