#!/usr/bin/env bash
# Build the frozen desk app with PyInstaller (packaging/wufops.spec) and run it from outside the
# source tree, as a venue laptop would: --help lists every command, generate-demo writes an
# event, badges renders 20 of them to a PDF, app --screenshot opens the desk window on a real X
# server (Xvfb, Qt's xcb plugin from the bundle) and saves it, doctor passes.
#
#   packaging/frozen_check.sh            build into build/frozen/ and run the smoke
#   FROZEN_ATTENDEES=500 …               a bigger demo event (default 300)
#
# Needs the `package` extra (PyInstaller) in .venv and, on Linux, Xvfb and pdfinfo
# (make system-test installs them). Fails loudly, naming the step, on the first problem.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
py="$root/.venv/bin/python"
attendees="${FROZEN_ATTENDEES:-300}"
dist="$root/build/frozen/dist"
work="$root/build/frozen/work"

fail() {
    echo "frozen-check: FAILED: $*" >&2
    exit 1
}

"$py" -c "import PyInstaller" 2>/dev/null \
    || fail "PyInstaller is not installed in .venv: pip install -e '.[package]' (make frozen-check does)"
for tool in pdfinfo Xvfb; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing: run make system-test"
done

start=$SECONDS
"$py" -m PyInstaller --noconfirm --log-level WARN --distpath "$dist" --workpath "$work" \
    "$root/packaging/wufops.spec" || fail "PyInstaller build"
exe="$dist/wufops/wufops"
[ -x "$exe" ] || fail "no frozen program at $exe"
echo "frozen-check: built $exe in $((SECONDS - start)) s ($(du -sh "$dist/wufops" | cut -f1))"

scratch="$(mktemp -d)"
xvfb_pid=""
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT
cd "$scratch"  # nothing of the source tree on the path
unset PYTHONPATH
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share"
mkdir -p "$HOME"

help="$("$exe" --help)" || fail "wufops --help"
for command in demo app generate-demo import badges scan hub enrol sync doctor; do
    grep -qE "^    $command( |$)" <<<"$help" || fail "--help does not list '$command'"
done
echo "frozen-check: --help lists every command"

# the translations are in the bundle: the desk's compiled .qm (built by `make qm`, not
# committed) and the core catalogue the CLI reads
qms="$(find "$dist/wufops" -name 'wufops_*.qm' | wc -l)"
[ "$qms" -ge 7 ] || fail "the bundle holds $qms compiled translations (wufops_*.qm), expected 7"
french="$("$exe" --lang fr devices list --db "$scratch/none.db" 2>&1 || true)"
grep -q "Cette base n’existe pas" <<<"$french" || fail "--lang fr: no French core texts: $french"
echo "frozen-check: $qms compiled translations bundled; --lang fr explains errors in French"

"$exe" generate-demo --out "$scratch/event.db" --attendees "$attendees" --quiet \
    || fail "generate-demo --attendees $attendees"
echo "frozen-check: generate-demo wrote $attendees attendees"

summary="$("$exe" badges --db "$scratch/event.db" --out "$scratch/badges.pdf" --limit 20)" \
    || fail "badges --limit 20"
pages="$(pdfinfo "$scratch/badges.pdf" | awk '/^Pages:/ {print $2}')"
[ "$pages" = "20" ] || fail "badges.pdf has ${pages:-no} pages, expected 20 (summary: $summary)"
echo "frozen-check: badges rendered 20 badges (20 PDF pages)"

# the desk window on a real X server, through the bundled xcb platform plugin
# -displayfd: Xvfb picks a free display number and writes it once it accepts clients
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$scratch/display" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
    [ -s "$scratch/display" ] && break
    sleep 0.1
done
[ -s "$scratch/display" ] || fail "Xvfb did not start"
display=":$(head -n1 "$scratch/display")"
DISPLAY="$display" QT_QPA_PLATFORM=xcb "$exe" app --db "$scratch/event.db" \
    --screenshot "$scratch/desk.png" || fail "app --screenshot (xcb, $display)"
size="$(stat -c %s "$scratch/desk.png" 2>/dev/null || echo 0)"
[ "$size" -gt 10000 ] || fail "desk.png is $size bytes: no window was drawn"
echo "frozen-check: app --screenshot drew the desk window under Xvfb ($size bytes)"

"$exe" doctor --data-dir "$scratch/desk-data" >"$scratch/doctor.txt" \
    || { cat "$scratch/doctor.txt" >&2; fail "doctor found a problem in the frozen program"; }
grep -q "^OK    qt-platform" "$scratch/doctor.txt" || fail "doctor: $(cat "$scratch/doctor.txt")"
echo "frozen-check: doctor passes on the frozen program"

echo "frozen-check: ok in $((SECONDS - start)) s (build and smoke)"
