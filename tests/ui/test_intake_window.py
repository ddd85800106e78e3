"""The intake workspace in the main window: 1366×768 and 1920×1080 with nothing clipped (screenshots of each step),
Ctrl+N and Ctrl+P through the shell's global actions, and a printer failure that loses nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from govdesk.services.intake import IntakeResult, IntakeService
from govdesk.services.notices import NoticeService
from govdesk.ui.intake import IntakeWorkspace, create_workspace
from govdesk.ui.intake.idcard import SimulatedIdCardReader
from govdesk.ui.intake.page import IntakePage
from govdesk.ui.mainwindow import MainWindow
from tests.helpers.ui import settle
from tests.ui.test_intake_flows import choose, close_preview, decide, fill_applicant, receive, take_item
from tests.ui.test_intake_models import pdf_text, shot
from tests.ui.test_mainwindow import make_context

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _inside(widget: QWidget, win: QWidget) -> bool:
    top_left = widget.mapTo(win, QPoint(0, 0))
    return win.rect().contains(QRect(top_left, widget.size()))


def open_window(
    qtbot: QtBot, tmp_path: Path, intake: IntakeService, notices: NoticeService, size: tuple[int, int]
) -> tuple[MainWindow, IntakeWorkspace]:
    context = make_context(tmp_path)
    workspace = IntakeWorkspace(context, intake=intake, notices=notices, reader=SimulatedIdCardReader(demo=True))
    win = MainWindow(context, [workspace])
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitActive(win)
    win.show_workspace("intake")
    return win, workspace


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366x768", "1920x1080"])
def test_every_step_fits_the_screen(
    qtbot: QtBot, tmp_path: Path, intake: IntakeService, notices: NoticeService, size: tuple[int, int]
) -> None:
    win, workspace = open_window(qtbot, tmp_path, intake, notices, size)
    page = workspace.page
    assert page is not None
    assert win.minimumSizeHint().width() <= size[0] and win.minimumSizeHint().height() <= size[1]
    tag = f"{size[0]}x{size[1]}"
    shot(win, f"window-{tag}-0-empty")
    # before any item: the materials' hint and (empty) table at the top of their box, the room left below them (the
    # hint floated in the middle of an empty box, the table at its bottom)
    hint, line = page.ui.materialsHint, page.ui.materialsHint.fontMetrics().height()
    assert hint.y() <= 3 * line
    assert page.materials_view.geometry().top() <= hint.y() + hint.heightForWidth(hint.width()) + 2 * line
    take_item(page, "spjyxk")
    QTest.keyClick(win.windowHandle(), Qt.Key.Key_F6)  # 读卡: the demo card fills the applicant
    assert page.applicant.ui.nameEdit.text() == "张三"
    shot(win, f"window-{tag}-1-item-and-card")
    receive(page, [0, 2, 3, 4])
    shot(win, f"window-{tag}-2-materials")
    choose(page, qtbot, Qt.Key.Key_4, "conditional")
    shot(win, f"window-{tag}-3-conditional")
    for name in ("searchEdit", "resumeEdit", "newButton", "decideButton"):
        widget = page.findChild(QWidget, name)
        assert widget is not None and widget.isVisible() and _inside(widget, win), name
    for widget in (page.materials_view, page.applicant.ui.idNumberEdit, page.decision.ui.conditionalRadio):
        assert widget.width() > 0 and widget.height() > 0
    page.decision.ui.signerEdit.setText("张三")  # 容缺: the signer, and the printed 承诺书 signed on paper
    page.decision.ui.signedOnPaperCheck.setChecked(True)
    result = decide(page, qtbot)
    assert isinstance(result, IntakeResult)
    assert page.preview_dialog is not None
    qtbot.waitExposed(page.preview_dialog)
    shot(page.preview_dialog, f"window-{tag}-4-preview")
    shot(win, f"window-{tag}-5-after-decision")
    close_preview(page, qtbot)

    # 材料流转 (Ctrl+T, in the 工作区 menu too): the 容缺-accepted case waits there, and the dialog fits the screen
    assert any("材料流转" in a.text() for a in workspace.actions())
    win.activateWindow()
    qtbot.waitActive(win)
    QTest.keyClick(win.windowHandle(), Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = page.transfer_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 1 and dialog.model.data(dialog.model.index(0, 4)) == "已容缺受理"
    assert dialog.width() <= size[0] and dialog.height() <= size[1]
    shot(dialog, f"window-{tag}-6-transfer")
    dialog.reject()


# The broken printer makes Qt say so (the message the clerk sees is ours): expected here.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints", r"QPainter::begin\(\): Returned false")
def test_ctrl_n_and_ctrl_p_through_the_shell(
    qtbot: QtBot, tmp_path: Path, intake: IntakeService, notices: NoticeService
) -> None:
    win, workspace = open_window(qtbot, tmp_path, intake, notices, (1366, 768))
    page = workspace.page
    assert page is not None
    ctrl = Qt.KeyboardModifier.ControlModifier
    QTest.keyClick(win.windowHandle(), Qt.Key.Key_P, ctrl)
    assert "没有可打印" in win.status_bar.currentMessage()  # nothing decided yet

    take_item(page, "gtgsh")
    fill_applicant(page)
    receive(page, [0, 1, 2])
    result = decide(page, qtbot)
    assert isinstance(result, IntakeResult)
    close_preview(page, qtbot)
    win.activateWindow()
    qtbot.waitActive(win)

    # a printer that fails: a clear message, the case and the archived PDF stay
    broken = QPrinter()
    broken.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    broken.setOutputFileName(str(tmp_path / "no-such-dir" / "x" / "out.pdf"))
    page.desk.printer = broken
    QTest.keyClick(win.windowHandle(), Qt.Key.Key_P, ctrl)
    settle(qtbot)  # printed off the GUI thread, through the operations gateway
    assert "打印失败" in page.message() and "可重新打印" in page.message()
    assert intake.store.load_case(result.case.case_id) is not None
    archived = page.desk.issued[0].pdf
    assert archived is not None and archived.exists()

    # the clerk fixes the printer and presses Ctrl+P again
    good = QPrinter()
    good.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    good.setOutputFileName(str(out))
    page.desk.printer = good
    QTest.keyClick(win.windowHandle(), Qt.Key.Key_P, ctrl)
    settle(qtbot)
    assert "已送打印" in page.message()
    assert result.case.case_no in pdf_text(out)

    # Ctrl+N: a half-typed intake stays as a draft, a fresh one starts
    take_item(page, "jycyz")
    QTest.keyClick(win.windowHandle(), Qt.Key.Key_N, ctrl)
    assert page.draft.item_codes == []
    assert page.ui.draftsFrame.isVisible() and len(intake.open_drafts()) == 1


def test_without_a_runtime_the_page_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    context = make_context(tmp_path)
    workspace = create_workspace(context)
    widget = workspace.widget()
    qtbot.addWidget(widget)
    assert not isinstance(widget, IntakePage)
    assert "数据库尚未打开" in widget.property("text")
    assert workspace.handle_global_action("print") is False
