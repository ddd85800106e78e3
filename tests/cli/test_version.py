"""``govdesk --version`` answers at once: an installer's smoke test and support scripts call it, and the frozen
program took 4 s building every sub-command's parser to print one line (issue 15)."""

from __future__ import annotations

import json
import subprocess
import sys

from govdesk import __version__

_PROBE = """
import json, sys
from govdesk.cli import main
rc = main(sys.argv[1:])
heavy = sorted(m for m in sys.modules if m.startswith(("govdesk.cli.", "sqlalchemy", "PySide6")))
print(json.dumps({"rc": rc, "heavy": heavy}))
"""


def _run(*args: str) -> tuple[list[str], dict[str, object]]:
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    return lines[:-1], json.loads(lines[-1])


def test_version_is_said_without_loading_the_commands() -> None:
    said, probe = _run("--version")
    assert said == [f"govdesk {__version__}"]
    assert probe == {"rc": 0, "heavy": []}


def test_a_command_still_gets_its_own_version_flag_handling() -> None:
    """``--version`` after a sub-command is that command's argument, not the program's: argparse decides."""
    done = subprocess.run(
        [sys.executable, "-m", "govdesk", "check-id", "--version"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2 and "用法: govdesk check-id" in done.stderr, (done.returncode, done.stderr)
    assert __version__ not in done.stdout
