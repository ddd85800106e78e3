#!/usr/bin/env bash
# Build the frozen program (PyInstaller, one folder) into dist/govdesk/ and smoke-test it offscreen.
#     bash installer/build.sh
# A Windows .exe must be built on Windows (the same spec); installer/govdesk.nsi then makes the installer.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || bash scripts/bootstrap.sh test
.venv/bin/python -m pip install -q 'pyinstaller>=6.10' 2> >(grep -v "^WARNING: Location .* is ignored" >&2)
.venv/bin/python scripts/build_ui.py
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installer/govdesk.spec
.venv/bin/python installer/smoke.py dist/govdesk
