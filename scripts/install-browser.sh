#!/usr/bin/env bash
# Makes sure headless Chromium is available for the browser (UI) tests.
# Idempotent: does nothing but print one line when Chromium is already there.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [[ -x "$CHROMIUM" ]]; then
  echo "install-browser: $CHROMIUM already installed, nothing to do"
  exit 0
fi

# apt needs root; use sudo only when we are not root (CI runs as root, no sudo).
SUDO=()
if [[ $EUID -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "install-browser: $CHROMIUM missing and not root (and no sudo) - cannot install" >&2
    exit 1
  fi
fi

# noninteractive + </dev/null: CI has no terminal and no stdin.
# fonts-dejavu-core: without any font Chromium renders tofu / fails layout checks.
# apt's progress output is dropped (stdout); real errors still show on stderr.
"${SUDO[@]}" apt-get update -qq </dev/null >/dev/null
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core </dev/null >/dev/null

if [[ ! -x "$CHROMIUM" ]]; then
  echo "install-browser: apt-get finished but $CHROMIUM is still missing" >&2
  exit 1
fi
echo "install-browser: installed chromium ($("$CHROMIUM" --version 2>/dev/null || echo unknown version))"
