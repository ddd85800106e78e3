"""The supervisor's pages driven as a supervisor would: walk an inspection and sign it, draw and record a file
review, follow a bad rating up to its answer; every call through the operations gateway on a real store."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from govdesk.domain.assessment import Outcome
from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Role
from govdesk.domain.file_review import Verdict
from govdesk.domain.rating_followup import Step
from govdesk.services.evaluation import EvaluationService
from govdesk.services.intake import IntakeService
from govdesk.services.supervision_records import SupervisionRecords
from govdesk.services.window import WindowContext
from govdesk.store.store import Store
from govdesk.ui.i18n import install_translators, remove_translators
from govdesk.ui.operations import operations
from govdesk.ui.supervision_records.followup import FollowUpPage
from govdesk.ui.supervision_records.inspection import FAIL, PASS, InspectionPage
from govdesk.ui.supervision_records.review import FileReviewPage
from tests.helpers.supervision import rejected_cases
from tests.services.test_intake import applicant, receive_all

HAN = re.compile(r"[\u3400-\u9fff]")

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = Path("/tmp/shots_supervision_records")


@pytest.fixture
def service(
    store: Store, calendar: WorkCalendar, clock: FixedClock, window: WindowContext, tmp_path: Path
) -> SupervisionRecords:
    supervisor = WindowContext(
        replace(window.actor, clerk_id="s001", clerk_name="李督查", role=Role.SUPERVISOR), window.center
    )
    return SupervisionRecords(store, calendar, clock, supervisor, tmp_path / "files")


def settle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: operations().running() == 0, timeout=10_000)


def show(qtbot: QtBot, page: QWidget) -> None:
    qtbot.addWidget(page)
    page.resize(1366 - 200, 768 - 120)
    page.show()
    qtbot.waitExposed(page)


def shot(page: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / f"{name}.png"))


def test_an_inspection_walked_signed_and_printed(qtbot: QtBot, service: SupervisionRecords, tmp_path: Path) -> None:
    page = InspectionPage(service)
    show(qtbot, page)
    assert not page.sign_button.isEnabled()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.table.rowCount() == 15 and "未检查 15 项" in page.summary.text()
    for row in range(page.table.rowCount()):
        combo = page.table.cellWidget(row, 2)
        assert isinstance(combo, QComboBox)
        code = page.table.item(row, 0).data(Qt.ItemDataRole.UserRole)  # type: ignore[union-attr]
        if code == "std-guide-desk":
            combo.setCurrentText(FAIL)  # asks what was seen first
            assert "请在“情况说明”中写明" in page.messages()
            page.table.item(row, 3).setText("9:40 导服台无人值守")  # type: ignore[union-attr]
        else:
            combo.setCurrentText(PASS)
        settle(qtbot)
    assert "合格 14 项，不合格 1 项，未检查 0 项" in page.summary.text()
    shot(page, "inspection-1-answered")
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)  # no signature yet
    settle(qtbot)
    assert "请巡查人签名" in page.messages()
    page.on_paper.setChecked(True)
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "已签名" in page.messages() and not page.sign_button.isEnabled()
    assert "已签名" in page.history.currentText() or "已签名" in page.history.itemText(0)
    page.write_pdf(tmp_path / "record.pdf")
    settle(qtbot)
    text = subprocess.run(["pdftotext", str(tmp_path / "record.pdf"), "-"], capture_output=True, text=True).stdout
    assert "不合格 1 项" in text and "导服台无人值守" in text
    shot(page, "inspection-2-signed")


def test_a_file_review_drawn_and_recorded(
    qtbot: QtBot, service: SupervisionRecords, intake: IntakeService, store: Store
) -> None:
    rejected_cases(intake, 5)
    page = FileReviewPage(service)
    show(qtbot, page)
    today = datetime.fromisoformat(store.now_text()).astimezone(CST).date().isoformat()  # China's day, as 评查's
    page.start.setDate(page.start.date().fromString(today, "yyyy-MM-dd"))
    page.end.setDate(page.end.date().fromString(today, "yyyy-MM-dd"))
    qtbot.mouseClick(page.draw_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "抽样种子" in page.message.text()  # no seed: said
    page.seed.setText("2026-12 第一组")
    page.sample_size.setValue(3)
    qtbot.mouseClick(page.draw_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.table.rowCount() == 3 and "已抽取 3 件卷宗" in page.message.text()
    assert page.table.item(0, 0).text().startswith("41122101")  # type: ignore[union-attr]
    page.table.selectRow(0)
    page.verdict.setCurrentIndex(page.verdict.findData(Verdict.POOR.value))
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "请勾选问题或写明情况" in page.message.text()
    page.issues.item(2).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "还有 2 件未评查" in page.message.text()
    assert page.table.item(0, 3).text() == "不合格"  # type: ignore[union-attr]
    shot(page, "review-1-recorded")
    opened: list[str] = []
    page.case_requested.connect(opened.append)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened == [page.selected_case()]


def test_a_bad_rating_followed_up_on_the_page(
    qtbot: QtBot,
    service: SupervisionRecords,
    intake: IntakeService,
    store: Store,
    clock: FixedClock,
    window: WindowContext,
) -> None:
    draft = intake.new_draft(["SCJG-01-001"])
    draft.applicant = applicant()
    receive_all(intake, draft)
    case = intake.decide(draft, Outcome.ACCEPT).case
    EvaluationService(store, clock, window).rate(case.case_id, 5, "等了一个多小时", ["等候时间过长"], "screen")
    clock.advance(timedelta(days=4))  # Tuesday: the call-back was due Monday
    page = FollowUpPage(service)
    show(qtbot, page)
    assert page.table.rowCount() == 1
    assert "已超期" in page.table.item(0, 5).text()  # type: ignore[union-attr]
    page.table.selectRow(0)
    assert page.buttons[Step.VERIFY].isEnabled()
    shot(page, "followup-1-overdue")
    page.note.setText("电话回访：情况属实")
    qtbot.mouseClick(page.buttons[Step.VERIFY], Qt.MouseButton.LeftButton)  # 回访核实
    settle(qtbot)
    assert "下一步：整改或解释说明" in page.message.text()
    assert "李督查 回访核实：电话回访：情况属实" in page.steps_label.text()
    qtbot.mouseClick(page.buttons[Step.RECTIFY], Qt.MouseButton.LeftButton)  # 整改 without a note
    settle(qtbot)
    assert "请写明整改的情况" in page.message.text()
    shot(page, "followup-2-verified")


def test_an_admin_keeps_the_centers_own_checklist_items(
    qtbot: QtBot, service: SupervisionRecords, store: Store, calendar: WorkCalendar, clock: FixedClock, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QDialog, QTableWidgetItem

    from govdesk.ui.supervision_records.center_items import CenterItemsDialog

    assert not InspectionPage(service).items_button.isVisibleTo(InspectionPage(service))  # a supervisor: not offered
    window = service.window
    admin = SupervisionRecords(
        store, calendar, clock, WindowContext(replace(window.actor, role=Role.ADMIN), window.center), tmp_path / "f"
    )
    page = InspectionPage(admin)
    show(qtbot, page)
    assert page.items_button.isVisibleTo(page)
    dialog = CenterItemsDialog(page, admin)
    dialog.show()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.save()  # the new item's text is still empty
    settle(qtbot)
    assert dialog.message.text() == "自定义检查项需填写类别和内容" and dialog.table.rowCount() == 1
    assert dialog.result() != QDialog.DialogCode.Accepted
    first = dialog.table.cellWidget(0, 0)
    assert isinstance(first, QComboBox) and first.currentText() == "人员"
    first.setCurrentText("环境")
    dialog.table.setItem(0, 1, QTableWidgetItem("大厅绿植无枯萎"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    combo = dialog.table.cellWidget(1, 0)
    assert isinstance(combo, QComboBox)
    combo.setCurrentText("党建")  # an area of the center's own
    dialog.table.setItem(1, 1, QTableWidgetItem("窗口人员佩戴党员徽章"))
    shot(dialog, "center-items")
    dialog.save()
    settle(qtbot)
    assert dialog.saved and dialog.result() == QDialog.DialogCode.Accepted
    assert [(i.area, i.text) for i in admin.center_items()] == [
        ("环境", "大厅绿植无枯萎"),
        ("党建", "窗口人员佩戴党员徽章"),
    ]
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.table.rowCount() == 17  # the standard's 15 and the center's 2


def test_the_review_and_follow_up_words_in_english_record_the_same_data(
    qtbot: QtBot, service: SupervisionRecords, intake: IntakeService, store: Store
) -> None:
    """The 卷宗评查 verdicts and issues and the 差评跟进 steps are the domain's words: said in the clerk's language
    (they were Chinese in the English UI), while a finding still records the issue as the county's sheet words it."""
    install_translators("en")
    try:
        rejected_cases(intake, 2)
        review = FileReviewPage(service)
        show(qtbot, review)
        follow_up = FollowUpPage(service)
        show(qtbot, follow_up)
        said = [review.verdict.itemText(i) for i in range(review.verdict.count())]
        said += [review.issues.item(i).text() for i in range(review.issues.count())]  # type: ignore[union-attr]
        said += [button.text() for button in follow_up.buttons.values()]
        assert "Unsatisfactory" in said and "Signatures or seals missing" in said, said
        assert not [text for text in said if HAN.search(text)], said
        today = datetime.fromisoformat(store.now_text()).astimezone(CST).date().isoformat()
        review.start.setDate(review.start.date().fromString(today, "yyyy-MM-dd"))
        review.end.setDate(review.end.date().fromString(today, "yyyy-MM-dd"))
        review.seed.setText("2026-12")
        review.sample_size.setValue(1)
        qtbot.mouseClick(review.draw_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        review.table.selectRow(0)
        review.verdict.setCurrentIndex(review.verdict.findData(Verdict.POOR.value))
        review.issues.item(4).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
        qtbot.mouseClick(review.record_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        assert review.review is not None
        [finding] = review.review.findings.values()
        assert finding.issues == ("签名、签章缺失",)  # the record keeps the sheet's words
        assert review.table.item(0, 3).text() == "Unsatisfactory"  # type: ignore[union-attr]
    finally:
        remove_translators()


def test_an_inspections_time_is_shown_on_chinas_clock(
    qtbot: QtBot, store: Store, calendar: WorkCalendar, window: WindowContext, tmp_path: Path
) -> None:
    """The program's clock tells UTC (``SystemClock``) and the inspection keeps its start as told: the history said
    01:30 for an inspection begun at 09:30 in the hall."""
    from datetime import UTC

    supervisor = WindowContext(
        replace(window.actor, clerk_id="s001", clerk_name="李督查", role=Role.SUPERVISOR), window.center
    )
    utc_clock = FixedClock(datetime(2026, 11, 20, 1, 30, tzinfo=UTC))
    page = InspectionPage(SupervisionRecords(store, calendar, utc_clock, supervisor, tmp_path / "files"))
    show(qtbot, page)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.history.count() == 1
    assert page.history.itemText(0).startswith("2026-11-20 09:30"), page.history.itemText(0)
