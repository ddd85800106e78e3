"""The result window page driven with pytest-qt on a real store: window pickup with a signature and a rating, a
refused proxy, a blocked 容缺 case, EMS and locker from the keyboard; the ready model passes qtmodeltester; screens
are grabbed at 1366×768 for a look (``GOVDESK_SCREENSHOTS=<dir>`` keeps them)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from govdesk.domain.calendar import WorkCalendar, default_calendar
from govdesk.domain.case import CaseState
from govdesk.domain.catalog import Catalog
from govdesk.domain.catalog_loader import default_catalog
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.evaluation import BAD_REASONS, rating_label
from govdesk.domain.events import Actor, Role
from govdesk.domain.notices import CenterProfile, PickupReceipt
from govdesk.services.commitments import CommitmentService
from govdesk.services.evaluation import EvaluationService
from govdesk.services.handoff import HandoffService
from govdesk.services.sms import SmsService
from govdesk.services.window import WindowContext
from govdesk.store.store import Store, open_store
from govdesk.ui.handoff.page import RATING_WORDS, REASON_WORDS, HandoffPage
from tests.services.test_handoff import APPLICANT_ID, PROXY_ID, make_case, outbox_kinds

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
CENTER = CenterProfile(name="渑池县政务服务中心", address="渑池县韶州大道 1 号", phone="0398-4812345")


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


def make_page(qtbot: QtBot, services) -> tuple[HandoffPage, list[PickupReceipt]]:  # type: ignore[no-untyped-def]
    printed: list[PickupReceipt] = []
    page = HandoffPage(services[0], services[1], printed.append)
    qtbot.addWidget(page)
    page.resize(1366 - 200, 768 - 120)  # the main window's navigation and bars take the rest
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitActive(page)
    return page, printed


def sign(qtbot: QtBot, page: HandoffPage) -> None:
    pad = page.ui.signaturePad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    for x in range(12, 120, 6):
        qtbot.mouseMove(pad, QPoint(x, 10 + (x % 30)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(120, 20))


def test_scan_window_pickup_with_signature_and_rating(qtbot: QtBot, services, store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    case = make_case(store, clock)
    page, printed = make_page(qtbot, services)
    assert page.model.rowCount() == 1
    qtbot.keyClicks(page.ui.scanEdit, case.case_no)
    qtbot.keyClick(page.ui.scanEdit, Qt.Key.Key_Return)
    assert page.case is not None and page.case.case_id == case.case_id
    assert "138****5678" in page.ui.caseInfo.text() and "13812345678" not in page.ui.caseInfo.text()
    qtbot.mouseClick(page.ui.notifyButton, Qt.MouseButton.LeftButton)
    assert page.ui.smsTable.rowCount() == 1 and page.ui.smsTable.item(0, 1).text() == "138****5678"
    qtbot.keyClicks(page.ui.idEdit, APPLICANT_ID)
    sign(qtbot, page)
    assert not page.ui.signaturePad.is_empty()
    page.ui.ratingCombo.setCurrentIndex(1)  # 1 非常满意
    shot(page, "handoff-window")
    qtbot.mouseClick(page.ui.handOffButton, Qt.MouseButton.LeftButton)
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.state is CaseState.HANDED_OFF, page.ui.messageLabel.text()
    assert outbox_kinds(store, case.case_id)[-2:] == ["case.handed_off", "case.evaluated"]
    assert "signature" in stored.handoff_details
    assert len(printed) == 1 and printed[0].case_no == case.case_no
    assert page.model.rowCount() == 0
    assert "已出件" in page.ui.messageLabel.text()


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
    assert "代领人证件号码有误" in page.ui.messageLabel.text()
    shot(page, "handoff-proxy-refused")
    assert store.load_case(case.case_id).state is CaseState.RESULT_READY  # type: ignore[union-attr]
    page.ui.proxyIdEdit.setText(PROXY_ID)
    qtbot.mouseClick(page.ui.handOffButton, Qt.MouseButton.LeftButton)
    assert store.load_case(case.case_id).handoff_method == "proxy"  # type: ignore[union-attr]

    page.open_case(blocked.case_id)
    assert "尚缺 亲属关系证明" in page.ui.blockedLabel.text()
    assert not page.ui.handOffButton.isEnabled()
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
    assert "第11位应为9" in page.ui.messageLabel.text()
    shot(page, "handoff-ems")
    page.ui.trackingEdit.setText("EA473124829CN")
    qtbot.mouseClick(page.ui.handOffButton, Qt.MouseButton.LeftButton)
    assert store.load_case(mailed.case_id).handoff_details["tracking_no"] == "EA473124829CN"  # type: ignore[union-attr]
    qtbot.mouseClick(page.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert outbox_kinds(store, mailed.case_id)[-1] == "case.delivery_confirmed"

    page.open_case(locker.case_id)
    page.ui.methodTabs.setCurrentWidget(page.ui.lockerTab)
    qtbot.keyClicks(page.ui.cellEdit, "B07")
    qtbot.mouseClick(page.ui.handOffButton, Qt.MouseButton.LeftButton)
    assert store.load_case(locker.case_id).handoff_details["cell"] == "B07"  # type: ignore[union-attr]
    assert page.last_result is not None and page.last_result.pickup_code in page.ui.smsTable.item(0, 3).text()
    assert [p.method for p in printed] == ["ems", "locker"]


def test_ready_model(qtbot: QtBot, qtmodeltester, services, store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    make_case(store, clock)
    make_case(store, clock)
    page, _ = make_page(qtbot, services)
    qtmodeltester.check(page.model)


def test_nothing_clipped_at_1366x768(qtbot: QtBot, services, store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    case = make_case(store, clock)
    page, _ = make_page(qtbot, services)
    page.open_case(case.case_id)
    for name in ("handOffButton", "notifyButton", "scanEdit", "idEdit", "ratingCombo"):
        widget = getattr(page.ui, name)
        hint = widget.sizeHint()
        assert widget.width() >= min(hint.width(), widget.maximumWidth()) - 1, name
        assert widget.height() >= min(hint.height(), widget.maximumHeight()) - 1, name


def test_the_rating_words_marked_for_translation_are_the_domains() -> None:
    """The page shows the domain's rating words in the UI language and records the Chinese: the lists must match."""
    assert tuple(rating_label(r) for r in range(1, 6)) == RATING_WORDS
    assert REASON_WORDS == BAD_REASONS
