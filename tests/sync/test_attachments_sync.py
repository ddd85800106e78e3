"""Scanned materials from a township window to the real central server on loopback: after their case's events, in
chunks, through a line that cuts, resumed after a restart, each file arriving exactly once with its hash; the events
behind them never wait for them."""

from __future__ import annotations

import asyncio
import hashlib
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from govdesk.central.attachments import CaseAttachment
from govdesk.central.licences import seed_demo
from govdesk.central.staging import AttachmentBlob
from govdesk.protocol import CLIENT_VERSION_HEADER
from govdesk.services.attachments import LicenceDesk, LicenceLookupFailed, StoreAttachmentQueue, make_uploader
from govdesk.store import open_store
from govdesk.store.attachments import FileStore, enqueue_case_files
from govdesk.store.crypto import new_key
from govdesk.store.file_crypto import files_key
from govdesk.store.outbox import depth
from govdesk.sync.attachments import MAX_CASE_WAITS, AttachmentClient, AttachmentUploader
from govdesk.sync.backoff import Backoff
from govdesk.sync.errors import ClientTooOld
from tests.helpers.scans import jpeg_like, scanned_case, scanner_pages
from tests.sync.conftest import Center, RunningServer, Window, Windows, assert_exactly_once
from tests.sync.proxy import FaultProxy

CHUNK = 64 * 1024 - 1000  # not a multiple of the sealed segments: a resume starts mid-segment


def uploader_for(window: Window, files: FileStore, chunk: int = CHUNK) -> AttachmentUploader:
    return AttachmentUploader(
        AttachmentClient.beside(window.client),
        StoreAttachmentQueue(window.store, files),
        chunk_size=chunk,
        backoff=Backoff(0.01, 0.05),
    )


def upload_rows(window: Window) -> dict[tuple[str, str], str]:
    with window.store.reading() as db:
        rows = db.exec_driver_sql("SELECT case_id, sha256, status FROM attachment_uploads").all()
    return {(r[0], r[1]): r[2] for r in rows}


def center_files(server: RunningServer, case_ids: list[str]) -> dict[str, list[tuple[str, int, str]]]:
    with server.central.tx() as session:
        rows = session.execute(
            select(CaseAttachment.case_id, CaseAttachment.material_code, CaseAttachment.page, CaseAttachment.sha256)
            .where(CaseAttachment.case_id.in_(case_ids))
            .order_by(CaseAttachment.case_id, CaseAttachment.page)
        ).all()
    found: dict[str, list[tuple[str, int, str]]] = {case_id: [] for case_id in case_ids}
    for case_id, code, page, sha in rows:
        found[case_id].append((code, page, sha))
    return found


def stored_bytes(server: RunningServer, sha: str) -> bytes:
    return (server.db_path.parent / f"{server.db_path.name}.attachments" / sha[:2] / sha).read_bytes()


def test_twenty_cases_of_three_scans_arrive_once_through_a_line_that_cuts(
    server: RunningServer, center: Center, proxy: FaultProxy, windows: Windows, tmp_path: Path
) -> None:
    window = windows(proxy.url, center.code, name="township")
    window.login(center.users["intake"])
    files = FileStore(tmp_path / "scans")
    pages = scanner_pages(60)
    cases = [scanned_case(window.store, files, center.code, pages[i * 3 : i * 3 + 3])[0] for i in range(20)]
    uploader = uploader_for(window, files)
    # nothing goes before its case's events: the outbox is full, so no file is ready
    assert window.run(uploader.drain_once()).sent == 0
    assert set(upload_rows(window).values()) == {"pending"}

    for mode, times in (("drop_reply", 4), ("500_before", 2), ("cut_body", 2), ("500_after", 2), ("twice", 2)):
        proxy.inject(mode, "/api/v1/cases/", times)
    proxy.inject("drop_reply", "/api/v1/sync/push")
    for _ in range(60):
        window.sync()
        window.run(uploader.drain_once())
        if set(upload_rows(window).values()) == {"sent"}:
            break
    window.run(uploader.aclose())

    assert set(upload_rows(window).values()) == {"sent"}, upload_rows(window)
    faults = [s for _m, p, s in proxy.log if p.startswith("/api/v1/cases/") and not s.isdigit()]
    assert sorted(set(faults)) == ["500_after", "500_before", "cut_body", "drop_reply"]
    assert proxy.state.faults == []  # every cut injected (and the chunks sent twice) hit an upload
    arrived = center_files(server, [c.case_id for c in cases])
    for case in cases:
        expected = [("id_card", i, p.sha256) for i, p in enumerate(case.materials["id_card"].pages, start=1)]
        assert arrived[case.case_id] == expected
    with server.central.tx() as session:
        shas = [p.sha256 for c in cases for p in c.materials["id_card"].pages]
        blobs = session.scalars(select(AttachmentBlob).where(AttachmentBlob.sha256.in_(shas))).all()
        assert len(blobs) == 60 and all(b.complete and b.received == b.size for b in blobs)
        links = session.scalar(select(func.count()).select_from(CaseAttachment).where(CaseAttachment.sha256.in_(shas)))
        assert links == 60
    for sha in shas:
        assert hashlib.sha256(stored_bytes(server, sha)).hexdigest() == sha
    assert_exactly_once(server, window)
    with window.store.reading() as db:
        assert depth(db) == 0  # no record with attachments stuck in the outbox


