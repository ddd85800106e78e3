"""Scanned pages for tests: real JPEG bytes from the simulated 高拍仪, and cases whose materials name them."""

from __future__ import annotations

import os
import uuid
from datetime import date, timedelta

from govdesk.devices.scanner import SimulatedScanner
from govdesk.domain.attachments import PageRef
from govdesk.domain.case import Applicant, ApplicantKind, Case, MaterialStatus
from govdesk.domain.catalog import MaterialForm
from govdesk.domain.events import Actor, Role
from govdesk.store import Store
from govdesk.store.attachments import FileStore, enqueue_case_files


def jpeg_like(size: int) -> bytes:
    """``size`` bytes that start as a JPEG does (the center checks the first bytes and the hash, not the pixels)."""
    return b"\xff\xd8\xff\xe0" + os.urandom(size - 4)


def scanned_case(
    store: Store,
    files: FileStore,
    center_code: str,
    pages: list[bytes],
    *,
    station: str = "S01",
    material: str = "id_card",
    submit: bool = True,
) -> tuple[Case, list[PageRef]]:
    """A case taken in with one material whose scans are ``pages`` (kept in ``files``), saved with its events and
    its files queued for the center in ONE transaction, as ``IntakeService`` does."""
    actor = Actor("u-张三", "张三", Role.INTAKE, center_code, station, "3号窗口")
    case_id = str(uuid.uuid4())
    case = Case.new(
        actor=actor,
        clock=store.clock,
        case_no=f"{center_code}-{station}-20261120-{case_id[:4]}",
        item_codes=["ITEM-1"],
        catalog_version="2026.1",
        applicant=Applicant(ApplicantKind.PERSON, "李四", "111", "110101199003071234"),
        case_id=case_id,
    )
    refs = [files.put_bytes(data, f"page{i}.jpg") for i, data in enumerate(pages, start=1)]
    case.record_material(
        actor, store.clock, material, "居民身份证", MaterialStatus.RECEIVED, MaterialForm.ORIGINAL, 1, pages=tuple(refs)
    )
    today = date(2026, 11, 20)
    case.accept(actor, store.clock, today + timedelta(days=5), today + timedelta(days=20))
    if submit:
        case.submit(actor, store.clock)
    with store.transaction() as tx:
        store.save_case(tx, case)
        enqueue_case_files(tx, case)
    return case, refs


def scanner_pages(n: int, target_bytes: int = 0) -> list[bytes]:
    scanner = SimulatedScanner("/nonexistent-unused", seed=n)
    return [scanner.page_jpeg(f"page {i}", target_bytes=target_bytes) for i in range(n)]
