"""出件并打印回执 prints (issue 11): the 领取回执 goes to the window's printer — here a QPrinter writing a PDF, no real
printer needed — with the collector's signature from the pad printed in its field (``pdftotext`` for the words,
``pdftoppm`` for the ink in the signature's box); signed on paper, the field is a line to sign on; with no printer
installed the receipt opens in a print preview."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from pytestqt.qtbot import QtBot

from govdesk.domain.case import CaseState
from govdesk.services.notices import NoticeService
from govdesk.store.store import Store
from govdesk.ui.handoff.page import HandoffPage
from govdesk.ui.handoff.workspace import HandoffWorkspace
from govdesk.ui.widgets.rating import SimulatedRatingDevice
from tests.helpers.signing import sign
from tests.services.test_handoff import APPLICANT_ID, make_case
from tests.ui.test_handoff import ctrl_enter, services, shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
__all__ = ["services"]

DPI = 100


def open_workspace(qtbot: QtBot, services, tmp_path: Path) -> tuple[HandoffWorkspace, HandoffPage]:  # type: ignore[no-untyped-def]
    runtime = SimpleNamespace(
        handoff=services[0],
        evaluation=services[1],
        notices=NoticeService(tmp_path / "data"),
        rating_device=SimulatedRatingDevice(),
    )
    workspace = HandoffWorkspace(None, runtime)
    host = workspace.widget()  # the page, under the hall queue's panel (hidden: no queue system configured)
    page = workspace.page
    assert isinstance(page, HandoffPage) and page.parent() is host
    qtbot.addWidget(host)
    host.resize(1366 - 200, 768 - 120)
    host.show()
    qtbot.waitExposed(host)
    return workspace, page


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def signature_box(pdf: Path) -> tuple[float, float, float, float]:
    """Where the signature goes (points): right of the words 领取人（签字）：, 45 mm wide, 15 mm up from their foot."""
    xhtml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for m in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', xhtml
    ):
        if m.group(5).startswith("领取人（签字）"):
            x_max, y_max = float(m.group(3)), float(m.group(4))
            mm = 72 / 25.4
            return x_max, y_max - 15 * mm, x_max + 45 * mm, y_max
    raise AssertionError("领取人（签字） not found on the receipt")


def ink_in(pdf: Path, box: tuple[float, float, float, float], tmp_path: Path) -> int:
    """Dark pixels of page 1 inside ``box`` (points)."""
    out = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-f", "1", "-l", "1", str(pdf), str(out)], check=True)
    (png,) = tmp_path.glob("page*.png")
    image = QImage(str(png))
    png.unlink()
    scale = DPI / 72
    x0, y0, x1, y1 = (int(v * scale) for v in box)
    return sum(
        1
        for y in range(max(0, y0), min(image.height(), y1))
        for x in range(max(0, x0), min(image.width(), x1))
        if image.pixelColor(x, y).lightness() < 100
    )


def images(pdf: Path) -> int:
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    return len(listing.splitlines()) - 2  # two header lines


def hand_over(qtbot: QtBot, page: HandoffPage, case_id: str, *, on_pad: bool) -> None:
    page.open_case(case_id)
    qtbot.keyClicks(page.ui.idEdit, APPLICANT_ID)
    if on_pad:
        sign(qtbot, page.ui.signaturePad)
    else:
        page.ui.signedOnPaperCheck.setChecked(True)
    ctrl_enter(page)


def test_the_receipt_is_printed_with_the_signature(qtbot: QtBot, services, store: Store, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    signed, on_paper = make_case(store, clock), make_case(store, clock)
    workspace, page = open_workspace(qtbot, services, tmp_path)
    pdf = tmp_path / "printed-pad.pdf"
    workspace.desk.printer = pdf_printer(pdf)  # the window's printer, as chosen once with 打印
    hand_over(qtbot, page, signed.case_id, on_pad=True)
    assert store.load_case(signed.case_id).state is CaseState.HANDED_OFF  # type: ignore[union-attr]
    assert "领取回执已送打印" in shown(page.ui.actionMessage), shown(page.ui.actionMessage)
    assert pdf.exists(), "nothing was printed"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "领取回执" in text and signed.case_no in text and "李建国" in text
    assert "领取人（签字）：______" not in text  # the signature is there, not a line to sign on
    assert images(pdf) == 1  # the signature, drawn on the pad (this center has no seal image)
    assert ink_in(pdf, signature_box(pdf), tmp_path) > 20  # its strokes, in the collector's field

    paper = tmp_path / "printed-paper.pdf"
    workspace.desk.printer = pdf_printer(paper)
    hand_over(qtbot, page, on_paper.case_id, on_pad=False)
    assert paper.exists()
    text = subprocess.run(["pdftotext", str(paper), "-"], capture_output=True, text=True, check=True).stdout
    assert "领取人（签字）：______" in text and images(paper) == 0  # a line to sign on, and no picture
    archived = sorted(p.name for p in (tmp_path / "data" / "notices").rglob("*.pdf"))
    assert len(archived) == 2  # each receipt archived as well as printed


def test_without_a_printer_the_receipt_opens_in_a_preview(
    qtbot: QtBot, services, store: Store, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    if not QPrinterInfo.defaultPrinter().isNull():
        pytest.skip("this machine has a default printer")
    case = make_case(store, clock)
    workspace, page = open_workspace(qtbot, services, tmp_path)
    hand_over(qtbot, page, case.case_id, on_pad=False)
    assert workspace.preview is not None and workspace.preview.isVisible()
    assert "未安装打印机" in shown(page.ui.actionMessage)
    workspace.preview.reject()
    qtbot.waitUntil(lambda: workspace.preview is None)


# The broken printer makes Qt say so (the message the clerk sees is ours): expected here.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints", r"QPainter::begin\(\): Returned false")
def test_a_printer_that_fails_on_the_receipt_is_said_and_the_hand_over_stands(
    qtbot: QtBot, services, store: Store, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case = make_case(store, clock)
    workspace, page = open_workspace(qtbot, services, tmp_path)
    workspace.desk.printer = pdf_printer(tmp_path / "no-such-dir" / "x" / "receipt.pdf")  # cannot be written
    hand_over(qtbot, page, case.case_id, on_pad=False)
    assert store.load_case(case.case_id).state is CaseState.HANDED_OFF  # type: ignore[union-attr]
    said = shown(page.ui.actionMessage)
    assert said.startswith(f"办件 {case.case_no} 已出件") and "打印失败（办件已保存，可重新打印）：领取回执" in said
    assert "领取回执已送打印" not in said and "#b00020" in page.ui.actionMessage.styleSheet()
    archived = sorted((tmp_path / "data" / "notices").rglob("*.pdf"))
    assert (
        len(archived) == 1
        and case.case_no
        in subprocess.run(["pdftotext", str(archived[0]), "-"], capture_output=True, text=True, check=True).stdout
    )  # the receipt is kept, to print again
    assert page.window().grab().save(str(tmp_path / "receipt-print-failed.png"))  # the message whole, not cut
