"""The result document from the 后台审批 workspace to the 出件 window's case view, end to end on loopback: the back
office chooses the licence's scan (checked before anything is sent), attaches it with the licence number, marks the
result ready; the result window pulls, its case view offers 查看办理结果文件, fetches it once through the gateway and
keeps it (shown again with the line down); a PC without a copy and without the line says so in words. Pages driven
by pytest-qt. Screenshots go to /tmp/shots_backoffice/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from pytestqt.qtbot import QtBot

from govdesk.domain.events import Actor, Role
from govdesk.services.case_story import CaseStoryService
from govdesk.services.result_files import RESULT_FILES
from govdesk.services.window import WindowContext
from govdesk.shipped import default_catalog
from govdesk.store.attachments import FileStore
from govdesk.sync.attachments import AttachmentClient
from govdesk.ui.backoffice.page import BackOfficePage
from govdesk.ui.caseview.dialog import CaseViewDialog
from govdesk.ui.caseview.result_file import ResultFileDialog
from tests.central.conftest import Center, RunningServer
from tests.helpers.ui import settle
from tests.sync.conftest import Windows
from tests.ui.test_backoffice_flow import HALL, center, office_service, server, take_cases, windows  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = Path("/tmp/shots_backoffice")
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def licence_scan(path: Path, number: str) -> Path:
    """A 营业执照 as a scanner would give it: a JPEG page with its title and number."""
    image = Image.new("RGB", (1240, 877), (252, 248, 236))
    draw = ImageDraw.Draw(image)
    draw.rectangle((30, 30, 1210, 847), outline=(170, 40, 40), width=12)
    big, small = ImageFont.truetype(FONT, 96), ImageFont.truetype(FONT, 40)
    draw.text((620, 180), "营 业 执 照", font=big, fill=(170, 40, 40), anchor="mm")
    lines = (f"统一社会信用代码  {number}", "名    称  渑池县欧阳建国小吃店", "类    型  个体工商户")
    for row, text in enumerate(lines):
        draw.text((160, 360 + row * 90), text, font=small, fill=(30, 30, 30))
    image.save(path, "JPEG", quality=85)
    return path


def kept_sha(dialog: ResultFileDialog) -> str:
    return dialog.document.ref.sha256


@pytest.fixture
def desk() -> Iterator[None]:
    yield
    RESULT_FILES.use(None)


def test_the_licence_scan_goes_from_the_back_office_to_the_result_window(
    qtbot: QtBot,
    server: RunningServer,  # noqa: F811
    center: Center,  # noqa: F811
    windows: Windows,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    desk: None,
) -> None:
    window = windows(server.url, center.code, name="intake")
    window.login(center.users["intake"])
    (case,) = take_cases(window, 1)
    assert window.sync().ok

    service = office_service(server, center)
    page = BackOfficePage(service)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    settle(qtbot)
    page.queue_table.selectRow(page.queue_model.row_of(case.case_id))
    settle(qtbot)
    page.tabs.setCurrentIndex(1)
    assert not page.result_file_button.isEnabled()  # nothing to attach before the decision
    for button in (page.claim_button, page.decide_button):
        button.click()
        settle(qtbot)
    assert page.view is not None and page.view.detail.state == "approved", page.last_message

    # a file that is no scan is said at once and not kept
    wrong = tmp_path / "说明.docx"
    wrong.write_bytes(b"PK\x03\x04 not a scan")
    monkeypatch.setattr(BackOfficePage, "ask_result_file", staticmethod(lambda parent: wrong))
    page.result_file_button.click()
    assert "不是 JPEG、PNG 或 PDF" in page.last_message and page.result_file is None
    scan = licence_scan(tmp_path / "营业执照.jpg", "92411221MA0000001")
    monkeypatch.setattr(BackOfficePage, "ask_result_file", staticmethod(lambda parent: scan))
    page.result_file_button.click()
    assert page.result_file == scan and page.result_file_label.text() == "待上传：营业执照.jpg"
    qtbot.keyClicks(page.licence_edit, "92411221MA0000001")
    page.result_button.click()
    settle(qtbot)
    assert page.last_message == "已附办理结果（92411221MA0000001），结果文件已上传", page.last_message
    assert page.result_file is None and page.result_file_label.text() == "已上传（图片），窗口出件时可查看"
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SHOTS / "result_file_uploaded.png"))
    page.ready_button.click()
    settle(qtbot)
    assert page.view.detail.state == "result_ready"
    service.close()

    # the result window pulls; its case view offers the document, fetched once and kept
    result_pc = windows(server.url, center.code, name="issuing")
    result_pc.login(center.users["issuing"])
    assert result_pc.sync().ok
    RESULT_FILES.use(AttachmentClient.beside(result_pc.client))
    issuing = WindowContext(Actor("u-ly", "刘洋", Role.ISSUING, center.code, "S02", "9号窗口"), HALL)
    stories = CaseStoryService(
        result_pc.store, default_catalog(), result_pc.store.clock, issuing, tmp_path / "key", tmp_path / "notices"
    )
    host = BackOfficePage(service)  # any widget will do as the dialog's parent
    qtbot.addWidget(host)
    host.resize(1366, 768)
    view = CaseViewDialog(host, stories, case.case_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.result_file_button.isVisible()
    assert view.grab().save(str(SHOTS / "result_window_case_view.png"))
    view.result_file_button.click()
    settle(qtbot)
    shown = view.result_dialog
    assert isinstance(shown, ResultFileDialog) and shown.isVisible()
    assert not shown.rendered().isNull() and shown.rendered().width() == 1240
    assert "证照编号 92411221MA0000001" in shown.info_label.text() and "刚从中心服务器取回" in shown.info_label.text()
    qtbot.waitExposed(shown)
    assert shown.grab().save(str(SHOTS / "result_file_dialog.png"))
    shown.close()
    assert FileStore.results_of(result_pc.store).is_sealed(kept_sha(shown)) is (result_pc.store.files_key is not None)

    # the line goes down: this PC's copy is shown all the same
    RESULT_FILES.use(None)
    view.result_file_button.click()
    settle(qtbot)
    assert view.result_dialog is not None and "本机已存副本" in view.result_dialog.info_label.text()
    view.result_dialog.close()

    # a PC with no copy and no line: said in words, in red, with the licence number to check instead (the test's
    # windows share one folder: the copy the result PC kept is removed first)
    kept = FileStore.results_of(window.store)
    kept.path(kept_sha(shown)).unlink()
    stories_at_intake = CaseStoryService(
        window.store, default_catalog(), window.store.clock, issuing, tmp_path / "key2", tmp_path / "notices2"
    )
    assert window.sync().ok
    other = CaseViewDialog(host, stories_at_intake, case.case_id)
    qtbot.addWidget(other)
    other.show()
    other.result_file_button.click()
    settle(qtbot)
    assert "未连接中心服务器" in other.message_label.text() and "92411221MA0000001" in other.message_label.text()
    assert "#b00020" in other.message_label.styleSheet()
    host.close()
