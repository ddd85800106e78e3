"""Logging for the program: a rotating file, JSON lines for machines, crash records, personal data masked.

- ``setup_logging()`` installs the handlers on the root logger and returns a ``LoggingHandle`` that removes
  and closes them again (tests and a clean exit).
- Every handler carries a ``MaskingFilter`` (``domain.logmask``): identity numbers (18 characters, also
  written in groups; 15 digits), mobile numbers, passports and permits are masked in the message, its arguments, any
  traceback and every ``extra`` field, nested values included. An identity number or a phone number never reaches a
  log file (regulation 000, Art. 20 keeps a trace of what was done,
  not of who the applicant is; 个人信息保护法 art. 51 asks for de-identification where possible).
- ``--log-json`` writes one JSON object per line on stderr, with any ``extra={...}`` fields of the record,
  so end-to-end tests and the frozen-build smoke test can read what the program did.
- ``enable_faulthandler()`` sends hard crashes (segfaults in Qt, aborts) to a file; a non-empty file found at
  the next start is kept aside and reported.

Routing Qt's own messages into ``logging`` is done in the UI layer (it needs Qt): ``govdesk.ui.crash``.
"""

from __future__ import annotations

import faulthandler
import json
import logging
import sys
import time
from pathlib import Path
from typing import IO, Any

from govdesk.domain.logmask import MaskingLogFilter, extra_fields, mask_in_text

LOG_FILE = "govdesk.log"
FAULT_FILE = "faulthandler.log"
LOG_MAX_BYTES = 2 * 1024 * 1024
LOG_BACKUPS = 5

TEXT_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def mask_personal_data(text: str) -> str:
    """Mask identity numbers, mobile numbers, passports and permits in ``text`` (``domain.logmask``)."""
    return mask_in_text(text)


#: Every handler carries it (the central server installs the same filter).
MaskingFilter = MaskingLogFilter
_extra_fields = extra_fields


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ts (ISO, local time), created (epoch seconds), level, logger, msg, the record's
    ``extra`` fields, and ``exc`` for a traceback."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(record.created)) + f".{int(record.msecs):03d}",
            "created": record.created,
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in _extra_fields(record).items():
            out[key] = value if isinstance(value, (str, int, float, bool, type(None), list, dict)) else repr(value)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            out["exc"] = record.exc_text
        return json.dumps(out, ensure_ascii=False, default=repr)


class RotatingLogFile(logging.FileHandler):
    """The log file, renamed ``<name>.1`` (the older ones ``.2`` … ``.<backups>``, the oldest dropped) when the next
    line would take it to ``max_bytes``: ``logging.handlers.RotatingFileHandler``'s rotation, on ``FileHandler``.
    Not that class itself: ``logging.handlers`` imports socket, pickle and queue, about 10 ms of CPU before the window
    could show (issue 15)."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_with(record):
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _full_with(self, record: logging.LogRecord) -> bool:
        path = Path(self.baseFilename)
        if self.max_bytes <= 0 or self.backups <= 0 or (path.exists() and not path.is_file()):  # (never a pipe)
            return False
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, 2)
        return self.stream.tell() + len(f"{self.format(record)}{self.terminator}") >= self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for index in range(self.backups - 1, 0, -1):
            older = Path(f"{base}.{index}")
            if older.exists():
                older.replace(f"{base}.{index + 1}")
        if Path(base).exists():
            Path(base).replace(f"{base}.1")
        self.stream = self._open()


class LoggingHandle:
    """What ``setup_logging`` installed; ``close()`` removes it again. (This class and ``FaultHandle`` are plain
    classes: making a dataclass costs about half a millisecond, before the window shows; issue 15.)"""

    def __init__(self, log_file: Path, previous_level: int = logging.WARNING) -> None:
        self.log_file = log_file
        self.handlers: list[logging.Handler] = []
        self.previous_level = previous_level

    def close(self) -> None:
        root = logging.getLogger()
        for handler in self.handlers:
            root.removeHandler(handler)
            handler.close()
        self.handlers.clear()
        root.setLevel(self.previous_level)


def setup_logging(
    log_dir: Path,
    *,
    json_stderr: bool = False,
    level: int = logging.INFO,
    stderr: IO[str] | None = None,
    max_bytes: int = LOG_MAX_BYTES,
    backups: int = LOG_BACKUPS,
) -> LoggingHandle:
    """Log to a rotating file in ``log_dir`` (all records at ``level`` and above) and to stderr: JSON lines with
    ``json_stderr`` (same level), otherwise plain text for warnings and errors only."""
    log_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    handle = LoggingHandle(log_file=log_dir / LOG_FILE, previous_level=root.level)

    file_handler = RotatingLogFile(handle.log_file, max_bytes, backups)
    file_handler.setFormatter(logging.Formatter(TEXT_FORMAT))
    file_handler.setLevel(level)

    stream_handler = logging.StreamHandler(stderr if stderr is not None else sys.stderr)
    if json_stderr:
        stream_handler.setFormatter(JsonFormatter())
        stream_handler.setLevel(level)
    else:
        stream_handler.setFormatter(logging.Formatter(TEXT_FORMAT))
        stream_handler.setLevel(logging.WARNING)

    for handler in (file_handler, stream_handler):
        handler.addFilter(MaskingFilter())
        root.addHandler(handler)
        handle.handlers.append(handler)
    root.setLevel(min(level, logging.WARNING))
    return handle


class FaultHandle:
    """The open crash file faulthandler writes to. Keep it referenced until ``close()`` at a clean exit."""

    def __init__(self, path: Path, previous_crash: Path | None, file: IO[str] | None = None) -> None:
        self.path = path
        #: The record left by the previous run's crash (moved aside), if there was one.
        self.previous_crash = previous_crash
        self._file = file

    def close(self) -> None:
        """A clean exit: stop faulthandler and remove the (empty) crash file."""
        if self._file is None:
            return
        faulthandler.disable()
        self._file.close()
        self._file = None
        if self.path.exists() and self.path.stat().st_size == 0:
            self.path.unlink()


def enable_faulthandler(log_dir: Path) -> FaultHandle:
    """Send hard crashes to ``log_dir/faulthandler.log``. A non-empty file from the previous run means that run
    crashed: it is renamed ``crash-<time>.log``, logged, and returned in ``previous_crash`` for the UI to show."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / FAULT_FILE
    previous: Path | None = None
    if path.exists() and path.stat().st_size > 0:
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(path.stat().st_mtime))
        previous = log_dir / f"crash-{stamp}.log"
        path.replace(previous)
        logging.getLogger(__name__).warning(
            "the previous run ended in a crash; its record is in %s", previous, extra={"event": "previous_crash"}
        )
    fh = path.open("w", encoding="utf-8")
    faulthandler.enable(fh, all_threads=True)
    return FaultHandle(path=path, previous_crash=previous, file=fh)
