"""One running govdesk per database: an OS file lock beside the database file, keyed on the file's identity.

The same file can be reached by several names (a symlink, a hard link, ``..`` in the path); two programs writing it
through two names corrupt it. So the lock is not named after the path's text: the path is resolved (symlinks
followed) and the lock file ``.govdesk-<device>-<inode>.lock`` is held in the directory of the real file. A second
name of the same file, in the same directory, finds the same lock. (A hard link in another directory is another
directory: not covered.) A database that does not exist yet is created empty first, so it has an identity.

The lock is held by the operating system (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows), so it goes
away by itself when the process dies: no stale lock after a crash or power cut. The holder's PID is written into
the file so a second instance can name it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from govdesk.domain.messages import Message
from govdesk.store.errors import StoreLocked
from govdesk.store.messages import LOCKED, LOCKED_BY, LOCKED_BY_ANOTHER, LOCKED_PATH

# On Windows the locked byte is far past the PID text, so the PID stays readable by the second instance.
_WINDOWS_LOCK_OFFSET = 1 << 20


def lock_path(db_path: Path) -> Path:
    """The lock file of the database file ``db_path`` names (creating an empty database if there is none)."""
    real = Path(os.path.realpath(db_path))
    real.parent.mkdir(parents=True, exist_ok=True)
    if not real.exists():
        with contextlib.suppress(OSError):  # an empty file is an empty SQLite database
            os.close(os.open(real, os.O_WRONLY | os.O_CREAT, 0o644))
    try:
        identity = os.stat(real)
    except OSError:  # cannot be created here: the store's own error will say why; lock the name meanwhile
        return real.with_name(real.name + ".lock")
    if not identity.st_ino:  # a filesystem without file ids
        return real.with_name(real.name + ".lock")
    return real.with_name(f".govdesk-{identity.st_dev:x}-{identity.st_ino:x}.lock")


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
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        locked = _try_lock(fd)
    except BaseException:
        os.close(fd)
        raise
    if not locked:
        holder = _read_pid(fd)
        os.close(fd)
        who = Message(LOCKED_BY, pid=holder) if holder else Message(LOCKED_BY_ANOTHER)
        real = os.path.realpath(db_path)
        where = Message(LOCKED_PATH, path=db_path, real=real) if real != os.path.abspath(db_path) else str(db_path)
        raise StoreLocked(Message(LOCKED, who=who, where=where))
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
