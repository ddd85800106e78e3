"""The center takes scanned materials in resumable, hash-checked chunks, only for files a case's events name, only
from the case's own center's windows, and serves them to the back office; every field sent is hostile."""

from __future__ import annotations

import hashlib

import pytest

from govdesk.central.licences import seed_demo
from govdesk.central.limits import ATTACHMENT_CHUNK_LIMIT
from tests.central.conftest import Center, make_center, register_window
from tests.helpers.scans import jpeg_like
from tests.helpers.uploads import CHUNK, case_with_pages, put, ref_of, upload_all, upload_url


def test_chunks_resume_where_the_center_stopped_and_the_back_office_reads_the_file(center: Center) -> None:
    window = register_window(center)
    page1, page2 = jpeg_like(150_000), jpeg_like(70_000)
    case_id = case_with_pages(window, [ref_of(page1), ref_of(page2)])
    sha = hashlib.sha256(page1).hexdigest()

    assert window.client.get(upload_url(case_id, sha)).json() == {
        "sha256": sha,
        "size": len(page1),
        "received": 0,
        "complete": False,
    }
    first = put(window, case_id, sha, 0, page1[:CHUNK])
    assert first.json()["received"] == CHUNK
    # a retry of the same chunk after a lost answer: refused with where to go on, nothing written twice
    again = put(window, case_id, sha, 0, page1[:CHUNK])
    assert again.status_code == 409
    assert again.json()["code"] == "offset_mismatch"
    assert again.json()["detail"]["received"] == CHUNK
    assert "续传" in again.json()["message_zh"]
    assert upload_all(window, case_id, page1)["complete"] is True
    assert upload_all(window, case_id, page2)["complete"] is True

    office, _ = center.login("back_office")
    listed = office.get(f"/api/v1/cases/{case_id}/attachments")
    assert listed.status_code == 200, listed.text
    entries = listed.json()["attachments"]
    assert [
        (e["material_code"], e["page"], e["sha256"], e["size"], e["content_type"], e["arrived"]) for e in entries
    ] == [
        ("id_card", 1, sha, len(page1), "image/jpeg", True),
        ("id_card", 2, hashlib.sha256(page2).hexdigest(), len(page2), "image/jpeg", True),
    ]
    got = office.get(f"/api/v1/attachments/{sha}")
    assert got.status_code == 200
    assert got.content == page1
    assert got.headers["content-type"] == "image/jpeg"


def test_the_same_scan_named_by_a_second_case_arrives_without_its_bytes_again(center: Center) -> None:
    window = register_window(center)
    page = jpeg_like(90_000)
    first = case_with_pages(window, [ref_of(page)])
    upload_all(window, first, page)
    second = case_with_pages(window, [ref_of(page)])
    sha = hashlib.sha256(page).hexdigest()
    state = window.client.get(upload_url(second, sha)).json()
    assert state == {"sha256": sha, "size": len(page), "received": len(page), "complete": False}
    linked = put(window, second, sha, len(page), b"")
    assert linked.json()["complete"] is True
    office, _ = center.login("back_office")
    assert [e["arrived"] for e in office.get(f"/api/v1/cases/{second}/attachments").json()["attachments"]] == [True]


