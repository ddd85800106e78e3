"""SQLite's writers in line at the center (``central.write_gate``): light before heavy, each in arrival order,
re-entrant, and a writer that waited too long goes on. Real threads."""

from __future__ import annotations

import threading
import time

from govdesk.central.write_gate import WriteGate


def _writer(gate: WriteGate, name: str, heavy: bool, order: list[str], hold: float = 0.0) -> threading.Thread:
    def run() -> None:
        with gate.writing(heavy):
            order.append(name)
            time.sleep(hold)

    thread = threading.Thread(target=run, name=name)
    thread.start()
    return thread


def _waiting(gate: WriteGate, light: int, heavy: int) -> None:
    deadline = time.monotonic() + 5
    while (len(gate._light), len(gate._heavy)) != (light, heavy):
        assert time.monotonic() < deadline, "the writers did not queue"
        time.sleep(0.005)


def test_a_window_push_goes_before_the_township_batches_waiting_ahead_of_it() -> None:
    gate, order = WriteGate(), []
    release = threading.Event()

    def township_writing() -> None:
        with gate.writing(heavy=True):
            order.append("township-1")
            release.wait(5)

    first = threading.Thread(target=township_writing)
    first.start()
    while not order:
        time.sleep(0.005)
    waiting = [_writer(gate, "township-2", True, order), _writer(gate, "township-3", True, order)]
    _waiting(gate, 0, 2)
    waiting += [_writer(gate, "window-a", False, order), _writer(gate, "window-b", False, order)]
    _waiting(gate, 2, 2)
    release.set()
    for thread in [first, *waiting]:
        thread.join(5)
    assert order == ["township-1", "window-a", "window-b", "township-2", "township-3"]
    assert gate._owner is None and gate._depth == 0


def test_one_writer_at_a_time() -> None:
    gate, inside, most = WriteGate(), [0], [0]
    lock = threading.Lock()

    def run(heavy: bool) -> None:
        for _ in range(20):
            with gate.writing(heavy):
                with lock:
                    inside[0] += 1
                    most[0] = max(most[0], inside[0])
                time.sleep(0.0005)
                with lock:
                    inside[0] -= 1

    threads = [threading.Thread(target=run, args=(i % 3 == 0,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert most[0] == 1 and inside[0] == 0


def test_a_transaction_inside_another_on_the_same_thread_passes() -> None:
    gate = WriteGate()
    with gate.writing(), gate.writing(heavy=True):
        assert gate._depth == 2
    assert gate._owner is None


def test_a_writer_that_waited_too_long_goes_on_to_sqlites_own_wait() -> None:
    gate, order = WriteGate(wait=0.05), []
    with gate.writing(heavy=True):
        late = _writer(gate, "late", False, order)
        late.join(2)
        assert order == ["late"]  # it went on without the gate
        assert not gate._light  # and left the line
    assert gate._owner is None
