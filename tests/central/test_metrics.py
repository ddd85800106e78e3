"""``/metrics`` (issue 17) from a real server on loopback, parsed by prometheus_client's own parser: request counts and
latencies per route template, the back-office queue per center, devices; who may read it; quarantined devices."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from govdesk.central.quarantine import quarantine
from tests.central.conftest import Center, RunningServer, make_center, register_window, start_server, stop_server

TOKEN = "a-province-scraper-token-0123456789"


def scrape(url: str, **headers: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    reply = httpx.get(url + "/metrics", headers=headers, timeout=10)
    assert reply.status_code == 200, reply.text
    assert reply.headers["content-type"].startswith("text/plain; version=0.0.4")
    samples = {}
    for family in text_string_to_metric_families(reply.text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = float(sample.value)
    return samples


def value(samples: dict[tuple[str, tuple[tuple[str, str], ...]], float], name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def test_requests_per_route_queue_and_devices(server: RunningServer, center: Center) -> None:
    before = scrape(server.url)
    intake = register_window(center)
    cases = [intake.new_case() for _ in range(4)]  # one push each
    office, _ = center.login("back_office")
    for case_id in cases[:2]:
        assert office.post(f"/api/v1/backoffice/cases/{case_id}/claim").status_code == 200
    office.get("/api/v1/no/such/path/110105194912310021")  # a hostile path: no series of its own
    after = scrape(server.url)
    push = {"route": "/api/v1/sync/push", "method": "POST", "status": "200"}
    assert (
        value(after, "govdesk_http_requests_total", **push) - value(before, "govdesk_http_requests_total", **push) == 4
    )
    claim = {"route": "/api/v1/backoffice/cases/{case_id}/claim", "method": "POST", "status": "200"}
    assert (
        value(after, "govdesk_http_requests_total", **claim) - value(before, "govdesk_http_requests_total", **claim)
        == 2
    )
    assert value(after, "govdesk_http_requests_total", route="unmatched", method="GET", status="404") >= 1
    assert not any("110105" in str(labels) for _, labels in after)
    timed = {"route": "/api/v1/sync/push", "method": "POST"}
    count = value(after, "govdesk_http_request_duration_seconds_count", **timed)
    assert count - value(before, "govdesk_http_request_duration_seconds_count", **timed) == 4
    assert value(after, "govdesk_http_request_duration_seconds_sum", **timed) > 0
    # the queue: 4 submitted, 2 of them in review: all 4 wait for the back office
    assert value(after, "govdesk_backoffice_queue_cases", center=center.code) == 4
    assert office.get("/api/v1/backoffice/queue").json()["total"] == 4
    assert value(after, "govdesk_devices", center=center.code) == 1
    assert value(after, "govdesk_database_readable") == 1
    assert value(after, "govdesk_requests_in_progress") == 0
    assert value(after, "govdesk_devices_quarantined") == 0


def test_from_another_machine_without_a_token_refused(server: RunningServer) -> None:
    # uvicorn believes X-Forwarded-For from 127.0.0.1 (a reverse proxy on this machine): the client is remote
    reply = httpx.get(server.url + "/metrics", headers={"X-Forwarded-For": "203.0.113.7"}, timeout=10)
    assert reply.status_code == 403
    assert reply.json()["code"] == "metrics_forbidden" and "令牌" in reply.json()["message_zh"]


@pytest.fixture
def token_server(tmp_path: Path) -> Iterator[RunningServer]:
    running = start_server(tmp_path / "central.db", tmp_path, metrics_token=TOKEN)
    yield running
    stop_server(running)


def test_with_a_token_only_the_token_reads_it(token_server: RunningServer) -> None:
    url = token_server.url + "/metrics"
    remote = {"X-Forwarded-For": "203.0.113.7"}
    assert httpx.get(url, headers={**remote, "Authorization": f"Bearer {TOKEN}"}, timeout=10).status_code == 200
    assert httpx.get(url, headers={**remote, "Authorization": "Bearer wrong-token-0123456789abc"}).status_code == 403
    assert httpx.get(url, headers={"Authorization": TOKEN}).status_code == 403  # not a bearer
    # behind a proxy that does not say who asked, every request is loopback: with a token set, loopback needs it too
    assert httpx.get(url, timeout=10).status_code == 403


def test_quarantined_devices_counted(tmp_path: Path) -> None:
    running = start_server(tmp_path / "central.db", tmp_path)
    try:
        center: Center = make_center(running)
        held = register_window(center)
        register_window(center)
        with running.central.tx() as session:  # what a push or pull that went back does (central.quarantine)
            quarantine(session, held.device_id, "序号倒退（测试）", datetime.now(UTC))
        samples = scrape(running.url)
        assert value(samples, "govdesk_devices_quarantined") == 1
        assert value(samples, "govdesk_devices", center=center.code) == 2
    finally:
        stop_server(running)
