"""A really full filesystem for fault tests: a small tmpfs the test mounts (root only), and a filler file that takes
every free block until ``free()``. A test that cannot mount is skipped with the reason."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

SIZE = "8m"


@contextlib.contextmanager
def mounted_tmpfs(where: Path, size: str = SIZE) -> Iterator[Path]:
    """A fresh tmpfs of ``size`` on ``where``; skips the test where mounting is not permitted."""
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root): a real full disk cannot be made here")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        pytest.skip(f"mount of a small tmpfs not permitted here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


class Filler:
    """Takes the filesystem's free space with one file, to the last block, until ``free()``."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / "filler.bin"

    def fill(self) -> int:
        written = 0
        with self.path.open("ab", buffering=0) as out:
            for chunk in (1 << 16, 1 << 12, 1 << 9, 1):
                block = b"\0" * chunk
                while True:
                    try:
                        written += out.write(block) or 0
                    except OSError as error:
                        if error.errno != errno.ENOSPC:
                            raise
                        break
        return written

    def free(self) -> None:
        self.path.unlink(missing_ok=True)


def truncate_wal(db_path: Path) -> None:
    """Checkpoint the database's WAL into the file and truncate the WAL to nothing (what SQLite does on a clean
    close), so the next write must find new blocks on the disk instead of reusing the WAL's old ones."""
    with contextlib.closing(sqlite3.connect(db_path)) as connection:
        busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0, "the WAL could not be checkpointed: a reader or writer is still open"
