"""Issue 10 end to end on a real store, with the clock on Sunday 2026-12-06 and no 2027 holiday notice loaded:
long items are accepted (never refused), 容缺 and a delay work, every provisional date says so on screen data and
in print; then the 2027 year is loaded at the window and every open case is recounted in one go, with an event per
case, an SMS offered (not sent) for a promised date that moved later, and nothing recounted twice."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from govdesk.domain.assessment import Outcome
from govdesk.domain.calendar import CalendarDataError
from govdesk.domain.case import Applicant, ApplicantKind, CaseState
from govdesk.domain.clock import FixedClock
from govdesk.domain.events import Role
from govdesk.domain.recompute import RECOMPUTED_KIND
from govdesk.services.deadline_recount import RecountError
from govdesk.services.runtime import Runtime
from govdesk.services.settings import Settings
from tests.helpers.provisional import SUNDAY, YEAR_2027, catalog_with_long_items, open_runtime, take
from tests.services.test_intake import receive_all

PROVISIONAL_NOTE = "（暂定，以国务院办公厅公布的节假日安排为准）"


@pytest.fixture
def runtime(tmp_path: Path) -> Iterator[Runtime]:
    made = open_runtime(tmp_path)
    yield made
    made.close()


def test_december_intake_counts_on_a_provisional_2027_then_recounts_when_it_is_loaded(runtime: Runtime) -> None:
    # --- before: a 25-working-day item, accepted under 容缺 (the illness records promised) -------------------------
    intake = runtime.intake
    draft = intake.new_draft(["MZJ-05-003"])
    draft.applicant = Applicant(ApplicantKind.PERSON, "张三", "111", "11010519491231002X", "13812345678", "城关镇")
    draft.answers["special_case"] = "illness"
    receive_all(intake, draft, except_codes=("illness_records",))
    preview = intake.preview(draft)
    assert preview.promised is not None and preview.promised.due == date(2027, 1, 11)
    assert preview.promised.short_text() == "2027-01-11（暂定）"
    assert preview.statutory is not None and preview.statutory.provisional
    assert preview.commitment_deadline is not None and not preview.commitment_deadline.provisional  # 18 Dec
    result = intake.decide(draft, Outcome.CONDITIONAL, signed_by="张三", signed_on_paper=True)
    dibao = result.case
    assert dibao.state is CaseState.ACCEPTED_CONDITIONAL
    assert dibao.promised_deadline is not None and dibao.promised_deadline.provisional
    assert dibao.promised_deadline.calendar_version == runtime.calendar.version + "+2027p"
    acceptance = result.notices[0]
    assert acceptance.date_provisional  # type: ignore[union-attr]
    letter = result.notices[1]
    assert not letter.date_provisional  # type: ignore[union-attr]  # 容缺 due 2026-12-18 is in a published year

    # --- a 45- and a 60-working-day item accepted; the 60-day one delayed into 2027 ----------------------------------
    long45 = take(runtime, "TEST-45", Outcome.ACCEPT)
    assert long45.promised_date == date(2027, 2, 12)  # provisional: 春节 5–8 Feb and 补休 9–10 Feb off
    long60 = take(runtime, "TEST-60", Outcome.ACCEPT)
    assert long60.promised_date == date(2027, 3, 5)
    commitments = runtime.commitments
    assert commitments is not None
    delayed, delay_notice, _sms = commitments.delay(long60.case_id, date(2027, 3, 12), "需现场核查", "局长")
    assert delay_notice is not None and delay_notice.date_provisional
    with pytest.raises(Exception, match="不是工作日（按暂定的节假日安排）"):
        commitments.delay(long45.case_id, date(2027, 2, 9), "测试", "局长")  # 补休 for 春节 on a Sunday: a day off

    # stored as decided, provisional, and no SMS about deadlines queued by anyone
    stored = runtime.store.load_case(long45.case_id)
    assert stored is not None and stored.promised_deadline is not None and stored.promised_deadline.provisional
    assert runtime.recount is not None
    assert runtime.recount.moved_cases() == []

    # --- an admin loads the 2027 year at the window -----------------------------------------------------------------
    report = runtime.load_calendar_file(YEAR_2027)
    assert report is not None
    assert report.years == (2027,)
    assert report.recounted == 3
    assert runtime.calendar.covers(date(2027, 6, 1))
    assert runtime.intake.calendar is runtime.calendar and commitments.calendar is runtime.calendar
    moved = {m.case_no: m for m in report.moved}
    assert set(moved) == {long45.case_no}  # 60 working days end on 5 March either way: the swaps even out
    # the 45-day promise moved later (the official 春节 runs 5–13 February): the SMS is offered, not sent
    m45 = moved[long45.case_no]
    assert [(x.field, x.old, x.new) for x in m45.moves] == [("promised", date(2027, 2, 12), date(2027, 2, 15))]
    assert m45.promised_later and not m45.told
    assert "承诺办结日期由 2027-02-12 调整为 2027-02-15" in m45.summary()
    assert "测试数据：2027 年节假日安排" in m45.reason
    # the delayed case keeps the clerk's date (a promise made by hand); its deadlines are re-based all the same
    after60 = runtime.store.load_case(long60.case_id)
    assert after60 is not None and after60.promised_date == delayed.promised_date == date(2027, 3, 12)
    assert after60.statutory_date == date(2027, 3, 5)
    assert report.message() == (
        "2027 年节假日安排已载入：3 件办件的暂定期限已按正式安排重新计算，其中 1 件日期有调整"
        "（1 件承诺办结日期推后，可在“承诺跟踪 › 期限调整”短信告知申请人）。"
    )

    # every recounted case: the new deadlines stored, no longer provisional, one event with old, new and reason
    for case in (dibao, long45, long60):
        again = runtime.store.load_case(case.case_id)
        assert again is not None
        assert again.promised_deadline is not None and not again.promised_deadline.provisional
        assert not again.promised_deadline.calendar_version.endswith("p")
        events = [e for e in again.events if e.kind == RECOMPUTED_KIND]
        assert len(events) == 1
        assert events[0].payload["calendar_version"] == runtime.calendar.version
        assert events[0].actor.clerk_id == runtime.window.actor.clerk_id
    assert runtime.store.verify_chain().ok

    # the SMS: queued only when the clerk asks, once
    sms = runtime.sms
    assert sms is not None
    assert [r.purpose for r in sms.records(long45.case_id)].count("deadline_moved") == 0
    phone = runtime.recount.tell_applicant(m45.event_id)
    assert phone == "138****5678"
    texts = [r.text for r in sms.records(long45.case_id) if r.purpose == "deadline_moved"]
    assert texts == [
        f"【{runtime.window.center.name}】国务院办公厅已公布节假日安排，您的办件{long45.case_no}的承诺办结日期"
        "由2027年2月12日调整为2027年2月15日。给您带来不便，敬请谅解。"
    ]
    with pytest.raises(RecountError, match="已经短信告知过"):
        runtime.recount.tell_applicant(m45.event_id)
    with pytest.raises(RecountError, match="找不到这次期限调整记录"):
        runtime.recount.tell_applicant("no-such-event")
    assert {m.case_no: m.told for m in runtime.recount.moved_cases()} == {long45.case_no: True}

    # loading again, or restarting, recounts nothing twice
    assert runtime.reload_calendar() is None
    assert runtime.load_calendar_file(YEAR_2027) is None


def test_a_restart_recounts_what_a_pull_brought_while_the_program_was_closed(tmp_path: Path) -> None:
    db = tmp_path / "govdesk.sqlite"
    first = Runtime.open(db, tmp_path, Settings(), clock=FixedClock(SUNDAY), catalog=catalog_with_long_items())
    try:
        case = take(first, "TEST-45", Outcome.ACCEPT)
    finally:
        first.close()
    from govdesk.domain.calendar import load_calendar
    from govdesk.services.reference_data import store_local_calendar
    from govdesk.store.store import open_store

    store = open_store(db)
    try:
        store_local_calendar(store, load_calendar([YEAR_2027]))  # arrived, nobody recounted yet
    finally:
        store.close()
    later = Runtime.open(db, tmp_path, Settings(), clock=FixedClock(SUNDAY), catalog=catalog_with_long_items())
    try:
        report = later.reload_calendar()  # what the program does once the window is up
        assert report is not None and report.recounted == 1
        reloaded = later.store.load_case(case.case_id)
        assert reloaded is not None and reloaded.promised_date == date(2027, 2, 15)
    finally:
        later.close()


def test_a_bad_calendar_file_is_refused_in_words_and_changes_nothing(runtime: Runtime, tmp_path: Path) -> None:
    case = take(runtime, "TEST-45", Outcome.ACCEPT)
    gap = tmp_path / "cn-2028.json"
    gap.write_text(
        '{"year": 2028, "source": "测试", "holidays": {"2028-01-01": "元旦"}, "makeup_workdays": {}}', encoding="utf-8"
    )
    with pytest.raises(CalendarDataError, match="缺少 2027 年"):
        runtime.load_calendar_file(gap)
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(CalendarDataError, match="不是有效的 JSON"):
        runtime.load_calendar_file(broken)
    stored = runtime.store.load_case(case.case_id)
    assert stored is not None and stored.promised_deadline is not None and stored.promised_deadline.provisional
    assert runtime.calendar.is_provisional(date(2027, 1, 4))


def test_only_an_admin_loads_a_year_at_the_window(runtime: Runtime) -> None:
    runtime.set_clerk(replace(runtime.window.actor, role=Role.INTAKE))
    with pytest.raises(RecountError, match="只有管理员"):
        runtime.load_calendar_file(YEAR_2027)
    assert runtime.calendar.is_provisional(date(2027, 1, 4))
