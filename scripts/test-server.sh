#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Rebound authors
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL 15 for the tests: a new cluster in DIR listening on 127.0.0.1:PORT with trust
# sign-in for the role "rebound", stopped and removed again at the end. As root it runs as postgres.
# Usage: scripts/test-server.sh start DIR PORT [durable] | restart DIR | kill DIR (an immediate stop, as a
#        crash) | halt DIR (a clean stop, the cluster kept) | stop DIR (stopped and removed)
# "durable" keeps fsync on, as a real server runs: the benchmark's figures are measured so.
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
[ -x "$bin/initdb" ] || { echo "$0: PostgreSQL 15 is not installed (apt-get install postgresql-15)" >&2; exit 1; }
action="${1:-}"
dir="${2:-}"
[ -n "$dir" ] || { echo "usage: $0 start DIR PORT [durable] | restart DIR | kill DIR | halt DIR | stop DIR" >&2; exit 2; }
as=()
[ "$(id -u)" -ne 0 ] || as=(runuser -u postgres --)
# As root the cluster belongs to postgres, who may not reach DIR (a checkout in /root): it then lives in
# /var/tmp and DIR is a link to it.
link="$dir"
[ -L "$link" ] && dir="$(readlink -f "$link")"
case "$action" in
start)
    port="${3:?port}"
    if [ -f "$dir/data/postmaster.pid" ]; then "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir" "$link"
    mkdir -p "$(dirname "$link")"
    dir="$link"
    if [ ${#as[@]} -gt 0 ] && ! runuser -u postgres -- test -x "$(dirname "$link")"; then
        dir="/var/tmp/rebound-test-server-$(printf '%s' "$(readlink -f "$(dirname "$link")")/$(basename "$link")" | md5sum | cut -c1-12)"
        rm -rf "$dir"
        ln -s "$dir" "$link"
    fi
    mkdir -p "$dir"
    [ ${#as[@]} -eq 0 ] || chown postgres "$dir"
    "${as[@]}" "$bin/initdb" -D "$dir/data" -U rebound -A trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # Enough connections for four counters and the tests beside them.
    cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 200
CONF
    # Test data is thrown away: no fsync, unless asked to run as a real server would.
    if [ "${4:-}" != durable ]; then
        printf 'fsync = off\nfull_page_writes = off\n' >>"$dir/data/postgresql.conf"
    fi
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "PostgreSQL test server on 127.0.0.1:$port ($dir)"
    ;;
restart)
    # (already running: nothing to do)
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1 \
        || "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start >/dev/null
    ;;
kill)
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null
    ;;
halt)
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null; fi
    rm -rf "$dir" "$link"
    ;;
*)
    echo "usage: $0 start DIR PORT [durable] | restart DIR | kill DIR | halt DIR | stop DIR" >&2
    exit 2
    ;;
esac
