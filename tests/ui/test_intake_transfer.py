"""材料流转 (Ctrl+T) by keyboard: two accepted intakes passed to the back office, their cases submitted with their
events queued, a signed 材料流转交接单 archived and previewed for each; and the agent section following the 情形
answers (``IntakeService.needs_agent``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from govdesk.domain.case import CaseState, MaterialStatus
from govdesk.domain.notices import NoticeKind
from govdesk.services.intake import IntakeResult, IntakeService
from govdesk.services.notices import NoticeService
from govdesk.ui.intake.page import IntakePage
from govdesk.ui.intake.transfer import TransferDialog, TransferModel
from tests.helpers.ui import settle_now
from tests.ui.test_intake_flows import ALT, CTRL, close_preview, decide, fill_applicant, ime, press, receive, take_item
from tests.ui.test_intake_models import pdf_text, shot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def key(widget: QWidget, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed in ``widget``'s window (as a keyboard's would arrive); what it started has finished after."""
    handle = widget.window().windowHandle()
    assert handle is not None
    QTest.keyClick(handle, k, mods)
    settle_now()


def accept_one(page: IntakePage, qtbot: QtBot, name: str) -> IntakeResult:
    take_item(page, "gtgsh")  # 个体工商户设立登记: three paper materials
    fill_applicant(page, name)
    receive(page, [0, 1, 2])
    result = decide(page, qtbot)
    assert isinstance(result, IntakeResult) and result.case.state is CaseState.ACCEPTED
    close_preview(page, qtbot)
    return result


def open_transfer(page: IntakePage, qtbot: QtBot) -> TransferDialog:
    press(page, Qt.Key.Key_T, CTRL)
    dialog = page.transfer_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def test_two_accepted_cases_are_transferred_by_keyboard(
    qtbot: QtBot, page: IntakePage, intake: IntakeService, notices: NoticeService
) -> None:
    first = accept_one(page, qtbot, "张三").case
    second = accept_one(page, qtbot, "李四").case
    depth = intake.store.outbox_depth()

    dialog = open_transfer(page, qtbot)
    view = dialog.ui.transferView
    assert QApplication.focusWidget() is view
    model = dialog.model
    assert [model.summary(r).case_no for r in range(model.rowCount())] == [first.case_no, second.case_no]
    assert model.data(model.index(0, 2)) == "个体工商户设立登记"
    assert model.data(model.index(0, 3)) == "2026-11-20"
    key(dialog, Qt.Key.Key_A, CTRL)  # select both
    assert [s.case_id for s in dialog.selected()] == [first.case_id, second.case_id]
    assert dialog.department() == "市场监督管理局"  # the items' department by default
    assert "已选 2 件" in dialog.ui.selectedLabel.text()
    shot(dialog, "transfer-1-selected")

    key(dialog, Qt.Key.Key_T, ALT)  # 流转并打印交接单(&T)
    qtbot.waitUntil(lambda: dialog.preview_dialog is not None and dialog.preview_dialog.isVisible(), timeout=5000)

    for case in (first, second):
        stored = intake.store.load_case(case.case_id)
        assert stored is not None and stored.state is CaseState.SUBMITTED
    queued = [item.event for item in intake.store.pending_outbox(limit=1000)]
    assert intake.store.outbox_depth() == depth + 2
    submitted = [e for e in queued if e["kind"] == "case.submitted"]
    assert sorted(e["case_id"] for e in submitted) == sorted([first.case_id, second.case_id])

    assert model.rowCount() == 0 and not dialog.ui.transferButton.isEnabled()
    assert "没有了" in dialog.ui.listLabel.text()
    assert first.case_no in dialog.message() and second.case_no in dialog.message()

    assert [i.notice.kind for i in page.desk.issued] == [NoticeKind.TRANSFER, NoticeKind.TRANSFER]
    archived = sorted(notices.archive_dir.glob("*/transfer-*.pdf"))
    assert len(archived) == 2
    names = [m.name for m in first.materials.values() if m.status is MaterialStatus.RECEIVED]
    assert len(names) == 3
    for issued, case in zip(page.desk.issued, (first, second), strict=True):
        assert issued.pdf is not None and issued.pdf in archived
        text = pdf_text(issued.pdf)
        assert "材料流转交接单" in text and case.case_no in text and case.applicant.name in text
        assert "市场监督管理局" in text and "3号窗口" in text
        for name in names:
            assert name in text
        assert "移交人（签字）" in text and "接收人（签字）" in text

    preview = dialog.preview_dialog
    assert preview is not None
    assert preview.chooser.count() == 2
    close = preview.findChild(QWidget, "closeButton")
    assert close is not None and close.text() == "关闭"  # type: ignore[attr-defined]
    shot(preview, "transfer-2-preview")
    key(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible(), timeout=2000)
    shot(dialog, "transfer-3-empty")
    key(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)


