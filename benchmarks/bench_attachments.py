"""Attachments benchmark (issue 14): a township's scanned pages drain over a 1 Mbit/s line to the real central server.

A window database holds ``pages`` scanned pages of about 300 KB (3 per case), their cases' events already at the
center. Between the window and the center (a subprocess: its own interpreter, as in production) sits a throttling
proxy on loopback that lets ``RATE`` bytes a second through in each direction, shared by every connection, like one
township line. Figures, measured in the same run:

- drain: ``AttachmentUploader.drain_once`` sending every page (chunks of 256 KB, resumable, hash-checked) — its time
  against the link's time for the same bytes (the pages' total size over the rate the throttled link was measured to
  carry in this run, by one raw TCP stream through the same proxy into a sink); goal: within 10 % (ratio <= 1.10);
- memory: tracemalloc's peak of the window's Python allocations during the drain (goal <= 4 MB whatever the number
  of pages: chunks are read as they are sent, never a whole file), the window's RSS growth and the server's peak
  RSS (information).

Full size: 500 pages (about 150 MB, some 20 minutes at 1 Mbit/s). ``GOVDESK_BENCH_PAGES=N`` (or ``--size N``, or
``--quick``: 15 pages) scales it down; the ratio holds at any size.

Run: ``.venv/bin/python -m benchmarks.run --only attachments [--quick]``, or
``.venv/bin/python benchmarks/bench_attachments.py [--pages N]`` (JSON).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import resource
import socket
import threading
import time
import tracemalloc
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.central_proc import CENTER, PASSWORD, USER, free_port, peak_rss_kib, start_server
from benchmarks.figures import Figure
from govdesk.domain.attachments import PageRef
from govdesk.domain.case import Applicant, ApplicantKind, Case, MaterialStatus
from govdesk.domain.catalog import MaterialForm
from govdesk.domain.events import Actor, Role
from govdesk.services.attachments import StoreAttachmentQueue
from govdesk.services.sync_service import StoreQueue
from govdesk.store import open_store
from govdesk.store.attachments import FileStore, enqueue_case_files
from govdesk.store.crypto import new_key
from govdesk.store.file_crypto import files_key
from govdesk.sync.attachments import AttachmentClient, AttachmentUploader
from govdesk.sync.backoff import Backoff
from govdesk.sync.client import MemoryTokenStore, SyncClient
from govdesk.sync.engine import SyncEngine
from govdesk.sync.errors import NeedsLogin

#: 1 Mbit/s, in bytes a second, each direction.
RATE = 125_000
PAGE_BYTES = 300 * 1024
PAGES_ENV = "GOVDESK_BENCH_PAGES"


# --- the server subprocess ------------------------------------------------------------------------------------


# --- the throttled line ---------------------------------------------------------------------------------------


class _Bucket:
    """A token bucket: ``rate`` bytes a second, bursts of at most ``burst`` bytes (one line, every connection)."""

    def __init__(self, rate: int, burst: int = 8192) -> None:
        self.rate = rate
        self.burst = burst
        self.tokens = float(burst)
        self.stamp = time.monotonic()
        self.lock = asyncio.Lock()

    async def take(self, n: int) -> None:
        async with self.lock:
            while True:
                now = time.monotonic()
                self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
                self.stamp = now
                if self.tokens >= n:
                    self.tokens -= n
                    return
                await asyncio.sleep((n - self.tokens) / self.rate)


class ThrottledLine:
    """A TCP proxy on loopback to ``upstream`` (host, port) carrying ``rate`` bytes a second each way."""

    def __init__(self, upstream: tuple[str, int], rate: int = RATE) -> None:
        self.upstream = upstream
        self.rate = rate
        self.loop = asyncio.new_event_loop()
        self.port = free_port()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        self._ready.wait(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.up = _Bucket(self.rate)
        self.down = _Bucket(self.rate)
        server = self.loop.run_until_complete(asyncio.start_server(self._serve, "127.0.0.1", self.port))
        self._ready.set()
        self.loop.run_forever()
        server.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            writer.close()
            return
        with contextlib.suppress(asyncio.CancelledError):  # the line closed under a connection: it just ends
            await asyncio.gather(self._pump(reader, up_writer, self.up), self._pump(up_reader, writer, self.down))

    @staticmethod
    async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, bucket: _Bucket) -> None:
        try:
            while data := await reader.read(4096):
                await bucket.take(len(data))
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()

    def close(self) -> None:
        async def shut() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            self.loop.stop()

        asyncio.run_coroutine_threadsafe(shut(), self.loop)
        self._thread.join(5)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def measured_rate(sample_bytes: int) -> float:
    """Bytes a second one raw TCP stream gets through a fresh throttled line into a sink (the link's real rate)."""
    sink = socket.socket()
    sink.bind(("127.0.0.1", 0))
    sink.listen(1)
    received = [0]

    def drain() -> None:
        conn, _ = sink.accept()
        with conn:
            while data := conn.recv(65536):
                received[0] += len(data)

    thread = threading.Thread(target=drain, daemon=True)
    thread.start()
    line = ThrottledLine(sink.getsockname())
    try:
        started = time.perf_counter()
        with socket.create_connection(("127.0.0.1", line.port)) as conn:
            conn.sendall(os.urandom(sample_bytes))
            conn.shutdown(socket.SHUT_WR)
            thread.join(120)
        elapsed = time.perf_counter() - started
    finally:
        line.close()
        sink.close()
    return received[0] / elapsed


# --- the window -----------------------------------------------------------------------------------------------


def fill_window(db: Path, files: FileStore, pages: int) -> int:
    """``pages`` scans of about 300 KB, 3 to a case, queued; returns their total size."""
    store = open_store(db)
    actor = Actor("u1", "张三", Role.INTAKE, CENTER, "S01", "3号窗口")
    total = 0
    try:
        for start in range(0, pages, 3):
            refs: list[PageRef] = []
            for _ in range(min(3, pages - start)):
                refs.append(files.put_bytes(b"\xff\xd8\xff\xe0" + os.urandom(PAGE_BYTES - 4)))
            total += sum(r.size for r in refs)
            case_id = str(uuid.uuid4())
            case = Case.new(
                actor=actor,
                clock=store.clock,
                case_no=f"{CENTER}-{case_id[:12]}",
                item_codes=["ITEM-1"],
                catalog_version="2026.1",
                applicant=Applicant(ApplicantKind.PERSON, "李四", "111", "110101199003071234"),
                case_id=case_id,
            )
            case.record_material(
                actor,
                store.clock,
                "id_card",
                "居民身份证",
                MaterialStatus.RECEIVED,
                MaterialForm.ORIGINAL,
                1,
                pages=tuple(refs),
            )
            case.accept(actor, store.clock, date(2026, 11, 25), date(2026, 12, 10))
            with store.transaction() as tx:
                store.save_case(tx, case)
                enqueue_case_files(tx, case)
    finally:
        store.close()
    return total


async def push_events(db: Path, url: str) -> SyncClient:
    store = open_store(db)
    client = SyncClient(url, tokens=MemoryTokenStore())
    client.login(USER, PASSWORD)
    engine = SyncEngine(client, StoreQueue(store), backoff=Backoff(0.1, 1.0))
    try:
        report = await engine.sync_once()
        assert report.ok, report.error
    finally:
        await engine.aclose()
        store.close()
    return client


async def drain(db: Path, files: FileStore, client: SyncClient, line_url: str) -> dict[str, Any]:
    store = open_store(db)
    attachments = AttachmentClient.beside(client)
    attachments.base_url = line_url  # the files go over the throttled line
    uploader = AttachmentUploader(attachments, StoreAttachmentQueue(store, files), backoff=Backoff(0.1, 1.0))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    loop = asyncio.get_running_loop()
    refreshes = 0
    try:
        started = time.perf_counter()
        report = await uploader.drain_once()
        sent, sent_bytes = report.sent, report.bytes_sent
        # an access token lives 15 minutes; in the program the sync engine renews it (the uploader asks it to): here
        # the benchmark does, and the drain goes on from where the center stopped
        while isinstance(report.error, NeedsLogin) and refreshes < 10:
            refreshes += 1
            await loop.run_in_executor(None, client.refresh)
            report = await uploader.drain_once()
            sent, sent_bytes = sent + report.sent, sent_bytes + report.bytes_sent
        elapsed = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        await uploader.aclose()
        store.close()
    assert report.error is None and report.refused == 0, report
    return {
        "seconds": elapsed,
        "files": sent,
        "bytes": sent_bytes,
        "token_refreshes": refreshes,
        "tracemalloc_peak_mib": peak / 1048576,
        "rss_growth_mib": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024,
    }


def measure(workdir: Path, pages: int) -> dict[str, Any]:
    files = FileStore(workdir / "scans", files_key(new_key()))  # sealed at rest, as the program keeps them
    total = fill_window(workdir / "window.db", files, pages)
    proc, url = start_server(workdir)
    line: ThrottledLine | None = None
    try:
        client = asyncio.run(push_events(workdir / "window.db", url))
        rate = measured_rate(min(total, 10 * RATE))  # ten seconds of the line (less for a tiny run)
        port = int(url.rsplit(":", 1)[1])
        line = ThrottledLine(("127.0.0.1", port))
        result = asyncio.run(drain(workdir / "window.db", files, client, line.url))
        client.close()
        result["server_peak_rss_mib"] = peak_rss_kib(proc.pid) / 1024
    finally:
        if line is not None:
            line.close()
        proc.terminate()
        proc.wait(10)
    assert result["files"] == pages and result["bytes"] == total, (result, pages, total)
    result.update(pages=pages, total_bytes=total, measured_rate=rate, link_seconds=total / rate, nominal_rate=RATE)
    return result


def run(workdir: Path, *, quick: bool = False, size: int | None = None) -> list[Figure]:
    pages = size or int(os.environ.get(PAGES_ENV) or (15 if quick else 500))
    m = measure(workdir, pages)
    mb = m["total_bytes"] / 1e6
    return [
        Figure(
            f"drain {pages} pages ({mb:.0f} MB) over 1 Mbit/s",
            m["seconds"],
            "s",
            m["link_seconds"],
            f"the same bytes at the line's measured rate ({m['measured_rate'] / 1000:.1f} kB/s, one raw TCP stream)",
            goal_ratio=1.10,
        ),
        Figure("window tracemalloc peak during the drain", m["tracemalloc_peak_mib"], "MiB", goal_value=4.0),
        Figure("window RSS growth during the drain", m["rss_growth_mib"], "MiB"),
        Figure("center peak RSS", m["server_peak_rss_mib"], "MiB"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=int(os.environ.get(PAGES_ENV) or 500))
    args = parser.parse_args(argv)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="govdesk-bench-attachments-") as tmp:
        print(json.dumps(measure(Path(tmp), args.pages), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
