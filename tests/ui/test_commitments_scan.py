"""Issue 11, the 承诺跟踪 page from the walk-through: cancelling the scan records nothing ("no scan" is an explicit
choice), the file chooser is Chinese throughout, a delay defaults to what the item allows (《行政许可法》 art. 42)
and is refused in words beyond it, and messages sit beside what they concern in the colour of what happened and go
when another case is selected. Real dialogs, driven as a clerk would."""

# ruff: noqa: F811  (fixtures imported from test_handoff)
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from govdesk.domain.case import CaseState
from govdesk.store.store import Store
from govdesk.ui.commitments.page import CommitmentsPage
from govdesk.ui.commitments.scan import ScanFileDialog, ScanQuestion
from govdesk.ui.i18n import install_translators, remove_translators
from tests.helpers.ui import settle
from tests.services.test_handoff import make_case
from tests.ui.test_handoff import calendar, catalog, clock, services, shot, store, window  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
TWO = {"kinship_proof": "亲属关系证明", "labor_contract": "劳动合同"}
GREEN, RED = "#1b5e20", "#b00020"
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None], tries: int = 100) -> None:
    """Act on the modal dialog of ``kind`` once it is shown (it runs its own event loop)."""

    def poll() -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, kind) and shown.isVisible():
            act(shown)
        elif tries > 0:
            when_shown(kind, act, tries - 1)
        elif isinstance(shown, QDialog):
            shown.reject()  # never shown as expected: fail the test's assertions instead of hanging in exec()

    QTimer.singleShot(20, poll)


def click(button_name: str) -> Callable[[QWidget], None]:
    return lambda dialog: getattr(dialog, button_name).click()


@pytest.fixture
def page(qtbot: QtBot, services) -> CommitmentsPage:  # type: ignore[no-untyped-def]
    page = CommitmentsPage(services[2])
    qtbot.addWidget(page)
    page.resize(1166, 648)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    install_translators("zh_CN")
    yield
    remove_translators()


def supplemented(store: Store, case_id: str) -> dict[str, date]:
    case = store.load_case(case_id)
    assert case is not None and case.commitment is not None
    return dict(case.commitment.supplemented)


