#!/usr/bin/env bash
# Makes sure the local SMTP sink (aiosmtpd) is available for the mail tests.
# Idempotent: does nothing but print one line when the module is already there.
set -euo pipefail

# The Debian package installs into the system interpreter; tests start exactly this one.
PYTHON=/usr/bin/python3

if "$PYTHON" -c "import aiosmtpd" 2>/dev/null; then
  echo "install-smtp-sink: aiosmtpd already installed, nothing to do"
  exit 0
fi

"$(dirname "$0")/apt-install.sh" install-smtp-sink python3-aiosmtpd

if ! "$PYTHON" -c "import aiosmtpd" 2>/dev/null; then
  echo "install-smtp-sink: apt-get finished but $PYTHON still cannot import aiosmtpd" >&2
  exit 1
fi
echo "install-smtp-sink: installed aiosmtpd $("$PYTHON" -c 'import aiosmtpd; print(aiosmtpd.__version__)')"
