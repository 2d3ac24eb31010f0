#!/usr/bin/env bash
# Installs Debian packages for the test tools: apt-install.sh <who-is-asking> <package>...
# apt needs root; sudo is used only when we are not root (CI runs as root, without sudo).
set -euo pipefail

WHO=$1
shift
SUDO=()
if [[ $EUID -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "$WHO: $* missing and not root (and no sudo) - cannot install" >&2
    exit 1
  fi
fi

# noninteractive + </dev/null: CI has no terminal and no stdin. apt's progress output is dropped; errors still show.
"${SUDO[@]}" apt-get update -qq </dev/null >/dev/null
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" </dev/null >/dev/null
