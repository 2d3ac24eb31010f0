#!/usr/bin/env bash
# The whole app under load over HTTP, against baselines measured in the same run (issue 21; docs/BENCHMARKS.md).
#
#   benchmarks/run.sh [--quick] [--write-docs]
#   benchmarks/run.sh [--quick] --only catalogue|rush|telemedicine|reach   # one benchmark and the baselines
#   benchmarks/run.sh --scale-out
#
# It starts its own PostgreSQL 15 with production durability (fsync, synchronous_commit, full_page_writes on),
# seeds a database with a fixed seed (200,000 offerings in 50 sites; --quick: 20,000), starts the app in Release
# (Production, RateLimiting:Enabled=false) and drives it from a second process over loopback: wrk for the GET
# requests, the benchmark project's C# client (a fixed number of connections) for the registration rush. Baselines
# from the same run: pgbench simple-update on the same server, and the app's constant JSON answer /health/ping.
# Everything it starts is stopped at the end; the logs stay in the work folder it prints.
#
# --scale-out instead starts two Release nodes behind nginx (configuration generated into the work folder), runs the
# registration rush through nginx, kills one node with SIGKILL mid-rush and checks that every registration answered
# 201 is in the database.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
QUICK=0
WRITE_DOCS=0
SCALE_OUT=0
ONLY=""
usage() { echo "usage: benchmarks/run.sh [--quick] [--write-docs | --only catalogue|rush|telemedicine|reach] | --scale-out" >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --write-docs) WRITE_DOCS=1 ;;
    --scale-out) SCALE_OUT=1 ;;
    --only) ONLY=${2:-}; shift; [[ $ONLY =~ ^(catalogue|rush|telemedicine|reach)$ ]] || usage ;;
    *) usage ;;
  esac
  shift
done
# A run of one benchmark (to compare two builds of one change quickly) never replaces the whole run's results.
[[ -n $ONLY && $WRITE_DOCS == 1 ]] && usage
want() { [[ -z $ONLY || $ONLY == "$1" ]]; }
OFFERINGS=200000 SITES=50 SECONDS_EACH=20 RESIDENTS=1000
if [[ $QUICK == 1 ]]; then OFFERINGS=20000 SECONDS_EACH=5; fi
if [[ $SCALE_OUT == 1 ]]; then OFFERINGS=2000 SITES=5; fi

log() { echo "run.sh: $*" >&2; }
PGBIN=/usr/lib/postgresql/15/bin
command -v wrk >/dev/null 2>&1 || "$ROOT/scripts/apt-install.sh" run.sh wrk
WORK=$(mktemp -d /tmp/lebenswelten-bench.XXXXXXXX)
APP_PIDS=()
cleanup() {
  [[ -f "$WORK/nginx.pid" ]] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  for pid in "${APP_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${APP_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  [[ -n "${LEBENSWELTEN_PG_DIR:-}" ]] && "$ROOT/scripts/stop-postgres.sh" "$LEBENSWELTEN_PG_DIR" >/dev/null 2>&1 || true
  log "logs in $WORK"
}
trap cleanup EXIT

cd "$ROOT"
eval "$(LEBENSWELTEN_PG_DURABLE=1 scripts/start-postgres.sh)"
export LEBENSWELTEN_TEST_POSTGRES LEBENSWELTEN_PG_DIR LEBENSWELTEN_PG_PORT
log "building Release"
dotnet build -c Release -v q -nologo src/Lebenswelten.Web >"$WORK/build.log" 2>&1
dotnet build -c Release -v q -nologo benchmarks/Lebenswelten.Benchmarks >>"$WORK/build.log" 2>&1
BENCH=(dotnet benchmarks/Lebenswelten.Benchmarks/bin/Release/net10.0/Lebenswelten.Benchmarks.dll)
APP=src/Lebenswelten.Web/bin/Release/net10.0/Lebenswelten.Web.dll

log "seeding $OFFERINGS offerings in $SITES sites"
"${BENCH[@]}" seed-http --out "$WORK" --offerings "$OFFERINGS" --sites "$SITES" --rush-rounds 3 2>"$WORK/seed.log"
tail -n 1 "$WORK/seed.log" >&2
# shellcheck disable=SC1091
source "$WORK/seed.env"
CONNECTION="Host=127.0.0.1;Port=$LEBENSWELTEN_PG_PORT;Username=postgres;Database=$SEED_DATABASE"

