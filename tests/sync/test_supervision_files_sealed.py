"""The supervisor's files sealed at rest with the database's key, as the scans, the pad signatures and the archived
notices are (``store.sealed_files``; regulation 000 Art. 32 个人信息保护, GB/T 39786-2021 §8.4 存储机密性): the
photos of a 现场巡查 (the hall, its clerks and citizens, the papers on a desk) and the inspector's signature drawn on
the pad. On a real SQLite file keyed from the (in-memory) keyring, a signature drawn on the real pad, real PDFs and
the real central server on loopback.

- after an inspection with a photo and the pad's signature, and a file review, no file under the data directory
  starts as a PNG, a JPEG or a PDF, and the supervisor's files are sealed;
- the printed 现场巡查记录 still shows the photo and the signature (``pdftoppm``: ink where they are);
- the upload to the center sends the plaintext: the center holds bytes whose SHA-256 is the file's name;
- the plain files of an earlier version are sealed once at start, also in a store that sealed its signatures and
  notices before (its mark set), and still read: the record printed, the upload;
- a sealed photo that does not open is said in words when it is sent, and left off the printed record.
"""

from __future__ import annotations

import hashlib
import io
import re
import subprocess
from datetime import date, datetime
from functools import partial
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Actor, Role
from govdesk.domain.file_review import ReviewFinding, Verdict
from govdesk.domain.inspection import Finding
from govdesk.services.runtime import KEPT_SEALED_KEY, SUPERVISION_SEALED_KEY, Runtime
from govdesk.services.supervision_records import SupervisionRecords
from govdesk.services.window import WindowContext
from govdesk.store import file_crypto
from govdesk.store.sealed_files import SUPERVISION_FOLDER
from govdesk.sync.client import MemoryTokenStore, SyncClient
from govdesk.sync.records import RecordFileClient, put_record, upload_record_file
from tests.central.conftest import PASSWORD, Center, RunningServer, make_center
from tests.services.test_handoff import APPLICANT_ID, make_case
from tests.services.test_kept_files_sealed import drawn_signature, files_under, open_runtime

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PLAIN_HEADS = (b"\x89PNG", b"\xff\xd8\xff", b"%PDF")
FAILED = "std-guide-desk"
DPI = 96


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 20, 9, 30, tzinfo=CST))  # a Friday


@pytest.fixture
def center(server: RunningServer) -> Center:
    return make_center(server)


def supervisor(rt: Runtime, username: str = "qian", center: Center | None = None) -> SupervisionRecords:
    """The supervisor's records on the window's runtime (of ``center`` at the central server, when given)."""
    code = center.code if center is not None else rt.window.actor.center_code
    actor = Actor(username, "钱督查", Role.SUPERVISOR, code, "S09")
    return SupervisionRecords(rt.store, rt.calendar, rt.clock, WindowContext(actor, rt.window.center))


def desk_photo(tmp_path: Path) -> Path:
    """A photo as the 高拍仪 writes it: a real JPEG, dark (a desk and its papers), so it shows as ink when printed."""
    image = Image.new("RGB", (640, 480), (30, 40, 60))
    for x in range(0, 640, 80):
        image.paste((200, 200, 190), (x + 10, 200, x + 60, 260))  # papers on the desk
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    path = tmp_path / "IMG_0001.JPG"
    path.write_bytes(out.getvalue())
    return path


def inspect(service: SupervisionRecords, photo: Path, signature: bytes) -> str:
    """An inspection answered in full, a photo on its failed item, signed on the pad."""
    inspection = service.start_inspection()
    for item in inspection.checklist.items:
        passed = item.code != FAILED
        service.answer(inspection.inspection_id, Finding(item.code, passed, "" if passed else "导服台无人值守"))
    service.attach_photo(inspection.inspection_id, FAILED, photo)
    service.sign_inspection(inspection.inspection_id, signature)
    return inspection.inspection_id


