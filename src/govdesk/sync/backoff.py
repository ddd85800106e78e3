"""Exponential back-off with full jitter ("Exponential Backoff And Jitter", AWS architecture blog, 2015).

The n-th consecutive failure waits a uniformly random time in ``[0, min(cap, base * 2**n))``. The state (how many
failures in a row, and when the next try is due) is a small value the engine keeps in the local database, so a
restart does not start hammering a sick server again from zero.
"""

from __future__ import annotations

import json
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


@dataclass(frozen=True, slots=True)
class RetryState:
    """Consecutive failures and when the next attempt is due (aware UTC), or None when no retry is pending."""

    failures: int = 0
    next_attempt: datetime | None = None

    def to_text(self) -> str:
        return json.dumps(
            {"failures": self.failures, "next_attempt": self.next_attempt.isoformat() if self.next_attempt else None}
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
        except (ValueError, TypeError, AttributeError):
            return cls()
        return cls(max(failures, 0), when)

    def after_failure(self, backoff: Backoff, now: datetime) -> RetryState:
        failures = self.failures + 1
        return RetryState(failures, now + timedelta(seconds=backoff.delay(failures)))

    def wait_seconds(self, now: datetime, cap: float) -> float:
        """How long to wait from ``now`` (never more than ``cap``: a clock set back must not stall sync)."""
        if self.next_attempt is None:
            return 0.0
        return max(0.0, min(cap, (self.next_attempt - now).total_seconds()))
