#!/usr/bin/env bash
# The README's first command: installs what the program needs (system packages, .venv) and starts govdesk on
# its embedded default: a demo central server on loopback, demo users, the demo catalog and sample cases.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh run
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "govdesk: no display found (DISPLAY is not set); starting offscreen. Run it from a desktop session to see it." >&2
  export QT_QPA_PLATFORM=offscreen
fi
exec .venv/bin/govdesk demo "$@"
