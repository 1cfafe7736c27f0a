#!/bin/sh
# Install the system packages the browser tests need: Debian's chromium (driven
# by Playwright through executable_path; no browser is downloaded) and CJK
# fonts so that screenshots show Chinese; curl, which the documented serve example
# uses (tests/test_serve_formats.py runs it); gcc, and the Python headers where python3 lacks
# them, for the compiled wheel's test (tests/test_wheel.py, KGREPORT_MYPYC). Idempotent: installs only what is
# missing. Needs root (or sudo) and apt-get.
#
# Example: sh scripts/install-system-deps.sh
set -eu

PACKAGES="chromium fonts-noto-cjk curl gcc"
# Debian's python3 keeps Python.h in python3-dev; a python3 built elsewhere (pyenv) ships its own
if ! python3 -c "import os, sys, sysconfig; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()['include'], 'Python.h')))" 2>/dev/null; then
    PACKAGES="$PACKAGES python3-dev"
fi

missing=""
for pkg in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $pkg"
    fi
done

if [ -z "$missing" ]; then
    echo "install-system-deps: all present ($PACKAGES)"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-system-deps: need root to install:$missing" >&2
        exit 1
    fi
fi

echo "install-system-deps: installing$missing"
$SUDO apt-get update -q
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q $missing
