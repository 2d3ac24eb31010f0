#!/usr/bin/env bash
# Makes sure pdftotext (poppler-utils) is there: the evaluation tests read the yearly report's PDF back as text.
# Idempotent: does nothing but print one line when it is already installed.
set -euo pipefail

if command -v pdftotext >/dev/null 2>&1; then
  echo "install-pdftotext: pdftotext already installed, nothing to do"
  exit 0
fi
"$(dirname "$0")/apt-install.sh" install-pdftotext poppler-utils
command -v pdftotext >/dev/null 2>&1 || { echo "install-pdftotext: apt-get finished but pdftotext is still missing" >&2; exit 1; }
echo "install-pdftotext: installed poppler-utils"
