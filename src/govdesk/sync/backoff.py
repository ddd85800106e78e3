"""Exponential back-off with full jitter ("Exponential Backoff And Jitter", AWS architecture blog, 2015).

The n-th consecutive failure waits a uniformly random time in ``[0, min(cap, base * 2**n))``. The state (how many
failures in a row, and when the next try is due) is a small value the engine keeps in the local database, so a
restart does not start hammering a sick server again from zero.
"""

from __future__ import annotations

import email.utils
import json
import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True, slots=True)
class Backoff:
    base: float = 1.0  # seconds
    cap: float = 300.0  # five minutes at most between two tries
    rng: random.Random | None = None

    def ceiling(self, failures: int) -> float:
        """The longest wait after ``failures`` consecutive failures (>= 1)."""
        exponent = min(max(failures - 1, 0), 30)
        return float(min(self.cap, self.base * (2**exponent)))

    def delay(self, failures: int) -> float:
        """A random wait (full jitter) after ``failures`` consecutive failures."""
        if failures <= 0:
            return 0.0
        rng = self.rng or random
        return rng.uniform(0.0, self.ceiling(failures))


#: The longest ``Retry-After`` believed (seconds): a server's mistake or a hostile proxy must not stall sync for days.
MAX_RETRY_AFTER = 600.0


@dataclass(frozen=True, slots=True)
class RetryState:
    """Consecutive failures and when the next attempt is due (aware UTC), or None when no retry is pending;
    ``retry_after``: the server's ``Retry-After`` behind that time, if it gave one (seconds)."""

    failures: int = 0
    next_attempt: datetime | None = None
    retry_after: float | None = None

    def to_text(self) -> str:
        return json.dumps(
            {
                "failures": self.failures,
                "next_attempt": self.next_attempt.isoformat() if self.next_attempt else None,
                "retry_after": self.retry_after,
            }
        )

    @classmethod
    def from_text(cls, text: str | None) -> RetryState:
        """Read what ``to_text`` wrote; anything unreadable is a fresh state (retrying at once is always safe)."""
        if not text:
            return cls()
        try:
            data = json.loads(text)
            failures = int(data.get("failures", 0))
            raw = data.get("next_attempt")
            when = datetime.fromisoformat(raw) if raw else None
            if when is not None and when.tzinfo is None:
                when = None
            said = data.get("retry_after")
            retry_after = min(float(said), MAX_RETRY_AFTER) if said is not None and float(said) > 0 else None
        except (ValueError, TypeError, AttributeError):
            return cls()
        return cls(max(failures, 0), when, retry_after)

    def after_failure(self, backoff: Backoff, now: datetime, retry_after: float | None = None) -> RetryState:
        """The state after one more failure. ``retry_after``: the server's ``Retry-After`` (seconds, at most
        ``MAX_RETRY_AFTER``); the wait is then at least that, plus a random part of up to as much again, so windows
        told the same second spread out instead of returning together. The back-off's own cap does not shorten it:
        the server knows best when it has room."""
        failures = self.failures + 1
        delay = backoff.delay(failures)
        if retry_after is None or retry_after <= 0:
            return RetryState(failures, now + timedelta(seconds=delay))
        floor = min(retry_after, MAX_RETRY_AFTER)
        rng = backoff.rng or random
        delay = max(delay, floor + rng.uniform(0.0, floor))
        return RetryState(failures, now + timedelta(seconds=delay), floor)

    def wait_seconds(self, now: datetime, cap: float) -> float:
        """How long to wait from ``now``: never more than ``cap`` (a clock set back must not stall sync), or than
        twice the server's ``Retry-After`` when it gave a longer one."""
        if self.next_attempt is None:
            return 0.0
        if self.retry_after is not None:
            cap = max(cap, 2 * self.retry_after)
        return max(0.0, min(cap, (self.next_attempt - now).total_seconds()))


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """A ``Retry-After`` header (RFC 9110 §10.2.3: delay-seconds or an HTTP-date) in seconds from ``now``; None when
    absent or unreadable (the ordinary back-off applies then). Never negative."""
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        return float(int(text))
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return float(max(0, math.ceil((when - now).total_seconds())))
