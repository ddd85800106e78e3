"""Start-up (issue 15): process start to the main window shown, ``python -m govdesk`` on a fresh base directory,
against a bare PySide6 QMainWindow started the same way, measured in the same run, alternating, medians of each.

Goal (issue 15): shown within 2× the bare window, and within 1 s. Each run is a subprocess offscreen with an empty
HOME and ``GOVDESK_QUIT_AFTER_SHOW=1``; "shown" is the ``main_window_shown`` record of the JSON log.

    .venv/bin/python -m benchmarks.bench_startup [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.figures import Figure

NAME = "startup"
ROOT = Path(__file__).resolve().parents[1]
BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\nw = QMainWindow()\nw.show()\napp.processEvents()\n"
    "import time; print(time.time(), flush=True)\n"
)


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOVDESK_", "XDG_", "DBUS_"))}
    home.mkdir(parents=True, exist_ok=True)
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", GOVDESK_QUIT_AFTER_SHOW="1")
    return env


def _govdesk_ms(work: Path) -> float:
    started = time.time()
    proc = subprocess.run(
        [sys.executable, "-m", "govdesk", "--basedir", str(work / "base"), "--log-json"],
        cwd=ROOT, env=_env(work / "home"), capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    records = [json.loads(line) for line in proc.stderr.splitlines() if line.startswith("{")]
    shown = next(r for r in records if r.get("event") == "main_window_shown")
    return (float(shown["created"]) - started) * 1000


def _bare_ms(work: Path) -> float:
    started = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", BARE_WINDOW], env=_env(work / "home-bare"), capture_output=True, text=True,
        timeout=60, check=True,
    )  # fmt: skip
    return (float(proc.stdout.split()[-1]) - started) * 1000


def run(workdir: Path, quick: bool = False, size: int | None = None) -> list[Figure]:
    rounds = size or (2 if quick else 5)
    ours: list[float] = []
    bare: list[float] = []
    for i in range(rounds):  # alternating, so a busy moment of the machine falls on both
        with tempfile.TemporaryDirectory(dir=workdir) as tmp:
            if i % 2:
                bare.append(_bare_ms(Path(tmp)))
                ours.append(_govdesk_ms(Path(tmp)))
            else:
                ours.append(_govdesk_ms(Path(tmp)))
                bare.append(_bare_ms(Path(tmp)))
    label = f"a bare PySide6 QMainWindow, same way, median of {rounds}"
    return [
        Figure(f"process start to main window shown, median of {rounds}", statistics.median(ours), "ms",
               statistics.median(bare), label, goal_value=1000.0, goal_ratio=2.0),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    from benchmarks.run import print_figures

    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_startup", description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--size", type=int)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="govdesk-bench-startup-") as tmp:
        figures = run(Path(tmp), quick=args.quick, size=args.size)
    print_figures(NAME, figures)
    return 1 if any(f.passed is False for f in figures) else 0


if __name__ == "__main__":
    raise SystemExit(main())