def words(pdf: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """The words of ``page`` with their boxes (points): text, x0, y0, x1, y1."""
    xhtml = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [(m[5], float(m[1]), float(m[2]), float(m[3]), float(m[4])) for m in re.finditer(pattern, xhtml)]


def word(pdf: Path, page: int, start: str) -> tuple[float, float, float, float]:
    for text, *box in words(pdf, page):
        if text.startswith(start):
            return box[0], box[1], box[2], box[3]
    raise AssertionError(f"{start} not on page {page}")


def ink(pdf: Path, page: int, box: tuple[float, float, float, float], tmp_path: Path) -> int:
    """Dark pixels of ``page`` inside ``box`` (points), rendered by pdftoppm."""
    out = tmp_path / f"ink-{page}"
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-png", "-f", str(page), "-l", str(page), str(pdf), str(out)], check=True
    )
    (png,) = tmp_path.glob(f"ink-{page}*.png")
    image = QImage(str(png))
    png.unlink()
    scale = DPI / 72
    x0, y0, x1, y1 = (int(v * scale) for v in box)
    return sum(
        1
        for y in range(max(0, y0), min(image.height(), y1), 2)
        for x in range(max(0, x0), min(image.width(), x1), 2)
        if image.pixelColor(x, y).lightness() < 100
    )


def signature_ink(pdf: Path, tmp_path: Path) -> int:
    """Ink right of 巡查人签名：, where the pad's image goes (60 px = 45 pt high, on the line's foot)."""
    _x0, _y0, x1, y1 = word(pdf, 1, "巡查人签名")
    return ink(pdf, 1, (x1 + 1, y1 - 50, x1 + 220, y1 + 2), tmp_path)


def photo_ink(pdf: Path, tmp_path: Path) -> int:
    """Ink on the photos' page between its heading and the photo's caption: the photo and nothing else."""
    _a, _b, _c, top = word(pdf, 2, "附：现场照片")
    _d, bottom, _e, _f = word(pdf, 2, "导服")
    return ink(pdf, 2, (0, top + 2, 600, bottom - 2), tmp_path)


def assert_nothing_plain(data: Path) -> None:
    for path in files_under(data):
        assert not path.read_bytes().startswith(PLAIN_HEADS), path


def test_an_inspection_leaves_no_photo_or_signature_plain_and_its_record_still_shows_them(
    clock: FixedClock, qtbot: QtBot, tmp_path: Path, qapp: object
) -> None:
    png = drawn_signature(qtbot)
    photo = desk_photo(tmp_path)
    data = tmp_path / "data"
    rt = open_runtime(tmp_path, clock)
    try:
        service = supervisor(rt)
        record = inspect(service, photo, png)
        case = make_case(rt.store, clock)  # a case handed over (finished), and its file review (卷宗评查) in full
        rt.handoff.hand_over_window(case.case_id, APPLICANT_ID, signed_on_paper=True)
        review = service.start_review("2026-12 评查", date(2000, 1, 1), date(2099, 12, 31), 1)
        service.record_finding(review.review_id, ReviewFinding(review.sample[0], Verdict.GOOD, note="卷宗齐全"))
        assert not service.review(review.review_id).remaining()

        kept = files_under(data / SUPERVISION_FOLDER)
        assert {p.name for p in kept} == {
            f"{hashlib.sha256(photo.read_bytes()).hexdigest()}.jpg",
            f"{hashlib.sha256(png).hexdigest()}.png",
        }
        assert all(file_crypto.is_sealed(p.read_bytes()) for p in kept)
        assert_nothing_plain(data)
        signed = service.inspection(record)
        assert service.read_file(signed.signature) == png  # through the key, the very bytes
        assert service.read_file(signed.findings[FAILED].photos[0]) == photo.read_bytes()

        pdf = service.inspection_pdf(record, tmp_path / "printed" / "巡查记录.pdf")
        assert_nothing_plain(data)  # the record goes where the supervisor chose, nothing decrypted beside the database
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "（签字）" not in text and "附：现场照片" in text
        assert signature_ink(pdf, tmp_path) > 20
        assert photo_ink(pdf, tmp_path) > 1000
    finally:
        rt.close()


def test_the_center_receives_the_plaintext_named_by_its_hash(
    clock: FixedClock, qtbot: QtBot, tmp_path: Path, qapp: object, server: RunningServer, center: Center
) -> None:
    png = drawn_signature(qtbot)
    photo = desk_photo(tmp_path)
    rt = open_runtime(tmp_path, clock)
    service = supervisor(rt, center.add_user("supervisor"), center)
    client = SyncClient(server.url, tokens=MemoryTokenStore())
    client.login(service.window.actor.clerk_id, PASSWORD)
    try:
        record = inspect(service, photo, png)
        digests = [f["sha256"] for f in service.inspection(record).to_json()["files"]]  # type: ignore[union-attr]
        assert len(digests) == 2
        for digest in digests:
            path = service.file_path(digest)
            assert path is not None and file_crypto.is_sealed(path.read_bytes())  # sealed at rest ...
        report = service.send_unsent(partial(put_record, client), partial(upload_record_file, client))
        assert (report.sent, report.refused) == (1, ())
        files = RecordFileClient.near(client)
        try:
            for digest, plain in zip(digests, (photo.read_bytes(), png), strict=True):
                reply = files._send("GET", f"/api/v1/supervision/files/{digest}")
                assert reply.status_code == 200
                assert hashlib.sha256(reply.content).hexdigest() == digest  # ... and the center has the plaintext
                assert reply.content == plain
        finally:
            files.close()
    finally:
        client.close()
        rt.close()


