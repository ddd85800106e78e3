"""Clocks are passed into the domain; the domain never reads the system time itself."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Protocol

#: China Standard Time. Deadlines and working days are reckoned in it, wherever the server runs.
CST = timezone(timedelta(hours=8), name="CST")


def minute_text(at: datetime) -> str:
    """``at`` on China's wall clock to the minute (``2026-12-06 14:05``), as every time a user reads is written: the
    store and the center keep UTC, and a time shown as it is stored is eight hours early. A naive ``at`` is taken as
    China's time already."""
    return (at.astimezone(CST) if at.tzinfo else at).strftime("%Y-%m-%d %H:%M")


class Clock(Protocol):
    """Something that tells the time: ``now()`` returns a timezone-aware datetime."""

    def now(self) -> datetime: ...


class FixedClock:
    """A clock that tells whatever it was set to: for tests, demos and replays."""

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self._at = at

    def now(self) -> datetime:
        return self._at

    def set(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs a timezone-aware datetime")
        self._at = at

    def advance(self, delta: timedelta) -> None:
        self._at = self._at + delta
