"""查找办件 (Ctrl+F) from the intake workspace opens the case view, on a real window runtime (store, catalog,
calendar, notice archive) holding a real accepted, 容缺 and handed-off case: one hit opens the view, several a
chooser driven by the keyboard; 显示 and 补打 are recorded; the archived PDF opens; Esc closes; the workspaces
that look cases up themselves keep doing so. Screenshots at 1366×768 (``GOVDESK_SCREENSHOTS``)."""

from __future__ import annotations

import dataclasses
import json
import stat
import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Actor, Role
from govdesk.services.credentials import database_key
from govdesk.services.runtime import Runtime
from govdesk.services.settings import Settings
from govdesk.store.file_crypto import is_sealed
from govdesk.ui.caseview.chooser import CaseChooserDialog
from govdesk.ui.caseview.dialog import CaseViewDialog
from govdesk.ui.handoff.workspace import HandoffWorkspace
from govdesk.ui.intake.idcard import SimulatedIdCardReader
from govdesk.ui.intake.workspace import IntakeWorkspace
from govdesk.ui.mainwindow import MainWindow
from tests.services.story_cases import VALID_ID, StoryCases, make_story_cases
from tests.ui.test_handoff import shot
from tests.ui.test_mainwindow import make_context, placeholders

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
CLERK = Actor("c007", "王丽", Role.INTAKE, "41122101", "S03", "3号窗口")


@pytest.fixture
def runtime(tmp_path: Path) -> Iterator[Runtime]:
    clock = FixedClock(datetime(2026, 11, 20, 9, 30, tzinfo=CST))
    made = Runtime.open(tmp_path / "govdesk.sqlite", tmp_path, Settings(), clerk=CLERK, clock=clock, lock=False)
    yield made
    made.close()


@pytest.fixture
def cases(qapp, runtime: Runtime, tmp_path: Path) -> StoryCases:  # type: ignore[no-untyped-def]
    return make_story_cases(runtime.store, runtime.catalog, runtime.calendar, runtime.clock, runtime.window, tmp_path)  # type: ignore[arg-type]


@pytest.fixture
def win(qtbot: QtBot, runtime: Runtime, cases: StoryCases, tmp_path: Path) -> MainWindow:
    context = make_context(tmp_path / "ctx")
    context.runtime = runtime
    intake = IntakeWorkspace(context, reader=SimulatedIdCardReader(demo=True))
    handoff = HandoffWorkspace(context)
    window = MainWindow(context, [intake, handoff, *placeholders(context)[2:]])
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.show_workspace("intake")
    return window


def ctrl_f(qtbot: QtBot, win: MainWindow, text: str) -> None:
    win.activateWindow()  # back from a closed dialog
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert win.search_box.hasFocus()
    win.search_box.clear()
    if text.isascii():
        qtbot.keyClicks(win.search_box, text)  # as a scanner or the clerk types it
    else:
        win.search_box.setText(text)  # QTest cannot type Chinese (an input method does)
    qtbot.keyClick(win.search_box, Qt.Key.Key_Return)


def outbox_kinds(runtime: Runtime, case_id: str) -> list[str]:
    with runtime.store.reading() as db:
        rows = db.exec_driver_sql("SELECT event_json FROM outbox ORDER BY seq").all()
    return [json.loads(r[0])["kind"] for r in rows if json.loads(r[0])["case_id"] == case_id]


