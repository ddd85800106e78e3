"""AB岗 on a window PC (regulation 001): the outbox holds the work of every clerk who sat there, and the center
checks each event's kind against the role of whoever pushes it. What the logged-in user's role may not send is held
at the window, not sent to be refused for good; it goes once someone who may send it logs in. Real central server
over loopback, real store file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from govdesk.domain.event_kinds import EventKind
from govdesk.domain.events import Actor, DomainEvent, Role
from govdesk.domain.messages import Message
from tests.central.conftest import Center, RunningServer
from tests.sync.conftest import Windows, assert_exactly_once, stored_counts


def test_an_intake_clerks_offline_work_waits_while_a_supervisor_is_logged_in(
    server: RunningServer, center: Center, windows: Windows
) -> None:
    supervisor = center.add_user("supervisor")
    window = windows(server.url, center.code)
    window.login(center.users["intake"])
    assert window.sync().ok  # registered
    window.intake(2)  # drafted, accepted, submitted: six events, not pushed yet (the line was down)
    events = window.outbox_ids()
    assert len(events) == 6

    window.login(supervisor)  # the supervisor sits down at the window (AB岗) before the line returns
    report = window.sync()
    assert report.ok and report.pushed == 0, report
    assert set(window.outbox_statuses().values()) == {"pending"}  # nothing refused, nothing needs a person
    assert set(stored_counts(server, events).values()) == {0}
    held = window.engine.status.note  # said, and no failure
    assert isinstance(held, Message) and "综合受理人员登录本机后上传" in held and "现场巡查" in held, held
    assert window.engine.status.last_error is None
    assert window.engine.status.needs_attention == 0

    window.login(center.users["intake"])  # the clerk is back
    report = window.sync()
    assert report.ok and report.applied == 6, report
    assert set(window.outbox_statuses().values()) == {"sent"}
    assert window.engine.status.last_error is None and window.engine.status.note is None
    assert_exactly_once(server, window)


def test_a_push_stops_at_the_first_event_the_user_may_not_send(
    server: RunningServer, center: Center, windows: Windows
) -> None:
    """The center takes a device's events in sequence: what comes before the held event goes (a supervisor may
    send the record that someone looked at an applicant's data), nothing after it."""
    supervisor = center.add_user("supervisor")
    window = windows(server.url, center.code)
    window.login(center.users["intake"])
    [seen] = window.intake(1)
    assert window.sync().applied == 3
    # offline: the supervisor looks at the case (a record any desk role may send), then the clerk takes another
    case = window.store.load_case(seen.case_id)
    assert case is not None
    actor = Actor("u-zq", "赵强", Role.SUPERVISOR, center.code, window.station, "3号窗口")
    case.events.append(
        DomainEvent(
            case_id=case.case_id,
            kind=EventKind.PERSONAL_DATA_VIEWED,
            actor=actor,
            occurred_at=window.store.clock.now(),
            payload={"fields": ["id_number"], "purpose": "case_view"},
        )
    )
    with window.store.transaction() as tx:
        window.store.save_case(tx, case)
    window.intake(1)  # the clerk takes another case
    window.login(supervisor)
    report = window.sync()
    assert report.ok and report.applied == 1, report  # the record went; the clerk's case waits behind it
    statuses = window.outbox_statuses()
    assert list(statuses.values()).count("pending") == 3 and "refused" not in statuses.values()
    window.login(center.users["intake"])
    assert window.sync().applied == 3
    assert_exactly_once(server, window)


def test_a_record_nobody_comes_back_to_send_stops_the_window_for_a_day_at_most(
    server: RunningServer, center: Center, windows: Windows
) -> None:
    """Held a day (``HOLD_AT_MOST``), an event goes whoever is logged in: the center says what it says (here: the
    supervisor may not send an intake clerk's case, refused for a person to look at) and what comes after it is
    not stopped for good (G6). A bug's event its own writer could not send is never held."""
    supervisor = center.add_user("supervisor")
    window = windows(server.url, center.code)
    window.login(center.users["intake"])
    assert window.sync().ok
    window.intake(1)
    two_days_ago = (datetime.now(UTC) - timedelta(days=2)).isoformat()
    with window.store.transaction() as tx:
        tx.execute(text("UPDATE outbox SET created_at = :at WHERE status = 'pending'"), {"at": two_days_ago})
    window.login(supervisor)
    report = window.sync()
    assert report.ok and report.pushed == 3, report
    assert window.engine.status.note is None and window.engine.status.needs_attention == 3
    assert set(window.outbox_statuses().values()) == {"refused"}
