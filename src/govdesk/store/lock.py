"""One running govdesk per database: an OS file lock on ``<db>.lock`` beside it.

The lock is held by the operating system (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows), so it goes
away by itself when the process dies: no stale lock after a crash or power cut. The holder's PID is written into
the file so a second instance can name it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from govdesk.store.errors import StoreLocked

# On Windows the locked byte is far past the PID text, so the PID stays readable by the second instance.
_WINDOWS_LOCK_OFFSET = 1 << 20


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class InstanceLock:
    """Held until ``release()`` (or process exit). Use as a context manager in tests."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def acquire_instance_lock(db_path: Path) -> InstanceLock:
    """Take the lock or raise ``StoreLocked`` naming the process that holds it."""
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        locked = _try_lock(fd)
    except BaseException:
        os.close(fd)
        raise
    if not locked:
        holder = _read_pid(fd)
        os.close(fd)
        who = f"进程号 {holder}" if holder else "另一个进程"
        raise StoreLocked(
            f"govdesk 已在运行（{who}）并正在使用这个数据库：{db_path}。"
            "请切换到已打开的窗口；同一数据库不能同时打开两个 govdesk。"
        )
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, f"{os.getpid()}\n".encode("ascii"))
    os.fsync(fd)
    return InstanceLock(path, fd)


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
