"""Pulled state changes of other windows' cases are written in bulk (``inbound.move_states``); the rows must be the
very rows the fold (``Case.apply_server_change``) and ``Store.save_case`` write, byte for byte, on real store files."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from govdesk.domain.case import CaseState
from govdesk.domain.clock import CST, FixedClock
from govdesk.protocol import BootstrapPage, BootstrapRow, Change, ChangeKind, HandoffParty
from govdesk.services.sync_service import StoreQueue
from govdesk.store import open_store
from govdesk.sync.engine import STATION_KEY

CENTER = "41122101"
AT = datetime(2027, 2, 5, 16, 30, tzinfo=CST)  # the eve of the Spring Festival holiday
PARTY = HandoffParty(name="欧阳娜娜", id_type="111", id_number="41122119900307123X", phone="13800138000")


def _rows() -> list[BootstrapRow]:
    return [
        BootstrapRow(
            f"c{n:03d}-0000-4000-8000-000000000000",
            f"{CENTER}-S{n % 9 + 2:02d}-20270205-{n:04d}-R",
            "result_ready" if n % 5 == 0 else "submitted",
            "11410000MB0001XK",
            "县民政局",
            f"S{n % 9 + 2:02d}",
            AT,
            False,
            PARTY if n % 5 == 0 else None,
        )
        for n in range(40)
    ]


def _changes(rows: list[BootstrapRow]) -> list[Change]:
    """State moves of every kind a window gets for others' cases, twice for some cases, in one page."""
    out = []
    for n, row in enumerate(rows):
        state = "handed_off" if row.state == "result_ready" else ("in_review" if n % 2 else "approved")
        payload = {"state": state, "kind": f"case.{state}", "case_no": row.case_no, "station_code": row.station_code}
        if state == "approved" and n % 4 == 0:
            payload["result_name"] = "社会团体法人登记证书"  # the decision's words: through the fold
        out.append(Change(cursor=str(100 + n), kind=ChangeKind.CASE_STATE, case_id=row.case_id, payload=payload,
                          server_time=AT))  # fmt: skip
    out += [
        Change(cursor=str(200 + n), kind=ChangeKind.DECISION, case_id=rows[n].case_id,
               payload={"state": "denied", "decision": "deny", "station_code": rows[n].station_code}, server_time=AT)
        for n in (1, 3)
    ]  # fmt: skip
    return out


def _store(path: Path) -> StoreQueue:
    store = open_store(path, FixedClock(AT))
    queue = StoreQueue(store)
    queue.set_value(STATION_KEY, "S01")
    page = BootstrapPage(
        center_code=CENTER, rows=_rows(), cursor="99", next_after="", has_more=False,
        catalog_version=None, calendar_version=None, server_time=AT,
    )  # fmt: skip
    queue.apply_bootstrap(page, {})
    return queue


def test_bulk_state_moves_write_the_rows_the_fold_writes(tmp_path: Path) -> None:
    bulk, folded = _store(tmp_path / "bulk.db"), _store(tmp_path / "folded.db")
    try:
        changes = _changes(_rows())
        bulk.apply_changes(changes, "300", {})
        with folded.store.sync.unit() as uow:  # the fold, one change at a time, as before the bulk path
            for change in changes:
                folded._apply_case_change(uow, change, set(), set(), "S01")
        rows = {}
        for name, queue in (("bulk", bulk), ("folded", folded)):
            with queue.store.reading() as db:
                rows[name] = db.exec_driver_sql("SELECT * FROM cases ORDER BY case_id").all()
        assert rows["bulk"] == rows["folded"]
        handed = bulk.store.load_case(_rows()[0].case_id)
        assert handed is not None and handed.state is CaseState.HANDED_OFF
        assert (handed.applicant.id_number, handed.applicant.phone) == ("", "")  # forgotten once the result is out
        denied = bulk.store.load_case(_rows()[1].case_id)
        assert denied is not None and denied.state is CaseState.DENIED and denied.version == 3
        assert bulk.store.verify_chain().ok
    finally:
        bulk.store.close()
        folded.store.close()
