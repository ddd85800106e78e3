"""A printer that fails, said in English on the real notice preview (``ui/intake/noticeview.py``, the notice service,
the printing layer and a real printer whose output cannot be written; the real English translation loaded): the
printer's refusal (``printing.printer``) inside the service's sentence, the notice named in English, the PDF kept.
Nothing the clerk reads there is Chinese."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from govdesk.services.intake import IntakeService
from govdesk.services.notices import NoticeService
from govdesk.ui.intake.idcard import SimulatedIdCardReader
from govdesk.ui.intake.noticeview import NoticePreviewDialog
from govdesk.ui.intake.page import IntakePage
from tests.helpers.ui import settle
from tests.ui.test_messages_english import english  # noqa: F401 - the English translation installed
from tests.ui.test_notice_printing import accepted, pdf_printer, text_of

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", r"QPainter::begin\(\): Returned false"
)

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@pytest.fixture
def english_page(
    english: None,  # noqa: F811
    qtbot: QtBot,
    intake: IntakeService,
    notices: NoticeService,
    reader: SimulatedIdCardReader,
) -> IntakePage:
    page = IntakePage(intake, notices, reader)  # made after the translator, as the program makes it
    qtbot.addWidget(page)
    page.resize(1366 - 200, 768 - 120)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_failing_printer_is_said_in_english(
    qtbot: QtBot, english_page: IntakePage, intake: IntakeService, tmp_path: Path
) -> None:
    page = english_page
    result = accepted(intake)
    case_no = result.case.case_no
    problems: list[str] = []
    page.desk.issue(page, result.notices, problems.append)
    settle(qtbot)
    assert problems == [""]
    dialog = page.show_notices()
    assert isinstance(dialog, NoticePreviewDialog)
    qtbot.waitExposed(dialog)
    assert dialog.chooser.itemText(0) == f"Acceptance notice ({case_no})"  # the notice named in English too

    page.desk.printer = pdf_printer(tmp_path / "no-such-dir" / "x" / "out.pdf")  # it cannot write: it fails
    dialog.print_button.click()
    settle(qtbot)
    said = dialog.message.text()
    assert dialog.message.isVisible()
    assert said.startswith(
        f"Printing failed (the case is saved and can be printed again): Acceptance notice ({case_no})"
    )
    assert "The notice PDF is saved at" in said, said
    assert not HAN.search(said), said
    kept = page.desk.issued[0].pdf
    assert kept is not None and kept.exists() and str(kept) in said and case_no in text_of(kept)
    assert dialog.grab().save(str(tmp_path / "english-print-failed.png"))
    dialog.reject()
