"""Attachments on a PostgreSQL center: no storage configured is said in words (never a guess), and two windows
uploading the same scan at once for two cases store it once, both cases holding it (the blob's row lock)."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from govdesk.central.attachment_storage import DIR_ENV
from govdesk.central.attachments import CaseAttachment
from govdesk.central.staging import AttachmentBlob
from tests.central.conftest import Center, RunningServer, make_center, register_window
from tests.helpers.scans import jpeg_like
from tests.helpers.uploads import case_with_pages, put, ref_of, upload_url

pytestmark = pytest.mark.postgres


def test_without_storage_configured_an_upload_is_refused_in_words(pg_central: RunningServer) -> None:
    center: Center = make_center(pg_central)
    window = register_window(center)
    page = jpeg_like(10_000)
    case_id = case_with_pages(window, [ref_of(page)])
    reply = put(window, case_id, hashlib.sha256(page).hexdigest(), 0, page)
    assert reply.status_code == 503
    assert "GOVDESK_ATTACHMENTS_DIR" in reply.json()["message_zh"]


def test_the_same_scan_uploaded_by_two_windows_at_once_is_stored_once(
    pg_central: RunningServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    running = pg_central
    monkeypatch.setenv(DIR_ENV, str(tmp_path / "attachments"))  # as every server process of a center is told
    center = make_center(running)
    first, second = register_window(center), register_window(center)
    page = jpeg_like(600_000)
    sha = hashlib.sha256(page).hexdigest()
    cases = [case_with_pages(first, [ref_of(page)]), case_with_pages(second, [ref_of(page)])]
    answers: list[list[int]] = [[], []]

    def upload(i: int, window: Any) -> None:
        case_id = cases[i]
        for _ in range(200):
            state = window.client.get(upload_url(case_id, sha)).json()
            if state["complete"]:
                return
            offset = state["received"]
            reply = put(window, case_id, sha, offset, page[offset : offset + 50_000])
            answers[i].append(reply.status_code)

    threads = [threading.Thread(target=upload, args=(i, w)) for i, w in enumerate((first, second))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert set(answers[0] + answers[1]) <= {200, 409}  # a race lost is told where to go on, never a 500
    with running.central.tx() as session:
        blob = session.get(AttachmentBlob, sha)
        assert blob is not None and blob.complete and blob.received == len(page)
        links = session.scalar(select(func.count()).select_from(CaseAttachment).where(CaseAttachment.sha256 == sha))
        assert links == 2
    assert (tmp_path / "attachments" / sha[:2] / sha).read_bytes() == page
