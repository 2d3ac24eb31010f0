#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster for the tests (data + socket under a
# fresh /tmp/lebenswelten-pg.XXXXXXXX directory, TCP only on 127.0.0.1).
#
# Usage:   eval "$(scripts/start-postgres.sh)"
#          LEBENSWELTEN_PG_DURABLE=1 scripts/start-postgres.sh   # production durability (benchmarks/run.sh)
#          ... run tests ...
#          scripts/stop-postgres.sh            # uses $LEBENSWELTEN_PG_DIR
#
# stdout carries ONLY the `export ...` lines meant for eval; all diagnostics go
# to stderr. There is deliberately no well-known state file, so several runs
# (e.g. several worktrees) can have their own cluster side by side. The same
# export lines are also written to $LEBENSWELTEN_PG_DIR/env for convenience.
set -euo pipefail

PGBIN=/usr/lib/postgresql/15/bin
FIRST_PORT=${LEBENSWELTEN_PG_FIRST_PORT:-54329}
MAX_TRIES=50

log() { echo "start-postgres: $*" >&2; }

# Server binaries missing -> install the Debian 12 package (needs root or sudo).
if [[ ! -x "$PGBIN/initdb" ]]; then
  log "$PGBIN/initdb missing, installing postgresql-15"
  SUDO=()
  [[ $EUID -ne 0 ]] && SUDO=(sudo)
  "${SUDO[@]}" apt-get update -qq </dev/null >&2
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends postgresql-15 </dev/null >&2
fi

# PostgreSQL refuses to run as root, so as root we run it as `postgres`;
# a normal user simply runs it as themselves.
if [[ $EUID -eq 0 ]]; then
  PGUSER_OS=postgres
  as_pg() { runuser -u postgres -- "$@"; }
else
  PGUSER_OS=$(id -un)
  as_pg() { "$@"; }
fi

BASE=$(mktemp -d /tmp/lebenswelten-pg.XXXXXXXX)
# Remove the half-made cluster if anything below fails.
ok=0
cleanup_on_failure() {
  if [[ $ok -ne 1 ]]; then
    as_pg "$PGBIN/pg_ctl" -D "$BASE/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf -- "$BASE"
  fi
}
trap cleanup_on_failure EXIT

mkdir -p "$BASE/sock"
chown -R "$PGUSER_OS" "$BASE"
chmod 700 "$BASE" "$BASE/sock"
# Run from a directory postgres can read (root's cwd/home may not be).
cd "$BASE"

# initdb: trust auth (throwaway, loopback only), UTF8. C.UTF-8 gives UTF-8
# aware ctype; fall back to plain C if this machine lacks that locale.
initdb_with() {
  rm -rf -- "$BASE/data"
  as_pg "$PGBIN/initdb" -D "$BASE/data" -A trust -U postgres --encoding=UTF8 --locale="$1" \
    >"$BASE/initdb.log" 2>&1
}
if ! initdb_with C.UTF-8; then
  log "initdb with --locale=C.UTF-8 failed, retrying with --locale=C"
  if ! initdb_with C; then
    cat "$BASE/initdb.log" >&2
    log "initdb failed"
    exit 1
  fi
fi

# Is anything listening on this TCP port? Prefer ss; fall back to a bash
# /dev/tcp connect attempt on machines without iproute2.
port_in_use() {
  if command -v ss >/dev/null 2>&1; then
    [[ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

# Pick a free port and start. Another process may grab the port between our
# check and the bind, so on "address in use" we simply move on to the next one.
# fsync/synchronous_commit/full_page_writes off: durability is pointless for a throwaway test cluster and
# turning it off makes the tests much faster. The load benchmark needs the production settings (the defaults),
# since the app and its pgbench baseline must meet the server a real installation has (issue 21).
durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
[[ "${LEBENSWELTEN_PG_DURABLE:-0}" == 1 ]] && durability="-c fsync=on -c synchronous_commit=on -c full_page_writes=on"

port=$FIRST_PORT
started=0
for ((i = 0; i < MAX_TRIES; i++, port++)); do
  port_in_use "$port" && continue
  if as_pg "$PGBIN/pg_ctl" -D "$BASE/data" -w -t 60 -l "$BASE/log" start -o \
      "-p $port -k $BASE/sock -c listen_addresses=127.0.0.1 -c max_connections=300 $durability -c shared_buffers=128MB" \
      >/dev/null 2>>"$BASE/pg_ctl.err"; then
    started=1
    break
  fi
  if grep -qiE 'could not bind|address already in use' "$BASE/log" 2>/dev/null; then
    log "port $port taken meanwhile, trying next"
    as_pg "$PGBIN/pg_ctl" -D "$BASE/data" -m immediate stop >/dev/null 2>&1 || true
    : >"$BASE/log"
    continue
  fi
  cat "$BASE/pg_ctl.err" "$BASE/log" >&2 || true
  log "pg_ctl start failed"
  exit 1
done
if [[ $started -ne 1 ]]; then
  log "no free port in $FIRST_PORT..$((FIRST_PORT + MAX_TRIES - 1))"
  exit 1
fi

env_lines="export LEBENSWELTEN_PG_DIR='$BASE'
export LEBENSWELTEN_PG_PORT='$port'
export LEBENSWELTEN_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Include Error Detail=true'"
printf '%s\n' "$env_lines" >"$BASE/env"

ok=1
log "PostgreSQL 15 running on 127.0.0.1:$port (dir $BASE)"
printf '%s\n' "$env_lines"
