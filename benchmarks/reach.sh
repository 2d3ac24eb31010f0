# Benchmark 4 of issue 21: the reach dashboards at 100,000, 1,000,000 and (on request) 10,000,000 registrations.
# Sourced by benchmarks/run.sh after the registration rush; it uses run.sh's ROOT, WORK, URL, BENCH, SEED_DATABASE,
# SECONDS_EACH, QUICK and log, and writes its block of the report to $WORK/report-reach.md.
#
#   LEBENSWELTEN_REACH_MAX=10000000 benchmarks/run.sh   # also 10,000,000 registrations (not with --quick)
#
# For each size it grows the registrations of the run's database with binary COPY (benchmark project "reach-seed":
# fixed seed, the catalogue's offerings, secondary indexes and foreign keys rebuilt after the load, logged tables), counts
# the figures again as the hourly job does, in process ("reach-refresh", which also times the dashboards' reads in
# process), signs an evaluator of all sites in through the login form and its code page ("reach-login"), and measures
# the site dashboard and the cross-site comparison pages with wrk at 10 connections.

REACH_MAX=${LEBENSWELTEN_REACH_MAX:-1000000}
REACH_SIZES=()
for size in 100000 1000000 10000000; do
  if (( size <= REACH_MAX )) && { [[ $QUICK == 0 ]] || (( size <= 1000000 )); }; then REACH_SIZES+=("$size"); fi
done
REACH_SITE=jena
# The catalogue's offerings start within the next six months; undated ones count in the month of registration (the last
# two years). The period covers both, so that every registration is in the figures the pages show.
REACH_FROM=$(date -u -d "$(date -u +%Y-%m-01) -12 months" +%Y-%m)
REACH_TO=$(date -u -d "$(date -u +%Y-%m-01) +6 months" +%Y-%m)
REACH_PERIOD="von=$REACH_FROM&bis=$REACH_TO"
REACH_DASHBOARD="/verwaltung/$REACH_SITE/auswertung?$REACH_PERIOD"
REACH_COMPARISON="/auswertung?$REACH_PERIOD"
REACH_RUNS=$([[ $QUICK == 1 ]] && echo 5 || echo 10)

# reach_wrk PATH COOKIE: one measurement after a short warm-up; requests/s, p50, p95, p99, errors, requests (tab-separated).
reach_wrk() {
  wrk -t1 -c2 -d2s --timeout 30s -H "$2" "$URL$1" >/dev/null
  wrk_result "$SECONDS_EACH" --timeout 30s -H "$2" "$URL$1"
}
# ratio A B: "A/B×" with one decimal, or "–" when either is missing.
reach_ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (a > 0 && b > 0) printf "%.2f×", a/b; else printf "–" }'; }

# reach_report: the block of the report so far (written after each size, so that a run stopped at 10M keeps the others).
reach_report() {
  {
    echo
    echo "**Reach dashboards** (benchmark 4; registrations over the catalogue's offerings in $SITES sites; an evaluator of all"
    echo "sites signed in through the login form; period $REACH_FROM to $REACH_TO; wrk 10 connections, ${SECONDS_EACH} s each;"
    echo "in process: the dashboards' reach reads, median of $REACH_RUNS; target: the serving time grows sub-linearly)"
    echo
    echo "| registrations | seed s (copy + indexes) | refresh s (job, all sites) | reach cells | site dashboard req/s | p50 ms | p95 ms | p99 ms | comparison req/s | p50 ms | p95 ms | p99 ms | errors | in process: site ms | in process: comparison ms |"
    echo "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
    printf '%s' "$REACH_ROWS"
    echo
    echo "| growth | reach cells | site dashboard p50 | comparison p50 | in process: site | in process: comparison | refresh |"
    echo "|---|--:|--:|--:|--:|--:|--:|"
    printf '%s' "$REACH_GROWTH"
  } >"$WORK/report-reach.md"
}

REACH_ROWS=""
REACH_GROWTH=""
REACH_DONE=0
declare -A REACH_PREVIOUS=()
for size in "${REACH_SIZES[@]}"; do
  log "reach: registrations $REACH_DONE → $size (binary COPY, indexes rebuilt)"
  IFS=$'\t' read -r copy_s index_s analyze_s registrations attendances table_mb < <(
    "${BENCH[@]}" reach-seed --database "$SEED_DATABASE" --from "$REACH_DONE" --to "$size" 2>>"$WORK/reach.log" || echo "FAILED")
  if [[ $copy_s == FAILED ]]; then log "reach: seeding failed, see $WORK/reach.log"; tail -n 5 "$WORK/reach.log" >&2; break; fi
  tail -n 1 "$WORK/reach.log" >&2
  log "reach: refresh as the job does, then the dashboards' reads in process"
  IFS=$'\t' read -r refresh_s cells site_ms site_p95 comparison_ms comparison_p95 _ < <(
    "${BENCH[@]}" reach-refresh --database "$SEED_DATABASE" --site "$REACH_SITE" --from "$REACH_FROM" --to "$REACH_TO" \
      --runs "$REACH_RUNS" 2>>"$WORK/reach.log" || echo "FAILED")
  if [[ $refresh_s == FAILED ]]; then log "reach: refresh failed, see $WORK/reach.log"; tail -n 5 "$WORK/reach.log" >&2; break; fi
  cookie=$("${BENCH[@]}" reach-login --url "$URL" --check "$REACH_DASHBOARD" 2>>"$WORK/reach.log") \
    || { log "reach: sign-in failed, see $WORK/reach.log"; tail -n 3 "$WORK/reach.log" >&2; break; }
  log "reach: the site dashboard and the comparison over HTTP"
  IFS=$'\t' read -r d_rps d_p50 d_p95 d_p99 d_err _ < <(reach_wrk "$REACH_DASHBOARD" "$cookie") || true
  IFS=$'\t' read -r c_rps c_p50 c_p95 c_p99 c_err _ < <(reach_wrk "$REACH_COMPARISON" "$cookie") || true
  REACH_ROWS+="| $(printf "%'d" "$size") | $copy_s + $index_s | $refresh_s | $(printf "%'d" "$cells") | $d_rps | $d_p50 | $d_p95 | $d_p99 | $c_rps | $c_p50 | $c_p95 | $c_p99 | $((d_err + c_err)) | $site_ms | $comparison_ms |"$'\n'
  if (( REACH_DONE > 0 )); then
    REACH_GROWTH+="| $(printf "%'d" "$REACH_DONE") → $(printf "%'d" "$size") ($((size / REACH_DONE))×) | $(reach_ratio "$cells" "${REACH_PREVIOUS[cells]}") | $(reach_ratio "$d_p50" "${REACH_PREVIOUS[d_p50]}") | $(reach_ratio "$c_p50" "${REACH_PREVIOUS[c_p50]}") | $(reach_ratio "$site_ms" "${REACH_PREVIOUS[site_ms]}") | $(reach_ratio "$comparison_ms" "${REACH_PREVIOUS[comparison_ms]}") | $(reach_ratio "$refresh_s" "${REACH_PREVIOUS[refresh_s]}") |"$'\n'
  fi
  REACH_PREVIOUS=([cells]=$cells [d_p50]=$d_p50 [c_p50]=$c_p50 [site_ms]=$site_ms [comparison_ms]=$comparison_ms [refresh_s]=$refresh_s)
  REACH_DONE=$size
  reach_report
done
reach_report

