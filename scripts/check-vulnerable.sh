#!/usr/bin/env bash
# Fails when a NuGet package of the solution, direct or transitive, has a known vulnerability
# (advisories of the configured package source). scripts/test.sh runs it, so CI fails on one.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! out=$(dotnet list Lebenswelten.slnx package --vulnerable --include-transitive </dev/null 2>&1); then
  echo "$out" >&2
  echo "check-vulnerable: 'dotnet list package --vulnerable' failed" >&2
  exit 1
fi
if grep -q "has the following vulnerable packages" <<<"$out"; then
  echo "$out" >&2
  echo "check-vulnerable: known vulnerable packages (above)" >&2
  exit 1
fi
echo "check-vulnerable: no known vulnerable packages" >&2