def test_bytes_that_do_not_hash_to_the_name_are_dropped_and_the_upload_starts_again(center: Center) -> None:
    window = register_window(center)
    page = jpeg_like(50_000)
    case_id = case_with_pages(window, [ref_of(page)])
    sha = hashlib.sha256(page).hexdigest()
    forged = page[:-10] + b"0123456789"
    assert put(window, case_id, sha, 0, forged[: CHUNK // 2]).status_code == 200
    reply = put(window, case_id, sha, CHUNK // 2, forged[CHUNK // 2 :])
    assert reply.status_code == 422
    assert reply.json()["code"] == "hash_mismatch"
    assert window.client.get(upload_url(case_id, sha)).json()["received"] == 0
    office, _ = center.login("back_office")
    assert office.get(f"/api/v1/attachments/{sha}").status_code == 404  # never served
    assert upload_all(window, case_id, page)["complete"] is True
    assert office.get(f"/api/v1/attachments/{sha}").content == page


def test_a_file_no_event_of_the_case_names_is_refused(center: Center) -> None:
    window = register_window(center)
    case_id = case_with_pages(window, [ref_of(jpeg_like(10_000))])
    stray = jpeg_like(10_000)
    reply = put(window, case_id, hashlib.sha256(stray).hexdigest(), 0, stray)
    assert reply.status_code == 409
    assert reply.json()["code"] == "not_named"
    assert "未登记" in reply.json()["message_zh"]


def test_bytes_that_are_not_the_declared_type_are_refused_at_the_first_chunk(center: Center) -> None:
    window = register_window(center)
    html = b"<html><script>alert(1)</script>" + b" " * 2000
    case_id = case_with_pages(window, [ref_of(html)])  # the event claims JPEG
    reply = put(window, case_id, hashlib.sha256(html).hexdigest(), 0, html)
    assert reply.status_code == 415
    assert "JPEG" in reply.json()["message_zh"]


def test_a_declared_type_outside_the_list_is_refused(center: Center) -> None:
    window = register_window(center)
    exe = b"MZ" + b"\0" * 1000
    case_id = case_with_pages(window, [ref_of(exe, "application/x-msdownload")])
    # the event's page cannot be read as a scan: the center does not take any file for it
    assert put(window, case_id, hashlib.sha256(exe).hexdigest(), 0, exe).status_code == 409


def test_a_chunk_over_the_limit_and_bytes_past_the_declared_size_are_refused(center: Center) -> None:
    window = register_window(center)
    page = jpeg_like(ATTACHMENT_CHUNK_LIMIT + 100_000)
    case_id = case_with_pages(window, [ref_of(page)])
    sha = hashlib.sha256(page).hexdigest()
    big = put(window, case_id, sha, 0, page[: ATTACHMENT_CHUNK_LIMIT + 1])
    assert big.status_code == 413
    assert "KB" in big.json()["message_zh"] or "MB" in big.json()["message_zh"]
    small = jpeg_like(1000)
    case2 = case_with_pages(window, [ref_of(small)])
    past = put(window, case2, hashlib.sha256(small).hexdigest(), 0, small + b"extra")
    assert past.status_code == 413
    assert past.json()["code"] == "beyond_size"


def test_another_centers_window_and_the_wrong_roles_are_refused(center: Center) -> None:
    window = register_window(center)
    page = jpeg_like(20_000)
    case_id = case_with_pages(window, [ref_of(page)])
    sha = hashlib.sha256(page).hexdigest()
    other = make_center(center.server)
    stranger = register_window(other)
    assert put(stranger, case_id, sha, 0, page).status_code == 404  # another center's case is not said to exist
    office, _ = center.login("back_office")
    refused = office.put(upload_url(case_id, sha), params={"offset": 0}, content=page)
    assert refused.status_code == 403
    upload_all(window, case_id, page)
    # reading: the window's own intake account, and another center's back office, may not
    assert window.client.get(f"/api/v1/attachments/{sha}").status_code == 403
    assert window.client.get(f"/api/v1/cases/{case_id}/attachments").status_code == 403
    other_office, _ = other.login("back_office")
    assert other_office.get(f"/api/v1/attachments/{sha}").status_code == 404
    assert other_office.get(f"/api/v1/cases/{case_id}/attachments").status_code == 404
    anonymous = center.server.client()
    assert anonymous.get(f"/api/v1/attachments/{sha}").status_code == 401


@pytest.mark.parametrize("sha", ["../../etc/passwd" + "0" * 48, "A" * 64, "0" * 63])
def test_a_file_name_that_is_no_sha256_is_refused(center: Center, sha: str) -> None:
    window = register_window(center)
    case_id = case_with_pages(window, [ref_of(jpeg_like(1000))])
    reply = put(window, case_id, sha, 0, b"\xff\xd8\xff")
    assert reply.status_code in (404, 422)


def test_licence_lookup_finds_the_holders_licence_and_refuses_other_roles(center: Center) -> None:
    with center.server.central.tx() as session:
        seed_demo(session)
    window = register_window(center)
    found = window.client.get(
        "/api/v1/licences/lookup", params={"material": "household_register", "holder_id": "110101199003071234"}
    )
    assert found.status_code == 200, found.text
    assert found.json()["found"] is True
    assert found.json()["licence_no"] == "HK-411221-2019-004512"
    assert found.json()["source"] == "电子证照库"
    missing = window.client.get(
        "/api/v1/licences/lookup", params={"material": "household_register", "holder_id": "110101199001010011"}
    )
    assert missing.json()["found"] is False
    office, _ = center.login("back_office")
    assert (
        office.get(
            "/api/v1/licences/lookup", params={"material": "household_register", "holder_id": "110101199003071234"}
        ).status_code
        == 403
    )
    hostile = window.client.get("/api/v1/licences/lookup", params={"material": "x'; drop", "holder_id": "1" * 200})
    assert hostile.status_code == 422
