"""G4 at a running window (``sync.in_sync.InSyncCheck``, one of the engine's round tasks): a window that missed a
change of the center — its cursor past a decision it never applied, as after a restored database or a lost page —
finds out at its next check and takes the center's snapshot; a quiet window in step does nothing more than ask; a
window with unsent events does not check at all. Real central server over loopback, real store file."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import text

from govdesk.domain.case import CaseState
from govdesk.sync.in_sync import InSyncCheck
from tests.sync.conftest import Center, RunningServer, Window, Windows


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _check(window: Window, clock: Clock) -> InSyncCheck:
    check = InSyncCheck(window.engine.queue, every=3600.0, clock=clock)
    window.engine.round_tasks.append(check)
    return check


def _deny_behind_the_windows_back(window: Window, center: Center, case_id: str) -> None:
    """The back office denies the case, and the window's cursor moves past that change without applying it."""
    office, _ = center.login("back_office")
    reply = office.post(f"/api/v1/backoffice/cases/{case_id}/decide", json={"decision": "deny", "reason": "材料不实"})
    assert reply.status_code == 200, reply.text
    cursor = window.client.snapshot().cursor
    with window.store.transaction() as tx:
        tx.execute(text("UPDATE meta SET value = :cursor WHERE key = 'sync.cursor'"), {"cursor": cursor})


def test_a_window_that_missed_a_decision_takes_the_centers_snapshot_at_its_next_check(
    server: RunningServer, center: Center, windows: Windows, caplog: pytest.LogCaptureFixture
) -> None:
    window = windows(server.url, center.code)
    window.login(center.users["intake"])
    clock = Clock()
    check = _check(window, clock)
    (case, other) = window.intake(2)
    assert window.sync().ok
    assert check.last is None  # not due yet: the first rounds bring a window up to date by themselves

    _deny_behind_the_windows_back(window, center, case.case_id)
    assert window.sync().ok and window.sync().pulled == 0  # the pull has nothing more to say
    stale = window.store.load_case(case.case_id)
    assert stale is not None and stale.state is CaseState.SUBMITTED  # the clerks would see it waiting

    clock.now += 3601
    with caplog.at_level(logging.WARNING, logger="govdesk.sync.in_sync"):
        assert window.sync().ok
    assert check.mended == 1 and check.last is not None and check.last.in_sync
    assert any("out of step" in r.getMessage() for r in caplog.records)
    mended = window.store.load_case(case.case_id)
    assert mended is not None and mended.state is CaseState.DENIED
    untouched = window.store.load_case(other.case_id)
    assert untouched is not None and untouched.state is CaseState.SUBMITTED

    assert window.sync().ok and check.mended == 1  # not due again for an hour
    clock.now += 3601
    assert window.sync().ok and check.mended == 1 and check.last.in_sync  # in step: asked, nothing taken


def test_a_window_with_unsent_events_does_not_check(server: RunningServer, center: Center, windows: Windows) -> None:
    window = windows(server.url, center.code)
    window.login(center.users["intake"])
    clock = Clock()
    check = _check(window, clock)
    window.intake(1)
    assert window.sync().ok
    window.intake(1)  # taken in after the round: unsent at the next check
    clock.now += 3601
    check(window.client)  # as the engine calls it, with events waiting
    assert check.last is None


def test_a_drift_the_snapshot_cannot_mend_is_logged_for_support(
    server: RunningServer, center: Center, windows: Windows, caplog: pytest.LogCaptureFixture
) -> None:
    """A case here that the center never had and that has nothing left to send (a store edited by hand): the
    snapshot leaves it, and the error names both sides' figures."""
    window = windows(server.url, center.code)
    window.login(center.users["intake"])
    clock = Clock()
    check = _check(window, clock)
    window.intake(1)
    assert window.sync().ok
    (ghost,) = window.intake(1)
    with window.store.transaction() as tx:
        tx.execute(text("UPDATE outbox SET status = 'sent' WHERE status = 'pending'"))
    clock.now += 3601
    with caplog.at_level(logging.ERROR, logger="govdesk.sync.in_sync"):
        assert window.sync().ok
    assert check.mended == 1 and check.last is not None and not check.last.in_sync
    assert (check.last.local_count, check.last.server_count) == (2, 1)
    assert any("still out of step" in r.getMessage() and "2 here" in r.getMessage() for r in caplog.records)
    assert window.store.load_case(ghost.case_id) is not None  # nothing of the window's is thrown away
