"""The 承诺跟踪 page on a real store: colours for due soon / overdue, the model passes qtmodeltester, supplementing
with a scan and closing, a delay with its notice."""

# ruff: noqa: F811  (fixtures imported from test_handoff)
from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from govdesk.domain.case import CaseState
from govdesk.domain.clock import CST
from govdesk.domain.notices import DelayNotice
from govdesk.services.commitments import URGENCY_LABELS, FollowUp, Urgency
from govdesk.store.store import Store
from govdesk.ui.commitments.models import URGENCY_COLOURS, URGENCY_WORDS, FollowUpModel, days_words
from govdesk.ui.commitments.page import CommitmentsPage
from govdesk.ui.commitments.scan import ScanAnswer, ScanChoice
from govdesk.ui.i18n import install_translators, remove_translators
from tests.helpers.ui import settle
from tests.services.test_handoff import make_case, outbox_kinds
from tests.ui.a11y_harness import settle_events, sideways_problems, table_problems
from tests.ui.test_handoff import calendar, catalog, clock, services, shot, store, window  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
TWO = {"kinship_proof": "亲属关系证明", "labor_contract": "劳动合同"}
GREEN, RED = "#1b5e20", "#b00020"


def test_list_colours_supplement_close_and_delay(
    qtbot: QtBot,
    qtmodeltester,
    services,
    store: Store,
    clock,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    soon = make_case(store, clock, item="GAJ-01-001", commitment=TWO, due=date(2026, 11, 23), state=CaseState.SUBMITTED)
    late = make_case(
        store,
        clock,
        item="GAJ-01-001",
        commitment={"kinship_proof": "亲属关系证明"},
        due=date(2026, 11, 19),
        state=CaseState.SUBMITTED,
    )
    ok = make_case(store, clock, item="GAJ-01-001", commitment=TWO, due=date(2026, 12, 11), state=CaseState.IN_REVIEW)
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n scan")  # a PNG by its first bytes (the window checks them)
    page = CommitmentsPage(services[2], ask_scan=lambda _parent, _name: ScanAnswer(ScanChoice.SCAN, scan))
    qtbot.addWidget(page)
    page.resize(1166, 648)
    page.show()
    qtbot.waitExposed(page)
    qtmodeltester.check(page.model)
    rows = {f.case_id: i for i, f in enumerate(page.model.rows)}

    def bg(case_id: str) -> object:
        return page.model.data(page.model.index(rows[case_id], 0), Qt.ItemDataRole.BackgroundRole)

    assert isinstance(bg(late.case_id), QBrush) and bg(late.case_id).color() == URGENCY_COLOURS[Urgency.OVERDUE]  # type: ignore[attr-defined]
    assert bg(soon.case_id).color() == URGENCY_COLOURS[Urgency.DUE_SOON]  # type: ignore[attr-defined]
    assert bg(ok.case_id) is None
    shot(page, "commitments-list")

    page.select_case(soon.case_id)
    assert page.ui.missingList.count() == 2
    assert page.ui.supplementButton.isEnabled() and page.ui.supplementButton.isVisible()
    qtbot.mouseClick(page.ui.supplementButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.messages() == {"materials": "已登记补交：亲属关系证明（附扫描件）"}
    assert GREEN in page.ui.materialsMessage.styleSheet()
    qtbot.mouseClick(page.ui.closeButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "尚缺劳动合同" in page.messages()["materials"] and RED in page.ui.materialsMessage.styleSheet()
    page.ui.missingList.setCurrentRow(0)
    qtbot.mouseClick(page.ui.supplementButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.mouseClick(page.ui.closeButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "已办结" in page.messages()["top"]
    assert outbox_kinds(store, soon.case_id)[-1] == "case.commitment_closed"
    assert soon.case_id not in {f.case_id for f in page.model.rows}

    notices: list[object] = []
    page.notice_ready.connect(notices.append)
    page.select_case(ok.case_id)
    page.ui.newDateEdit.setDate(QDate(2026, 12, 18))
    page.ui.delayReasonEdit.setText("需要组织专家评审")
    page.ui.approverEdit.setText("县公安局局长王强")
    qtbot.mouseClick(page.ui.delayButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "已延期至 2026-12-18" in page.messages()["delay"], page.messages()
    assert isinstance(notices[0], DelayNotice) and notices[0].new_date == date(2026, 12, 18)
    assert notices[0].approved_by == "县公安局局长王强"
    shot(page, "commitments-delay")
    assert clock.now() == datetime(2026, 11, 20, 9, 30, tzinfo=CST)


def test_the_tables_words_are_the_services_words() -> None:
    """The model shows urgency and days left in the UI language; untranslated they are the service's Chinese."""
    assert URGENCY_WORDS == URGENCY_LABELS
    for days in (-3, -2, -1, 0, 1, 5):
        follow_up = FollowUp.__new__(FollowUp)
        object.__setattr__(follow_up, "days_left", days)
        assert days_words(days) == follow_up.days_text


def test_a_long_list_is_fetched_as_it_is_shown_never_capped(
    qtbot: QtBot, qtmodeltester, services, store: Store, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Ids first (issue 16): 95 open promises, the first page of rows made at once, the rest as the clerk scrolls or
    looks one up; the heading says how many there are; a case closed meanwhile is left out, nothing else."""
    made = [
        make_case(
            store,
            clock,
            item="GAJ-01-001",
            commitment={"kinship_proof": "亲属关系证明"},
            due=date(2026, 11, 23) + timedelta(days=n % 40),
            state=CaseState.SUBMITTED,
        )
        for n in range(95)
    ]
    in_order = sorted(made, key=lambda c: (c.commitment.due_date, c.case_no))  # type: ignore[union-attr]
    page = CommitmentsPage(services[2])
    qtbot.addWidget(page)
    page.resize(1366 - 200, 768 - 120)
    page.show()
    qtbot.waitExposed(page)
    model = page.model
    assert model.total == 95 and model.ids == [c.case_id for c in in_order]
    assert model.rowCount() == model.PAGE < 95  # the rows of the first screens only
    assert page.ui.legendLabel.text().startswith("共 95 件（最早到期的在前）")
    page.grab().save(str(tmp_path / "commitments-95.png"))

    last = in_order[-1]
    page.select_case(last.case_id)  # further down than shown: fetched up to it and selected
    assert page.selected() is not None and page.selected().case_id == last.case_id  # type: ignore[union-attr]
    assert model.rowCount() == 95 and [f.case_id for f in model.rows] == model.ids

    page.refresh()  # the selection is kept: its row is fetched again
    assert model.rowCount() == 95 and page.selected().case_id == last.case_id  # type: ignore[union-attr]
    page.select_case(in_order[0].case_id)
    page.refresh()
    assert model.rowCount() == model.PAGE and page.selected().case_id == in_order[0].case_id  # type: ignore[union-attr]
    services[2].supplement(in_order[model.PAGE].case_id, "kinship_proof")  # closed meanwhile: supplemented ...
    services[2].close(in_order[model.PAGE].case_id)  # ... and the promise ended
    model.fetchMore()
    assert model.rowCount() == 2 * model.PAGE - 1 and model.total == 94  # left out, the next ones still come
    assert in_order[model.PAGE].case_id not in {f.case_id for f in model.rows}
    assert model.rows[model.PAGE].case_id == in_order[model.PAGE + 1].case_id
    view = page.ui.table
    for _ in range(10):  # the clerk scrolls to the end: the view asks for the rest
        view.scrollToBottom()
        qtbot.wait(10)
    assert model.rowCount() == 94 and not model.canFetchMore()

    assert page.find_text(in_order[-2].case_no)  # a number typed: found wherever it is on the list
    assert page.selected() is not None and page.selected().case_id == in_order[-2].case_id  # type: ignore[union-attr]
    qtmodeltester.check(model)  # checked once all is fetched (Qt's tester calls fetchMore itself, inside resets)

    # the model alone: ids first, pages fetched, one gone meanwhile left out
    alone = FollowUpModel()
    ids = [c.case_id for c in in_order]
    alone.set_ids(ids, services[2].follow_ups_of, key=lambda f: f.case_id)
    assert alone.rowCount() == alone.PAGE and alone.total == 95  # the ids as given (one was closed above) ...
    while alone.canFetchMore():
        alone.fetchMore()
    assert alone.total == 94  # ... counted out once its row was asked for
    assert [f.case_id for f in alone.rows] == [i for i in ids if i != in_order[model.PAGE].case_id]
    assert alone.row_of(in_order[model.PAGE].case_id) is None and alone.row_of("no-such-case") is None
    qtmodeltester.check(alone)


@pytest.mark.parametrize(
    ("language", "narrow", "merged", "own"),
    [("zh_CN", 420, "期限 / 剩余 / 状态", "期限"), ("en", 520, "Due / Left / Status", "Due")],
)
def test_narrow_the_due_date_names_the_columns_that_go_under_it_in_the_clerks_language(
    qtbot: QtBot, services, store: Store, clock, language: str, narrow: int, merged: str, own: str
) -> None:  # type: ignore[no-untyped-def]
    """Narrow (English in large text at 1,100 px, or any page too narrow), the days left and the status go under the
    due date in its cell, and its heading names all three, translated; wide again, each column has its own."""
    for due in (date(2026, 11, 23), date(2026, 12, 11)):
        make_case(store, clock, item="GAJ-01-001", commitment=TWO, due=due, state=CaseState.SUBMITTED)
    install_translators(language)
    try:
        page = CommitmentsPage(services[2])
        window = QWidget()
        area = QScrollArea(window)  # (as a workspace shows its page: ``ui/workspace_host.py``)
        area.setWidgetResizable(True)
        area.setWidget(page)
        QVBoxLayout(window).addWidget(area)
        qtbot.addWidget(window)
        window.resize(1166, 648)
        window.show()
        qtbot.waitExposed(window)
        settle(qtbot)
        settle_events()  # (the page's rows decided, the table fitted)
        view, model = page.ui.table, page.model
        due, left, status = FollowUpModel.DUE, FollowUpModel.LEFT, FollowUpModel.STATUS

        def heading(column: int) -> str:
            return str(view.model().headerData(column, Qt.Orientation.Horizontal))

        assert heading(due) == own and not view.isColumnHidden(left) and not view.isColumnHidden(status)
        window.resize(narrow, 648)
        settle_events()
        assert view.isColumnHidden(left) and view.isColumnHidden(status)
        assert heading(due) == merged
        assert heading(left) == model.words(FollowUpModel.HEADERS[left])  # (its own, hidden, unchanged)
        assert not sideways_problems(window, "narrow") and not table_problems(window, "narrow")  # no heading cut
        shot(window, f"commitments-merged-{language}")
        window.resize(1166, 648)
        settle_events()
        assert heading(due) == own and not view.isColumnHidden(left) and not view.isColumnHidden(status)
    finally:
        remove_translators()