# start_app NAME PORT [SETTING=VALUE…]: one Release node on loopback; returns when /health/ready answers.
start_app() {
  local name=$1 port=$2
  env "${@:3}" ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres ConnectionStrings__Lebenswelten="$CONNECTION" \
    PublicBaseUrl="http://127.0.0.1:$port" RateLimiting__Enabled=false Smtp__Enabled=false \
    Logging__LogLevel__Default=Warning \
    dotnet "$APP" --urls "http://127.0.0.1:$port" >"$WORK/app-$name.log" 2>&1 &
  APP_PIDS+=($!)
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  log "node $name did not start:"; tail -n 20 "$WORK/app-$name.log" >&2; exit 1
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

if [[ $SCALE_OUT == 1 ]]; then
  # shellcheck source=benchmarks/scale-out.sh
  source benchmarks/scale-out.sh
  exit $?
fi

PORT=$(free_port)
start_app a "$PORT"
URL="http://127.0.0.1:$PORT"
# The catalogue as users get it comes from each node's output cache; a second node without it shows what a search costs
# when nobody asked the same question in the last 30 seconds.
UNCACHED_PORT=$(free_port)
want catalogue && start_app uncached "$UNCACHED_PORT" Catalogue__CacheSeconds=0
UNCACHED_URL="http://127.0.0.1:$UNCACHED_PORT"

# wrk_result SECONDS [wrk options…] URL: 10 connections for SECONDS; requests/s, p50, p95, p99, errors, requests
# (tab-separated). The one measurement of every wrk table, here and in the sourced telemedicine.sh and reach.sh.
wrk_result() {
  local seconds=$1
  shift
  wrk -t2 -c10 -d"${seconds}s" -s benchmarks/wrk-report.lua "$@" | awk -F'\t' '$1=="RESULT"{print $2"\t"$3"\t"$4"\t"$5"\t"$6"\t"$7}'
}
# wrk_measure PATH [BASE-URL]: the same for a path of the app (node a unless another is given).
wrk_measure() { wrk_result "$SECONDS_EACH" "${2:-$URL}$1"; }

log "baselines: pgbench simple-update and GET /health/ping"
"$PGBIN/psql" -q -h 127.0.0.1 -p "$LEBENSWELTEN_PG_PORT" -U postgres -c "CREATE DATABASE pgbench" postgres
"$PGBIN/pgbench" -q -i -s 10 -h 127.0.0.1 -p "$LEBENSWELTEN_PG_PORT" -U postgres pgbench >"$WORK/pgbench-init.log" 2>&1
PGBENCH_TPS=$("$PGBIN/pgbench" -n -b simple-update -c 10 -j 2 -T "$SECONDS_EACH" -h 127.0.0.1 -p "$LEBENSWELTEN_PG_PORT" -U postgres pgbench 2>&1 \
  | tee "$WORK/pgbench.log" | awk '/^tps = /{printf "%.0f", $3}')
wrk -t2 -c10 -d2s "$URL/health/ping" >/dev/null   # JIT warm-up
IFS=$'\t' read -r PING_RPS PING_P50 PING_P95 PING_P99 PING_ERR _ < <(wrk_measure /health/ping)

CATALOGUE_ROWS=""
want catalogue && log "catalogue over HTTP"
want catalogue && while IFS=$'\t' read -r name path; do
  wrk -t1 -c2 -d2s "$URL$path" >/dev/null   # warm-up: JIT, plans, caches
  IFS=$'\t' read -r rps p50 p95 p99 err _ < <(wrk_measure "$path")
  ratio=$(awk -v a="$rps" -v b="$PING_RPS" 'BEGIN{printf "%.1f %%", 100*a/b}')
  wrk -t1 -c2 -d2s "$UNCACHED_URL$path" >/dev/null
  IFS=$'\t' read -r urps _ up95 _ uerr _ < <(wrk_measure "$path" "$UNCACHED_URL")
  uratio=$(awk -v a="$urps" -v b="$PING_RPS" 'BEGIN{printf "%.1f %%", 100*a/b}')
  CATALOGUE_ROWS+="| $name | $rps | $p50 | $p95 | $p99 | $err | $ratio | $urps | $up95 | $uerr | $uratio |"$'\n'
done <"$WORK/catalogue.tsv"

want rush && log "registration rush: $RESIDENTS residents, 10 offerings x 20 places, at 10, 50 and 200 connections"
# cpu_ms PID…: user + system CPU time in ms of the processes and of their children that have ended (Linux /proc), so that
# each rush row says where the machine's two cores went per registration: the app, PostgreSQL, the load client.
cpu_ms() {
  local total=0 pid
  for pid in "$@"; do
    [[ -r /proc/$pid/stat ]] && total=$((total + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo $((total * 1000 / $(getconf CLK_TCK)))
}
pg_pids() { local master; master=$(head -n 1 "$LEBENSWELTEN_PG_DIR/data/postmaster.pid"); echo "$master" $(pgrep -P "$master"); }
per_registration() { awk -v ms="$1" -v n="$RESIDENTS" 'BEGIN{printf "%.1f", ms / n}'; }
RUSH_ROWS=""
RUSH_FAILED=0
round=0
want rush && for connections in 10 50 200; do
  offerings_var="RUSH_ROUND_$round"
  app_before=$(cpu_ms "${APP_PIDS[0]}")
  # shellcheck disable=SC2046
  pg_before=$(cpu_ms $(pg_pids))
  TIMEFORMAT='%R %U %S'
  { time "${BENCH[@]}" rush --url "$URL" --offerings "${!offerings_var}" --residents "$RESIDENTS" \
      --connections "$connections" --database "$SEED_DATABASE" 2>>"$WORK/rush.log" >"$WORK/rush-row.txt"; } 2>"$WORK/rush-time.txt" \
    || RUSH_FAILED=1
  row=$(cat "$WORK/rush-row.txt")
  app_ms=$(( $(cpu_ms "${APP_PIDS[0]}") - app_before ))
  # shellcheck disable=SC2046
  pg_ms=$(( $(cpu_ms $(pg_pids)) - pg_before ))
  client_ms=$(awk '{printf "%d", ($2 + $3) * 1000}' "$WORK/rush-time.txt")
  cpu="$(per_registration "$app_ms") / $(per_registration "$pg_ms") / $(per_registration "$client_ms")"
  rps=$(echo "$row" | awk -F'|' '{gsub(/ /,"",$3); print $3}')
  ratio=$(awk -v a="$rps" -v b="$PGBENCH_TPS" 'BEGIN{printf "%.0f %%", 100*a/b}')
  RUSH_ROWS+="${row% |*} | $ratio | $cpu |"$'\n'
  round=$((round + 1))
done
if want telemedicine; then source benchmarks/telemedicine.sh || RUSH_FAILED=1; fi   # benchmark 3: slot search and $book (writes $WORK/report-telemedicine.md)

want reach && source benchmarks/reach.sh   # benchmark 4: the reach dashboards at 100k, 1M (and 10M) registrations -> $WORK/report-reach.md
want catalogue && log "catalogue in process (the same database)"
want catalogue && "${BENCH[@]}" catalogue --postgres --skip-sqlite --reuse "$SEED_DATABASE" --runs 10 --warmup 2 >"$WORK/inprocess.md" 2>>"$WORK/inprocess.log"

MACHINE="$(nproc) cores, $(awk '/MemTotal/{printf "%.0f GB RAM", $2/1048576}' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME"), .NET $(dotnet --version), $("$PGBIN/postgres" --version | awk '{print $3}')"
REPORT="$WORK/report.md"
{
  echo "### Run of $(date -u +%Y-%m-%d' '%H:%M) UTC ($([[ $QUICK == 1 ]] && echo quick || echo full))"
  echo
  echo "$MACHINE; load average at the end $(cut -d' ' -f1-3 /proc/loadavg). $OFFERINGS offerings in $SITES sites."
  echo
  echo "| baseline | result |"
  echo "|---|--:|"
  echo "| pgbench simple-update, 10 clients, same server | $PGBENCH_TPS TPS |"
  echo "| GET /health/ping (constant JSON), wrk 10 connections | $PING_RPS requests/s (p50 $PING_P50 ms, p99 $PING_P99 ms) |"
  echo
  if want rush; then
    echo "**Registration rush** ($RESIDENTS guests, 10 offerings with 20 places; target: ≥ 50 % of pgbench, p99 ≤ 100 ms at 10 connections)"
    echo
    echo "The last column is the CPU time each registration cost (user + system, from /proc): the app / PostgreSQL / the load"
    echo "client (its start and the database check included). The machine has $(nproc) cores: $(nproc)000 ms of CPU per second."
    echo
    echo "| connections | registrations/s | p50 ms | p95 ms | p99 ms | answers | database afterwards | of pgbench | CPU ms per registration: app / PostgreSQL / client |"
    echo "|---|--:|--:|--:|--:|---|---|--:|--:|"
    printf '%s' "$RUSH_ROWS"
    echo
  fi
  if want catalogue; then
    echo "**Catalogue over HTTP** (wrk, 10 connections, ${SECONDS_EACH} s each; target: ≥ 25 % of /health/ping, p95 ≤ 50 ms)."
    echo "As users get it, from the node's output cache (the same search asked again within 30 s), and on a second node"
    echo "with the cache off (Catalogue__CacheSeconds=0: every request runs the search)."
    echo
    echo "| search | requests/s | p50 ms | p95 ms | p99 ms | errors | of /health/ping | uncached: requests/s | p95 ms | errors | of /health/ping |"
    echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
    printf '%s' "$CATALOGUE_ROWS"
    echo
    echo "**The same searches in process** (OfferingCatalogue.SearchAsync, one at a time, 10 rounds)"
    echo
    grep '^|' "$WORK/inprocess.md" 2>/dev/null || true
  fi
  echo; cat "$WORK/report-telemedicine.md" 2>/dev/null || true
} >"$REPORT"
[[ -f "$WORK/report-reach.md" ]] && cat "$WORK/report-reach.md" >>"$REPORT"
cat "$REPORT"
if [[ $WRITE_DOCS == 1 ]]; then
  python3 - "$REPORT" docs/BENCHMARKS.md <<'PY'
import sys, re
report, docs = open(sys.argv[1]).read(), sys.argv[2]
text = open(docs).read()
begin, end = "<!-- run.sh:begin -->", "<!-- run.sh:end -->"
text = re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda _: begin + "\n" + report + end, text, flags=re.S)
open(docs, "w").write(text)
PY
  log "wrote the results into docs/BENCHMARKS.md"
fi
exit $RUSH_FAILED
