"""The frozen program (issue 15): PyInstaller builds ``installer/govdesk.spec`` into a temporary folder, and the
result starts, answers its sub-commands, prints a notice that reads back and shows its window offscreen
(``installer/smoke.py``, the same check ``installer/build.sh`` runs). About a minute."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.installer import installer_smoke

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_the_frozen_program_builds_and_runs(tmp_path: Path) -> None:
    assert importlib.util.find_spec("PyInstaller") is not None, "pyinstaller is in the test extras"
    built = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"),
         str(ROOT / "installer" / "govdesk.spec")],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr[-3000:]
    dist = tmp_path / "dist" / "govdesk"
    assert (dist / "_internal" / "resources" / "calendars" / "cn-2026.json").is_file()
    assert list((dist / "_internal" / "translations").glob("govdesk_*.qm"))
    assert installer_smoke().smoke(dist) == []
    # the Debian package of the real folder (layout and lintian are checked on a stand-in in test_packages.py)
    made = subprocess.run(
        ["bash", str(ROOT / "installer" / "build_deb.sh"), str(dist), str(tmp_path / "deb")],
        capture_output=True, text=True, check=False, env={"PATH": "/usr/bin:/bin", "DEB_COMPRESS": "none"},
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    contents = subprocess.run(["dpkg-deb", "--contents", made.stdout.strip()], capture_output=True, text=True).stdout
    assert "./opt/apps/org.govdesk.window/files/_internal/resources/calendars/cn-2026.json" in contents
