#!/usr/bin/env bash
# What the browser test (tests/ui, `make test-ui`) needs beyond the Python packages of the
# dev extra (playwright): Debian's chromium at /usr/bin/chromium. Playwright drives that
# binary; it never downloads a browser of its own. Safe to run again: installs only what is missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
