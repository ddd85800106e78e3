"""Scanning a notice opens its case, in every place that looks a case up (issue 11): the result window's scan box,
the toolbar's 查找办件 and the commitments page. What is fed in is what zbarimg reads off the notice's real PDF
(its Code 128 and its signed QR), and the forms a clerk types; a QR's signature is checked ("真实" or why not)."""

# ruff: noqa: F811  (fixtures imported from test_handoff)
from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from govdesk.domain.case import Case, CaseState
from govdesk.domain.notices import NoticeKind
from govdesk.printing.sample import sample_notice
from govdesk.printing.signing import NoticeSigner
from govdesk.services.notices import NoticeService
from govdesk.store.store import Store
from govdesk.ui.commitments.page import CommitmentsPage
from govdesk.ui.commitments.workspace import CommitmentsWorkspace
from govdesk.ui.handoff.page import HandoffPage
from govdesk.ui.handoff.workspace import HandoffWorkspace
from govdesk.ui.i18n import install_translators, remove_translators
from govdesk.ui.mainwindow import MainWindow
from tests.helpers.ui import settle
from tests.services.test_handoff import make_case
from tests.ui.test_handoff import calendar, catalog, clock, make_page, services, shot, store, window  # noqa: F401
from tests.ui.test_mainwindow import make_context, placeholders

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
RED, GREEN = "#b00020", "#1b5e20"


HAN = re.compile(r"[\u3400-\u9fff]")


def read_notice(case: Case, data_dir: Path, tmp_path: Path) -> tuple[str, str]:
    """(Code 128 text, QR text) as zbarimg reads them off the case's acceptance notice, printed as a PDF by the
    window's notice service (signed with the key the look-ups verify with)."""
    notices = NoticeService(data_dir)
    notice = sample_notice(NoticeKind.ACCEPTANCE, notices.center(), case_no=case.case_no)
    pdf = notices.render_pdf(notice, tmp_path / "notice.pdf").path
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "notice")], check=True)
    out = subprocess.run(["zbarimg", "-q", str(tmp_path / "notice.png")], capture_output=True, text=True).stdout
    codes = dict(line.split(":", 1) for line in out.splitlines())
    qr = next(line.split(":", 1)[1] for line in out.splitlines() if line.startswith("QR-Code:GD1|"))
    return codes["CODE-128"], qr


def scan_into(qtbot: QtBot, page: HandoffPage, text: str) -> None:
    page.ui.scanEdit.clear()
    page.ui.scanEdit.setText(text)  # a scanner "types" it, then Enter
    qtbot.keyClick(page.ui.scanEdit, Qt.Key.Key_Return)


def colour(label: object) -> str:
    return label.styleSheet()  # type: ignore[attr-defined]