def test_cancelling_records_nothing_and_no_scan_is_an_explicit_choice(
    qtbot: QtBot, page: CommitmentsPage, services, store: Store, clock, tmp_path: Path, chinese: None
) -> None:  # type: ignore[no-untyped-def]
    case = make_case(store, clock, item="GAJ-01-001", commitment=TWO, state=CaseState.SUBMITTED)
    page.refresh()
    page.select_case(case.case_id)
    assert page.ui.missingList.currentItem().text() == "待补：亲属关系证明"

    # 1. the question cancelled (Esc): nothing recorded, said in red beside the materials
    when_shown(ScanQuestion, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    qtbot.mouseClick(page.ui.supplementButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert supplemented(store, case.case_id) == {}
    assert page.messages() == {"materials": "已取消，未登记补交：亲属关系证明"}
    assert RED in page.ui.materialsMessage.styleSheet()

    # 2. a scan asked for, then the file chooser cancelled: nothing recorded either
    def cancel_chooser(question: QWidget) -> None:
        when_shown(ScanFileDialog, lambda d: d.reject())
        click("scan_button")(question)

    when_shown(ScanQuestion, cancel_chooser)
    qtbot.mouseClick(page.ui.supplementButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert supplemented(store, case.case_id) == {} and services[2].attachments(case.case_id) == []
    assert "未登记补交" in page.messages()["materials"]

    # 3. "无扫描件" pressed: recorded, without an attachment, said in green
    when_shown(ScanQuestion, click("none_button"))
    qtbot.mouseClick(page.ui.supplementButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert list(supplemented(store, case.case_id)) == ["kinship_proof"]
    assert services[2].attachments(case.case_id) == []
    assert page.messages() == {"materials": "已登记补交：亲属关系证明（无扫描件）"}
    assert GREEN in page.ui.materialsMessage.styleSheet()

    # 4. a scan chosen in the file chooser: recorded with it
    scan = tmp_path / "劳动合同.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n scan")

    def choose(question: QWidget) -> None:
        def pick(dialog: QWidget) -> None:  # the clerk goes to the folder, types the name and presses 打开
            assert isinstance(dialog, ScanFileDialog)
            dialog.setDirectory(str(tmp_path))
            name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
            assert name_edit is not None
            name_edit.setText(scan.name)
            qtbot.keyClick(name_edit, Qt.Key.Key_Return)

        when_shown(ScanFileDialog, pick)
        click("scan_button")(question)

    page.ui.missingList.setCurrentRow(0)
    assert page.ui.missingList.currentItem().text() == "待补：劳动合同"
    when_shown(ScanQuestion, choose)
    qtbot.mouseClick(page.ui.supplementButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert set(supplemented(store, case.case_id)) == {"kinship_proof", "labor_contract"}
    (attachment,) = services[2].attachments(case.case_id)
    assert attachment["material_code"] == "labor_contract"
    assert page.messages() == {"materials": "已登记补交：劳动合同（附扫描件）"}


def test_the_file_chooser_speaks_chinese_throughout(qtbot: QtBot, tmp_path: Path, chinese: None) -> None:
    """Every label, button, tooltip, column header and file type: no English word (file names and the filter's
    patterns aside). Qt's own catalog lacks "Look in", "Files of type" and the file types: set here."""
    (tmp_path / "扫描件").mkdir()
    (tmp_path / "scan.png").write_bytes(b"\x89PNG")
    dialog = ScanFileDialog(None, str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    words: list[str] = [dialog.windowTitle()]
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            words.append(widget.text())
        words.append(widget.toolTip())
    (tree,) = [v for v in dialog.findChildren(QTreeView) if v.objectName() == "treeView"]
    model = tree.model()
    words += [str(model.headerData(i, Qt.Orientation.Horizontal)) for i in range(model.columnCount())]
    root = tree.rootIndex()
    qtbot.waitUntil(lambda: model.rowCount(root) == 2, timeout=3000)
    shown = [c for c in range(1, model.columnCount()) if not tree.isColumnHidden(c)]  # every column but the name
    assert shown == [2, 3]  # 类型, 修改日期 (体积 says "bytes": hidden)
    words += [str(model.index(row, c, root).data()) for row in range(model.rowCount(root)) for c in shown]
    (types,) = [c for c in dialog.findChildren(QComboBox) if c.objectName() == "fileTypeCombo"]
    words += [re.sub(r"\(.*\)", "", types.itemText(i)) for i in range(types.count())]  # patterns aside
    english = [w for w in words if LATIN_WORD.search(w.replace("PDF", "").replace("PNG", ""))]
    assert english == [], english
    joined = " ".join(words)
    assert "查找范围(&L)：" in joined and "文件类型(&T)：" in joined and "文件夹" in joined and "PNG 文件" in joined
    dialog.grab().save(str(tmp_path / "chooser.png"))
    shot(dialog, "commitments-file-chooser")


def test_delay_defaults_to_the_items_allowance_and_is_refused_beyond_it(
    qtbot: QtBot, page: CommitmentsPage, store: Store, clock, calendar
) -> None:  # type: ignore[no-untyped-def]
    # promised 2026-12-04 (make_case: 14 days after Friday 2026-11-20); GAJ-01-001 allows 10 working days
    case = make_case(store, clock, item="GAJ-01-001", commitment=TWO, state=CaseState.IN_REVIEW)
    other = make_case(
        store, clock, item="GAJ-01-001", commitment={"kinship_proof": "亲属关系证明"}, state=CaseState.SUBMITTED
    )
    page.refresh()
    page.select_case(case.case_id)
    latest = calendar.add_workdays(date(2026, 12, 4), 10)
    assert latest == date(2026, 12, 18)
    assert page.ui.newDateEdit.date() == QDate(2026, 12, 18)  # not today (2026-11-20)
    assert page.ui.delayLimitLabel.text() == (
        "依《中华人民共和国行政许可法》第四十二条，自原承诺日期 2026-12-04 起最多延长 10 个工作日，"
        "即最晚至 2026-12-18。"
    )
    page.ui.delayReasonEdit.setText("需要组织专家评审")
    qtbot.mouseClick(page.ui.delayButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "批准人" in page.messages()["delay"] and RED in page.ui.delayMessage.styleSheet()
    page.ui.approverEdit.setText("县公安局局长王强")
    page.ui.newDateEdit.setDate(QDate(2026, 12, 21))
    qtbot.mouseClick(page.ui.delayButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.messages() == {
        "delay": "新的办结日期 2026-12-21 超出本事项允许的延期：依《中华人民共和国行政许可法》第四十二条，"
        "自原承诺日期 2026-12-04 起最多延长 10 个工作日，即最晚至 2026-12-18"
    }
    qtbot.wait(20)  # the layout settles around the wrapped words before the picture
    shot(page, "commitments-delay-refused")
    page.ui.newDateEdit.setDate(QDate(2026, 12, 18))
    qtbot.mouseClick(page.ui.delayButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.messages() == {"delay": f"办件 {case.case_no} 已延期至 2026-12-18，延期办理告知书已生成，短信已排队。"}
    assert GREEN in page.ui.delayMessage.styleSheet()
    qtbot.wait(20)
    shot(page, "commitments-delay-done")

    # another case selected: the message goes, and the form offers that case's own allowance
    page.select_case(other.case_id)
    assert page.messages() == {}
    assert page.ui.delayCaseEdit.text() == other.case_no and page.ui.newDateEdit.date() == QDate(2026, 12, 18)
    # a number typed into the delay form offers its case's allowance too
    page.ui.newDateEdit.setDate(QDate(2026, 11, 20))
    page.ui.delayCaseEdit.setText(case.case_no)
    page.ui.delayCaseEdit.editingFinished.emit()
    assert page.ui.newDateEdit.date() == QDate(2026, 12, 18)


def test_a_passed_deadline_is_said_when_the_case_is_chosen_and_no_past_date_is_offered(
    qtbot: QtBot, page: CommitmentsPage, store: Store, clock
) -> None:  # type: ignore[no-untyped-def]
    """A case whose promised date (2026-12-04) has gone by: the form says at once it can no longer be extended
    (《行政许可法》第四十二条), offers no date, and 延期 is refused the same way (the demo offered a date gone by and
    printed the notice)."""
    case = make_case(store, clock, item="GAJ-01-001", commitment=TWO, state=CaseState.IN_REVIEW)
    clock.advance(timedelta(days=20))  # 2026-12-10
    page.refresh()
    page.ui.newDateEdit.setDate(QDate(2026, 12, 10))
    page.select_case(case.case_id)
    said = page.ui.delayLimitLabel.text()
    assert "2026-12-04 已过，不能再延期" in said and "第四十二条" in said, said
    assert page.ui.newDateEdit.date() == QDate(2026, 12, 10)  # not the 12-18 the allowance would have offered
    page.ui.delayReasonEdit.setText("需要组织专家评审")
    page.ui.approverEdit.setText("县公安局局长王强")
    qtbot.mouseClick(page.ui.delayButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "不能再延期" in page.messages()["delay"] and RED in page.ui.delayMessage.styleSheet()
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.promised_date == date(2026, 12, 4)
