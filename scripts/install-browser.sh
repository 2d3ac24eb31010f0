#!/usr/bin/env bash
# Makes sure headless Chromium is available for the browser (UI) tests.
# Idempotent: does nothing but print one line when Chromium is already there.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [[ -x "$CHROMIUM" ]]; then
  echo "install-browser: $CHROMIUM already installed, nothing to do"
  exit 0
fi

# fonts-dejavu-core: without any font Chromium renders tofu / fails layout checks.
"$(dirname "$0")/apt-install.sh" install-browser chromium fonts-dejavu-core

if [[ ! -x "$CHROMIUM" ]]; then
  echo "install-browser: apt-get finished but $CHROMIUM is still missing" >&2
  exit 1
fi
echo "install-browser: installed chromium ($("$CHROMIUM" --version 2>/dev/null || echo unknown version))"
