#!/usr/bin/env bash
# Installs (as root) or names (otherwise) the Debian/Ubuntu packages fmdesk needs outside Python:
# Qt's xcb platform libraries, EGL/Mesa for VTK, Xvfb for the GUI tests, CJK fonts so that Chinese
# renders, PostgreSQL for the multi-workstation tests, and venv support for the system Python.
# Fast when everything is present: one dpkg-query call, nothing downloaded.
set -euo pipefail

packages=(
  xvfb xauth x11-utils
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0
  libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libdbus-1-3
  libxrender1 libxi6 libsm6 libice6 libxt6
  fonts-noto-cjk
)

if ! python3 -c "import ensurepip, venv" >/dev/null 2>&1; then
  packages+=(python3-venv)
fi
if ! command -v pg_ctl >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  packages+=(postgresql)
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "fmdesk: not a Debian/Ubuntu system; install Xvfb, the Qt xcb libraries, Mesa EGL and a CJK font by hand." >&2
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

line="apt-get install -y ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  echo "fmdesk needs system packages. Run this, then try again:" >&2
  echo "  sudo apt-get update && sudo $line" >&2
  exit 1
fi
echo "fmdesk: installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
