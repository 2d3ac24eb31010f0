#!/usr/bin/env bash
# Lints the OpenAPI document with @redocly/cli and its recommended rules (tools/openapi-lint: the version pinned in
# package.json and package-lock.json, the config with any rule switched off and why). The document is the one the app
# serves, written by OpenApiDocumentTests to artifacts/openapi/v1.json; scripts/test.sh calls this after the tests.
# Errors fail; warnings are shown. On CI a missing document fails too (the test must have run).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
document="$root/artifacts/openapi/v1.json"
if [[ ! -f "$document" ]]; then
  if [[ "${CI:-}" == "true" ]]; then
    echo "lint-openapi: $document is missing (OpenApiDocumentTests did not run)" >&2
    exit 1
  fi
  echo "lint-openapi: no $document (run OpenApiDocumentTests first); skipped"
  exit 0
fi
command -v npm >/dev/null || { echo "lint-openapi: npm is needed (Node.js 20 or later)" >&2; exit 1; }
cd "$root/tools/openapi-lint"
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null
# Node 20 gets a deprecation banner on stderr; the findings come on stdout.
npx --no-install redocly lint "$document" --config redocly.yaml --format=stylish 2> >(grep -v '║\|╔\|╚' >&2)
