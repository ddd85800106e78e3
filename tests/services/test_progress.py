"""Progress flowing back to the window, on a real store file through the sync's own apply path: a pulled 补正 stops
the case's clock (the domain's CORRECTION suspension), the case needs attention with every item, the back office's
steps are told with who and when; the window's answer resumes the clock (the dates pushed by the working days it
stood, a case.resumed queued for the server) and cannot be given twice."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from govdesk.domain.assessment import Outcome
from govdesk.domain.backoffice import CORRECTION_REQUESTED_KIND, STEP_RECORDED_KIND, CorrectionItem, correction_payload
from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.catalog import Catalog
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.deadlines import SuspensionKind
from govdesk.domain.events import Actor, DomainEvent, Role
from govdesk.protocol import Change, ChangeKind
from govdesk.services.case_story import CaseStoryService
from govdesk.services.intake import IntakeService
from govdesk.services.progress import CorrectionError
from govdesk.services.sync_service import StoreQueue
from govdesk.services.window import WindowContext
from govdesk.store.store import Store
from tests.services.test_intake import applicant, receive_all

OFFICE = Actor("houtai", "后台李", Role.BACK_OFFICE, "41122101", "")


def _accepted(intake: IntakeService) -> str:
    draft = intake.new_draft(["SCJG-01-001"])
    draft.applicant = applicant()
    receive_all(intake, draft)
    return intake.decide(draft, Outcome.ACCEPT).case.case_id


def _pull(store: Store, event: DomainEvent, state: str, n: int) -> None:
    """One server change applied as the sync applies it (``StoreQueue.apply_changes``)."""
    change = Change(
        cursor=str(n), kind=ChangeKind.DECISION, case_id=event.case_id,
        payload={"event": event.to_json(), "state": state}, server_time=datetime.now(UTC),
    )  # fmt: skip
    StoreQueue(store).apply_changes([change], str(n), {})


def test_a_pulled_correction_stops_the_clock_and_the_window_answers_it_once(
    store: Store, intake: IntakeService, catalog: Catalog, calendar: WorkCalendar, clock: FixedClock,
    window: WindowContext, tmp_path: Path,
) -> None:  # fmt: skip
    case_id = _accepted(intake)
    before = store.load_case(case_id)
    assert before is not None and before.promised_date is not None
    asked_on = clock.now()  # Friday 2026-11-20
    items = [CorrectionItem("经营场所使用证明", "租赁合同已过期", "提供有效期内的租赁合同", "premises_proof")]
    claim = DomainEvent(case_id, "case.in_review", OFFICE, asked_on, {"from": "accepted", "to": "in_review"})
    step = DomainEvent(case_id, STEP_RECORDED_KIND, OFFICE, asked_on, {"step": "review", "note": "场所证明有误"})
    payload = correction_payload(items, "请一次补齐", asked_on.date())
    asked = DomainEvent(case_id, CORRECTION_REQUESTED_KIND, OFFICE, asked_on, payload)
    for n, (event, state) in enumerate(((claim, "in_review"), (step, "in_review"), (asked, "in_review")), 1):
        _pull(store, event, state, n)

    local = store.load_case(case_id)
    assert local is not None and local.suspended
    assert local.suspensions[-1].kind is SuspensionKind.CORRECTION and local.suspensions[-1].start == date(2026, 11, 20)
    stories = CaseStoryService(store, catalog, clock, window, tmp_path / "key", tmp_path / "notices")
    stories.calendar = calendar
    story = stories.story(case_id)
    assert story.attention[0].label == "后台要求补正"
    assert story.attention[0].value == "经营场所使用证明：租赁合同已过期"
    assert story.attention[0].note == "提供有效期内的租赁合同"
    assert [(r.value, r.note) for r in story.back_office] == [
        ("认领，开始审查", "后台李"), ("审查环节：场所证明有误", "后台李"),
        ("后台要求补正，计时中止：经营场所使用证明（租赁合同已过期，提供有效期内的租赁合同）", "后台李"),
    ]  # fmt: skip
    assert story.back_office[0].label == "2026-11-20 09:30"  # China Standard Time
    assert "后台要求补正" in story.to_json()["attention"][0]["label"]  # type: ignore[index]

    # the applicant comes back on Wednesday: three working days stood still, the dates move by three
    clock.set(datetime(2026, 11, 25, 10, 0, tzinfo=CST))
    depth = store.outbox_depth()
    answered = stories.answer_correction(case_id)
    assert answered.attention == []
    after = store.load_case(case_id)
    assert after is not None and not after.suspended
    assert after.promised_date == calendar.add_workdays(before.promised_date, 3)
    assert store.outbox_depth() == depth + 1  # case.resumed goes to the server: the back office may decide
    assert after.events[-1].kind == "case.resumed" and after.events[-1].actor.clerk_name == "王丽"
    with pytest.raises(CorrectionError, match="没有待补正的后台要求"):
        stories.answer_correction(case_id)
    assert store.outbox_depth() == depth + 1


def test_a_case_without_a_correction_needs_no_attention(
    store: Store, intake: IntakeService, catalog: Catalog, clock: FixedClock, window: WindowContext, tmp_path: Path
) -> None:
    case_id = _accepted(intake)
    stories = CaseStoryService(store, catalog, clock, window, tmp_path / "key", tmp_path / "notices")
    assert stories.story(case_id).attention == []
    with pytest.raises(CorrectionError):
        stories.answer_correction(case_id)
