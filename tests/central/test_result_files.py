"""The result document (the licence's scan or PDF) from the back office to the windows, over loopback against a real
server: uploaded in chunks that resume where the center stopped, checked by hash and type, named by the result step
only once it arrived whole; the windows of the center read it (and no material scan); every hostile attempt refused
in words — another department, a window uploading, before the decision, a hash never uploaded, a type that lies."""

from __future__ import annotations

import hashlib
import io
import uuid
from typing import Any

from PIL import Image

from tests.central.conftest import Center, register_window


def _licence_scan() -> bytes:
    """A scan of its own (the center keeps one file per hash for every case that names it)."""
    out = io.BytesIO()
    image = Image.new("RGB", (800, 560), (250, 245, 230))
    image.putpixel((1, 1), tuple(uuid.uuid4().bytes[:3]))
    image.save(out, "JPEG", quality=95)
    return out.getvalue()


def _decided_case(center: Center, office: Any) -> tuple[Any, str]:
    window = register_window(center)
    case_id = window.new_case()
    base = f"/api/v1/backoffice/cases/{case_id}"
    assert office.post(f"{base}/claim").status_code == 200
    assert office.post(f"{base}/decide", json={"decision": "approve", "result_name": "营业执照"}).status_code == 200
    return window, case_id


def test_the_result_document_goes_up_in_chunks_and_reaches_the_windows(center: Center) -> None:
    office, _ = center.login("back_office")
    window, case_id = _decided_case(center, office)
    data = _licence_scan()
    sha = hashlib.sha256(data).hexdigest()
    path = f"/api/v1/backoffice/cases/{case_id}/result-file/{sha}"
    meta = {"size": len(data), "content_type": "image/jpeg"}

    assert office.get(path, params=meta).json() == {"sha256": sha, "size": len(data), "received": 0, "complete": False}
    half = len(data) // 2
    first = office.put(path, params={**meta, "offset": 0}, content=data[:half])
    assert first.status_code == 200 and first.json()["received"] == half
    # a retry of the first chunk (a lost answer) is told where the center stands, nothing doubled
    again = office.put(path, params={**meta, "offset": 0}, content=data[:half])
    assert again.status_code == 409 and again.json()["detail"]["received"] == half
    # naming it before it is whole is refused
    early = office.post(f"/api/v1/backoffice/cases/{case_id}/result", json={"attachment_sha256": sha})
    assert early.status_code == 409 and early.json()["code"] == "result_file_missing"
    done = office.put(path, params={**meta, "offset": half}, content=data[half:])
    assert done.json()["complete"] is True

    attached = office.post(
        f"/api/v1/backoffice/cases/{case_id}/result", json={"licence_no": "92411221MA0000001", "attachment_sha256": sha}
    )
    assert attached.status_code == 200, attached.text
    detail = office.get(f"/api/v1/backoffice/cases/{case_id}").json()
    assert detail["result_sha256"] == sha and detail["result_type"] == "image/jpeg"

    # the event the windows pull names it with its type and size; a window of the center reads its bytes
    changes = window.client.get("/api/v1/sync/pull", params={"cursor": "0"}).json()["changes"]
    events = [c["payload"]["event"] for c in changes if c.get("case_id") == case_id and "event" in c["payload"]]
    payloads = [e["payload"] for e in events]
    result = next(p for p in payloads if p.get("attachment_sha256") == sha)
    assert result["attachment_type"] == "image/jpeg" and result["attachment_size"] == len(data)
    issuing, _ = center.login("issuing")
    fetched = issuing.get(f"/api/v1/attachments/{sha}")
    assert fetched.status_code == 200 and fetched.content == data


def test_hostile_result_uploads_are_refused_in_words(center: Center) -> None:
    office, _ = center.login("back_office")
    window, case_id = _decided_case(center, office)
    data = _licence_scan()
    sha = hashlib.sha256(data).hexdigest()
    path = f"/api/v1/backoffice/cases/{case_id}/result-file/{sha}"
    meta = {"size": len(data), "content_type": "image/jpeg"}

    def refused(reply: Any, status: int, code: str) -> None:
        assert reply.status_code == status, reply.text
        assert reply.json()["code"] == code and reply.json()["message_zh"]

    # a window may not upload a result
    intake, _ = center.login("intake")
    refused(intake.put(path, params=meta, content=data), 403, "forbidden_role")
    # a reviewer of another department does not find the case
    other = center.add_user("back_office", "-bdc", department="BDC")
    stranger, _ = center.login(username=other)
    refused(stranger.put(path, params=meta, content=data), 404, "unknown_case")
    # bytes that are not the declared type, a type not taken, a size beyond the limit
    refused(office.put(path, params={**meta, "content_type": "application/pdf"}, content=data), 415, "content_mismatch")
    assert office.put(path, params={**meta, "content_type": "text/html"}, content=data).status_code == 422
    assert office.put(path, params={**meta, "size": 10**9}, content=data).status_code == 422
    # bytes that do not hash to the name are dropped
    wrong = bytearray(data)
    wrong[-10] ^= 0xFF
    refused(office.put(path, params=meta, content=bytes(wrong)), 422, "hash_mismatch")
    assert office.get(path, params=meta).json()["received"] == 0
    # a hash never uploaded cannot be named as the result
    ghost = "ab" * 32
    refused(
        office.post(f"/api/v1/backoffice/cases/{case_id}/result", json={"attachment_sha256": ghost}),
        409, "result_file_missing",
    )  # fmt: skip
    # before the decision: nothing to attach a result to
    undecided = window.new_case()
    early = f"/api/v1/backoffice/cases/{undecided}/result-file/{sha}"
    refused(office.put(early, params=meta, content=data), 409, "illegal_transition")
    # a window reads result documents only, never the scans of materials, and nothing of another center
    assert office.put(path, params=meta, content=data).json()["complete"] is True
    issuing, _ = center.login("issuing")
    assert issuing.get(f"/api/v1/attachments/{sha}").status_code == 200
    from tests.central.conftest import make_center

    far = make_center(center.server)
    far_issuing, _ = far.login("issuing")
    assert far_issuing.get(f"/api/v1/attachments/{sha}").status_code == 404
