"""A 容缺 material brought later carries its scan as an intake material does: kept sealed beside the window's
database, its hash in ``case.material_supplemented`` (the chain covers it), queued in the same unit of work, sent
after the event by the uploader, and read by the back office with the case's other pages. Against a real central
server on loopback; a window database encrypted with its key."""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from govdesk.central import admin
from govdesk.domain.assessment import Outcome
from govdesk.domain.case import Applicant, ApplicantKind, MaterialStatus
from govdesk.domain.catalog_loader import catalog_to_json
from govdesk.domain.events import Actor, Role
from govdesk.services.attachments import StoreAttachmentQueue
from govdesk.services.commitments import CommitmentError, CommitmentService
from govdesk.services.intake import IntakeService
from govdesk.services.sms import SmsService
from govdesk.services.window import WindowContext
from govdesk.shipped import default_calendar, default_catalog
from govdesk.store.attachments import FileStore
from govdesk.store.store import SystemClock
from govdesk.sync.attachments import AttachmentClient, AttachmentUploader
from govdesk.sync.backoff import Backoff
from tests.helpers.scans import scanner_pages
from tests.services.conftest import CENTER
from tests.sync.conftest import Center, RunningServer, Windows

ID = "11010519491231002X"


def _county_center(srv: RunningServer) -> Center:
    """A center with a real 8-digit code (case numbers carry it), one user per role."""
    code = f"4112{random.randrange(10_000):04d}"
    with srv.central.tx() as session:
        admin.add_center(session, code, f"测试中心{code}", datetime.now(UTC))
    made = Center(srv, code)
    for role in ("intake", "back_office", "admin"):
        made.users[role] = made.add_user(role)
    return made


ITEM = "SCJG-01-005"  # 食品经营许可: food_safety_rules and staff_health_certs may come later (容缺)


def test_a_supplemented_material_s_scan_reaches_the_back_office(
    server: RunningServer, windows: Windows, tmp_path: Path
) -> None:
    catalog, calendar = default_catalog(), default_calendar()
    center = _county_center(server)
    chief, _ = center.login("admin")
    published = catalog_to_json(catalog)
    reply = chief.put("/api/v1/catalog", json={"version": published["version"], "document": published})
    assert reply.status_code in (200, 409), reply.text
    w = windows(server.url, center.code, name="supplement")
    w.login(center.users["intake"])
    clock = SystemClock()
    window = WindowContext(Actor("u-wl", "王丽", Role.INTAKE, center.code, "S01", "3号窗口"), CENTER)
    intake = IntakeService(w.store, catalog, calendar, clock, window)
    draft = intake.new_draft([ITEM])
    draft.applicant = Applicant(ApplicantKind.PERSON, "容缺", "111", ID, phone="13812345678")
    draft.answers["business_type"] = "catering"
    for m in intake.preview(draft).assessment.applicable:
        if m.required and not m.shared and m.code not in ("food_safety_rules", "staff_health_certs"):
            draft.set_material(m.code, m.name, MaterialStatus.RECEIVED, m.forms[0], m.copies)
    case = intake.decide(draft, Outcome.CONDITIONAL, signed_by="容缺", signed_on_paper=True).case
    intake.transfer([case.case_id])
    assert w.sync().ok

    commitments = CommitmentService(w.store, catalog, calendar, clock, window, SmsService(w.store, clock), tmp_path)
    page = scanner_pages(1, target_bytes=200_000)[0]
    scan = tmp_path / "食品安全管理制度.jpg"
    scan.write_bytes(page)
    not_a_scan = tmp_path / "说明.txt"
    not_a_scan.write_text("不是扫描件")
    with pytest.raises(CommitmentError, match="不是 JPEG、PNG 或 PDF"):  # refused in words, nothing recorded
        commitments.supplement(case.case_id, "food_safety_rules", not_a_scan)
    commitments.supplement(case.case_id, "food_safety_rules", scan)
    sha = hashlib.sha256(page).hexdigest()
    files = FileStore.for_store(w.store)
    assert files.has(sha)

    assert w.sync().ok  # the event first
    uploader = AttachmentUploader(
        AttachmentClient.beside(w.client), StoreAttachmentQueue(w.store, files), backoff=Backoff(0.01, 0.05)
    )
    report = w.run(uploader.drain_once())
    w.run(uploader.aclose())
    assert report.sent == 1 and report.refused == 0, report

    office, _ = center.login("back_office")
    listed = office.get(f"/api/v1/cases/{case.case_id}/attachments").json()["attachments"]
    assert [(a["material_code"], a["sha256"], a["arrived"]) for a in listed] == [("food_safety_rules", sha, True)]
    assert office.get(f"/api/v1/attachments/{sha}").content == page
    detail = office.get(f"/api/v1/backoffice/cases/{case.case_id}").json()
    assert {m["code"]: m["status"] for m in detail["materials"]}["food_safety_rules"] == "supplemented"
