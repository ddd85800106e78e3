"""G6: a server slower than the client's read timeout for a whole batch. Through a proxy that holds each push's
answer 5 ms per event (the real central server on loopback behind it), a window with a 1.5 s read timeout must not
send the same 450-event batch again and again: it halves the batch after a timeout, grows it back after answers,
and drains the queue exactly once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from govdesk.sync.batching import PROBE_AFTER, BatchSize
from govdesk.sync.errors import ServerTimeout
from tests.central.conftest import (
    Center,
    RunningServer,
    _close_clients,  # noqa: F401  (autouse: closes the httpx clients Center.login opens)
)
from tests.sync.conftest import (  # noqa: F401  (fixtures)
    Windows,
    assert_exactly_once,
    center,
    server,
    windows,
)
from tests.sync.proxy import FaultProxy

PER_EVENT = 0.005  # seconds the slow server takes per event: 450 events 2.25 s, 225 events 1.1 s
READ_TIMEOUT = 1.5


@pytest.fixture
def slow(server: RunningServer) -> Iterator[FaultProxy]:  # noqa: F811
    running = FaultProxy(int(server.url.rsplit(":", 1)[1]))
    running.state.slow_per_event = PER_EVENT
    yield running
    running.close()


def test_a_slow_server_gets_smaller_batches_and_the_queue_drains(
    server: RunningServer,  # noqa: F811
    center: Center,  # noqa: F811
    windows: Windows,  # noqa: F811
    slow: FaultProxy,
) -> None:
    window = windows(slow.url, center.code, timeout=(5.0, READ_TIMEOUT))
    window.login(center.users["intake"])
    window.intake(150)  # 450 events: one batch of the most the server takes (500)
    reports = []
    for _ in range(8):
        reports.append(window.sync())
        if reports[-1].ok:
            break
    said = [(r.error.message if r.error else "ok", r.pushed) for r in reports]
    assert reports[-1].ok, (said, slow.state.push_sizes)
    timeouts = [r for r in reports if isinstance(r.error, ServerTimeout)]
    assert 1 <= len(timeouts) <= 3, (said, slow.state.push_sizes)
    assert "未答复" in timeouts[0].error.message  # type: ignore[union-attr]
    assert window.store.outbox_depth() == 0
    sizes = slow.state.push_sizes
    assert sizes[0] == 450 and min(sizes) < 450, sizes
    assert sizes.count(450) == 1, sizes  # the batch that timed out was not sent whole again
    assert len(sizes) <= 8, sizes
    assert_exactly_once(server, window)
    assert window.run(window.engine.verify_in_sync()).in_sync


def test_the_batch_shrinks_on_a_timeout_and_grows_back_on_answers() -> None:
    size = BatchSize(500)
    size.timed_out()
    assert size.current == 250 and size.too_slow == 500
    size.answered()
    assert size.current == 375  # grows, but not back into the size that timed out (3/4 of it)
    size.timed_out()
    assert size.current == 187
    size.answered()
    size.answered()
    assert size.current == 281  # 3/4 of 375
    for _ in range(PROBE_AFTER):
        size.answered()
    assert size.current == 500 and size.too_slow is None  # answered long enough: back to the most
    for _ in range(12):
        size.timed_out()
    assert size.current == 1  # never zero