def test_a_restart_mid_file_resumes_from_what_the_center_holds(
    server: RunningServer, center: Center, windows: Windows, tmp_path: Path
) -> None:
    window = windows(server.url, center.code, name="restart")
    window.login(center.users["intake"])
    files = FileStore(tmp_path / "scans", files_key(new_key()))  # sealed at rest: resumed mid-segment all the same
    data = jpeg_like(1_000_000)
    case, (ref,) = scanned_case(window.store, files, center.code, [data])
    assert data[: 64 * 1024] not in files.path(ref.sha256).read_bytes()
    window.sync()
    # the program is closed after five chunks of the file went
    client = AttachmentClient.beside(window.client)
    for k in range(5):
        client.put(case.case_id, ref.sha256, k * CHUNK, data[k * CHUNK : (k + 1) * CHUNK])
    client.close()
    path = window.store.path
    window.store.close()

    window.store = open_store(path)  # started again: the queue and the files are where they were
    uploader = uploader_for(window, files)
    report = window.run(uploader.drain_once())
    window.run(uploader.aclose())
    assert report.sent == 1
    assert report.bytes_sent == len(data) - 5 * CHUNK  # not one byte sent twice
    assert stored_bytes(server, ref.sha256) == data


def test_scans_on_a_held_line_never_keep_the_events_behind_them_waiting(
    server: RunningServer, center: Center, proxy: FaultProxy, windows: Windows, tmp_path: Path
) -> None:
    window = windows(proxy.url, center.code, name="slowline")
    window.login(center.users["intake"])
    files = FileStore(tmp_path / "scans")
    scanned_case(window.store, files, center.code, [jpeg_like(200_000)])
    window.sync()
    later = window.intake(3)  # taken in after the scans, while the scans are held on the line
    proxy.inject("delay", "/api/v1/cases/")  # the line holds the upload for 8 s
    uploader = uploader_for(window, files)

    async def both() -> tuple[float, bool]:
        drain = asyncio.ensure_future(uploader.drain_once())
        await asyncio.sleep(0.5)
        started = time.monotonic()
        report = await window.engine.sync_once()
        took = time.monotonic() - started
        assert report.ok, report.error
        still_uploading = not drain.done()
        await drain
        return took, still_uploading

    took, still_uploading = window.run(both())
    window.run(uploader.aclose())
    assert still_uploading
    assert took < 4.0  # the events went while the file was held
    statuses = window.outbox_statuses()
    assert all(statuses[e.event_id] == "sent" for c in later for e in c.events)


def test_a_file_damaged_on_this_pc_is_refused_in_words_not_sent(
    server: RunningServer, center: Center, windows: Windows, tmp_path: Path
) -> None:
    window = windows(server.url, center.code, name="damaged")
    window.login(center.users["intake"])
    files = FileStore(tmp_path / "scans")
    case, (ref,) = scanned_case(window.store, files, center.code, [jpeg_like(30_000)])
    window.sync()
    damaged = files.path(ref.sha256)
    damaged.write_bytes(damaged.read_bytes()[:-1] + b"X")
    uploader = uploader_for(window, files)
    report = window.run(uploader.drain_once())
    window.run(uploader.aclose())
    assert report.refused == 1
    with window.store.reading() as db:
        error = db.exec_driver_sql("SELECT status, last_error FROM attachment_uploads").one()
    assert error[0] == "refused"
    assert "损坏" in error[1]
    assert center_files(server, [case.case_id])[case.case_id] == []


