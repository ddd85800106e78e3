#!/usr/bin/env bash
# Set-up shared by the two README commands: the system packages Qt, fonts and the tests need (installed
# with apt-get only when missing), then a virtual environment in .venv with govdesk installed into it.
# Usage: scripts/bootstrap.sh run|test
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"

# Qt offscreen/X11, printing, the CJK font notices are printed in (see shared PLATFORM.md: WenQuanYi
# round-trips through pdftotext, Noto CJK does not).
run_pkgs=(libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0 libx11-xcb1 libcups2
  fonts-wqy-microhei python3-venv)
# The tests also read PDFs (pdftotext, pdftoppm), decode barcodes (zbarimg), start a PostgreSQL server, and check
# the installers' scripts (makensis for Windows; dpkg-deb and lintian for the Debian/UOS package).
test_pkgs=(poppler-utils zbar-tools postgresql nsis lintian)

pkgs=("${run_pkgs[@]}")
[ "$mode" = test ] && pkgs+=("${test_pkgs[@]}")
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "govdesk: installing system packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
# pip warns once per package about index locations some machines configure but do not have: not our problem,
# and hundreds of lines of it would hide a real error.
quiet_pip() { .venv/bin/python -m pip "$@" 2> >(grep -v "^WARNING: Location .* is ignored" >&2); }
quiet_pip install -q --upgrade pip >/dev/null
if [ "$mode" = test ]; then
  quiet_pip install -q -e '.[test]'
else
  quiet_pip install -q -e .
fi
# Designer forms → src/govdesk/ui/generated/, translations → translations/*.qm (both built, not in git).
.venv/bin/python scripts/build_ui.py