def test_the_result_window_opens_a_case_from_every_form_of_its_number_and_its_qr(
    qtbot: QtBot, services, store: Store, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case = make_case(store, clock)
    other = make_case(store, clock)
    barcode, qr = read_notice(case, tmp_path / "data", tmp_path)
    assert barcode == case.case_no
    page, _printed = make_page(qtbot, services)
    compact = case.case_no.replace("-", "")
    for text in (barcode, f"  {compact.lower()}\t", "\n" + case.case_no.lower().replace("-", " - ") + " "):
        page.open_case(other.case_id)
        scan_into(qtbot, page, text)
        assert page.case is not None and page.case.case_id == case.case_id, (text, page.ui.messageLabel.text())

    page.open_case(other.case_id)
    scan_into(qtbot, page, qr + "\r\n")
    assert page.case is not None and page.case.case_id == case.case_id
    said = page.ui.messageLabel.text()
    assert said.startswith(f"真实：办件 {case.case_no} 受理通知书") and GREEN in colour(page.ui.messageLabel), said
    shot(page, "handoff-scanned-qr")

    forged = NoticeSigner(Ed25519PrivateKey.generate()).payload(
        sample_notice(NoticeKind.ACCEPTANCE, case_no=case.case_no)
    )
    scan_into(qtbot, page, forged)
    assert page.case is not None and page.case.case_id == case.case_id  # opened, and the clerk is warned
    assert "未知的签发密钥" in page.ui.messageLabel.text() and RED in colour(page.ui.messageLabel)
    tampered = qr.replace(f"|{date(2026, 11, 22):%Y%m%d}|", "|20261123|")
    assert tampered != qr
    scan_into(qtbot, page, tampered)
    assert "签名不符" in page.ui.messageLabel.text() and RED in colour(page.ui.messageLabel)

    page.open_case(other.case_id)
    typo = case.case_no[:-1] + ("A" if case.case_no[-1] != "A" else "B")
    scan_into(qtbot, page, typo)
    assert page.case is not None and page.case.case_id == other.case_id  # nothing else opened
    assert "校验不通过" in page.ui.messageLabel.text() and RED in colour(page.ui.messageLabel)


def test_the_toolbar_search_opens_the_scanned_case_in_the_shown_workspace(
    qtbot: QtBot, services, store: Store, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ready = make_case(store, clock)
    promised = make_case(
        store, clock, item="GAJ-01-001", commitment={"kinship_proof": "亲属关系证明"}, state=CaseState.SUBMITTED
    )
    context = make_context(tmp_path / "ctx")
    runtime = SimpleNamespace(handoff=services[0], evaluation=services[1], commitments=services[2], notices=None)
    handoff, commitments = HandoffWorkspace(context, runtime), CommitmentsWorkspace(context, runtime)
    win = MainWindow(context, [handoff, commitments, *placeholders(context)[2:]])
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)

    assert win.show_workspace("handoff")
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(win.search_box, ready.case_no.replace("-", "").lower())
    qtbot.keyClick(win.search_box, Qt.Key.Key_Return)
    assert handoff.page is not None and handoff.page.case is not None
    assert handoff.page.case.case_id == ready.case_id

    assert win.show_workspace("commitments")
    win.search_box.clear()
    qtbot.keyClicks(win.search_box, f" {promised.case_no.lower()} ")
    qtbot.keyClick(win.search_box, Qt.Key.Key_Return)
    assert commitments.page is not None
    selected = commitments.page.selected()
    assert selected is not None and selected.case_id == promised.case_id, commitments.page.ui.topMessage.text()
    assert handoff.page.case.case_id == ready.case_id  # the hidden workspace did not act on it


def test_the_commitments_page_finds_a_scanned_notice_and_says_whether_it_is_genuine(
    qtbot: QtBot, services, store: Store, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    promised = make_case(
        store, clock, item="GAJ-01-001", commitment={"kinship_proof": "亲属关系证明"}, state=CaseState.SUBMITTED
    )
    make_case(store, clock, item="GAJ-01-001", commitment={"labor_contract": "劳动合同"}, state=CaseState.SUBMITTED)
    ready = make_case(store, clock)
    _barcode, qr = read_notice(promised, tmp_path / "data", tmp_path)
    page = CommitmentsPage(services[2])
    qtbot.addWidget(page)
    page.resize(1166, 648)
    page.show()
    qtbot.waitExposed(page)
    box = page.find_edit
    assert box.isVisible()

    for text in (promised.case_no.replace("-", "").lower(), qr):
        page.ui.table.clearSelection()
        page.ui.table.setCurrentIndex(page.model.index(-1, -1))
        box.setText(text)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        selected = page.selected()
        assert selected is not None and selected.case_id == promised.case_id, page.ui.topMessage.text()
    assert page.ui.topMessage.text().startswith("真实：") and GREEN in colour(page.ui.topMessage)
    shot(page, "commitments-scanned-qr")

    box.setText(ready.case_no)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert "不在承诺跟踪列表中" in page.ui.topMessage.text() and RED in colour(page.ui.topMessage)
    box.setText(promised.case_no[:-1] + ("A" if promised.case_no[-1] != "A" else "B"))
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert "校验不通过" in page.ui.topMessage.text()

    # the delay field takes a scanned number in any form too
    page.ui.delayCaseEdit.setText(promised.case_no.replace("-", "").lower())
    page.ui.delayReasonEdit.setText("需要组织专家评审")
    page.ui.approverEdit.setText("县公安局局长王强")
    qtbot.mouseClick(page.ui.delayButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "已延期" in page.ui.delayMessage.text(), page.ui.delayMessage.text()


def test_a_damaged_key_file_still_opens_the_case_and_says_the_qr_was_not_verified(
    qtbot: QtBot, services, store: Store, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    case = make_case(store, clock)
    _barcode, qr = read_notice(case, tmp_path / "data", tmp_path)
    key = tmp_path / "data" / "keys" / "notice-signing-key.pem"
    assert key.is_file()
    key.write_text("not a key", encoding="utf-8")
    page, _printed = make_page(qtbot, services)
    scan_into(qtbot, page, qr)
    assert page.case is not None and page.case.case_id == case.case_id
    assert page.ui.messageLabel.text().startswith("无法验证签名：本机的通知书密钥文件不可用")
    assert RED in colour(page.ui.messageLabel)


def test_a_scanned_notice_is_judged_in_the_clerks_language(
    qtbot: QtBot, services, store: Store, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The QR's check (真实 / 签名不符) is the printing layer's keyed words: English in the English UI (it stayed
    Chinese), with the case number and the notice's name."""
    case = make_case(store, clock)
    _barcode, qr = read_notice(case, tmp_path / "data", tmp_path)
    install_translators("en")
    try:
        page, _printed = make_page(qtbot, services)
        scan_into(qtbot, page, qr)
        said = page.ui.messageLabel.text()
        assert said.startswith(f"Genuine: case {case.case_no}, ") and not HAN.search(said), said
        forged = NoticeSigner(Ed25519PrivateKey.generate()).payload(
            sample_notice(NoticeKind.ACCEPTANCE, case_no=case.case_no)
        )
        scan_into(qtbot, page, forged)
        said = page.ui.messageLabel.text()
        assert said.startswith("Signature does not match: unknown signing key") and not HAN.search(said), said
    finally:
        remove_translators()