def test_the_programs_uploader_runs_beside_the_engine_and_is_woken_by_its_rounds(
    server: RunningServer, center: Center, windows: Windows, tmp_path: Path
) -> None:
    window = windows(server.url, center.code, name="wired")
    window.login(center.users["intake"])
    files = FileStore.beside(window.store.path)  # where the program keeps them
    case, refs = scanned_case(window.store, files, center.code, [jpeg_like(80_000), jpeg_like(90_000)])
    uploader = make_uploader(window.store, window.engine)
    uploader.poll_interval = 3600.0  # only a wake can make it look again

    async def scenario() -> None:
        task = asyncio.ensure_future(uploader.run())
        await asyncio.sleep(0.3)  # its first look: the case's events are still in the outbox
        assert uploader.status.pending == 2
        report = await window.engine.sync_once()  # the events go, and the round wakes the uploader
        assert report.ok
        for _ in range(100):
            if uploader.status.sent == 2:
                break
            await asyncio.sleep(0.05)
        uploader.stop()
        await task
        await uploader.aclose()

    window.run(scenario())
    assert uploader.status.sent == 2 and uploader.status.pending == 0
    assert [sha for _c, _p, sha in center_files(server, [case.case_id])[case.case_id]] == [r.sha256 for r in refs]


def test_the_window_finds_the_applicants_licence_at_the_center_and_says_when_there_is_none(
    server: RunningServer, center: Center, windows: Windows
) -> None:
    with server.central.tx() as session:
        seed_demo(session)
    window = windows(server.url, center.code, name="licence")
    desk = LicenceDesk()
    desk.use(AttachmentClient.beside(window.client))
    with pytest.raises(LicenceLookupFailed, match="登录"):  # not logged in yet: said, nothing asked of the applicant
        desk.verify("household_register", "居民户口簿", "110101199003071234")
    window.login(center.users["intake"])
    proof = desk.verify("household_register", "居民户口簿", "110101199003071234")
    assert proof.reference == "HK-411221-2019-004512" and proof.source == "电子证照库"
    assert proof.label() == "已通过电子证照核验（电子证照库，证照编号 HK-411221-2019-004512）"
    with pytest.raises(LicenceLookupFailed, match="没有该申请人有效的“结婚证”"):
        desk.verify("marriage_cert", "结婚证", "11010519491231002X")
    assert desk.client is not None
    desk.client.close()


def test_a_program_older_than_the_center_keeps_its_scans_pending_never_refused(
    server: RunningServer, center: Center, windows: Windows, tmp_path: Path
) -> None:
    window = windows(server.url, center.code, name="old")
    window.login(center.users["intake"])
    files = FileStore(tmp_path / "scans")
    scanned_case(window.store, files, center.code, [jpeg_like(20_000)])
    window.sync()
    client = AttachmentClient.beside(window.client)
    client._headers = lambda: {CLIENT_VERSION_HEADER: "0.0.1"}
    uploader = AttachmentUploader(client, StoreAttachmentQueue(window.store, files), backoff=Backoff(0.01, 0.05))
    report = window.run(uploader.drain_once())
    window.run(uploader.aclose())
    assert isinstance(report.error, ClientTooOld) and "升级" in report.error.message
    assert set(upload_rows(window).values()) == {"pending"}


def test_a_file_of_a_case_the_center_never_got_waits_without_holding_the_others_then_is_refused(
    server: RunningServer, center: Center, windows: Windows, tmp_path: Path
) -> None:
    window = windows(server.url, center.code, name="orphan")
    window.login(center.users["intake"])
    files = FileStore(tmp_path / "scans")
    # a case whose events never reach the center (made on another PC's database, say): its file is queued here
    elsewhere = open_store(tmp_path / "elsewhere.db")
    lost, (lost_ref,) = scanned_case(elsewhere, files, center.code, [jpeg_like(5_000)])
    elsewhere.close()
    with window.store.transaction() as tx:
        enqueue_case_files(tx, lost)
    good, (good_ref,) = scanned_case(window.store, files, center.code, [jpeg_like(40_000)])
    window.sync()
    uploader = uploader_for(window, files)
    report = window.run(uploader.drain_once())  # ends, with the good file sent
    assert report.sent == 1 and report.error is not None and "中心没有这个办件" in report.error.message
    assert upload_rows(window) == {(lost.case_id, lost_ref.sha256): "pending", (good.case_id, good_ref.sha256): "sent"}
    for _ in range(MAX_CASE_WAITS):
        window.run(uploader.drain_once())
    window.run(uploader.aclose())
    assert upload_rows(window)[(lost.case_id, lost_ref.sha256)] == "refused"  # shown to a person, not pending for ever
