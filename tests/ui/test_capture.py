"""The 采集材料 dialog and the materials table's 扫描件 column, driven offscreen on a real store, with the simulated
高拍仪 writing into the watched folder; screenshots under /tmp/shots_attachments/."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPixmap
from pytestqt.qtbot import QtBot

from govdesk.devices.scanner import SimulatedScanner
from govdesk.domain.attachments import PageRef, SharedProof
from govdesk.domain.case import MaterialStatus
from govdesk.services.attachments import AttachmentService
from govdesk.services.drafts import IntakeDraft
from govdesk.store import Store
from govdesk.ui.intake.capture import CaptureDialog, CropDialog
from govdesk.ui.intake.materials import NOTE, PAGES
from govdesk.ui.intake.page import IntakePage

SHOTS = Path("/tmp/shots_attachments")
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def shot(widget: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


def test_pages_come_from_the_scanner_folder_and_turn_and_a_bad_file_is_said_in_red(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    service = AttachmentService(store)
    folder = tmp_path / "高拍仪"
    scanner = SimulatedScanner(folder)
    dialog = CaptureDialog(service, "居民身份证", (), folder)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 560)
    dialog.show()
    assert dialog.count_label.text() == "尚未采集"
    scanner.scan("front")
    scanner.scan("back")
    scanner.scan_pdf(["p1", "p2"])
    qtbot.waitUntil(lambda: len(dialog.pages) == 3, timeout=5000)  # the watched folder, no click
    assert dialog.count_label.text() == "共 4 页"
    assert dialog.list.count() == 3

    (folder / "说明.txt").write_text("not a scan")
    qtbot.waitUntil(lambda: "说明.txt" in dialog.message.text(), timeout=5000)
    assert "不是 JPEG、PNG 或 PDF" in dialog.message.text()
    assert "#b00020" in dialog.message.styleSheet()
    assert len(dialog.pages) == 3  # nothing captured before it is lost

    first = dialog.pages[0]
    dialog.list.setCurrentRow(0)
    dialog.rotate(1)
    qtbot.waitUntil(lambda: dialog.pages[0] != first, timeout=5000)
    turned = QPixmap()
    turned.loadFromData(service.preview_bytes(dialog.pages[0]))
    original = QPixmap()
    original.loadFromData(service.preview_bytes(first))
    assert (turned.width(), turned.height()) == (original.height(), original.width())
    dialog.list.setCurrentRow(2)  # the PDF: no turning or cropping
    assert not dialog.crop_button.isEnabled() and not dialog.left_button.isEnabled()
    dialog.list.setCurrentRow(1)
    dialog.move_page(-1)
    assert dialog.list.currentRow() == 0
    shot(dialog, "capture_dialog")
    dialog.delete()
    assert dialog.count_label.text() == "共 3 页"
    dialog.close()
    assert not dialog.timer.isActive()  # the folder is watched only while the dialog is open


def test_the_crop_frame_gives_the_part_of_the_page_kept(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    service = AttachmentService(store)
    page = service.capture_file(SimulatedScanner(tmp_path / "dev").scan("page"))
    pixmap = QPixmap()
    pixmap.loadFromData(service.preview_bytes(page))
    crop = CropDialog(pixmap)
    qtbot.addWidget(crop)
    crop.show()
    w, h = crop.shown.width(), crop.shown.height()
    crop.select(QRect(w // 4, h // 4, w // 2, h // 2))
    box = crop.box()
    assert box is not None
    assert [round(v, 2) for v in box] == [0.25, 0.25, 0.75, 0.75]
    shot(crop, "crop_dialog")
    cropped = service.crop(page, box)
    assert cropped.size < page.size


def test_the_materials_table_counts_the_captured_pages_and_the_draft_keeps_them(
    qtbot: QtBot, page: IntakePage, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.add_item("GAJ-01-004")  # 居民身份证换领: the 户口簿 is 免提交
    model = page.materials_model
    row = model.row_of("old_id_card")
    scanner = SimulatedScanner(tmp_path / "dev")
    service = AttachmentService(store)
    captured = (service.capture_file(scanner.scan("a")), service.capture_file(scanner.scan("b")))
    asked: list[tuple[str, tuple[PageRef, ...]]] = []

    def ask(_parent: object, _service: object, name: str, pages: tuple[PageRef, ...], _folder: Path) -> object:
        asked.append((name, pages))
        return captured

    monkeypatch.setattr(CaptureDialog, "ask", classmethod(lambda cls, *a: ask(*a)))
    page.materials_view.setFocus()
    page.materials_view.setCurrentIndex(model.index(row, 0))
    with qtbot.waitSignal(page.draft_saved, timeout=3000):
        qtbot.keyClick(page.materials_view, Qt.Key.Key_S)
    assert asked == [(model.material(row).name, ())]
    assert model.data(model.index(row, PAGES)) == "2 页"
    (kept,) = store.load_drafts()
    assert IntakeDraft.from_json(kept.data).materials["old_id_card"].pages == captured
    model.cycle(row)  # the clerk marks it again: the pages stay
    assert model.record(row) is not None and model.record(row).pages == captured  # type: ignore[union-attr]

    shared = model.row_of("household_register")
    page.draft.set_shared("household_register", "居民户口簿", SharedProof("电子证照库", "HK-411221-2019-004512"))
    page.refresh()
    assert model.status(shared) is MaterialStatus.SHARED
    assert model.data(model.index(shared, NOTE)) == "已通过电子证照核验（证照编号 HK-411221-2019-004512）"
    shot(page.materials_view, "materials_table")
    shot(page, "intake_page")
