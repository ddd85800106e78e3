"""``pip install govdesk`` without the checkout (issue 15): a wheel built from the checkout's tracked files alone (no
compiled forms, no ``.qm``, as a fresh clone) carries the compiled forms, the shipped resources and the compiled
translations (``setup.py``); installed into a folder of its own, it finds them there, not in any checkout, and
starts, answers its sub-commands, prints a notice that reads back and shows its window offscreen
(``installer/smoke.py``, the check the frozen program passes). About a minute."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.e2e.installer import installer_smoke

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _fresh_checkout(target: Path) -> Path:
    """The checkout's tracked files (as they are now), nothing generated."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    assert not (target / "src" / "govdesk" / "ui" / "generated").exists()
    assert not list((target / "translations").glob("*.qm"))
    return target


def test_the_wheel_carries_its_resources_and_runs_without_the_checkout(tmp_path: Path) -> None:
    checkout = _fresh_checkout(tmp_path / "checkout")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
         "-w", str(tmp_path / "wheels"), str(checkout)],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr[-3000:]
    [wheel] = (tmp_path / "wheels").glob("govdesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "govdesk/_data/resources/calendars/cn-2026.json" in names
    assert {"govdesk/_data/translations/govdesk_en.qm", "govdesk/_data/translations/govdesk_zh_CN.qm"} <= names
    assert "govdesk/ui/generated/ui_mainwindow.py" in names

    site = tmp_path / "site"
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(site), str(wheel)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr[-3000:]
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("GOVDESK_RESOURCES", None)
    env.pop("GOVDESK_TRANSLATIONS", None)
    where = subprocess.run(
        [sys.executable, "-c", "import json, govdesk, govdesk.resources as r, govdesk.ui.i18n as i;"
         "print(json.dumps([govdesk.__file__, str(r.resources_dir()), str(i.translations_dir())]))"],
        capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path, env=env,
    )  # fmt: skip
    assert where.returncode == 0, where.stderr[-3000:]
    for path in json.loads(where.stdout):
        assert Path(path).is_relative_to(site), path  # the installed package's own, never the checkout's

    dist = tmp_path / "dist"
    dist.mkdir()
    launcher = dist / "govdesk"
    launcher.write_text(f'#!/bin/sh\nPYTHONPATH="{site}" exec "{sys.executable}" -m govdesk "$@"\n')
    launcher.chmod(launcher.stat().st_mode | stat.S_IXUSR)
    problems = installer_smoke().smoke(dist)
    assert not problems, "\n".join(problems)
