"""Notices rendered and printed off the GUI thread (``ui/intake/noticeview.py`` through the operations gateway's store
lane), with real printers writing PDFs: one whose output path cannot be written fails as a real printer does, is said
in words, and loses nothing (the case and the archived PDF stay; printing again works); saving a copy where it
cannot be written is said too."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from govdesk.domain.assessment import Outcome
from govdesk.domain.case import Applicant, ApplicantKind, MaterialStatus
from govdesk.services.intake import IntakeResult, IntakeService
from govdesk.ui.intake.noticeview import NoticePreviewDialog
from govdesk.ui.intake.page import IntakePage
from govdesk.ui.operations import Operation, operations
from tests.helpers.ui import settle

# The offscreen platform on every dialog; the broken printer makes Qt say so (the clerk reads our message).
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", r"QPainter::begin\(\): Returned false"
)


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def accepted(intake: IntakeService) -> IntakeResult:
    """A decision made through the service (this page's service archives nothing itself: the page renders)."""
    draft = intake.new_draft(["SCJG-01-001"])
    draft.applicant = Applicant(ApplicantKind.PERSON, "欧阳建国", "111", "11010519491231002X", phone="13812345678")
    for m in intake.preview(draft).assessment.applicable:
        if m.required and not m.shared:
            draft.set_material(m.code, m.name, MaterialStatus.RECEIVED, m.forms[0], m.copies)
    result = intake.decide(draft, Outcome.ACCEPT)
    assert not result.archived and result.notices
    return result


def issued_on(page: IntakePage, qtbot: QtBot, result: IntakeResult) -> str:
    problems: list[str] = []
    page.desk.issue(page, result.notices, problems.append)
    settle(qtbot)
    assert problems == [""]
    return problems[0]


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_notices_render_off_the_gui_thread_and_a_failing_printer_is_said_losing_nothing(
    qtbot: QtBot, page: IntakePage, intake: IntakeService, tmp_path: Path
) -> None:
    result = accepted(intake)
    case_no = result.case.case_no
    seen: list[Operation[object]] = []
    operations().finished.connect(seen.append)

    problems: list[str] = []
    page.desk.issue(page, result.notices, problems.append)
    assert operations().running() == 1 and problems == []  # rendering in the background: the window is free
    assert page.desk.issued[0].pdf is None
    settle(qtbot)
    assert problems == [""] and [op.label for op in seen] == ["正在生成通知书…"]
    (archived,) = [i.pdf for i in page.desk.issued]
    assert archived is not None and archived.exists() and case_no in text_of(archived)

    dialog = page.show_notices()
    assert isinstance(dialog, NoticePreviewDialog)
    qtbot.waitExposed(dialog)

    # a printer that fails (its output cannot be written): said in words below the preview, nothing lost
    page.desk.printer = pdf_printer(tmp_path / "no-such-dir" / "x" / "out.pdf")
    seen.clear()
    dialog.print_button.click()
    assert operations().running() == 1 and not dialog.message.isVisible()  # printing, and the window is free
    settle(qtbot)
    operations().finished.disconnect(seen.append)
    message = dialog.message.text()
    assert dialog.message.isVisible() and message.startswith("打印失败（办件已保存，可重新打印）")
    assert f"受理通知书（{case_no}）" in message and "通知书 PDF 已保存在" in message
    assert "b00020" in dialog.message.styleSheet()
    assert [op.label for op in seen] == ["正在打印通知书…"]
    assert intake.store.load_case(result.case.case_id) is not None
    assert archived.exists()  # the first archived PDF stays
    kept = page.desk.issued[0].pdf
    assert kept is not None and kept.exists() and case_no in text_of(kept)  # and the print's own, to print again
    assert dialog.grab().save(str(tmp_path / "notice-print-failed.png"))

    # the clerk fixes the printer and prints again from the preview
    out = tmp_path / "printed.pdf"
    page.desk.printer = pdf_printer(out)
    dialog.print_button.click()
    settle(qtbot)
    assert not dialog.message.isVisible()
    assert case_no in text_of(out)
    dialog.reject()


def test_saving_a_copy_where_it_cannot_be_written_is_said(
    qtbot: QtBot, page: IntakePage, intake: IntakeService, tmp_path: Path
) -> None:
    result = accepted(intake)
    issued_on(page, qtbot, result)
    dialog = page.show_notices()
    assert dialog is not None
    issued = page.desk.issued[0]
    page.desk.save_pdf(dialog, issued, tmp_path / "gone" / "copy.pdf", dialog.show_message)
    settle(qtbot)
    assert dialog.message.isVisible() and dialog.message.text().startswith("保存 PDF 失败：")
    copy = tmp_path / "copy.pdf"
    page.desk.save_pdf(dialog, issued, copy, dialog.show_message)
    settle(qtbot)
    assert not dialog.message.isVisible() and copy.read_bytes() == issued.pdf.read_bytes()  # type: ignore[union-attr]
    dialog.reject()
