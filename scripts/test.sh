#!/usr/bin/env bash
# Install everything the test suite needs on a fresh machine, then run it.
# System packages (Chromium, CJK fonts) come from Debian; Python packages into .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f scripts/install-system-deps.sh ]; then
  bash scripts/install-system-deps.sh
fi
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
# Lint and type check first: they take seconds and name the line.
.venv/bin/ruff check src tests scripts benchmarks hatch_build.py
.venv/bin/mypy
exec .venv/bin/python -m pytest -q "$@"
