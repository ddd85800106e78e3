"""Talking to the center's attachment routes from a test window (``tests.central.conftest.Window``)."""

from __future__ import annotations

import hashlib
from typing import Any

CHUNK = 64 * 1024


def ref_of(data: bytes, content_type: str = "image/jpeg") -> dict[str, Any]:
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "content_type": content_type, "pages": 1}


def case_with_pages(window: Any, refs: list[dict[str, Any]], material: str = "id_card") -> str:
    """A case drafted, its material recorded with ``refs`` as its scans, accepted and submitted at the center."""
    case_id = window.new_case(("case.drafted",))
    recorded = window.event(
        case_id,
        "case.material_recorded",
        {
            "code": material,
            "name": "居民身份证",
            "status": "received",
            "form": "original",
            "copies": 1,
            "reason": "",
            "remedy": "",
            "pages": refs,
        },
    )
    results = window.push_events(
        [recorded, window.event(case_id, "case.accepted"), window.event(case_id, "case.submitted")]
    )
    assert [r["status"] for r in results] == ["applied"] * 3, results
    return case_id


def upload_url(case_id: str, sha: str) -> str:
    return f"/api/v1/cases/{case_id}/attachments/{sha}/upload"


def put(window: Any, case_id: str, sha: str, offset: int, data: bytes) -> Any:
    return window.client.put(
        upload_url(case_id, sha),
        params={"offset": offset},
        content=data,
        headers={"Content-Type": "application/octet-stream"},
    )


def upload_all(window: Any, case_id: str, data: bytes) -> dict[str, Any]:
    sha = hashlib.sha256(data).hexdigest()
    state = window.client.get(upload_url(case_id, sha)).json()
    while not state["complete"]:
        offset = state["received"]
        reply = put(window, case_id, sha, offset, data[offset : offset + CHUNK])
        assert reply.status_code == 200, reply.text
        state = reply.json()
    return state
