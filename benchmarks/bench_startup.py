"""Start-up (issue 15): process start to the main window shown and usable, ``python -m govdesk`` against a bare
PySide6 QMainWindow started the same way, measured in the same run, alternating, medians of each.

Goal (issue 15): shown within 2× the bare window, usable within 1 s. Each run is a subprocess offscreen with an
empty HOME and ``GOVDESK_QUIT_AFTER_SHOW=1``; times are read from the records of its JSON log (``created``, wall
clock) minus the wall clock just before the process was started:

- **shown**: ``first_paint``, the window shown and painted (``show()`` then ``processEvents()``, exactly what the
  bare window does before it prints its time);
- **usable**: ``usable``, the first turn of the event loop, the login field focused and taking keys;
- **login ready**: ``login_ready``, the turn after the lock screen's login gate was wired (a login typed is sent to
  the server or checked offline from then on; it needs no database, ``ui/login_gate.py``);
- **session wired**: the ``session`` step done (the database open, the sync and session controllers there): a login
  answered before it unlocks the window from then on;
- **start-up finished**: ``startup_finished``, every deferred step done (workspaces hosted, the font checked).

The window's database exists and is at the schema's head, as on every start after the first (one untimed run
makes it); the first start on a new database (Alembic creates the schema) is measured too, as information.
Python's bytecode is written to a cache in the run's temporary folder (``PYTHONPYCACHEPREFIX``; an untimed run
fills it), as an installed or frozen program has it: without it every start would compile govdesk's sources.

    .venv/bin/python -m benchmarks.bench_startup [--quick] [--size N] [--program dist/govdesk/govdesk]

``--program`` measures a frozen build (``installer/build.sh``) instead of ``python -m govdesk``; the bare window is
still this Python's.
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
from typing import Any

from benchmarks.figures import Figure

NAME = "startup"
ROOT = Path(__file__).resolve().parents[1]
BARE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\nw = QMainWindow()\nw.show()\napp.processEvents()\n"
    "import time; print(time.time(), flush=True)\n"
)
#: the JSON log's records measured, in the order they come
MILESTONES = ("first_paint", "usable", "login_ready", "startup_finished")


def _env(home: Path, pycache: Path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("GOVDESK_", "XDG_", "DBUS_"))
        and k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")
    }
    home.mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(home), QT_QPA_PLATFORM="offscreen", GOVDESK_QUIT_AFTER_SHOW="1", PYTHONPYCACHEPREFIX=str(pycache)
    )
    return env


#: the program measured: ``python -m govdesk``, or a frozen build's executable (``--program``)
PROGRAM: list[str] = [sys.executable, "-m", "govdesk"]


def govdesk_run(base: Path, home: Path, pycache: Path) -> dict[str, Any]:
    """One start of the program: the milliseconds from just before the process started to each milestone, and the
    steps' own times (``steps``)."""
    started = time.time()
    proc = subprocess.run(
        [*PROGRAM, "--basedir", str(base), "--log-json"],
        cwd=ROOT, env=_env(home, pycache), capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    if proc.returncode != 0:
        raise RuntimeError(f"govdesk exited {proc.returncode}:\n{proc.stderr[-3000:]}")
    records = [json.loads(line) for line in proc.stderr.splitlines() if line.startswith("{")]
    found: dict[str, Any] = {}
    for record in records:
        event = record.get("event")
        if event in MILESTONES and event not in found:
            found[event] = (float(record["created"]) - started) * 1000
        if event == "login_ready":
            found["login_ready_cpu"] = float(record["cpu_ms"])
        if event == "startup_step" and record.get("step") == "session" and "session" not in found:
            found["session"] = (float(record["created"]) - started) * 1000
        if event == "startup_finished":
            found["steps"] = record.get("steps", {})
            found["longest_step"] = float(record.get("longest_step_ms", 0.0))
    missing = [m for m in MILESTONES if m not in found]
    if missing:
        raise RuntimeError(f"no {missing} in the log: {proc.stderr[-3000:]}")
    return found


def bare_run(home: Path, pycache: Path) -> float:
    started = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", BARE_WINDOW], env=_env(home, pycache), capture_output=True, text=True,
        timeout=60, check=True,
    )  # fmt: skip
    return (float(proc.stdout.split()[-1]) - started) * 1000


def run(workdir: Path, quick: bool = False, size: int | None = None) -> list[Figure]:
    rounds = size or (3 if quick else 7)
    pycache = workdir / "pycache"
    base = workdir / "base"
    home = workdir / "home"
    # untimed: fills the bytecode cache and makes the database (the timed starts find it at the schema's head)
    govdesk_run(base, home, pycache)
    bare_run(workdir / "home-bare", pycache)
    ours: list[dict[str, Any]] = []
    first: list[dict[str, Any]] = []
    bare: list[float] = []
    for i in range(rounds):  # alternating, so a busy moment of the machine falls on both
        fresh = workdir / f"fresh-{i}"
        if i % 2:
            bare.append(bare_run(workdir / "home-bare", pycache))
            ours.append(govdesk_run(base, home, pycache))
            first.append(govdesk_run(fresh / "base", fresh / "home", pycache))
        else:
            ours.append(govdesk_run(base, home, pycache))
            first.append(govdesk_run(fresh / "base", fresh / "home", pycache))
            bare.append(bare_run(workdir / "home-bare", pycache))

    def med(runs: list[dict[str, Any]], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    bare_ms = statistics.median(bare)
    label = f"a bare PySide6 QMainWindow shown and painted, same way, median of {rounds}"
    figures = [
        Figure(f"shown: process start to main window painted, median of {rounds}", med(ours, "first_paint"), "ms",
               bare_ms, label, goal_ratio=2.0),
        Figure("usable: to the first event-loop turn, login field focused", med(ours, "usable"), "ms",
               bare_ms, label, goal_value=1000.0),
        Figure("login ready: to the turn after the lock screen's login gate is wired", med(ours, "login_ready"), "ms",
               bare_ms, label, goal_value=1000.0),
        Figure("session wired: database open, a login answered unlocks from here", med(ours, "session"), "ms",
               bare_ms, label),
        Figure("start-up finished: every deferred step done", med(ours, "startup_finished"), "ms", bare_ms, label),
        Figure("  login ready: the process's CPU time (all threads)", med(ours, "login_ready_cpu"), "ms"),
        Figure("  longest event-loop turn during start-up (a key typed waits at most this)", med(ours, "longest_step"),
               "ms"),
        Figure("first start on a new database: login ready", med(first, "login_ready"), "ms", bare_ms, label),
    ]  # fmt: skip
    steps = sorted({name for r in ours for name in r["steps"]}, key=list(ours[0]["steps"]).index)
    for name in steps:
        figures.append(Figure(f"  step {name} (in-process)", statistics.median(r["steps"].get(name, 0.0) for r in ours),
                              "ms"))  # fmt: skip
    return figures


def main(argv: list[str] | None = None) -> int:
    from benchmarks.run import print_figures

    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_startup", description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--size", type=int, help="rounds (default 7; --quick 3)")
    parser.add_argument("--program", type=Path, help="a frozen build's executable to measure instead")
    args = parser.parse_args(argv)
    if args.program is not None:
        PROGRAM[:] = [str(args.program.resolve())]
    with tempfile.TemporaryDirectory(prefix="govdesk-bench-startup-") as tmp:
        figures = run(Path(tmp), quick=args.quick, size=args.size)
    print_figures(NAME, figures)
    return 1 if any(f.passed is False for f in figures) else 0


if __name__ == "__main__":
    raise SystemExit(main())
