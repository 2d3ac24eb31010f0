# Benchmark 3 of issue 21: telemedicine slot search and $book over HTTP (docs/BENCHMARKS.md). Sourced by
# benchmarks/run.sh after the registration rush, with its app ($URL), database ($SEED_DATABASE), work folder ($WORK),
# benchmark program (${BENCH[@]}), baselines ($PING_RPS, $PGBENCH_TPS) and $QUICK; writes $WORK/report-telemedicine.md.
# Bounded: with --quick about a minute, in full under five.
# shellcheck shell=bash

tm_run() {
  local seconds=$((SECONDS_EACH > 15 ? 15 : SECONDS_EACH)) bookings=500 pairs=20
  if [[ $QUICK == 1 ]]; then bookings=300 pairs=10; fi

  log "telemedicine: seeding 100 practices x 10 rooms x 3 months into $SEED_DATABASE"
  "${BENCH[@]}" seed-telemedicine --out "$WORK" --database "$SEED_DATABASE" 2>>"$WORK/telemedicine.log" \
    || { log "telemedicine: seeding failed (see $WORK/telemedicine.log)"; return 1; }
  tail -n 1 "$WORK/telemedicine.log" >&2
  # shellcheck disable=SC1091
  source "$WORK/telemedicine.env"
  local token
  token=$("${BENCH[@]}" tm-token --url "$URL" --email "$TM_READER" --password "$TM_PASSWORD" --totp "$TM_TOTP" 2>>"$WORK/telemedicine.log") \
    || { log "telemedicine: the practice login failed (see $WORK/telemedicine.log)"; return 1; }

  log "telemedicine: slot searches over HTTP (wrk, 10 connections, $seconds s each)"
  local rows="" name path kind rps p50 p95 p99 err ratio
  while IFS=$'\t' read -r name path kind; do
    local headers=()
    [[ $kind == fhir ]] && headers=(-H "Authorization: Bearer $token" -H "Accept: application/fhir+json")
    # Warm-up: one request to its end (the first of a page can take seconds on a loaded machine), then 2 s of wrk.
    curl -fs -o /dev/null --max-time 60 "${headers[@]}" "$URL$path" || log "telemedicine: $name did not answer 2xx"
    wrk -t1 -c2 -d2s "${headers[@]}" "$URL$path" >/dev/null
    # A 10 s timeout (wrk's default is 2 s): on a loaded machine a slow answer is a latency, not an error.
    IFS=$'\t' read -r rps p50 p95 p99 err _ < <(wrk_result "$seconds" --timeout 10s "${headers[@]}" "$URL$path")
    ratio=$(awk -v a="$rps" -v b="$PING_RPS" 'BEGIN{printf "%.1f %%", 100*a/b}')
    rows+="| $name | $rps | $p50 | $p95 | $p99 | $err | $ratio |"$'\n'
  done <"$WORK/telemedicine.tsv"

  log "telemedicine: \$book, $bookings distinct slots at 10 connections, then $pairs contested pairs"
  local booking
  booking=$("${BENCH[@]}" book --url "$URL" --site "$TM_SITE" --database "$SEED_DATABASE" --bookers "$TM_BOOKERS" \
    --schedules "$TM_BOOKER_SCHEDULES" --password "$TM_PASSWORD" --totp "$TM_TOTP" --bookings "$bookings" --contested "$pairs" \
    2>>"$WORK/telemedicine.log") || TM_FAILED=1
  local book_rows=""
  while IFS= read -r row; do
    [[ -z $row ]] && continue
    rps=$(echo "$row" | awk -F'|' '{gsub(/ /,"",$3); print $3}')
    ratio=$(awk -v a="$rps" -v b="$PGBENCH_TPS" 'BEGIN{printf "%.0f %%", 100*a/b}')
    book_rows+="$row $ratio |"$'\n'
  done <<<"$booking"

  log "telemedicine: the same slot searches in process"
  "${BENCH[@]}" slots-inprocess --database "$SEED_DATABASE" --schedule "$TM_SCHEDULE" --runs 10 --warmup 2 \
    >"$WORK/telemedicine-inprocess.md" 2>>"$WORK/telemedicine.log" || TM_FAILED=1

  {
    echo "**Telemedicine slot search over HTTP** ($TM_SEEDED; wrk, 10 connections, ${seconds} s each; target: p95 ≤ 100 ms)"
    echo
    echo "| search | requests/s | p50 ms | p95 ms | p99 ms | errors | of /health/ping |"
    echo "|---|--:|--:|--:|--:|--:|--:|"
    printf '%s' "$rows"
    echo
    echo "**Telemedicine \$book** (POST /fhir/Appointment/\$book by practice accounts, one practice per connection; target: p95 ≤ 100 ms)"
    echo
    echo "| run | requests/s | p50 ms | p95 ms | p99 ms | answers | database afterwards | of pgbench |"
    echo "|---|--:|--:|--:|--:|---|---|--:|"
    printf '%s' "$book_rows"
    echo
    echo "**The same slot searches in process** (SlotFinder, one at a time, 10 rounds)"
    echo
    grep '^|' "$WORK/telemedicine-inprocess.md"
    echo
  } >"$WORK/report-telemedicine.md"
}

# Sourced under run.sh's "set -e", but on the left of "||" there, where it does not hold: each step checks itself.
TM_FAILED=0
tm_run && return $TM_FAILED
