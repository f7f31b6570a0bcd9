#!/usr/bin/env bash
# Build a wheel, install it into a fresh venv, and run the app from outside the source tree:
# proves `pip install .` gives a working app that finds its bundled resources.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/.venv/bin/python" -m pip wheel --quiet --no-deps --wheel-dir "$work/dist" "$root"
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet "$work"/dist/wufops-*.whl
cd "$work"
export QT_QPA_PLATFORM=offscreen
"$work/venv/bin/wufops" --help >/dev/null
"$work/venv/bin/python" -m wufops.cli.smoke
echo "package-check: installed wheel works from outside the source tree"