@pytest.mark.parametrize("signatures_sealed_before", [False, True])
def test_plain_files_from_before_are_sealed_at_start_and_still_read(
    clock: FixedClock,
    qtbot: QtBot,
    tmp_path: Path,
    qapp: object,
    server: RunningServer,
    center: Center,
    signatures_sealed_before: bool,
) -> None:
    png = drawn_signature(qtbot)
    photo = desk_photo(tmp_path)
    folder = tmp_path / "data" / SUPERVISION_FOLDER
    username = center.add_user("supervisor")
    before = open_runtime(tmp_path, clock, keyed=False)  # an earlier version: no key, the files plain
    try:
        record = inspect(supervisor(before, username, center), photo, png)
        if signatures_sealed_before:  # a version that sealed the signatures and notices, not these, had run
            with before.store.unit() as uow:
                uow.set_meta(KEPT_SEALED_KEY, before.store.now_text())
    finally:
        before.close()
    plain = {p: p.read_bytes() for p in files_under(folder)}
    assert len(plain) == 2 and all(b.startswith(PLAIN_HEADS) for b in plain.values())
    # that version's write killed before its rename: half a photo under a temporary name
    (folder / f"{next(iter(plain)).name}.part").write_bytes(photo.read_bytes()[:1000])

    after = open_runtime(tmp_path, clock)
    client = SyncClient(server.url, tokens=MemoryTokenStore())
    try:
        now = {p: p.read_bytes() for p in files_under(folder)}
        assert set(now) == set(plain) and all(file_crypto.is_sealed(b) for b in now.values())  # the half gone
        assert after.store.encrypted and after.store.get_meta(SUPERVISION_SEALED_KEY)
        service = supervisor(after, username, center)
        assert {service.read_file(p.name.split(".")[0]) for p in plain} == set(plain.values())
        pdf = service.inspection_pdf(record, tmp_path / "printed.pdf")
        assert signature_ink(pdf, tmp_path) > 20 and photo_ink(pdf, tmp_path) > 1000
        client.login(service.window.actor.clerk_id, PASSWORD)
        report = service.send_unsent(partial(put_record, client), partial(upload_record_file, client))
        assert (report.sent, report.refused) == (1, ())
        files = RecordFileClient.near(client)
        try:
            assert {files.photo(p.name.split(".")[0]) for p in plain} == set(plain.values())
        finally:
            files.close()
    finally:
        client.close()
        after.close()
    again = open_runtime(tmp_path, clock)  # the mark set: the next start does not walk the folder again
    try:
        assert {p: p.read_bytes() for p in files_under(folder)} == now
    finally:
        again.close()


def test_a_sealed_photo_that_does_not_open_is_said_when_sent_and_left_off_the_record(
    clock: FixedClock, qtbot: QtBot, tmp_path: Path, qapp: object
) -> None:
    rt = open_runtime(tmp_path, clock)
    try:
        service = supervisor(rt)
        record = inspect(service, desk_photo(tmp_path), drawn_signature(qtbot))
        path = service.file_path(service.inspection(record).findings[FAILED].photos[0])
        assert path is not None
        sealed = bytearray(path.read_bytes())
        sealed[file_crypto.HEADER_BYTES + 10] ^= 0x01
        path.write_bytes(bytes(sealed))
        pdf = service.inspection_pdf(record, tmp_path / "printed.pdf")
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "附：现场照片" not in text  # no broken picture: the photo is left off
        assert signature_ink(pdf, tmp_path) > 20  # the signature still there
        uploaded: list[str] = []
        report = service.send_unsent(
            lambda kind, rid, body: (True, ""), lambda rid, digest, data: (uploaded.append(digest) or True, "")
        )
        assert report.sent == 0 and uploaded == []
        ((rid, said),) = report.refused
        assert rid == record and "照片未能上传" in said and "无法解密" in said and path.name in said
    finally:
        rt.close()
