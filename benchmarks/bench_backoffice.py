"""The back office's queue with deadlines: ``BackOfficeService.queue_page`` (the first page of the queue, 100 cases,
then the promised and statutory dates and the 补正 flag of those cases in one request) for N cases of one center,
over loopback against the real central server (embedded, SQLite). Baseline in the same run: the plain queue alone
(``GET /api/v1/backoffice/queue``, the first page, one request, no deadlines). Goal: the workspace's list costs at
most 4× the plain queue.

    .venv/bin/python -m benchmarks.bench_backoffice [N]      # default 2,000 queued cases
"""

from __future__ import annotations

import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import requests

from benchmarks.figures import Figure, median_ms, time_calls
from govdesk.central import admin
from govdesk.central.embedded import EmbeddedCentral
from govdesk.domain.clock import CST
from govdesk.domain.events import Actor, DomainEvent, Role
from govdesk.protocol import DEVICE_KEY_HEADER
from govdesk.services.backoffice import BackOfficeService
from govdesk.shipped import default_calendar, default_catalog
from govdesk.store.store import SystemClock
from govdesk.sync.client import MemoryTokenStore
from govdesk.sync.office_client import BackOfficeClient

NAME = "backoffice_queue"
GOAL_RATIO = 4.0
SAMPLES = 7
CENTER = "41122101"
PASSWORD = "bench-pass-1"
QUICK_SIZE = 300
FULL_SIZE = 2_000


def run(workdir: Path, *, quick: bool = False, size: int | None = None) -> list[Figure]:
    """The suite's entry (``python -m benchmarks.run --only backoffice``)."""
    return measure(size or (QUICK_SIZE if quick else FULL_SIZE), workdir)


def _seed(central: EmbeddedCentral, count: int) -> None:
    now = datetime.now(UTC)
    with central.central.tx() as session:
        admin.add_center(session, CENTER, "渑池县政务服务中心", now)
        admin.add_user(session, "wangli", "王丽", "intake", CENTER, PASSWORD, now)
        admin.add_user(session, "houtai", "后台李", "back_office", CENTER, PASSWORD, now, department="*")
    http = requests.Session()
    token = http.post(f"{central.url}/api/v1/auth/login", json={"username": "wangli", "password": PASSWORD}).json()
    http.headers["Authorization"] = f"Bearer {token['access_token']}"
    device = http.post(f"{central.url}/api/v1/devices/register", json={"name": "bench", "window": "3号窗口"}).json()
    http.headers[DEVICE_KEY_HEADER] = device["device_key"]
    actor = Actor("wangli", "王丽", Role.INTAKE, CENTER, device["station_code"], "3号窗口")
    seq = device["last_seq"]
    events: list[dict[str, object]] = []
    for n in range(count):
        case_id = str(uuid.uuid4())
        first = {"case_no": f"{CENTER}-S01-20261204-{n:04d}-R", "item_codes": ["SCJG-01-001"],
                 "applicant": {"name": "欧阳建国", "phone": "13800138000"}}  # fmt: skip
        dates = {"promised_date": date(2026, 12, 18).isoformat(), "statutory_date": date(2027, 1, 8).isoformat()}
        for kind, payload in (("case.drafted", first), ("case.accepted", dates), ("case.submitted", {})):
            event = DomainEvent(case_id, kind, actor, datetime.now(CST), payload).to_json()
            seq += 1
            sent = datetime.now(CST).isoformat()
            wrapped = {"event_id": event["event_id"], "device_id": device["device_id"], "device_seq": seq}
            events.append({**wrapped, "schema_version": 1, "client_time": sent, "event": event})
    for start in range(0, len(events), 500):
        body = {"device_id": device["device_id"], "events": events[start : start + 500]}
        reply = http.post(f"{central.url}/api/v1/sync/push", json=body, timeout=120)
        reply.raise_for_status()
    http.close()


def measure(count: int, folder: Path) -> list[Figure]:
    central = EmbeddedCentral.start(folder / "central.sqlite")
    try:
        start = time.perf_counter()
        _seed(central, count)
        seed_s = time.perf_counter() - start
        client = BackOfficeClient(central.url, tokens=MemoryTokenStore())
        client.login("houtai", PASSWORD)
        service = BackOfficeService(client, SystemClock(), default_catalog(), default_calendar())
        rows = service.queue_page().rows  # warm
        assert len(rows) == count and all(r.promised_date for r in rows)
        ours = time_calls(lambda _n: service.queue_page().rows, range(SAMPLES))
        base = time_calls(lambda _n: client.queue(), range(SAMPLES))
        client.close()
    finally:
        central.stop()
    return [
        Figure(f"seed {count:,} queued cases (push)", seed_s, "s"),
        Figure(
            f"queue with deadlines, {count:,} cases (median)", median_ms(ours), "ms", median_ms(base), "plain queue",
            goal_ratio=GOAL_RATIO,
        ),
    ]  # fmt: skip


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else FULL_SIZE
    with tempfile.TemporaryDirectory() as tmp:
        for f in measure(count, Path(tmp)):
            ratio = f"  ({f.ratio:.1f}× {f.baseline_label})" if f.ratio is not None else ""
            verdict = "" if f.passed is None else ("  PASS" if f.passed else "  FAIL")
            print(f"{f.name}: {f.value:.3f} {f.unit}{ratio}  goal {f.goal_text()}{verdict}")


if __name__ == "__main__":
    main()
