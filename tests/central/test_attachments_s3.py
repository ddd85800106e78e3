"""Attachments in S3-compatible object storage: a real S3 server (moto's server mode, an HTTP server on loopback
started by the test) behind ``S3Storage``, alone and under the central server's upload routes."""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Iterator

import pytest

from govdesk.central.attachment_storage import BUCKET_ENV, ENDPOINT_ENV, S3Storage
from tests.central.conftest import RunningServer, free_port, make_center, register_window, start_server, stop_server
from tests.helpers.scans import jpeg_like
from tests.helpers.uploads import case_with_pages, ref_of, upload_all

boto3 = pytest.importorskip("boto3")
moto_server = pytest.importorskip("moto.server")

BUCKET = "govdesk-attachments"


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    port = free_port()
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    saved = {k: os.environ.get(k) for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION")}
    os.environ.update(AWS_ACCESS_KEY_ID="test", AWS_SECRET_ACCESS_KEY="test", AWS_DEFAULT_REGION="us-east-1")
    url = f"http://127.0.0.1:{port}"
    boto3.client("s3", endpoint_url=url).create_bucket(Bucket=BUCKET)
    yield url
    server.stop()
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture
def storage(s3_endpoint: str) -> S3Storage:
    return S3Storage(BUCKET, endpoint_url=s3_endpoint)


def test_chunks_written_again_after_a_lost_answer_and_a_file_kept_only_when_its_hash_holds(storage: S3Storage) -> None:
    data = jpeg_like(700_000)
    sha = hashlib.sha256(data).hexdigest()
    storage.write_chunk(sha, 0, io.BytesIO(data[:300_000]))
    storage.write_chunk(sha, 300_000, io.BytesIO(data[300_000:600_000]))
    storage.write_chunk(sha, 300_000, io.BytesIO(data[300_000:600_000]))  # the same chunk again: replaced
    storage.write_chunk(sha, 600_000, io.BytesIO(data[600_000:]))
    assert not storage.has(sha)
    assert storage.finish(sha, len(data)) is True
    assert storage.has(sha)
    assert b"".join(storage.read(sha)) == data
    assert storage._staging_keys(sha) == []  # staging cleared

    bad = jpeg_like(100_000)
    named = hashlib.sha256(jpeg_like(100_000)).hexdigest()
    storage.write_chunk(named, 0, io.BytesIO(bad))
    assert storage.finish(named, len(bad)) is False
    assert not storage.has(named)


@pytest.fixture
def s3_server(s3_endpoint: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    tmp = tmp_path_factory.mktemp("central-s3")
    os.environ[BUCKET_ENV], os.environ[ENDPOINT_ENV] = BUCKET, s3_endpoint
    try:
        running = start_server(tmp / "central.db", tmp)
        yield running
    finally:
        os.environ.pop(BUCKET_ENV, None)
        os.environ.pop(ENDPOINT_ENV, None)
    stop_server(running)


def test_the_center_on_s3_takes_a_scan_in_chunks_and_serves_it_to_the_back_office(
    s3_server: RunningServer, s3_endpoint: str
) -> None:
    center = make_center(s3_server)
    window = register_window(center)
    page = jpeg_like(300_000)
    case_id = case_with_pages(window, [ref_of(page)])
    assert upload_all(window, case_id, page)["complete"] is True
    sha = hashlib.sha256(page).hexdigest()
    # in the bucket, not on the server's disk
    head = boto3.client("s3", endpoint_url=s3_endpoint).head_object(Bucket=BUCKET, Key=f"files/{sha}")
    assert head["ContentLength"] == len(page)
    assert not (s3_server.db_path.parent / "central.db.attachments").exists()
    office, _ = center.login("back_office")
    assert office.get(f"/api/v1/attachments/{sha}").content == page
