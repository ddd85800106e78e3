"""Back-off with full jitter, its state surviving a restart, and the status value."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from govdesk.sync.backoff import Backoff, RetryState
from govdesk.sync.engine import RETRY_KEY
from govdesk.sync.status import SyncState, SyncStatus
from tests.central.conftest import free_port
from tests.sync.conftest import Windows

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_full_jitter_stays_under_the_exponential_ceiling_and_the_cap() -> None:
    backoff = Backoff(base=1.0, cap=300.0, rng=random.Random(7))
    assert [backoff.ceiling(n) for n in (1, 2, 3, 9, 10, 50)] == [1, 2, 4, 256, 300, 300]
    for failures in range(1, 40):
        delays = [backoff.delay(failures) for _ in range(50)]
        assert all(0 <= d <= backoff.ceiling(failures) for d in delays)
    spread = [backoff.delay(12) for _ in range(200)]
    assert min(spread) < 60 and max(spread) > 240  # full jitter: spread over the whole range
    assert backoff.delay(0) == 0


def test_retry_state_round_trips_and_bounds_the_wait() -> None:
    state = RetryState().after_failure(Backoff(rng=random.Random(1)), NOW).after_failure(Backoff(), NOW)
    assert state.failures == 2
    again = RetryState.from_text(state.to_text())
    assert again == state
    assert RetryState.from_text("garbage") == RetryState() == RetryState.from_text(None)
    far = RetryState(3, NOW + timedelta(days=2))  # the clock was set back: never wait more than the cap
    assert far.wait_seconds(NOW, 300) == 300
    assert RetryState(3, NOW - timedelta(seconds=5)).wait_seconds(NOW, 300) == 0


def test_back_off_resumes_after_a_restart(windows: Windows) -> None:
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens: connection refused
    window = windows(url, "C1", backoff=Backoff(base=60, cap=300))
    window.client.tokens.set_refresh_token("t")
    window.intake(1)
    assert not window.sync().ok
    assert not window.sync().ok
    saved = RetryState.from_text(window.store.get_meta(RETRY_KEY))
    assert saved.failures == 2 and saved.next_attempt is not None
    # The program restarts on the same database: the new engine continues the count and waits.
    again = windows(url, "C1", backoff=Backoff(base=60, cap=300))
    again.store.close()
    again.store = window.store
    again.engine.queue.store = window.store  # type: ignore[attr-defined]
    report = again.sync()
    assert not report.ok
    assert again.engine.retry_state.failures == 3


def test_status_value() -> None:
    status = SyncStatus()
    assert status.state is SyncState.OFFLINE and not status.online and status.state_label == "离线"
    assert SyncStatus(state=SyncState.ONLINE).online
    assert not SyncStatus(clock_skew_seconds=299).clock_skew_warning
    assert SyncStatus(clock_skew_seconds=-301).clock_skew_warning
