#!/usr/bin/env bash
# The one command that runs all tests (README and CI call exactly this).
#   scripts/test.sh                     # everything
#   scripts/test.sh --filter X          # extra args go straight to `dotnet test`
# Last line of output is always: "N passed, N failed, N skipped".
# Exit code is non-zero if dotnet test failed, any test failed, or no test passed.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

# Keep the .NET CLI quiet and non-interactive (CI has no stdin).
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if [[ "${CI:-}" == "true" ]]; then
  # No lingering MSBuild nodes on CI; they can keep the job's output pipe open.
  export MSBUILDDISABLENODEREUSE=1
fi

RESULTS="$ROOT/artifacts/test-results"

# Browser tests need Chromium; CI machines come without it.
scripts/install-browser.sh
export LEBENSWELTEN_CHROMIUM=/usr/bin/chromium
# Mail tests deliver to a real local SMTP server (aiosmtpd).
scripts/install-smtp-sink.sh
# The yearly report's PDF is read back with pdftotext (poppler-utils).
scripts/install-pdftotext.sh

# Throwaway PostgreSQL; start-postgres.sh prints `export ...` lines for eval
# (LEBENSWELTEN_TEST_POSTGRES, LEBENSWELTEN_PG_DIR, LEBENSWELTEN_PG_PORT).
pg_env=$(scripts/start-postgres.sh)
eval "$pg_env"
export LEBENSWELTEN_TEST_POSTGRES LEBENSWELTEN_PG_DIR LEBENSWELTEN_PG_PORT

# Stop it on every exit path (test failure, error, Ctrl-C). We stop it
# explicitly before the summary so the summary stays the last line; the trap
# is the safety net for all other exits.
pg_stopped=0
stop_pg() {
  if [[ $pg_stopped -eq 0 ]]; then
    pg_stopped=1
    scripts/stop-postgres.sh "$LEBENSWELTEN_PG_DIR" || true
  fi
}
trap stop_pg EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Stale .trx files from an earlier run would falsify the counts.
rm -rf -- "$RESULTS" "$ROOT/artifacts/openapi"
mkdir -p "$RESULTS"

# Known vulnerable NuGet packages fail the run (ASVS V15; the advisories come with the package source).
vulnerable=0
scripts/check-vulnerable.sh || vulnerable=1

rc=0
dotnet test Lebenswelten.slnx -c Release --logger "trx" --results-directory "$RESULTS" "$@" </dev/null || rc=$?

stop_pg

# The OpenAPI document the tests wrote, linted with @redocly/cli (0 errors with the recommended rules).
lint=0
scripts/lint-openapi.sh || lint=1

if [[ "${CI:-}" == "true" ]]; then
  dotnet build-server shutdown >/dev/null 2>&1 || true
fi

# Sum the <Counters .../> element of every .trx (one per test project).
# failed includes error/timeout/aborted; skipped = notExecuted.
counter() { # $1 = Counters element, $2 = attribute name
  local v
  v=$(sed -n "s/.*[[:space:]]$2=\"\([0-9]*\)\".*/\1/p" <<<"$1")
  echo "${v:-0}"
}
passed=0 failed=0 skipped=0 files=0
while IFS= read -r -d '' trx; do
  files=$((files + 1))
  # Flatten newlines in case the element is ever split over lines.
  c=$(tr '\n\r' '  ' <"$trx" | grep -o '<Counters[^>]*>' | head -n 1 || true)
  if [[ -z "$c" ]]; then
    echo "test.sh: warning: no <Counters> in $trx" >&2
    continue
  fi
  passed=$((passed + $(counter "$c" passed)))
  failed=$((failed + $(counter "$c" failed) + $(counter "$c" error) + $(counter "$c" timeout) + $(counter "$c" aborted)))
  skipped=$((skipped + $(counter "$c" notExecuted)))
done < <(find "$RESULTS" -type f -name '*.trx' -print0)

status=0
if [[ $rc -ne 0 ]]; then
  echo "test.sh: dotnet test exited with $rc" >&2
  status=1
fi
if [[ $files -eq 0 ]]; then
  echo "test.sh: no .trx files in $RESULTS" >&2
  status=1
fi
if [[ $failed -ne 0 ]]; then
  status=1
fi
if [[ $vulnerable -ne 0 ]]; then
  echo "test.sh: known vulnerable packages (see scripts/check-vulnerable.sh output above)" >&2
  status=1
fi
if [[ $lint -ne 0 ]]; then
  echo "test.sh: the OpenAPI document does not lint (see scripts/lint-openapi.sh output above)" >&2
  status=1
fi
if [[ $passed -eq 0 ]]; then
  echo "test.sh: zero tests passed - treating as failure" >&2
  status=1
fi

echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
