#!/usr/bin/env bash
# System packages WUF Ops needs beyond PyPI, installed from Debian's registry with apt-get.
#
#   packaging/system_packages.sh run    what the desk app needs on Linux (Qt's xcb libraries;
#                                       libpulse0, QtMultimedia's audio client, for the sounds)
#   packaging/system_packages.sh test   that plus what the test suite drives: poppler-utils
#                                       (pdftoppm rasterises badge PDFs), qpdf (checks the
#                                       structure of every badge PDF), Xvfb and xdotool
#                                       (a real X server and real key events for the scanner
#                                       test), pulseaudio (a null-sink server the sound test
#                                       plays into)
#
# Each need is checked first (a command on PATH, or a Debian package installed); only what is
# missing is installed. When something cannot be installed (not Debian, not root, no registry)
# this fails and names every missing package, so a test never silently skips for want of it.
set -euo pipefail

want="${1:-test}"

# package:check — check is "cmd:NAME" (a command on PATH) or "deb" (dpkg says installed)
run_needs=(
    "libxcb-cursor0:deb" "libxcb-icccm4:deb" "libxcb-image0:deb" "libxcb-keysyms1:deb"
    "libxcb-randr0:deb" "libxcb-render-util0:deb" "libxcb-shape0:deb" "libxcb-xinerama0:deb"
    "libxcb-xkb1:deb" "libxkbcommon-x11-0:deb" "libegl1:deb" "libgl1:deb" "libfontconfig1:deb"
    "libdbus-1-3:deb" "libcups2:deb" "libpulse0:deb"
)
test_needs=(
    "poppler-utils:cmd:pdftoppm" "qpdf:cmd:qpdf" "xvfb:cmd:Xvfb" "xdotool:cmd:xdotool"
    "pulseaudio:cmd:pulseaudio"
)

needs=("${run_needs[@]}")
if [ "$want" = "test" ]; then
    needs+=("${test_needs[@]}")
fi

if [ "$(uname -s)" != "Linux" ]; then
    if [ "$want" = "test" ] && ! command -v pdftoppm >/dev/null 2>&1; then
        echo "system packages: pdftoppm (poppler) is missing; install it (macOS: brew install poppler)" >&2
        exit 1
    fi
    exit 0
fi

present() {
    local pkg="${1%%:*}" rest="${1#*:}"
    case "$rest" in
        cmd:*) command -v "${rest#cmd:}" >/dev/null 2>&1 ;;
        deb)
            if command -v dpkg-query >/dev/null 2>&1; then
                dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"
            else
                # not Debian: trust the dynamic linker's cache for the library's soname stem
                ldconfig -p 2>/dev/null | grep -q "${pkg%%[0-9]*}"
            fi ;;
    esac
}

missing_of() {
    local out=()
    for need in "${needs[@]}"; do
        present "$need" || out+=("${need%%:*}")
    done
    echo "${out[@]:-}"
}

missing="$(missing_of)"
if [ -z "$missing" ]; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "system packages missing: $missing" >&2
    echo "This is not a Debian-family system: install their equivalents by hand (see README)." >&2
    exit 1
fi

sudo=""
if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo="sudo -n"
    else
        echo "system packages missing: $missing" >&2
        echo "Install them with: sudo apt-get install $missing" >&2
        exit 1
    fi
fi

echo "system packages: installing $missing"
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
if ! $sudo apt-get update -qq >/dev/null; then
    echo "system packages: apt-get update failed; still missing: $missing" >&2
    exit 1
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for pkg in $missing; do
    # shellcheck disable=SC2086
    if ! $sudo apt-get install -y -qq --no-install-recommends "$pkg" >"$log" 2>&1; then
        cat "$log" >&2
        echo "system packages: could not install '$pkg' from Debian's registry" >&2
        exit 1
    fi
done

missing="$(missing_of)"
if [ -n "$missing" ]; then
    echo "system packages: still missing after apt-get: $missing" >&2
    exit 1
fi
