"""End to end on loopback, with a real central server: a window takes cases and syncs; the back office — the
service and the workspace, driven by pytest-qt — claims, reviews, asks 补正 on one (the window pulls it: its clock
stops, the case view says it needs attention and lists the steps with who and when), approves the rest with a
licence number; the window answers the 补正, the back office approves it too; every result reaches the result
window's ready list. Screenshots of the workspace's pages go to /tmp/shots_backoffice/."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from govdesk.domain.case import Applicant, ApplicantKind, Case, CaseState
from govdesk.domain.catalog_loader import catalog_to_json
from govdesk.domain.deadlines import SuspensionKind
from govdesk.domain.events import Actor, Role
from govdesk.domain.notices import CenterProfile
from govdesk.services.backoffice import BackOfficeService
from govdesk.services.case_story import CaseStoryService
from govdesk.services.handoff import HandoffService
from govdesk.services.sms import SmsService
from govdesk.services.window import WindowContext
from govdesk.shipped import default_calendar, default_catalog
from govdesk.sync.client import MemoryTokenStore
from govdesk.sync.office_client import BackOfficeClient
from govdesk.ui.backoffice.correction import CorrectionDialog
from govdesk.ui.backoffice.page import BackOfficePage
from govdesk.ui.backoffice.workspace import BackOfficeWorkspace
from govdesk.ui.caseview.dialog import CaseViewDialog
from govdesk.ui.operations import operations
from tests.central.conftest import PASSWORD, Center, RunningServer, make_center, stop_server
from tests.helpers.ime import ime_into
from tests.sync.conftest import Window, Windows, start_central

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = Path("/tmp/shots_backoffice")
ITEM = "SCJG-01-001"  # 个体工商户设立登记 → 营业执照 (department SCJG)
PHONE = "13800138000"
HALL = CenterProfile(name="测试县政务服务中心", address="测试县人民路 1 号", phone="0398-4812345")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    running = start_central(tmp_path / "central.db", tmp_path)
    yield running
    stop_server(running)


@pytest.fixture
def center(server: RunningServer) -> Center:
    center = make_center(server)
    admin, _ = center.login("admin")
    catalog = catalog_to_json(default_catalog())
    reply = admin.put("/api/v1/catalog", json={"version": catalog["version"], "document": catalog})
    assert reply.status_code in (200, 409), reply.text
    return center


@pytest.fixture
def windows(tmp_path: Path) -> Iterator[Windows]:
    made = Windows(tmp_path)
    yield made
    made.close()


def take_cases(window: Window, n: int) -> list[Case]:
    """``n`` cases of 个体工商户设立登记 taken in at the window, accepted and passed to the back office."""
    actor = Actor("u-wl", "王丽", Role.INTAKE, window.center_code, window.station, "3号窗口")
    made = []
    for _k in range(n):
        case_id = str(uuid.uuid4())
        number = f"{window.center_code}-S01-20261204-{uuid.uuid4().int % 10000:04d}"  # production's format
        case = Case.new(
            actor=actor, clock=window.store.clock, case_no=number,
            item_codes=[ITEM], catalog_version="2026.1", case_id=case_id,
            applicant=Applicant(ApplicantKind.PERSON, "欧阳建国", "111", "110101199003071234", PHONE),
        )  # fmt: skip
        case.accept(actor, window.store.clock, date(2026, 12, 18), date(2027, 1, 8))
        case.submit(actor, window.store.clock)
        with window.store.transaction() as tx:
            window.store.save_case(tx, case)
        made.append(case)
    return made


def office_service(server: RunningServer, center: Center) -> BackOfficeService:
    client = BackOfficeClient(server.url, tokens=MemoryTokenStore())
    client.login(center.users["back_office"], PASSWORD)
    return BackOfficeService(client, server.clock, default_catalog(), default_calendar())


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: operations().running() == 0, timeout=15000)


def shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def choose(qtbot: QtBot, page: BackOfficePage, case_id: str) -> None:
    row = page.queue_model.row_of(case_id)
    assert row >= 0, case_id
    page.queue_table.selectRow(row)
    wait_idle(qtbot)
    assert page.view is not None and page.view.detail.case_id == case_id


def click(qtbot: QtBot, button: Any) -> None:
    assert button.isEnabled() and button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)


def test_window_back_office_and_result_window_end_to_end(
    qtbot: QtBot,
    server: RunningServer,
    center: Center,
    windows: Windows,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = windows(server.url, center.code, name="intake")
    window.login(center.users["intake"])
    cases = []
    for _ in range(3):  # three applicants, one after another: the back office sees the oldest first
        cases += take_cases(window, 1)
        assert window.sync().ok
    corrected, *approved = cases

    service = office_service(server, center)
    workspace = BackOfficeWorkspace(None, service)
    page = workspace.widget()
    assert isinstance(page, BackOfficePage)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    workspace.activated()  # the queue loads when the workspace is shown
    wait_idle(qtbot)
    assert [r.case_id for r in page.queue_model.rows] == [c.case_id for c in cases]  # oldest first
    assert page.queue_model.rows[0].due_words.startswith("12月18日")
    shot(page, "queue")

    # 补正 on the first: claim, then the real dialog, filled as a clerk would
    choose(qtbot, page, corrected.case_id)
    page.tabs.setCurrentIndex(1)  # 审批办理
    click(qtbot, page.claim_button)
    assert page.view.detail.state == "in_review", page.last_message

    def fill(parent: Any, materials: Any, check: Any, initial: Any = None) -> Any:
        dialog = CorrectionDialog(parent, materials, check, initial)
        row = dialog._add_row("", "", editable_name=True)
        dialog.table.item(row, 0).setText("经营场所使用证明")
        dialog.try_accept()  # no reason yet: refused in the dialog, nothing lost
        assert "没有写明需补正的原因" in dialog.error_label.text() and dialog.isVisible() is False
        assert dialog.table.item(row, 0).text() == "经营场所使用证明"
        dialog.set_row(row, True, "租赁合同已过期", "提供有效期内的租赁合同")
        dialog.note_edit.setText("请一次补齐")
        dialog.show()
        qtbot.waitExposed(dialog)
        shot(dialog, "correction_dialog")
        dialog.try_accept()
        assert dialog.result() == 1
        answer = dialog.answer()
        dialog.deleteLater()
        return answer

    monkeypatch.setattr(CorrectionDialog, "ask", classmethod(lambda cls, *a, **k: fill(*a, **k)))
    click(qtbot, page.correction_button)
    assert "已退回窗口补正（经营场所使用证明）" in page.last_message
    assert page.view.detail.correction_open and not page.decide_button.isEnabled()
    assert any(s[1] == PHONE and "需补正材料：经营场所使用证明" in s[2] for s in server.sms.sent)

    # the others: claim, 审查, decide, result, 制证, ready
    page.activateWindow()  # after the 补正 dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    for case in approved:
        choose(qtbot, page, case.case_id)
        click(qtbot, page.claim_button)
        page.step_combo.setCurrentIndex(0)
        ime_into(page.step_note, "材料齐全，符合法定形式")
        click(qtbot, page.step_button)
        assert page.result_name_edit.text() == "营业执照"  # from the catalog
        click(qtbot, page.decide_button)
        assert page.view.detail.state == "approved"
        qtbot.keyClicks(page.licence_edit, f"92411221MA{case.case_id[:6].upper()}")
        click(qtbot, page.result_button)
        page.step_combo.setCurrentIndex(2)
        click(qtbot, page.step_button)
        shot(page, "decision")
        click(qtbot, page.ready_button)
        assert page.view.detail.state == "result_ready"
        # the case left the queue: the keyboard is back in the list for the next one (not in the main search box),
        # nothing opened by itself; ↓ opens the oldest
        assert page.queue_model.row_of(case.case_id) < 0 and page.queue_table.hasFocus(), QApplication.focusWidget()
        assert page.view.detail.case_id == case.case_id
        qtbot.keyClick(page.queue_table, Qt.Key.Key_Down)
        wait_idle(qtbot)
        assert page.view.detail.case_id == page.queue_model.rows[0].case_id
    page.tabs.setCurrentIndex(2)
    shot(page, "progress")
    page.tabs.setCurrentIndex(1)
    assert [r.case_id for r in page.queue_model.rows] == [corrected.case_id]

    # the window pulls: the 补正 stops its clock; the case view says it needs attention, with who and when
    assert window.sync().ok
    local = window.store.load_case(corrected.case_id)
    assert local is not None and local.suspended and local.suspensions[-1].kind is SuspensionKind.CORRECTION
    story_service = CaseStoryService(
        window.store, default_catalog(), window.store.clock,
        WindowContext(Actor("u-wl", "王丽", Role.INTAKE, center.code, "S01", "3号窗口"), HALL),
        tmp_path / "key", tmp_path / "notices",
    )  # fmt: skip
    story = story_service.story(corrected.case_id)
    assert next((r.label, r.value) for r in story.attention) == ("后台要求补正", "经营场所使用证明：租赁合同已过期")
    assert [r.value for r in story.back_office] == [
        "认领，开始审查", "后台要求补正，计时中止：经营场所使用证明（租赁合同已过期，提供有效期内的租赁合同）",
    ]  # fmt: skip
    assert {r.note for r in story.back_office} == {"back_office员"}
    host = BackOfficePage(service)  # any parent will do for the dialog
    qtbot.addWidget(host)
    view = CaseViewDialog(host, story_service, corrected.case_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.attention_label.isVisible() and "经营场所使用证明" in view.attention_label.text()
    shot(view, "window_case_view_attention")

    # the applicant brings the contract: the window answers, the clock runs again, the back office may decide
    click(qtbot, view.answer_button)
    assert not view.attention_label.isVisible()
    assert window.sync().ok
    page.refresh()
    wait_idle(qtbot)
    choose(qtbot, page, corrected.case_id)
    assert not page.view.detail.correction_open
    click(qtbot, page.decide_button)
    qtbot.keyClicks(page.licence_edit, "92411221MA0000001")
    click(qtbot, page.result_button)
    click(qtbot, page.ready_button)
    assert page.queue_model.rows == []

    # every result reaches the result window's ready list (another PC of the center, pulling)
    result_pc = windows(server.url, center.code, name="issuing")
    result_pc.login(center.users["issuing"])
    assert result_pc.sync().ok
    assert window.sync().ok
    for pc in (window, result_pc):
        issuing = WindowContext(Actor("u-ly", "刘洋", Role.ISSUING, center.code, "S02", "9号窗口"), HALL)
        handoff = HandoffService(
            pc.store, default_catalog(), pc.store.clock, issuing, SmsService(pc.store, pc.store.clock), tmp_path / "h"
        )
        ready = {r.case_id: r for r in handoff.ready()}
        assert set(ready) == {c.case_id for c in cases}, pc
        assert {r.result_name for r in ready.values()} == {"营业执照"}
    final = window.store.load_case(corrected.case_id)
    assert final is not None and final.state is CaseState.RESULT_READY and not final.suspended
    workspace.service.close() if workspace.service else None
    host.close()


def test_offline_the_back_office_says_so_and_keeps_what_was_typed(
    qtbot: QtBot, server: RunningServer, center: Center, windows: Windows
) -> None:
    window = windows(server.url, center.code, name="intake")
    window.login(center.users["intake"])
    (case,) = take_cases(window, 1)
    assert window.sync().ok
    service = office_service(server, center)
    page = BackOfficePage(service)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    wait_idle(qtbot)
    choose(qtbot, page, case.case_id)
    page.tabs.setCurrentIndex(1)
    click(qtbot, page.claim_button)
    page.deny_radio.setChecked(True)
    ime_into(page.reason_edit, "经营场所位于禁止经营区域")
    stop_server(server)  # the line goes down
    click(qtbot, page.decide_button)
    assert "未连接中心服务器（离线）" in page.last_message and "已填写的内容仍保留" in page.last_message
    assert page.message_label.styleSheet() == "color: #b00020;"
    assert page.reason_edit.text() == "经营场所位于禁止经营区域" and page.deny_radio.isChecked()
    # refused before anything leaves the PC: a denial without a reason
    page.reason_edit.clear()
    click(qtbot, page.decide_button)
    assert page.last_message == "不予许可时须写明理由"
    service.close()