def column(model, col: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_ctrl_f_from_intake_opens_the_case_view_and_esc_closes_it(
    qtbot: QtBot, win: MainWindow, cases: StoryCases, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    case = cases.conditional
    with qtbot.waitSignal(win.case_search.case_opened, timeout=3000) as opened:
        ctrl_f(qtbot, win, case.case_no.replace("-", "").lower())
    assert opened.args == [case.case_id]
    view = win.case_search.view
    assert isinstance(view, CaseViewDialog) and view.isVisible() and view.parent() is win
    assert view.title_label.text() == f"办件 {case.case_no}　已容缺受理"
    overview = view.overview.toPlainText()
    for words in ("110105********002X", "138****5678", "容缺承诺", "签署人", "尚未补交", "补齐期限", "个工作日"):
        assert words in overview, words
    assert VALID_ID not in overview and "13812345678" not in overview
    assert "容缺（承诺后补）" in column(view.materials_model, 1)
    whats = column(view.events_model, 4)
    assert whats[0].startswith("收件登记") and not any(w.startswith("case.") for w in whats)
    assert column(view.events_model, 0)[0] == "2026-11-20 09:30"
    assert column(view.notices_model, 1) == ["受理通知书", "容缺受理承诺书"]
    for model in (view.materials_model, view.events_model, view.notices_model):
        qtmodeltester.check(model)
    shot(view, "caseview-overview")
    view.tabs.setCurrentIndex(2)
    shot(view, "caseview-events")
    width, height = view.width(), view.height()
    assert width <= 1366 and height <= 768 - 60, (width, height)

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    assert "case_view" in win.context.settings.geometry  # geometry remembered like the other dialogs


def test_several_hits_give_a_keyboard_chooser(qtbot: QtBot, win: MainWindow, cases: StoryCases, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    ctrl_f(qtbot, win, VALID_ID)
    chooser = win.case_search.chooser
    assert isinstance(chooser, CaseChooserDialog) and chooser.isVisible()
    assert win.case_search.view is None
    qtmodeltester.check(chooser.model)
    assert sorted(column(chooser.model, 0)) == sorted([cases.accepted.case_no, cases.conditional.case_no])
    assert set(column(chooser.model, 1)) == {"张*"}
    shot(chooser, "caseview-chooser")
    qtbot.waitUntil(chooser.table.hasFocus, timeout=2000)  # keyboard-first: the list has the focus
    second = chooser.model.id_at(1)
    qtbot.keyClick(chooser.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(win.case_search.case_opened, timeout=3000) as opened:
        qtbot.keyClick(chooser.table, Qt.Key.Key_Return)
    assert opened.args == [second]
    assert not chooser.isVisible()

    win.case_search.view.reject()  # type: ignore[union-attr]
    ctrl_f(qtbot, win, "王五")
    assert win.statusBar().currentMessage() == "没有找到办件：王五"
    typo = cases.accepted.case_no[:-1] + ("A" if cases.accepted.case_no[-1] != "A" else "B")
    ctrl_f(qtbot, win, typo)
    assert "校验不通过" in win.statusBar().currentMessage()


def test_reveal_is_recorded_and_shown(qtbot: QtBot, win: MainWindow, cases: StoryCases, runtime: Runtime) -> None:
    ctrl_f(qtbot, win, cases.accepted.case_no)
    view = win.case_search.view
    assert view is not None and view.revealed_label.text() == ""
    assert "personal" not in " ".join(outbox_kinds(runtime, cases.accepted.case_id))
    qtbot.mouseClick(view.reveal_button, Qt.MouseButton.LeftButton)
    assert VALID_ID in view.revealed_label.text() and "13812345678" in view.revealed_label.text()
    assert not view.reveal_button.isEnabled()
    assert outbox_kinds(runtime, cases.accepted.case_id)[-1] == "case.personal_data_viewed"
    last = column(view.events_model, 4)[-1]
    assert last == "查看了申请人未遮蔽的证件号码、联系电话（个人信息保护留痕）"
    assert column(view.events_model, 1)[-1] == "王丽"
    shot(view, "caseview-revealed")


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_and_reprint_a_notice(
    qtbot: QtBot, win: MainWindow, cases: StoryCases, runtime: Runtime, tmp_path: Path
) -> None:
    ctrl_f(qtbot, win, cases.conditional.case_no)
    view = win.case_search.view
    assert view is not None
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    qtbot.keyClick(view, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # the keyboard all the way
    assert view.tabs.currentIndex() == 3
    view.notices_table.setFocus()
    qtbot.keyClick(view.notices_table, Qt.Key.Key_Down)
    assert view.notices_table.currentIndex().row() == 1
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        qtbot.keyClick(view.notices_table, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: bool(catcher.urls), timeout=2000)  # a mnemonic "animates" the click first
    finally:
        QDesktopServices.unsetUrlHandler("file")
    (url,) = catcher.urls  # the viewer gets a copy in the private viewing folder (services.viewing)
    opened = Path(url.toLocalFile())
    assert opened.parent == tmp_path / "viewing"
    assert opened.name.startswith(f"{cases.conditional.case_no}-commitment-1-")
    archived = runtime.notices.archive_dir / cases.conditional.case_no / "commitment-1.pdf"
    assert opened.read_bytes() == archived.read_bytes()  # this window has no key: the archive is plain

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "paper.pdf"))
    view.reprint_printer = printer
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(view.message_label.text()), timeout=3000)
    assert view.message_label.text().startswith("已补打容缺受理承诺书") and "#1b5e20" in view.message_label.styleSheet()
    paper = subprocess.run(["pdftotext", str(tmp_path / "paper.pdf"), "-"], capture_output=True, text=True).stdout
    assert "容缺受理承诺书（补打）" in paper and cases.conditional.case_no in paper
    assert outbox_kinds(runtime, cases.conditional.case_id)[-1] == "case.notice_reprinted"
    assert column(view.events_model, 4)[-1].startswith("补打容缺受理承诺书")
    shot(view, "caseview-reprinted")


def test_a_scanned_qr_opens_the_case_and_says_it_is_genuine(
    qtbot: QtBot, win: MainWindow, cases: StoryCases, runtime: Runtime, tmp_path: Path
) -> None:
    (pdf,) = runtime.notices.archive_dir.glob(f"{cases.accepted.case_no}/acceptance-1.pdf")
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
    out = subprocess.run(["zbarimg", "-q", str(tmp_path / "page.png")], capture_output=True, text=True).stdout
    qr = next(line.split(":", 1)[1] for line in out.splitlines() if line.startswith("QR-Code:GD1|"))
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    win.search_box.setText(qr)  # a scanner types it (with characters QTest cannot type), then Enter
    with qtbot.waitSignal(win.case_search.case_opened, timeout=3000) as opened:
        qtbot.keyClick(win.search_box, Qt.Key.Key_Return)
    assert opened.args == [cases.accepted.case_id]
    view = win.case_search.view
    assert view is not None and view.verdict_label.isVisible()
    assert view.verdict_label.text().startswith("真实：") and "#1b5e20" in view.verdict_label.styleSheet()


def test_the_result_window_still_answers_the_search_itself(qtbot: QtBot, win: MainWindow, cases: StoryCases) -> None:
    assert win.show_workspace("handoff")
    with qtbot.assertNotEmitted(win.case_search.case_opened):
        ctrl_f(qtbot, win, cases.accepted.case_no)
    assert win.case_search.view is None


@pytest.mark.parametrize(
    ("invalid_from", "genuine"),
    [(datetime(2026, 11, 21, 0, 0, tzinfo=CST), True), (datetime(2026, 11, 20, 0, 0, tzinfo=CST), False)],
    ids=["signed-before-the-revocation", "signed-on-the-day"],
)
def test_a_scanned_qr_of_a_revoked_key_says_when_it_was_revoked(
    qtbot: QtBot,
    win: MainWindow,
    cases: StoryCases,
    runtime: Runtime,
    tmp_path: Path,
    invalid_from: datetime,
    genuine: bool,
) -> None:
    """The center certified this window's key and later revoked it (issue 12): the look-up box checks the QR up to
    the center's key and says the revocation, green for a notice dated before the 失效日, red on or after it."""
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from govdesk.domain.trust import NoticeKeyCertificate, NoticeKeyRevocation, key_id
    from govdesk.printing.notice_keys import (
        KeyDirectory,
        raw_public,
        save_center_key,
        save_certificate,
        save_directory,
    )
    from govdesk.printing.signing import load_or_create_private_key

    (pdf,) = runtime.notices.archive_dir.glob(f"{cases.accepted.case_no}/acceptance-1.pdf")
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
    out = subprocess.run(["zbarimg", "-q", str(tmp_path / "page.png")], capture_output=True, text=True).stdout
    qr = next(line.split(":", 1)[1] for line in out.splitlines() if line.startswith("QR-Code:GD1|"))
    center = Ed25519PrivateKey.generate()
    center_raw = raw_public(center.public_key())
    window_key = load_or_create_private_key(runtime.notices.key_path)
    public = base64.b64encode(raw_public(window_key.public_key())).decode()
    cert = NoticeKeyCertificate(
        "0123456789abcdef", "41122101", "S03", "dev-1", public,
        "2026-11-01T00:00:00+08:00", "2027-01-30T00:00:00+08:00", key_id(center_raw),
    )  # fmt: skip
    cert = dataclasses.replace(cert, signature=base64.b64encode(center.sign(cert.signed_bytes())).decode())
    revocation = NoticeKeyRevocation(
        "41122101", public, "dev-1", "S03", "2026-11-23T10:15:00+08:00", invalid_from.isoformat(),
        "compromised", "窗口电脑被盗", "admin-41122101", key_id(center_raw),
    )  # fmt: skip
    signature = base64.b64encode(center.sign(revocation.signed_bytes())).decode()
    revocation = dataclasses.replace(revocation, signature=signature)
    data_dir = runtime.notices.data_dir
    save_center_key(data_dir, center_raw)
    save_certificate(data_dir, cert)
    save_directory(data_dir, KeyDirectory("41122101", "2026-11-23T03:00:00+00:00", [cert], [revocation]))

    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    win.search_box.setText(qr)
    with qtbot.waitSignal(win.case_search.case_opened, timeout=3000):
        qtbot.keyClick(win.search_box, Qt.Key.Key_Return)
    view = win.case_search.view
    assert view is not None and view.verdict_label.isVisible()
    words = view.verdict_label.text()
    assert "签发密钥已于 2026-11-23 10:15 被中心吊销" in words and "窗口电脑被盗" in words
    if genuine:
        assert words.startswith("真实：") and "按吊销前签发认定为真实" in words
        assert "#1b5e20" in view.verdict_label.styleSheet()
    else:
        assert words.startswith("签名不符：") and "正是密钥失效日" in words
        assert "#1b5e20" not in view.verdict_label.styleSheet()
    shot(view, f"caseview-revoked-key-{'before' if genuine else 'on-the-day'}")


def test_a_sealed_notice_opens_in_the_viewer_from_a_private_copy(qtbot: QtBot, tmp_path: Path) -> None:
    """With the database's key the archive is sealed at rest: 打开 PDF gives the system viewer a decrypted copy in
    the private viewing folder (0700), gone when the program ends; a file that does not open is said in words."""
    clock = FixedClock(datetime(2026, 11, 20, 9, 30, tzinfo=CST))
    key, _ = database_key(tmp_path / "govdesk.sqlite")
    assert key is not None
    runtime = Runtime.open(tmp_path / "govdesk.sqlite", tmp_path, Settings(), clerk=CLERK, clock=clock, lock=False,
                           db_key=key)  # fmt: skip
    viewing = tmp_path / "viewing"
    try:
        cases = make_story_cases(runtime.store, runtime.catalog, runtime.calendar, clock, runtime.window, tmp_path)  # type: ignore[arg-type]
        archived = runtime.notices.archive_dir / cases.conditional.case_no / "commitment-1.pdf"
        assert is_sealed(archived.read_bytes()[:16])
        context = make_context(tmp_path / "ctx")
        context.runtime = runtime
        window = MainWindow(context, [IntakeWorkspace(context, reader=SimulatedIdCardReader(demo=True)),
                                      *placeholders(context)[1:]])  # fmt: skip
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.show_workspace("intake")
        ctrl_f(qtbot, window, cases.conditional.case_no)
        view = window.case_search.view
        assert view is not None
        qtbot.waitUntil(view.isActiveWindow, timeout=2000)
        qtbot.keyClick(view, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
        view.notices_table.setFocus()
        qtbot.keyClick(view.notices_table, Qt.Key.Key_Down)
        catcher = UrlCatcher()
        QDesktopServices.setUrlHandler("file", catcher, "open")
        try:
            qtbot.keyClick(view.notices_table, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
            qtbot.waitUntil(lambda: bool(catcher.urls), timeout=2000)
            (url,) = catcher.urls
            opened = Path(url.toLocalFile())
            assert opened.parent == viewing and stat.S_IMODE(viewing.stat().st_mode) == 0o700
            assert opened.read_bytes().startswith(b"%PDF")
            text = subprocess.run(["pdftotext", str(opened), "-"], capture_output=True, text=True, check=True).stdout
            assert cases.conditional.case_no in text and "容缺受理承诺书" in "".join(text.split())
            assert view.message_label.text() == ""  # nothing new said when it works

            sealed = bytearray(archived.read_bytes())
            sealed[-5] ^= 0x01  # changed on disk
            archived.write_bytes(bytes(sealed))
            qtbot.keyClick(view.notices_table, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
            qtbot.waitUntil(lambda: bool(view.message_label.text()), timeout=2000)
        finally:
            QDesktopServices.unsetUrlHandler("file")
        assert len(catcher.urls) == 1  # nothing handed to the viewer
        said = view.message_label.text()
        assert said.startswith("无法打开存档的通知书：本机存档的文件“commitment-1.pdf”无法解密"), said
        shot(view, "caseview-sealed-notice-damaged")
        view.close()
    finally:
        runtime.close()
    assert not viewing.exists()  # the program ended: no decrypted notice left


def test_another_stations_case_not_held_here_says_where_it_is(
    qtbot: QtBot, win: MainWindow, cases: StoryCases, runtime: Runtime, tmp_path: Path
) -> None:
    """A window pulls what concerns it (issue 17): a number of another station's case it does not hold is answered
    with where the case is, not a bare "not found"."""
    from govdesk.domain.numbering import CaseNumber
    from govdesk.sync.engine import STATION_KEY

    own = CaseNumber.parse(cases.accepted.case_no)
    with runtime.store.transaction() as tx:
        runtime.store.set_meta(tx, STATION_KEY, own.station_code)
    other = "S9" if own.station_code != "S9" else "S8"
    theirs = CaseNumber.make(own.center_code, other, own.day, 5)
    ctrl_f(qtbot, win, theirs)
    said = win.statusBar().currentMessage()
    expected = f"办件 {theirs} 由工作站 {other} 受理，本窗口只同步本工作站的办件和待领取的结果："
    assert said == expected + f"请到工作站 {other} 查询，结果待领取后可在此出件", said
    assert win.case_search.view is None
    win.grab().save(str(tmp_path / "elsewhere.png"))
