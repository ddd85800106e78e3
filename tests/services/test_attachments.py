"""Electronic materials at the window on a real store: captured from a file or the 高拍仪's folder, turned and
cropped, kept with the draft across a restart, their hashes in the case's events (the chain covers them) and queued
for the center in the decision's own transaction; 免提交 materials recorded with source and reference."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from govdesk.devices.scanner import SimulatedScanner
from govdesk.domain.assessment import Outcome
from govdesk.domain.attachments import AttachmentRefused, SharedProof
from govdesk.domain.case import Applicant, ApplicantKind, MaterialStatus
from govdesk.services.attachments import TAKEN_DIR, AttachmentService, LicenceDesk, LicenceLookupFailed
from govdesk.services.drafts import IntakeDraft
from govdesk.services.intake import IntakeService
from govdesk.store import Store, open_store
from govdesk.store import attachments as queue_db
from govdesk.store.verify import verify_database

VALID_ID = "11010519491231002X"


def size_of(service: AttachmentService, sha: str) -> tuple[int, int]:
    with Image.open(io.BytesIO(service.files.path(sha).read_bytes())) as img:
        return img.size


def test_the_scanners_folder_is_taken_in_and_what_is_no_scan_is_said(store: Store, tmp_path: Path) -> None:
    service = AttachmentService(store)
    folder = tmp_path / "高拍仪"
    scanner = SimulatedScanner(folder)
    scanner.scan("ID front")
    scanner.scan_pdf(["p1", "p2"])
    (folder / "readme.txt").write_text("not a scan")
    (folder / "SCAN_half.jpg.part").write_bytes(b"\xff\xd8\xff")  # the driver is still writing it
    taken = service.take_from_folder(folder)
    assert [p.content_type for p in taken.pages] == ["image/jpeg", "application/pdf"]
    assert [p.pages for p in taken.pages] == [1, 2]
    assert all(service.files.verify(p) for p in taken.pages)
    ((name, why),) = taken.problems
    assert name == "readme.txt" and "不是 JPEG、PNG 或 PDF" in why
    assert sorted(p.name for p in (folder / TAKEN_DIR).iterdir())[0].startswith("SCAN_")
    assert (folder / "SCAN_half.jpg.part").exists()  # never taken half-written
    assert service.take_from_folder(folder).pages == ()  # each file taken once


def test_a_page_turns_and_crops_into_new_files_and_a_pdf_is_refused_in_words(store: Store, tmp_path: Path) -> None:
    service = AttachmentService(store)
    scanner = SimulatedScanner(tmp_path / "dev")
    page = service.capture_file(scanner.scan("page"))
    w, h = size_of(service, page.sha256)
    turned = service.rotate(page, 1)
    assert turned.sha256 != page.sha256 and size_of(service, turned.sha256) == (h, w)
    assert service.rotate(page, 4) == page
    cropped = service.crop(page, (0.1, 0.2, 0.6, 0.7))
    cw, ch = size_of(service, cropped.sha256)
    assert abs(cw - w / 2) <= 1 and abs(ch - h / 2) <= 1
    with pytest.raises(AttachmentRefused, match="裁剪范围"):
        service.crop(page, (0.5, 0.5, 0.4, 0.9))
    pdf = service.capture_file(scanner.scan_pdf(["a"]))
    with pytest.raises(AttachmentRefused, match="PDF"):
        service.rotate(pdf, 1)


def test_an_empty_or_oversized_file_is_refused_before_it_is_kept(store: Store, tmp_path: Path) -> None:
    service = AttachmentService(store)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(AttachmentRefused, match="空文件"):
        service.capture_file(empty)
    big = tmp_path / "big.jpg"
    with big.open("wb") as fh:
        fh.write(b"\xff\xd8\xff\xe0")
        fh.truncate(21 * 1024 * 1024)
    with pytest.raises(AttachmentRefused, match="太大"):
        service.capture_file(big)
    assert [p for p in service.files.root.rglob("*") if p.is_file()] == []  # nothing half-kept


def test_scans_survive_a_restart_with_the_draft_and_go_into_the_events_and_the_queue(
    intake: IntakeService, tmp_path: Path
) -> None:
    store = intake.store
    service = AttachmentService(store, clerk_id=intake.window.actor.clerk_id)
    scanner = SimulatedScanner(tmp_path / "dev")
    draft = intake.new_draft(["GAJ-01-004"])  # 居民身份证换领: 户口簿 by data sharing
    draft.applicant = Applicant(ApplicantKind.PERSON, "张三", "111", VALID_ID, phone="13812345678")
    for m in intake.preview(draft).assessment.applicable:
        if not m.shared and m.required:
            draft.set_material(m.code, m.name, MaterialStatus.RECEIVED, m.forms[0], m.copies)
    pages = (service.capture_file(scanner.scan("old id front")), service.capture_file(scanner.scan("old id back")))
    service.set_pages(draft, "old_id_card", "居民身份证（旧证）", pages)
    proof = SharedProof("电子证照库", "HK-411221-2019-004512", "张三")
    service.record_shared(draft, "household_register", "居民户口簿", proof)
    # a status changed after the capture keeps the pages
    draft.set_material("old_id_card", "居民身份证（旧证）", MaterialStatus.RECEIVED)

    # the program is closed and opened again
    path = store.path
    store.close()
    reopened = open_store(path)
    (kept,) = reopened.load_drafts(intake.window.actor.clerk_id)
    back = IntakeDraft.from_json(kept.data)
    assert back.materials["old_id_card"].pages == pages
    assert back.materials["household_register"].reference == "HK-411221-2019-004512"

    intake.store = reopened
    result = intake.decide(back, Outcome.ACCEPT)
    recorded = {e.payload["code"]: e.payload for e in result.case.events if e.kind == "case.material_recorded"}
    assert recorded["old_id_card"]["pages"] == [p.to_json() for p in pages]
    assert recorded["household_register"]["status"] == "shared"
    assert recorded["household_register"]["source"] == "电子证照库"
    assert recorded["household_register"]["reference"] == "HK-411221-2019-004512"
    with reopened.reading() as db:
        rows = db.exec_driver_sql("SELECT case_id, sha256, status FROM attachment_uploads ORDER BY created_at").all()
        assert {r[1] for r in rows} == {p.sha256 for p in pages}
        assert {r[0] for r in rows} == {result.case.case_id} and {r[2] for r in rows} == {"pending"}
        assert queue_db.ready(db) == []  # the case's events are still in the outbox: the files wait for them
    assert verify_database(path).ok
    reopened.close()


def test_a_licence_lookup_says_why_it_cannot_be_made() -> None:
    desk = LicenceDesk()
    with pytest.raises(LicenceLookupFailed, match="证件号码"):
        desk.verify("household_register", "居民户口簿", " ")
    with pytest.raises(LicenceLookupFailed, match="未连接中心服务器"):
        desk.verify("household_register", "居民户口簿", VALID_ID)


def test_files_chosen_together_each_is_taken_or_its_refusal_named(store: Store, tmp_path: Path) -> None:
    service = AttachmentService(store)
    scanner = SimulatedScanner(tmp_path / "chosen")
    good = scanner.scan("front")
    note = tmp_path / "说明.txt"
    note.write_text("not a scan")
    other = scanner.scan("back")
    take = service.capture_files([good, note, other])
    assert len(take.pages) == 2  # the one that is no scan does not stop the ones after it
    ((name, why),) = take.problems
    assert name == "说明.txt" and "不是 JPEG、PNG 或 PDF" in why
