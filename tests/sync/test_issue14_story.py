"""Issue 14's story in one test, on loopback against the real central server: a township window takes 20 cases with
3 scanned pages each while its line is down (its scans sealed at rest); the line comes back through a proxy that
cuts connections; every event and every page arrives once, hash-checked; the back office reads the queue a page at a
time, looks at the pages, asks 补正 on one case and approves the rest with a licence number and the licence's scan;
the window answers the 补正 (its clock stopped meanwhile), the back office approves that one too; every result, with
its document, reaches the result window (another PC of the center)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from govdesk.domain.backoffice import CorrectionItem
from govdesk.domain.case import CaseState
from govdesk.domain.deadlines import SuspensionKind
from govdesk.domain.events import Actor, Role
from govdesk.domain.notices import CenterProfile
from govdesk.services.attachments import StoreAttachmentQueue
from govdesk.services.backoffice import BackOfficeService
from govdesk.services.case_story import CaseStoryService
from govdesk.services.handoff import HandoffService
from govdesk.services.result_files import ResultFileDesk, ResultFiles
from govdesk.services.sms import SmsService
from govdesk.services.window import WindowContext
from govdesk.shipped import default_calendar, default_catalog
from govdesk.store.attachments import FileStore
from govdesk.store.crypto import new_key
from govdesk.store.file_crypto import files_key
from govdesk.sync.attachments import AttachmentClient, AttachmentUploader
from govdesk.sync.backoff import Backoff
from govdesk.sync.client import MemoryTokenStore
from govdesk.sync.office_client import BackOfficeClient
from tests.central.conftest import PASSWORD
from tests.helpers.scans import scanned_case, scanner_pages
from tests.sync.conftest import Center, RunningServer, Windows, assert_exactly_once
from tests.sync.proxy import FaultProxy

HALL = CenterProfile(name="渑池县某镇便民服务中心", address="某镇人民路 1 号", phone="0398-4812345")


def _licence(number: str) -> bytes:
    out = io.BytesIO()
    image = Image.new("RGB", (620, 440), (252, 248, 236))
    ImageDraw.Draw(image).text((40, 200), number, fill=(20, 20, 20), font=ImageFont.load_default(size=40))
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def test_twenty_scanned_cases_from_an_offline_township_to_the_result_window(
    server: RunningServer, center: Center, proxy: FaultProxy, windows: Windows, tmp_path: Path
) -> None:
    township = windows(proxy.url, center.code, name="township")
    files = FileStore(tmp_path / "scans", files_key(new_key()))  # the window's scans, sealed with its key
    pages = scanner_pages(60, target_bytes=60_000)
    # offline: 20 intakes of 3 pages each, saved and queued locally; nothing has left the PC
    cases = [scanned_case(township.store, files, center.code, pages[i * 3 : i * 3 + 3])[0] for i in range(20)]
    assert township.store.outbox_depth() == 20 * 4  # drafted, material, accepted, submitted per case
    assert all(pages[0][:2048] not in files.path(p.sha256).read_bytes() for p in cases[0].materials["id_card"].pages)

    # the line returns through a proxy that cuts uploads and drops a push's answer
    township.login(center.users["intake"])
    for mode, times in (("drop_reply", 3), ("cut_body", 2), ("500_before", 2)):
        proxy.inject(mode, "/api/v1/cases/", times)
    proxy.inject("drop_reply", "/api/v1/sync/push")
    uploader = AttachmentUploader(
        AttachmentClient.beside(township.client), StoreAttachmentQueue(township.store, files),
        chunk_size=32 * 1024, backoff=Backoff(0.01, 0.05),
    )  # fmt: skip
    for _ in range(60):
        township.sync()
        township.run(uploader.drain_once())
        if uploader.queue.counts()["pending"] == 0 and township.store.outbox_depth() == 0:
            break
    township.run(uploader.aclose())
    assert uploader.queue.counts() == {"pending": 0, "sent": 60, "refused": 0}
    assert_exactly_once(server, township)

    # the back office: the queue a page at a time, every page read and checked against what the window scanned
    client = BackOfficeClient(server.url, tokens=MemoryTokenStore())
    client.login(center.users["back_office"], PASSWORD)
    office = BackOfficeService(client, server.clock, default_catalog(), default_calendar())
    first = office.queue_page(limit=8)
    queued = list(first.rows)
    cursor = first.next_cursor
    while cursor:
        more = office.queue_page(cursor=cursor, limit=8)
        queued += more.rows
        cursor = more.next_cursor
    assert first.total == 20 and len(queued) == 20 and {r.case_id for r in queued} == {c.case_id for c in cases}
    keys = [(r.submitted_at, r.case_id) for r in queued]
    assert keys == sorted(keys)  # oldest first (one push brought them all: then by case id)
    refs = [p for c in cases for p in c.materials["id_card"].pages]
    scanned = {p.sha256: data for p, data in zip(refs, pages, strict=True)}
    for case in cases:
        view = office.case(case.case_id)
        assert [p.sha256 for p in view.pages] == [p.sha256 for p in case.materials["id_card"].pages]
        for page in view.pages:
            assert office.page(page.sha256) == scanned[page.sha256]

    corrected, *approved = cases
    office.claim(corrected.case_id)
    office.ask_correction(
        corrected.case_id, [CorrectionItem("居民身份证", "复印件不清晰", "提供清晰的复印件", "id_card")]
    )
    licences: dict[str, bytes] = {}
    for n, case in enumerate(approved, start=1):
        number = f"92411221MA{n:08d}"
        licences[case.case_id] = scan = _licence(number)
        path = tmp_path / f"licence-{n}.jpg"
        path.write_bytes(scan)
        office.claim(case.case_id)
        office.decide(case.case_id, True, "营业执照")
        office.attach_result(case.case_id, number, "营业执照", path)
        office.mark_ready(case.case_id)

    # the window pulls the 补正: its clock stops, the clerk answers once the applicant corrected it
    assert township.sync().ok
    local = township.store.load_case(corrected.case_id)
    assert local is not None and local.suspended and local.suspensions[-1].kind is SuspensionKind.CORRECTION
    clerk = WindowContext(Actor("u-wl", "王丽", Role.INTAKE, center.code, "S01", "3号窗口"), HALL)
    stories = CaseStoryService(
        township.store, default_catalog(), township.store.clock, clerk, tmp_path / "key", tmp_path / "notices"
    )
    stories.answer_correction(corrected.case_id)
    assert township.sync().ok
    assert not office.case(corrected.case_id).detail.correction_open
    path = tmp_path / "licence-0.jpg"
    path.write_bytes(licences.setdefault(corrected.case_id, _licence("92411221MA00000000")))
    office.decide(corrected.case_id, True, "营业执照")
    office.attach_result(corrected.case_id, "92411221MA00000000", "营业执照", path)
    office.mark_ready(corrected.case_id)
    assert office.queue_page().total == 0
    office.close()

    # the result window: every result ready, with its document shown from the center (then kept)
    result_pc = windows(server.url, center.code, name="issuing")
    result_pc.login(center.users["issuing"])
    assert result_pc.sync().ok
    issuing = WindowContext(Actor("u-ly", "刘洋", Role.ISSUING, center.code, "S02", "9号窗口"), HALL)
    handoff = HandoffService(
        result_pc.store, default_catalog(), result_pc.store.clock, issuing,
        SmsService(result_pc.store, result_pc.store.clock), tmp_path / "handoff",
    )  # fmt: skip
    ready = {r.case_id for r in handoff.ready()}
    assert ready == {c.case_id for c in cases}
    desk = ResultFileDesk()
    desk.use(AttachmentClient.beside(result_pc.client))
    kept = ResultFiles(result_pc.store, desk)
    for case in cases:
        stored = result_pc.store.load_case(case.case_id)
        assert stored is not None and stored.state is CaseState.RESULT_READY and stored.result_file is not None
        document = kept.fetch(stored.result_file)
        assert document.data == licences[case.case_id] and not document.kept
