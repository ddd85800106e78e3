"""A scan's hash is no key to it: the center keeps one copy per file, but a center that never held the file must send
it whole (hash-checked) before any of its cases is linked to it, and is told nothing of another center's upload.
Over loopback against a real server, two centers: a window or back office of center B naming center A's citizen's
document by its hash (materials and the result document) gets no link, no bytes and no progress until it sends the
very file; a wrong file is refused; within one center a second case still needs no bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from tests.central.conftest import Center, make_center, register_window
from tests.helpers.scans import jpeg_like
from tests.helpers.uploads import CHUNK, case_with_pages, put, ref_of, upload_all, upload_url

NOTHING = {"received": 0, "complete": False}


def _state(window: Any, case_id: str, sha: str) -> dict[str, Any]:
    reply = window.client.get(upload_url(case_id, sha))
    assert reply.status_code == 200, reply.text
    return {k: reply.json()[k] for k in ("received", "complete")}


def _arrived(office: Any, case_id: str) -> list[bool]:
    return [e["arrived"] for e in office.get(f"/api/v1/cases/{case_id}/attachments").json()["attachments"]]


def test_another_center_naming_the_hash_gets_nothing_until_it_sends_the_file(center: Center) -> None:
    window_a = register_window(center)
    page = jpeg_like(3 * CHUNK + 123)
    sha = hashlib.sha256(page).hexdigest()
    case_a = case_with_pages(window_a, [ref_of(page)])
    assert upload_all(window_a, case_a, page)["complete"] is True

    other = make_center(center.server)
    window_b = register_window(other)
    case_b = case_with_pages(window_b, [ref_of(page)])  # B names A's citizen's document by its hash only
    office_b, _ = other.login("back_office")
    # no oracle: B is told what it would be told of a file nobody has
    assert _state(window_b, case_b, sha) == NOTHING
    # the no-bytes shortcut (an empty chunk at the end, as a window does within its center) links nothing
    at_end = put(window_b, case_b, sha, len(page), b"")
    assert at_end.status_code == 409 and at_end.json()["code"] == "offset_mismatch"
    assert at_end.json()["detail"]["received"] == 0 and "续传" in at_end.json()["message_zh"]
    empty = put(window_b, case_b, sha, 0, b"")
    assert empty.status_code == 200 and {k: empty.json()[k] for k in NOTHING} == NOTHING
    assert _arrived(office_b, case_b) == [False]
    assert office_b.get(f"/api/v1/attachments/{sha}").status_code == 404

    # B sends the file itself, in chunks that resume: then it holds it and its case is linked
    assert put(window_b, case_b, sha, 0, page[:CHUNK]).json()["received"] == CHUNK
    assert _state(window_b, case_b, sha) == {"received": CHUNK, "complete": False}
    assert upload_all(window_b, case_b, page)["complete"] is True
    assert _arrived(office_b, case_b) == [True]
    got = office_b.get(f"/api/v1/attachments/{sha}")
    assert got.status_code == 200 and got.content == page
    # A's own view is unchanged by B's upload
    assert _state(window_a, case_a, sha) == {"received": len(page), "complete": True}
    root = Path(f"{center.server.db_path}.attachments")
    assert (root / sha[:2] / sha).read_bytes() == page  # one kept copy
    assert not list((root / "staging").glob(f"{sha}*")), "a proof upload is dropped once its hash matched"

    # and within B, a second case now needs no bytes
    second_b = case_with_pages(window_b, [ref_of(page)])
    assert _state(window_b, second_b, sha) == {"received": len(page), "complete": False}
    assert put(window_b, second_b, sha, len(page), b"").json()["complete"] is True


def test_another_centers_upload_in_progress_is_neither_told_nor_continued(center: Center) -> None:
    window_a = register_window(center)
    page = jpeg_like(2 * CHUNK + 7)
    sha = hashlib.sha256(page).hexdigest()
    case_a = case_with_pages(window_a, [ref_of(page)])
    assert put(window_a, case_a, sha, 0, page[:CHUNK]).status_code == 200

    window_b = register_window(make_center(center.server))
    case_b = case_with_pages(window_b, [ref_of(page)])
    assert _state(window_b, case_b, sha) == NOTHING
    # B cannot finish A's upload with the tail (and read the head it never had)
    tail = put(window_b, case_b, sha, CHUNK, page[CHUNK:])
    assert tail.status_code == 409 and tail.json()["detail"]["received"] == 0
    # A's upload goes on where A stopped, untouched by B's staging
    assert _state(window_a, case_a, sha) == {"received": CHUNK, "complete": False}
    assert upload_all(window_a, case_a, page)["complete"] is True


def test_a_wrong_file_under_the_hash_is_refused_and_the_kept_copy_untouched(center: Center) -> None:
    window_a = register_window(center)
    page = jpeg_like(CHUNK + 500)
    sha = hashlib.sha256(page).hexdigest()
    case_a = case_with_pages(window_a, [ref_of(page)])
    upload_all(window_a, case_a, page)

    other = make_center(center.server)
    window_b = register_window(other)
    case_b = case_with_pages(window_b, [ref_of(page)])
    forged = page[:-10] + b"0123456789"  # same size, same first bytes: only the hash tells
    assert put(window_b, case_b, sha, 0, forged[:CHUNK]).status_code == 200
    refused = put(window_b, case_b, sha, CHUNK, forged[CHUNK:])
    assert refused.status_code == 422 and refused.json()["code"] == "hash_mismatch"
    assert "校验值" in refused.json()["message_zh"]
    assert _state(window_b, case_b, sha) == NOTHING
    office_b, _ = other.login("back_office")
    assert _arrived(office_b, case_b) == [False]
    assert office_b.get(f"/api/v1/attachments/{sha}").status_code == 404
    office_a, _ = center.login("back_office")
    assert office_a.get(f"/api/v1/attachments/{sha}").content == page
    # B declaring another size for the hash learns nothing either: its upload simply never matches
    lie = jpeg_like(900)
    case_lie = case_with_pages(window_b, [{**ref_of(lie), "sha256": sha}])
    assert _state(window_b, case_lie, sha) == NOTHING
    assert put(window_b, case_lie, sha, 0, lie).status_code == 422


def _decided_case(center: Center, office: Any) -> str:
    case_id = register_window(center).new_case()
    base = f"/api/v1/backoffice/cases/{case_id}"
    assert office.post(f"{base}/claim").status_code == 200
    assert office.post(f"{base}/decide", json={"decision": "approve", "result_name": "营业执照"}).status_code == 200
    return case_id


def test_a_result_document_naming_another_centers_file_needs_its_bytes(center: Center) -> None:
    window_a = register_window(center)
    page = jpeg_like(CHUNK + 2000)
    sha = hashlib.sha256(page).hexdigest()
    upload_all(window_a, case_with_pages(window_a, [ref_of(page)]), page)

    other = make_center(center.server)
    office_b, _ = other.login("back_office")
    case_b = _decided_case(other, office_b)
    path = f"/api/v1/backoffice/cases/{case_b}/result-file/{sha}"
    meta = {"size": len(page), "content_type": "image/jpeg"}

    def state() -> dict[str, Any]:
        return {k: office_b.get(path, params=meta).json()[k] for k in NOTHING}

    assert state() == NOTHING
    shortcut = office_b.put(path, params={**meta, "offset": len(page)}, content=b"")
    assert shortcut.status_code == 409 and shortcut.json()["detail"]["received"] == 0
    assert office_b.put(path, params={**meta, "offset": 0}, content=b"").json()["complete"] is False
    named = office_b.post(f"/api/v1/backoffice/cases/{case_b}/result", json={"attachment_sha256": sha})
    assert named.status_code == 409 and named.json()["code"] == "result_file_missing"
    issuing_b, _ = other.login("issuing")
    assert issuing_b.get(f"/api/v1/attachments/{sha}").status_code == 404

    forged = page[:-4] + b"XXXX"
    refused = office_b.put(path, params={**meta, "offset": 0}, content=forged)
    assert refused.status_code == 422 and refused.json()["code"] == "hash_mismatch"
    assert state() == NOTHING

    sent = office_b.put(path, params={**meta, "offset": 0}, content=page[:CHUNK])
    assert sent.json()["received"] == CHUNK
    assert office_b.put(path, params={**meta, "offset": CHUNK}, content=page[CHUNK:]).json()["complete"] is True
    attached = office_b.post(
        f"/api/v1/backoffice/cases/{case_b}/result", json={"licence_no": "92411221MA0000001", "attachment_sha256": sha}
    )
    assert attached.status_code == 200, attached.text
    assert issuing_b.get(f"/api/v1/attachments/{sha}").content == page

    # within B, a second decided case's result is the same file with no bytes sent
    case_b2 = _decided_case(other, office_b)
    path2 = f"/api/v1/backoffice/cases/{case_b2}/result-file/{sha}"
    assert office_b.put(path2, params={**meta, "offset": len(page)}, content=b"").json()["complete"] is True
