#!/usr/bin/env bash
# Stops the throwaway cluster made by start-postgres.sh and deletes its directory.
# Usage: scripts/stop-postgres.sh [DIR]   (DIR defaults to $LEBENSWELTEN_PG_DIR)
# Safe to call twice: a missing directory is a silent no-op.
set -euo pipefail

PGBIN=/usr/lib/postgresql/15/bin
DIR=${1:-${LEBENSWELTEN_PG_DIR:-}}

if [[ -z "$DIR" ]]; then
  echo "stop-postgres: no directory given and LEBENSWELTEN_PG_DIR is unset" >&2
  exit 1
fi
# Guard the rm -rf below: only ever delete directories start-postgres.sh made.
case "$DIR" in
  /tmp/lebenswelten-pg.*) ;;
  *) echo "stop-postgres: refusing to touch '$DIR' (not a /tmp/lebenswelten-pg.* dir)" >&2; exit 1 ;;
esac
[[ -d "$DIR" ]] || exit 0

if [[ -f "$DIR/data/postmaster.pid" ]]; then
  if [[ $EUID -eq 0 ]]; then
    as_pg() { runuser -u postgres -- "$@"; }
  else
    as_pg() { "$@"; }
  fi
  # fast = disconnect clients and shut down cleanly; immediate is the fallback
  # if a stuck backend keeps it from finishing within the timeout.
  (cd "$DIR" && as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w -t 30 stop >/dev/null) ||
    (cd "$DIR" && as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate -w -t 30 stop >/dev/null) || true
fi
rm -rf -- "$DIR"
echo "stop-postgres: stopped and removed $DIR" >&2
