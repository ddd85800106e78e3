"""Smoke test of a frozen govdesk (``dist/govdesk/``): it starts, answers its sub-commands, prints a notice whose
text reads back, and shows the main window offscreen on the embedded demo server, then exits 0.

    python installer/smoke.py dist/govdesk

Used by ``installer/build.sh`` and by ``tests/e2e/test_frozen.py``. Exits 1 with what failed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def _run(exe: Path, *args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=timeout, env=env, check=False)


def smoke(dist: Path) -> list[str]:
    """What failed (empty when the frozen program works)."""
    exe = dist / ("govdesk.exe" if os.name == "nt" else "govdesk")
    if not exe.is_file():
        return [f"no program at {exe}"]
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="govdesk-frozen-") as tmp:
        home = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CONFIG_HOME": str(home / "cfg"),
               "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state")}  # fmt: skip
        env.pop("GOVDESK_RESOURCES", None)
        env.pop("PYTHONPATH", None)
        checked = _run(exe, "check-id", "11010519491231002X", env=env)
        if checked.returncode != 0 or "有效" not in checked.stdout:
            problems.append(f"check-id: {checked.returncode} {checked.stdout}{checked.stderr}")
        days = _run(exe, "workdays", "add", "2026-12-06", "25", env=env)
        if days.returncode != 0 or "2027-01-11" not in days.stdout or "暂定" not in days.stdout:
            problems.append(f"workdays (calendars, lunar-python): {days.returncode} {days.stdout}{days.stderr}")
        pdf = home / "sample.pdf"
        sample = _run(exe, "notice", "sample", "acceptance", "--out", str(pdf), env=env)
        if sample.returncode != 0 or not pdf.is_file():
            problems.append(f"notice sample: {sample.returncode} {sample.stdout}{sample.stderr}")
        else:
            text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True).stdout
            if "受理通知书" not in text:
                problems.append(f"the printed notice does not read back (font, templates): {text[:200]!r}")
        demo = _run(exe, "demo", "--fresh", "--basedir", str(home / "demo"),
                    env={**env, "GOVDESK_QUIT_AFTER_SHOW": "1"})  # fmt: skip
        logs = "".join(p.read_text(encoding="utf-8", errors="replace") for p in (home / "demo").rglob("*.log"))
        if demo.returncode != 0 or "main window shown" not in logs + demo.stderr:
            problems.append(f"demo (window, embedded server, migrations): {demo.returncode} {demo.stderr[-2000:]}")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python installer/smoke.py DIST_DIR", file=sys.stderr)
        return 2
    problems = smoke(Path(argv[0]))
    for p in problems:
        print(f"FAILED: {p}", file=sys.stderr)
    if not problems:
        print("frozen govdesk: starts, answers, prints, shows its window — ok")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
