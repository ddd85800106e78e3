"""SIGKILL, for real: a window process killed inside a local write transaction, after its commit and before the push,
and between the server's commit and the local ack; the central server process killed in the middle of a push.

After each kill a fresh process opens the same database file and syncs. Every time: each event stored exactly once at
the server (counted by event id), ``govdesk db verify`` clean, the G4 count-and-hash summary equal, the device's
sequence gap-free at the server, and G1: every case the killed process had reported committed is there, whole.
"""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path
from typing import Any

import pytest

from tests.faults.conftest import Central, ClientProcess, Clients
from tests.faults.netproxy import NetProxy
from tests.faults.support import device_sequences, seed_central, stored_counts

PUSH = "/api/v1/sync/push"


def assert_recovered(fresh: ClientProcess, central: Central, committed: dict[str, list[str]]) -> dict[str, Any]:
    """Sync the fresh process to quiet and check G1-G4 for its database. Returns its ``check`` answer."""
    report = fresh.ask("sync", "sync")
    assert report["ok"], report
    check: dict[str, Any] = fresh.ask("check", "check")
    assert check["verify_ok"], check["problems"]  # govdesk db verify: integrity, foreign keys, hash chain
    assert check["depth"] == 0 and {row[2] for row in check["outbox"]} == {"sent"}
    assert check["in_sync"], check["summary"]  # G4
    for case_id, events in committed.items():  # G1: what the clerk saw saved survived the kill, whole
        assert check["cases"].get(case_id) == events, case_id
    outbox_ids = [row[1] for row in check["outbox"]]
    counts = stored_counts(central.db_url, outbox_ids)
    assert set(counts.values()) == {1}, {k: v for k, v in counts.items() if v != 1}  # G2: exactly once
    seqs = [row[0] for row in check["outbox"]]
    assert seqs == list(range(1, len(seqs) + 1))  # G3: gap-free locally...
    assert device_sequences(central.db_url)[fresh.device_id] == seqs  # ...and at the server, in order
    return check


def test_killed_inside_a_local_write_transaction(central: Central, clients: Clients, tmp_path: Path) -> None:
    code = central.new_center()
    db = tmp_path / "window.db"
    first = clients(db, central.url, code)
    assert first.ask("sync", "sync")["ok"]  # registered: the station code is known
    first.ask("intake 3", "done")
    in_tx = first.ask("hang_in_tx", "in_tx")  # a 4th case written inside an open transaction
    committed = first.committed()
    first.kill()

    fresh = clients(db, central.url, code)  # the instance lock died with the process
    before = fresh.ask("check", "check")
    assert before["verify_ok"], before["problems"]
    assert in_tx not in before["cases"]  # rolled back as a whole: no case row, no event, no outbox entry
    assert len(before["outbox"]) == 9 and before["depth"] == 9
    check = assert_recovered(fresh, central, committed)
    assert set(check["cases"]) == set(committed)
    fresh.quit()


def test_killed_while_committing_intakes_in_a_loop(central: Central, clients: Clients, tmp_path: Path) -> None:
    code = central.new_center()
    db = tmp_path / "window.db"
    first = clients(db, central.url, code)
    assert first.ask("sync", "sync")["ok"]
    first.send("intake_forever")
    for _ in range(25):  # let it commit a while, then kill it wherever it is (often inside a commit)
        first.wait_for("committed")
    first.kill()
    committed = first.committed()

    fresh = clients(db, central.url, code)
    check = assert_recovered(fresh, central, committed)
    # At most one case committed after the last line the process managed to print; none half-written.
    assert len(check["cases"]) - len(committed) in (0, 1)
    assert all(len(events) == 3 for events in check["cases"].values())
    fresh.quit()


def test_killed_after_the_local_commit_before_the_push(central: Central, clients: Clients, tmp_path: Path) -> None:
    code = central.new_center()
    db = tmp_path / "window.db"
    first = clients(db, central.url, code)
    assert first.ask("sync", "sync")["ok"]
    first.ask("intake 4", "done")
    first.ask("intake 1 notify", "done")  # 一次性告知: drafted + notified
    committed = first.committed()
    first.kill()
    assert set(stored_counts(central.db_url, [e for ev in committed.values() for e in ev]).values()) == {0}

    fresh = clients(db, central.url, code)
    assert_recovered(fresh, central, committed)
    fresh.quit()


def test_killed_between_the_server_commit_and_the_local_ack(
    central: Central, proxy: NetProxy, clients: Clients, tmp_path: Path
) -> None:
    code = central.new_center()
    db = tmp_path / "window.db"
    first = clients(db, proxy.url, code)
    assert first.ask("sync", "sync")["ok"]
    first.ask("intake 4", "done")
    committed = first.committed()
    killed = threading.Event()

    def kill_on_answer(path: str, status: int) -> bool:
        if path.startswith(PUSH) and status == 200 and not killed.is_set():
            os.kill(first.proc.pid, signal.SIGKILL)  # the server has committed; the window never hears it
            first.proc.wait(10)
            killed.set()
            return True
        return False

    proxy.state.after_forward = kill_on_answer
    first.send("sync")
    assert killed.wait(30)
    first.kill()
    events = [e for ev in committed.values() for e in ev]
    assert set(stored_counts(central.db_url, events).values()) == {1}  # committed at the server

    fresh = clients(db, central.url, code)
    before = fresh.ask("check", "check")
    assert before["depth"] == 12  # not acknowledged locally: still pending
    report = fresh.ask("sync", "sync")
    assert report == {"ok": True, "pushed": 12, "applied": 0, "error": None}  # all answered as duplicates
    assert_recovered(fresh, central, committed)
    fresh.quit()


@pytest.mark.slow
def test_server_killed_mid_push_then_restarted(clients: Clients, tmp_path: Path) -> None:
    server = Central(tmp_path / "central")
    (tmp_path / "central").mkdir()
    code = "41990001"
    seed_central(server.db_url, [code])
    server.process.start()
    proxy = NetProxy([server.process.port])
    try:
        db = tmp_path / "window.db"
        window = clients(db, proxy.url, code, batch=100)
        assert window.ask("sync", "sync")["ok"]
        assert window.ask("bulk 300", "bulk") == 300  # 900 events: 9 batches
        requests_seen: list[str] = []
        killer = threading.Timer(0.015, server.process.kill)

        def kill_mid_push(path: str) -> None:
            if path.startswith(PUSH):
                requests_seen.append(path)
                if len(requests_seen) == 4:  # while the server works on the 4th batch
                    killer.start()

        proxy.state.before_forward = kill_mid_push
        report = window.ask("sync", "sync")
        assert not report["ok"] and "无法连接" in report["error"], report
        killer.join(10)
        assert server.process.proc is not None and server.process.proc.returncode == -signal.SIGKILL
        # Each push is one transaction: what the killed server kept is whole batches, in order.
        stored = device_sequences(server.db_url).get(window.device_id, [])
        assert len(stored) % 100 == 0 and stored == list(range(1, len(stored) + 1)) and len(stored) <= 400

        server.process.start()  # same file, same port
        proxy.heal()
        check = assert_recovered(window, server, {})
        assert len(check["outbox"]) == 900
        window.quit()
    finally:
        proxy.close()
        server.process.stop()