def test_the_department_can_be_chosen_and_a_store_failure_is_told(
    qtbot: QtBot, page: IntakePage, intake: IntakeService
) -> None:
    case = accept_one(page, qtbot, "王五").case
    dialog = open_transfer(page, qtbot)
    key(dialog, Qt.Key.Key_T, ALT)  # nothing selected yet: said in words (a mnemonic clicks after a short flash)
    qtbot.waitUntil(lambda: "请先选择" in dialog.message(), timeout=2000)
    key(dialog, Qt.Key.Key_Space, CTRL)  # Ctrl+Space: select the current (first) row
    assert [s.case_id for s in dialog.selected()] == [case.case_id]
    key(dialog, Qt.Key.Key_D, ALT)  # 接收部门(&D)
    ime("行政审批服务局")
    assert dialog.department() == "行政审批服务局"

    # A database that refuses writes (a real SQLITE_READONLY): the transfer is refused in words, nothing passes on.
    store = intake.store
    store.engine.dispose()
    listener = lambda conn, _rec: conn.execute("PRAGMA query_only = ON")  # noqa: E731
    event.listen(store.engine, "connect", listener)
    key(dialog, Qt.Key.Key_Return, CTRL)
    assert "只读" in dialog.message() and "未流转" in dialog.message()
    assert dialog.model.rowCount() == 1 and dialog.preview_dialog is None
    event.remove(store.engine, "connect", listener)
    store.engine.dispose()

    key(dialog, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: dialog.preview_dialog is not None, timeout=5000)
    (issued,) = page.desk.issued
    assert issued.notice.to_department == "行政审批服务局"  # type: ignore[union-attr]
    stored = intake.store.load_case(case.case_id)
    assert stored is not None and stored.state is CaseState.SUBMITTED


def test_the_transfer_model_passes_the_model_tester(
    qtmodeltester: object, qtbot: QtBot, page: IntakePage, intake: IntakeService
) -> None:
    accept_one(page, qtbot, "赵六")
    model = TransferModel({it.code: it.name for it in intake.catalog.items})
    model.set_rows(intake.awaiting_transfer())
    assert model.rowCount() == 1 and model.columnCount() == 5
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.data(model.index(0, 4)) == "已受理"


def _agent_radio(page: IntakePage, value: str) -> QRadioButton:
    radio = page.situations.findChild(QRadioButton, f"situation_applicant_type_{value}")
    assert radio is not None
    return radio


def _answer(page: IntakePage, value: str) -> None:
    radio = _agent_radio(page, value)
    radio.setFocus()
    press(page, Qt.Key.Key_Space)
    assert page.draft.answers["applicant_type"] == value


def test_the_agent_section_follows_the_situation_answer(page: IntakePage, intake: IntakeService) -> None:
    take_item(page, "gtgsh")
    check = page.applicant.ui.agentCheck
    assert not check.isChecked() and not intake.needs_agent(page.draft)

    _answer(page, "agent")  # 委托代办: the agent's ID card and authorization now apply
    assert check.isChecked() and page.applicant.ui.agentPanel.isVisible()
    assert page.draft.agent is not None
    assert QApplication.focusWidget() is _agent_radio(page, "agent")  # the focus stays with the clerk
    codes = [page.materials_model.material(r).code for r in range(page.materials_model.rowCount())]
    assert {"agent_id_card", "power_of_attorney"} <= set(codes)
    shot(page.window(), "agent-1-on")

    _answer(page, "self")  # nothing typed for the agent: the section goes away again
    assert not check.isChecked() and not page.applicant.ui.agentPanel.isVisible()
    assert page.draft.agent is None

    _answer(page, "agent")
    page.applicant.ui.agentNameEdit.setFocus()
    ime("李四")
    _answer(page, "self")  # something typed: kept, never thrown away
    assert check.isChecked() and page.draft.agent is not None and page.draft.agent.name == "李四"


def test_an_item_that_always_asks_for_the_agent_turns_the_section_on(page: IntakePage) -> None:
    take_item(page, "fply")  # 发票领用: the 办税人员's ID card is always asked for
    assert page.draft.item_codes == ["SWJ-20-001"]
    assert page.applicant.ui.agentCheck.isChecked()


def test_notice_preview_close_button_is_chinese(qtbot: QtBot, page: IntakePage) -> None:
    accept_one(page, qtbot, "钱七")
    dialog = page.show_notices()
    assert dialog is not None
    close = dialog.findChild(QWidget, "closeButton")
    assert close is not None and close.text() == "关闭"  # type: ignore[attr-defined]
    dialog.reject()
