"""Photos of a hall inspection reach the real central server on loopback like scanned materials (resumable chunks,
hash-checked, after the record that names them), are read back by a colleague of the same center only, and every
hostile upload is refused in words: a file the record does not name, a type that is not one, a size over the limit,
a chunk too large, bytes that do not hash to the name, another supervisor's or another center's record, a clerk."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from govdesk.central.staging import AttachmentBlob
from govdesk.central.supervision_files import PHOTO_LIMIT, SupervisionFile
from govdesk.central.supervision_records import SupervisionRecordRow
from govdesk.devices.scanner import SimulatedScanner
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Actor, Role
from govdesk.domain.inspection import Finding
from govdesk.domain.notices import CenterProfile
from govdesk.protocol.attachments import UPLOAD_CHUNK
from govdesk.services.supervision_records import SupervisionRecords
from govdesk.services.window import WindowContext
from govdesk.shipped import default_calendar
from govdesk.store import open_store
from govdesk.sync.client import MemoryTokenStore, SyncClient
from govdesk.sync.records import RecordFileClient, put_record, record_file_path, upload_record_file
from tests.central.conftest import PASSWORD, Center, RunningServer, make_center, register_window
from tests.helpers.uploads import case_with_pages, ref_of, upload_all

CENTER = CenterProfile(name="测试中心", address="", phone="", review_body="")
FAILED = "std-guide-desk"


def _client(server: RunningServer, username: str) -> SyncClient:
    client = SyncClient(server.url, tokens=MemoryTokenStore())
    client.login(username, PASSWORD)
    return client


def _records(center: Center, tmp_path: Path, username: str) -> SupervisionRecords:
    store = open_store(tmp_path / f"{username}.db")
    actor = Actor(username, "钱督查", Role.SUPERVISOR, center.code, "S09")
    clock = FixedClock(datetime(2026, 12, 7, 9, tzinfo=CST))
    return SupervisionRecords(store, default_calendar(), clock, WindowContext(actor, CENTER))


def _walk(service: SupervisionRecords, tmp_path: Path, sizes: tuple[int, ...]) -> tuple[str, list[bytes]]:
    """An inspection answered in full, ``sizes`` photos (real JPEGs) on its failed item, signed on the pad."""
    scanner = SimulatedScanner(tmp_path / "camera", prefix="PHOTO")
    inspection = service.start_inspection()
    for item in inspection.checklist.items:
        passed = item.code != FAILED
        service.answer(inspection.inspection_id, Finding(item.code, passed, "" if passed else "导服台无人值守"))
    photos = []
    for n, size in enumerate(sizes):
        data = scanner.page_jpeg(f"desk {n}", size=(1600, 1200) if size > 300_000 else (800, 600), target_bytes=size)
        path = tmp_path / f"photo{n}.jpg"
        path.write_bytes(data)
        service.attach_photo(inspection.inspection_id, FAILED, path)
        photos.append(data)
    pad = scanner.page_jpeg("sig", size=(200, 80))
    from PIL import Image  # the pad's PNG

    png = tmp_path / "sig.png"
    Image.open(__import__("io").BytesIO(pad)).save(png)
    service.sign_inspection(inspection.inspection_id, png.read_bytes())
    return inspection.inspection_id, photos


@pytest.fixture
def hall(server: RunningServer) -> dict[str, Any]:
    a, b = make_center(server), make_center(server)
    return {
        "a": a,
        "b": b,
        "qian": a.add_user("supervisor", "qian", "钱督查"),
        "sun": a.add_user("supervisor", "sun", "孙督查"),
        "other": b.add_user("supervisor", "b", "外中心督查"),
    }


def test_photos_follow_their_record_once_resume_and_a_colleague_reads_them(
    hall: dict[str, Any], server: RunningServer, tmp_path: Path
) -> None:
    service = _records(hall["a"], tmp_path, hall["qian"])
    client = _client(server, hall["qian"])
    try:
        record_id, photos = _walk(service, tmp_path, (700_000, 50_000))  # two chunks, and one
        assert len(photos[0]) > UPLOAD_CHUNK
        body = service.inspection(record_id).to_json()
        assert len(body["files"]) == 3  # type: ignore[arg-type]  # two photos and the signature image
        # the line is cut after the first chunk of the large photo: the record is there, the photo half
        assert put_record(client, "inspection", record_id, {**body, "version": 20, "final": True}) == (True, "")
        digest = hashlib.sha256(photos[0]).hexdigest()
        files = RecordFileClient.near(client)
        try:
            half = files.record_put(record_id, digest, 0, photos[0][:UPLOAD_CHUNK])
        finally:
            files.close()
        assert (half.received, half.complete) == (UPLOAD_CHUNK, False)
        report = service.send_unsent(partial(put_record, client), partial(upload_record_file, client))
        assert (report.sent, report.refused) == (1, ())
        with server.central.tx() as session:
            linked = set(session.scalars(select(SupervisionFile.sha256).where(SupervisionFile.record_id == record_id)))
            blob = session.get(AttachmentBlob, digest)
            assert blob is not None and blob.complete and blob.size == len(photos[0])
        assert linked == {f["sha256"] for f in body["files"]}  # type: ignore[index, union-attr]
        assert service.send_unsent(partial(put_record, client), partial(upload_record_file, client)).sent == 0
    finally:
        client.close()
        service.store.close()
    # a colleague of the same center reads them; another center's supervisor and a clerk do not
    colleague = _client(server, hall["sun"])
    outsider = _client(server, hall["other"])
    clerk = _client(server, hall["a"].users["intake"])
    try:
        for data in photos:
            sha = hashlib.sha256(data).hexdigest()
            reader = RecordFileClient.near(colleague)
            assert reader.photo(sha) == data
            reader.close()
            foreign = RecordFileClient.near(outsider)
            assert foreign.photo(sha) is None
            foreign.close()
            reply = clerk.session.get(
                f"{server.url}/api/v1/supervision/files/{sha}",
                headers={"Authorization": f"Bearer {clerk.access_token}"},
            )
            assert reply.status_code == 403
    finally:
        for c in (colleague, outsider, clerk):
            c.close()


def _raw(client: SyncClient, method: str, path: str, data: bytes | None = None, **params: Any) -> Any:
    headers = {"Authorization": f"Bearer {client.access_token}", "Content-Type": "application/octet-stream"}
    return client.session.request(method, client.base_url + path, data=data, params=params, headers=headers)


def test_hostile_uploads_are_refused_in_words(hall: dict[str, Any], server: RunningServer, tmp_path: Path) -> None:
    service = _records(hall["a"], tmp_path, hall["qian"])
    client = _client(server, hall["qian"])
    colleague = _client(server, hall["sun"])
    outsider = _client(server, hall["other"])
    try:
        record_id, photos = _walk(service, tmp_path, (40_000,))
        body = service.inspection(record_id).to_json()
        sha = hashlib.sha256(photos[0]).hexdigest()
        # before the record is at the center: nothing is taken
        first = _raw(client, "PUT", record_file_path(record_id, sha), photos[0], offset=0)
        assert first.status_code == 404 and "照片随记录之后上传" in first.json()["message_zh"]
        # the record names a file of 20 MB and a "photo" that is a PDF: refused whatever comes
        pdf = "c" * 64
        big = "d" * 64
        forged = {
            **body,
            "files": [*body["files"], {"sha256": pdf, "size": 1000, "content_type": "application/pdf", "pages": 1},  # type: ignore[list-item]
                      {"sha256": big, "size": PHOTO_LIMIT + 1, "content_type": "image/jpeg", "pages": 1}],
            "version": 30,
            "final": True,
        }  # fmt: skip
        assert put_record(client, "inspection", record_id, forged) == (True, "")
        said = {
            "not named": _raw(client, "PUT", record_file_path(record_id, "e" * 64), b"\xff\xd8\xff" + b"0" * 10),
            "pdf": _raw(client, "PUT", record_file_path(record_id, pdf), b"%PDF-1.7" + b"0" * 992),
            "too big": _raw(client, "PUT", record_file_path(record_id, big), b"\xff\xd8\xff" + b"0" * 10),
            "not a jpeg": _raw(client, "PUT", record_file_path(record_id, sha), b"GIF89a" + photos[0][6:], offset=0),
            "chunk": _raw(client, "PUT", record_file_path(record_id, sha), b"\xff\xd8\xff" + b"0" * (1024 * 1024)),
            "colleague": _raw(colleague, "PUT", record_file_path(record_id, sha), photos[0], offset=0),
            "other center": _raw(outsider, "PUT", record_file_path(record_id, sha), photos[0], offset=0),
            "bad offset": _raw(client, "PUT", record_file_path(record_id, sha), photos[0], offset=-1),
        }
        codes = {k: (v.status_code, v.json().get("code", "")) for k, v in said.items()}
        assert codes == {
            "not named": (409, "not_named"),
            "pdf": (415, "file_type"),
            "too big": (413, "file_too_large"),
            "not a jpeg": (415, "content_mismatch"),
            "chunk": (413, "too_large"),  # the body limit answers before the route reads it
            "colleague": (403, "not_the_author"),
            "other center": (404, "record_unknown"),
            "bad offset": (422, "invalid_request"),
        }
        for reply in said.values():
            assert reply.json().get("message_zh")  # every refusal in words
        # bytes that do not hash to the name are dropped, never served, and the upload starts again
        wrong = b"\xff\xd8\xff\xe0" + bytes(len(photos[0]) - 4)
        reply = _raw(client, "PUT", record_file_path(record_id, sha), wrong, offset=0)
        assert reply.status_code == 422 and reply.json()["code"] == "hash_mismatch"
        state = _raw(client, "GET", record_file_path(record_id, sha)).json()
        assert (state["received"], state["complete"]) == (0, False)
        assert RecordFileClient.near(client).photo(sha) is None
        # the real one then arrives
        assert upload_record_file(client, record_id, sha, tmp_path / "photo0.jpg") == (True, "")
        with server.central.tx() as session:
            stored = session.scalars(select(SupervisionRecordRow).where(SupervisionRecordRow.record_id == record_id))
            assert json.loads(next(iter(stored)).body)["state"] == "signed"
    finally:
        for c in (client, colleague, outsider):
            c.close()
        service.store.close()


def test_a_photo_from_the_camera_folder_is_taken_and_a_file_that_is_none_refused(
    hall: dict[str, Any], tmp_path: Path
) -> None:
    service = _records(hall["a"], tmp_path, hall["qian"])
    try:
        inspection = service.start_inspection()
        service.answer(inspection.inspection_id, Finding(FAILED, False, "导服台无人值守"))
        camera = service.camera_folder
        from govdesk.services.supervision_records import SupervisionError

        with pytest.raises(SupervisionError, match="未找到相机或高拍仪的输出文件夹"):
            service.take_camera_photos(inspection.inspection_id, FAILED, camera)
        camera.mkdir()
        shot = SimulatedScanner(camera, prefix="CAM").scan("desk")
        (camera / "notes.jpg").write_text("not a photo", encoding="utf-8")
        (camera / "writing.jpg.part").write_bytes(b"\xff\xd8\xff")  # still being written: left alone
        saved, refused = service.take_camera_photos(inspection.inspection_id, FAILED, camera)
        assert saved is not None and len(refused) == 1 and refused[0].startswith("notes.jpg：")
        finding = service.inspection(inspection.inspection_id).findings[FAILED]
        assert len(finding.photos) == 1 and (camera / "已采集" / shot.name).exists()
        assert (camera / "未采集" / "notes.jpg").exists() and (camera / "writing.jpg.part").exists()
        assert service.inspection(inspection.inspection_id).files[finding.photos[0]].content_type == "image/jpeg"
    finally:
        service.store.close()


def test_another_centers_scan_named_in_an_inspection_needs_its_bytes(
    hall: dict[str, Any], server: RunningServer, tmp_path: Path
) -> None:
    """A supervisor of center B naming center A's citizen's scan (by its hash) in an inspection is not linked to it,
    is told nothing of it, and reads nothing, until the supervisor sends the very file (central.attachments)."""
    window = register_window(hall["a"])
    scan = SimulatedScanner(tmp_path / "scans", prefix="ID").page_jpeg("身份证", size=(800, 600))
    sha = hashlib.sha256(scan).hexdigest()
    assert upload_all(window, case_with_pages(window, [ref_of(scan)]), scan)["complete"] is True

    service = _records(hall["b"], tmp_path, hall["other"])
    client = _client(server, hall["other"])
    try:
        record_id, _photos = _walk(service, tmp_path, (30_000,))
        body = service.inspection(record_id).to_json()
        named = {**body, "files": [*body["files"], ref_of(scan)], "version": 40, "final": True}  # type: ignore[list-item]
        assert put_record(client, "inspection", record_id, named) == (True, "")
        path = record_file_path(record_id, sha)
        state = _raw(client, "GET", path).json()
        assert (state["received"], state["complete"]) == (0, False)
        shortcut = _raw(client, "PUT", path, b"", offset=len(scan))
        assert shortcut.status_code == 409 and shortcut.json()["detail"]["received"] == 0
        assert RecordFileClient.near(client).photo(sha) is None
        wrong = scan[:-6] + b"\0" * 6
        assert _raw(client, "PUT", path, wrong, offset=0).json()["code"] == "hash_mismatch"
        assert RecordFileClient.near(client).photo(sha) is None
        sent = _raw(client, "PUT", path, scan, offset=0)
        assert sent.status_code == 200 and sent.json()["complete"] is True
        assert RecordFileClient.near(client).photo(sha) == scan
    finally:
        client.close()
        service.store.close()
