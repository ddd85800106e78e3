"""The bootstrap's fast rows are the domain's rows, and a page applied to a real store file does what it says:
new cases inserted once, a page applied again changes nothing, the local state of a case with unsent events kept,
where the bootstrap stands kept with the page; and the fold forgets a remote applicant once the result is out."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from govdesk.domain.case import Applicant, ApplicantKind, Case, CaseState
from govdesk.domain.clock import CST
from govdesk.domain.events import Actor, Role
from govdesk.domain.serialize import case_to_json
from govdesk.domain.server_fold import ServerChange, apply_server_change
from govdesk.protocol import BootstrapPage, BootstrapRow, HandoffParty
from govdesk.services.first_sync import RowMaker, apply_bootstrap_page, remote_from_row
from govdesk.store import chain, inbound, open_store
from govdesk.store.store import case_columns

CENTER = "41122101"
# The last minute of a year in China Standard Time (STYLE.md: test with the clock where dates matter).
AT = datetime(2026, 12, 31, 23, 59, tzinfo=CST)
# The longest case number intake issues (PLATFORM.md), an enterprise applicant, Chinese everywhere.
PARTY = HandoffParty(
    kind="enterprise", name="河南省某某农业发展有限公司（分公司）", id_type="049",
    id_number="91411221MA9XXXXX7Q", phone="0398-1234567", result_name="食品经营许可证（正本、副本）",
)  # fmt: skip


def _row(n: int, state: str = "submitted", party: HandoffParty | None = None, at: datetime = AT) -> BootstrapRow:
    case_id = f"0000{n:04d}-8a1b-4c2d-9e3f-{n:012d}"
    return BootstrapRow(
        case_id, f"{CENTER}-S{n % 40 + 1:02d}-20261231-{n:04d}-R", state, "11410000MB0001XK", "县市场监督管理局",
        f"S{n % 40 + 1:02d}", at, False, party,
    )  # fmt: skip


@pytest.mark.parametrize(
    "row",
    [
        _row(1),
        _row(2, "result_ready", PARTY),
        _row(3, "closed", at=datetime(2026, 2, 17, 0, 0, tzinfo=UTC)),  # 春节
        _row(4, "no_such_state"),  # a state this client does not know yet: kept as draft, like remote_case
        BootstrapRow("x", "", "draft", "", "", "", AT, True, HandoffParty()),
    ],
)
def test_the_fast_row_is_the_row_the_domain_makes(row: BootstrapRow) -> None:
    now = "2026-12-31T16:00:00+00:00"
    case = remote_from_row(row, row.case_no, CENTER)
    slow = case_columns(case, chain.canonical_json(case_to_json(case, include_events=False)), now)
    fast = RowMaker(CENTER, now).columns(row, row.case_no)
    assert fast == slow
    assert fast["snapshot"] == slow["snapshot"]  # the same text byte for byte, not only equal JSON


def _page(rows: list[BootstrapRow], after: str, more: bool, cursor: str = "42") -> BootstrapPage:
    return BootstrapPage(
        center_code=CENTER, rows=rows, cursor=cursor, next_after=after, has_more=more,
        catalog_version=None, calendar_version=None, server_time=AT,
    )  # fmt: skip


def test_pages_applied_once_resume_and_keep_unsent_local_state(tmp_path: Path) -> None:
    store = open_store(tmp_path / "window.db")
    try:
        actor = Actor("u1", "张三", Role.INTAKE, CENTER, "S09", "3号窗口")
        mine = Case.new(
            actor=actor, clock=store.clock, case_no=f"{CENTER}-S09-20261231-0001-K", item_codes=["ITEM-1"],
            catalog_version="2026.1", applicant=Applicant(ApplicantKind.PERSON, "李四", "111", "110101199003071234"),
        )  # fmt: skip
        with store.transaction() as tx:
            store.save_case(tx, mine)  # drafted here, not pushed yet: its local state is newer than the server's
        first = [_row(n) for n in range(10)]
        with store.sync.unit() as uow:
            assert apply_bootstrap_page(uow, _page(first, first[-1].case_id, True), "S09") == 10
        with store.reading() as db:
            assert inbound.bootstrap_state(db) == ("42", first[-1].case_id)
            assert inbound.cursor(db) == ""  # not pulling before the last page is in
        mine_row = BootstrapRow(mine.case_id, mine.case_no, "submitted", "ITEM-1", "", "S09", AT, False, None)
        second = [*first[5:], _row(10, "result_ready", PARTY), mine_row]  # a page applied twice in part
        with store.sync.unit() as uow:
            assert apply_bootstrap_page(uow, _page(second, second[-1].case_id, False), "S09") == 1
        with store.reading() as db:
            assert inbound.bootstrap_state(db) is None and inbound.cursor(db) == "42"
            count = db.exec_driver_sql("SELECT count(*), count(DISTINCT case_no) FROM cases").one()
        assert tuple(count) == (12, 12)
        kept = store.load_case(mine.case_id)
        assert kept is not None and kept.state is CaseState.DRAFT  # unsent local events: the push decides
        assert kept.applicant.id_number == "110101199003071234"
        ready = store.load_case(_row(10).case_id)
        assert ready is not None and ready.state is CaseState.RESULT_READY
        assert (ready.applicant.id_number, ready.result_name) == (PARTY.id_number, PARTY.result_name)
        other = store.load_case(_row(3).case_id)
        assert other is not None and other.applicant.id_number == "" and other.applicant.name == ""
        assert store.verify_chain().ok
    finally:
        store.close()


def test_a_remote_case_forgets_the_applicant_once_the_result_is_out() -> None:
    row = _row(7, "result_ready", PARTY)
    case = remote_from_row(row, row.case_no, CENTER)
    assert case.applicant.id_number == PARTY.id_number
    apply_server_change(case, ServerChange(state="handed_off", remote=True))
    assert case.state is CaseState.HANDED_OFF
    assert (case.applicant.name, case.applicant.id_number, case.applicant.phone) == (PARTY.name, "", "")
    # A window's own case keeps what it recorded, whatever the server says later.
    own = remote_from_row(row, row.case_no, CENTER)
    apply_server_change(own, ServerChange(state="closed", applicant=Applicant(ApplicantKind.PERSON, "x", "", "")))
    assert own.applicant.id_number == PARTY.id_number and own.applicant.name == PARTY.name
    assert json.dumps(case_to_json(case), ensure_ascii=False).count(PARTY.id_number) == 0
