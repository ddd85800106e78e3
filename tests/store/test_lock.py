"""One running instance per database: a second process is refused with the holder's PID."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from govdesk.store import StoreLocked, acquire_instance_lock

CHILD = """
import sys
from pathlib import Path
from govdesk.store import StoreLocked, acquire_instance_lock
try:
    lock = acquire_instance_lock(Path(sys.argv[1]))
except StoreLocked as error:
    print(error)
    sys.exit(3)
lock.release()
print("acquired")
"""


def _child(db_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(db_path)], capture_output=True, text=True, timeout=60, check=False
    )


def test_second_process_is_refused_naming_the_holder(tmp_path: Path) -> None:
    db_path = tmp_path / "govdesk.sqlite"
    with acquire_instance_lock(db_path):
        refused = _child(db_path)
        assert refused.returncode == 3, refused.stderr
        assert "已在运行" in refused.stdout
        assert f"进程号 {os.getpid()}" in refused.stdout
    allowed = _child(db_path)  # released: the next instance may start
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stdout.strip() == "acquired"


def test_second_lock_in_the_same_process_is_refused(tmp_path: Path) -> None:
    db_path = tmp_path / "govdesk.sqlite"
    lock = acquire_instance_lock(db_path)
    try:
        with pytest.raises(StoreLocked):
            acquire_instance_lock(db_path)
    finally:
        lock.release()
    acquire_instance_lock(db_path).release()


HOLDER = """
import sys
from pathlib import Path
from govdesk.store import acquire_instance_lock
lock = acquire_instance_lock(Path(sys.argv[1]))
print("held", flush=True)
sys.stdin.readline()
lock.release()
"""


class Holder:
    """A govdesk-like process holding the lock through ``db_path`` until ``release()``."""

    def __init__(self, db_path: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "held"

    def release(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("\n")
        self.proc.stdin.close()
        assert self.proc.wait(30) == 0
        assert self.proc.stdout is not None
        self.proc.stdout.close()


@pytest.mark.parametrize("fresh", [False, True], ids=["existing", "not-yet-created"])
def test_the_same_file_through_a_symlink_is_refused(tmp_path: Path, fresh: bool) -> None:
    real = tmp_path / "data" / "govdesk.sqlite"
    real.parent.mkdir()
    if not fresh:
        real.write_bytes(b"")
    other = tmp_path / "elsewhere"
    other.mkdir()
    link = other / "shortcut.sqlite"
    link.symlink_to(real)  # dangling until the holder creates the database
    holder = Holder(real)
    try:
        refused = _child(link)
        assert refused.returncode == 3, refused.stdout + refused.stderr
        assert f"进程号 {holder.proc.pid}" in refused.stdout and str(real) in refused.stdout
    finally:
        holder.release()
    assert _child(link).returncode == 0  # released: the next instance may start, by either name
    holder = Holder(link)
    try:
        assert _child(real).returncode == 3
    finally:
        holder.release()


def test_the_same_file_through_a_hard_link_is_refused(tmp_path: Path) -> None:
    real = tmp_path / "govdesk.sqlite"
    real.write_bytes(b"")
    twin = tmp_path / "copy-of-govdesk.sqlite"
    os.link(real, twin)
    holder = Holder(twin)
    try:
        refused = _child(real)
        assert refused.returncode == 3, refused.stdout + refused.stderr
        assert f"进程号 {holder.proc.pid}" in refused.stdout
    finally:
        holder.release()
    assert _child(real).returncode == 0


def test_two_different_files_are_not_one(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    holder = Holder(first)
    try:
        assert _child(second).returncode == 0, "a lock on one database must not refuse another"
    finally:
        holder.release()
