"""The result window page driven with pytest-qt on a real store: window pickup signed on the pad and rated by the
applicant on a (simulated) rating device, a refused proxy, a blocked 容缺 case, EMS and locker from the keyboard,
messages beside their fields; the ready model passes qtmodeltester; screens are grabbed at 1366×768 for a look
(``GOVDESK_SCREENSHOTS=<dir>`` keeps them)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.case import CaseState
from govdesk.domain.catalog import Catalog
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Actor, Role
from govdesk.domain.notices import CenterProfile, PickupReceipt
from govdesk.services.commitments import CommitmentService
from govdesk.services.evaluation import EvaluationService
from govdesk.services.handoff import HandoffService
from govdesk.services.sms import SmsService
from govdesk.services.window import WindowContext
from govdesk.shipped import default_calendar, default_catalog
from govdesk.store.store import Store, open_store
from govdesk.ui.handoff.page import HandoffPage
from govdesk.ui.widgets.rating import SimulatedRatingDevice
from tests.helpers.signing import sign
from tests.helpers.ui import settle, settle_now
from tests.services.test_handoff import APPLICANT_ID, PROXY_ID, make_case, outbox_kinds

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
CENTER = CenterProfile(
    name="渑池县政务服务中心", address="渑池县韶州大道 1 号", phone="0398-4812345", review_body="渑池县人民政府"
)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return default_catalog()


@pytest.fixture(scope="module")
def calendar() -> WorkCalendar:
    return default_calendar()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 20, 9, 30, tzinfo=CST))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "govdesk.sqlite")
    yield s
    s.close()


@pytest.fixture
def window() -> WindowContext:
    return WindowContext(Actor("c009", "刘洋", Role.ISSUING, "41122101", "S03", "9号出件窗口"), CENTER)


@pytest.fixture
def services(store, catalog, calendar, clock, window, tmp_path: Path):  # type: ignore[no-untyped-def]
    sms = SmsService(store, clock)
    return (
        HandoffService(store, catalog, clock, window, sms, tmp_path / "data"),
        EvaluationService(store, clock, window),
        CommitmentService(store, catalog, calendar, clock, window, sms, tmp_path / "data"),
    )


def shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("GOVDESK_SCREENSHOTS")
    image = widget.grab()
    assert not image.isNull()
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(folder) / f"{name}.png"))


def make_page(qtbot: QtBot, services, device: SimulatedRatingDevice | None = None):  # type: ignore[no-untyped-def]
    printed: list[PickupReceipt] = []
    page = HandoffPage(services[0], services[1], printed.append, rating_device=device or SimulatedRatingDevice())
    qtbot.addWidget(page)
    page.resize(1366 - 200, 768 - 120)  # the main window's navigation and bars take the rest
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitActive(page)
    return page, printed


def ctrl_enter(page: HandoffPage) -> None:
    """Ctrl+Enter as the clerk presses it (through the window, so the page's shortcut sees it)."""
    handle = page.window().windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle_now()  # the hand-over runs through the operations gateway


def shown(label: QWidget) -> str:
    """A message label's text if the clerk can see it."""
    return label.text() if label.isVisibleTo(label.window()) else ""  # type: ignore[attr-defined]


def test_scan_window_pickup_signed_and_rated_by_the_applicant(qtbot: QtBot, services, store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    case = make_case(store, clock)
    device = SimulatedRatingDevice()
    page, printed = make_page(qtbot, services, device)
    assert page.model.rowCount() == 1
    qtbot.keyClicks(page.ui.scanEdit, case.case_no)
    qtbot.keyClick(page.ui.scanEdit, Qt.Key.Key_Return)
    assert page.case is not None and page.case.case_id == case.case_id
    assert "138****5678" in page.ui.caseInfo.text() and "13812345678" not in page.ui.caseInfo.text()
    qtbot.mouseClick(page.ui.notifyButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.ui.smsTable.rowCount() == 1 and page.ui.smsTable.item(0, 1).text() == "138****5678"
    assert "已排队" in shown(page.ui.smsMessage)  # beside the SMS buttons
    qtbot.keyClicks(page.ui.idEdit, APPLICANT_ID)
    sign(qtbot, page.ui.signaturePad)
    assert device.asked is None  # nobody is asked to rate before the service is done
    ctrl_enter(page)
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.state is CaseState.HANDED_OFF, shown(page.ui.methodMessage)
    assert stored.handoff_details["signed_on"] == "pad" and "signature" in stored.handoff_details
    assert len(printed) == 1 and printed[0].case_no == case.case_no and printed[0].signature_image
    assert page.model.rowCount() == 0
    # success in green beside the button; the case shows how it went, not a refusal in red
    assert "已出件（李建国）" in shown(page.ui.actionMessage) and "#1b5e20" in page.ui.actionMessage.styleSheet()
    assert "不能重复出件" not in page.ui.blockedLabel.text() and "#b00020" not in page.ui.blockedLabel.styleSheet()
    assert page.ui.blockedLabel.text().startswith("已于 2026-11-20 09:30 出件（窗口领取），领取人 李建国")
    # the applicant is asked on their device; the clerk sees that they rated, never how
    assert device.asked == case.case_id
    assert "评价器" in page.ui.ratingStatus.text()
    assert device.press(5, ["等候时间过长"], "排队一个多小时")
    settle(qtbot)  # the rating is recorded through the operations gateway
    assert page.ui.ratingStatus.text() == "申请人已评价。"
    for word in ("非常不满意", "等候时间过长", "排队"):
        assert word not in page.ui.ratingStatus.text() and word not in shown(page.ui.actionMessage)
    assert not page.ui.askRatingButton.isEnabled()
    assert outbox_kinds(store, case.case_id)[-2:] == ["case.handed_off", "case.evaluated"]
    rated = store.load_case(case.case_id).events[-1].payload  # type: ignore[union-attr]
    assert rated["rating"] == 5 and rated["national_rating"] == "1" and rated["source"] == "device"
    assert rated["reasons"] == ["等候时间过长"] and rated["follow_up"] is True
    shot(page, "handoff-after")


def test_refused_proxy_and_blocked_conditional(qtbot: QtBot, services, store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    case = make_case(store, clock)
    blocked = make_case(store, clock, item="GAJ-01-001", commitment={"kinship_proof": "亲属关系证明"})
    page, _ = make_page(qtbot, services)
    page.open_case(case.case_id)
    page.ui.methodTabs.setCurrentWidget(page.ui.proxyTab)
    page.ui.proxyNameEdit.setText("赵小红")  # (QTest types Latin-1 only)
    qtbot.keyClicks(page.ui.proxyIdEdit, PROXY_ID[:-1] + ("0" if PROXY_ID[-1] != "0" else "1"))
    page.ui.authorizationEdit.setText("授权委托书")
    qtbot.mouseClick(page.ui.handOffButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "代领人证件号码有误" in shown(page.ui.methodMessage)  # under the method's fields
    assert page.focusWidget() is page.ui.proxyNameEdit
    shot(page, "handoff-proxy-refused")
    assert store.load_case(case.case_id).state is CaseState.RESULT_READY  # type: ignore[union-attr]
    page.ui.proxyIdEdit.setText(PROXY_ID)
    qtbot.mouseClick(page.ui.handOffButton, Qt.MouseButton.LeftButton)  # not signed for yet
    settle(qtbot)
    assert "领取人尚未签收" in shown(page.ui.signatureMessage) and not shown(page.ui.methodMessage)
    assert store.load_case(case.case_id).state is CaseState.RESULT_READY  # type: ignore[union-attr]
    page.ui.signedOnPaperCheck.setChecked(True)  # signed on the printed receipt, the clerk confirms
    assert not shown(page.ui.signatureMessage)
    qtbot.mouseClick(page.ui.handOffButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.handoff_method == "proxy" and stored.handoff_details["signed_on"] == "paper"

    page.open_case(blocked.case_id)
    assert not any(shown(label) for label in page.messages)  # the last case's messages went with it
    assert "尚缺 亲属关系证明" in page.ui.blockedLabel.text()
    assert not page.ui.handOffButton.isEnabled()
    ctrl_enter(page)  # not silent
    assert "尚缺 亲属关系证明" in shown(page.ui.actionMessage)
    assert "#b00020" in page.ui.actionMessage.styleSheet()
    shot(page, "handoff-blocked")


def test_ems_and_locker(qtbot: QtBot, services, store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    mailed = make_case(store, clock)
    locker = make_case(store, clock)
    page, printed = make_page(qtbot, services)
    page.open_case(mailed.case_id)
    page.ui.methodTabs.setCurrentWidget(page.ui.emsTab)
    for edit, text in (
        (page.ui.provinceEdit, "河南省"),
        (page.ui.cityEdit, "三门峡市"),
        (page.ui.districtEdit, "渑池县"),
        (page.ui.streetEdit, "韶州大道88号"),
        (page.ui.trackingEdit, "EA473124828CN"),
    ):
        edit.setText(text)
    qtbot.mouseClick(page.ui.handOffButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "第11位应为9" in shown(page.ui.methodMessage)
    shot(page, "handoff-ems")
    page.ui.trackingEdit.setText("EA473124829CN")
    qtbot.mouseClick(page.ui.handOffButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert store.load_case(mailed.case_id).handoff_details["tracking_no"] == "EA473124829CN"  # type: ignore[union-attr]
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert outbox_kinds(store, mailed.case_id)[-1] == "case.delivery_confirmed"

    page.open_case(locker.case_id)
    page.ui.methodTabs.setCurrentWidget(page.ui.lockerTab)
    ctrl_enter(page)  # no cell: said there
    assert "请填写柜格号" in shown(page.ui.methodMessage) and page.focusWidget() is page.ui.cellEdit
    qtbot.keyClicks(page.ui.cellEdit, "B07")
    ctrl_enter(page)
    assert store.load_case(locker.case_id).handoff_details["cell"] == "B07"  # type: ignore[union-attr]
    code = page.last_result.pickup_code if page.last_result else ""
    assert len(code) == 6 and code in page.ui.smsTable.item(0, 3).text()
    assert f"取件码 {code}" in shown(page.ui.actionMessage)  # the clerk sees it too, to tell the applicant
    assert f"取件码：{code}" in page.ui.lockerInfo.text()
    page.open_case(mailed.case_id)
    page.open_case(locker.case_id)  # and again when the case is opened later
    assert f"取件码：{code}" in page.ui.lockerInfo.text()
    assert [p.method for p in printed] == ["ems", "locker"]


def test_the_ready_list_names_the_item_and_result_and_marks_withheld_cases(  # type: ignore[no-untyped-def]
    qtbot: QtBot, services, store: Store, clock
) -> None:
    make_case(store, clock)
    make_case(store, clock, item="GAJ-01-001", commitment={"kinship_proof": "亲属关系证明"})
    page, _ = make_page(qtbot, services)
    model = page.model
    rows = [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["办件编号", "申请人", "待领取自", "容缺", "办理结果", "事项"]
    by_mark = {row[3]: row for row in rows}
    assert set(by_mark) == {"", "暂缓发放"}
    ready = by_mark[""]
    assert ready[5] == services[0].catalog.item("SCJG-01-004").name and ready[4] == "营业执照"
    assert ready[2] == "11-20 09:30"  # China Standard Time (the clock says 09:30 CST; this machine runs on UTC)
    withheld = rows.index(by_mark["暂缓发放"])
    assert model.data(model.index(withheld, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert "容缺" in model.data(model.index(withheld, 3), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(rows.index(ready), 1), Qt.ItemDataRole.ToolTipRole) == "李建国 138****5678"
    table = page.ui.readyTable
    # The item's name is read whole, on as many lines as it needs, not squeezed to "…" by the other columns (it was,
    # at 1366: the list scrolled sideways). The columns are fitted on the next turn of the event loop.
    qtbot.wait(100)
    item, row = str(ready[5]), rows.index(ready)
    metrics = table.fontMetrics()
    lines = table.rowHeight(row) // metrics.lineSpacing()
    assert table.columnWidth(model.ITEM_COLUMN) * lines >= metrics.horizontalAdvance(item), (item, lines)
    for column in (0, 1, model.WAIT_COLUMN, model.WITHHELD_COLUMN):  # seen whole, without scrolling
        text = max((str(model.data(model.index(r, column))) for r in range(model.rowCount())), key=len)
        assert table.columnWidth(column) >= table.fontMetrics().horizontalAdvance(text), column
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert table.columnViewportPosition(column) >= 0 and right <= table.viewport().width(), column
    shot(page, "handoff-ready-list")


def test_ready_model(qtbot: QtBot, qtmodeltester, services, store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    make_case(store, clock)
    make_case(store, clock)
    page, _ = make_page(qtbot, services)
    qtmodeltester.check(page.model)


def test_nothing_clipped_at_1366x768(qtbot: QtBot, services, store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    case = make_case(store, clock)
    page, _ = make_page(qtbot, services)
    page.open_case(case.case_id)
    for name in ("handOffButton", "notifyButton", "scanEdit", "idEdit", "askRatingButton", "signedOnPaperCheck"):
        widget = getattr(page.ui, name)
        hint = widget.sizeHint()
        assert widget.width() >= min(hint.width(), widget.maximumWidth()) - 1, name
        assert widget.height() >= min(hint.height(), widget.maximumHeight()) - 1, name


def test_a_long_ready_list_is_fetched_as_it_is_shown_and_never_capped(
    qtbot: QtBot,
    services,
    store: Store,
    clock,  # type: ignore[no-untyped-def]
) -> None:
    for _ in range(450):
        make_case(store, clock)
    page, _printed = make_page(qtbot, services)
    assert page.model.total == 450 and page.model.rowCount() == page.model.PAGE  # the first page only
    assert "共 450 件" in page.ui.readyLabel.text()
    first = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert len(set(first)) == page.model.PAGE
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() == 450  # not 500, not 200: every one
    numbers = [page.model.index(r, 0).data() for r in range(450)]
    assert len(set(numbers)) == 450


def test_the_id_read_at_the_window_is_checked_at_once(qtbot: QtBot, services, store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    """本人领取 with a card reader (the number, then Enter): a wrong card is said at once, beside the method, with the
    focus back in the field; the applicant's card is said to match and the signature is next. Nothing is handed
    over by the check."""
    case = make_case(store, clock)
    page, printed = make_page(qtbot, services)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.keyClicks(page.ui.scanEdit, case.case_no)
    qtbot.keyClick(page.ui.scanEdit, Qt.Key.Key_Return)
    assert page.case is not None
    page.ui.idEdit.setFocus()
    qtbot.keyClicks(page.ui.idEdit, "110101199003070011")
    qtbot.keyClick(page.ui.idEdit, Qt.Key.Key_Return)
    said = shown(page.ui.methodMessage)
    assert "不符" in said and "李建国" in said and "#b00020" in page.ui.methodMessage.styleSheet(), said
    assert page.ui.idEdit.hasFocus()
    page.ui.idEdit.clear()
    qtbot.keyClicks(page.ui.idEdit, APPLICANT_ID)
    qtbot.keyClick(page.ui.idEdit, Qt.Key.Key_Return)
    assert "一致" in shown(page.ui.methodMessage) and "#1b5e20" in page.ui.methodMessage.styleSheet()
    assert page.ui.signaturePad.hasFocus()
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.state is CaseState.RESULT_READY and printed == []
