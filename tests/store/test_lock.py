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
