"""Reading a server's ``Retry-After`` (RFC 9110 §10.2.3) and waiting it out: delay-seconds and HTTP-dates, nonsense
ignored (the ordinary back-off applies), an absurd wait capped at ten minutes, the floor kept across a restart."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from govdesk.sync.backoff import MAX_RETRY_AFTER, Backoff, RetryState, retry_after_seconds

NOW = datetime(2026, 12, 31, 23, 59, 58, tzinfo=UTC)  # a year's end: an HTTP-date two seconds on is next year


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("3", 3.0),
        (" 120 ", 120.0),
        ("0", 0.0),
        ("Fri, 01 Jan 2027 00:00:08 GMT", 10.0),
        ("Thu, 31 Dec 2026 23:00:00 GMT", 0.0),  # in the past: at once
        (None, None),
        ("", None),
        ("-5", None),
        ("soon", None),
        ("3.5", None),
        ("Fri, 01 Jan 2027 00:00:08", None),  # no zone
    ],
)
def test_retry_after_read(header: str | None, seconds: float | None) -> None:
    assert retry_after_seconds(header, NOW) == seconds


def test_the_wait_is_at_least_retry_after_and_spread_above_it() -> None:
    backoff = Backoff(base=0.01, cap=0.05, rng=random.Random(7))  # a back-off far shorter than the server asks
    waits = []
    for _ in range(200):
        state = RetryState().after_failure(backoff, NOW, 4.0)
        waits.append(state.wait_seconds(NOW, backoff.cap))
    assert min(waits) >= 4.0 and max(waits) <= 8.0
    assert max(waits) - min(waits) > 2.0  # windows told the same second do not come back together


def test_an_absurd_retry_after_is_capped_and_kept_across_a_restart() -> None:
    state = RetryState().after_failure(Backoff(rng=random.Random(1)), NOW, 10**9)
    assert state.retry_after == MAX_RETRY_AFTER
    wait = state.wait_seconds(NOW, 300.0)
    assert MAX_RETRY_AFTER <= wait <= 2 * MAX_RETRY_AFTER
    again = RetryState.from_text(state.to_text())  # kept in the local database
    assert again == state
    assert again.wait_seconds(NOW, 300.0) == wait
    # a clock set back a day still waits no more than twice the server's word
    assert again.wait_seconds(NOW - timedelta(days=1), 300.0) == 2 * MAX_RETRY_AFTER


def test_without_retry_after_the_back_off_is_unchanged() -> None:
    state = RetryState().after_failure(Backoff(base=1.0, cap=2.0, rng=random.Random(3)), NOW)
    assert state.retry_after is None and state.wait_seconds(NOW, 2.0) <= 2.0
