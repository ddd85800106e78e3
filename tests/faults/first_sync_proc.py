"""A new window's first sync as a process, for the kill test:
``python -m tests.faults.first_sync_proc --db F --url U --user N --page K``.

It takes the instance lock, opens the real Store, logs in, runs ONE sync round with bootstrap pages of K cases, then
the G4 check, and says one JSON object on stdout: the round's report, whether it is in sync, the local case count.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from govdesk.services.sync_service import StoreQueue
from govdesk.store import open_store
from govdesk.store.lock import acquire_instance_lock
from govdesk.sync.backoff import Backoff
from govdesk.sync.client import MemoryTokenStore, SyncClient
from govdesk.sync.engine import SyncEngine
from tests.faults.support import PASSWORD


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--page", type=int, required=True)
    args = parser.parse_args()
    lock = acquire_instance_lock(Path(args.db))
    store = open_store(Path(args.db))
    client = SyncClient(args.url, tokens=MemoryTokenStore(), timeout=(2.0, 30.0))
    client.login(args.user, PASSWORD)
    engine = SyncEngine(client, StoreQueue(store), backoff=Backoff(0.01, 0.05), bootstrap_limit=args.page)
    loop = asyncio.new_event_loop()
    try:
        report = loop.run_until_complete(engine.sync_once())
        check = loop.run_until_complete(engine.verify_in_sync())
        said = {
            "ok": report.ok,
            "error": report.error.message if report.error else None,
            "pulled": report.pulled,
            "snapshot": report.snapshot,
            "in_sync": check.in_sync,
            "cases": store.count_cases(),
        }
        sys.stdout.write(json.dumps(said) + "\n")
        sys.stdout.flush()
        loop.run_until_complete(engine.aclose())
    finally:
        loop.close()
        client.close()
        store.close()
        lock.release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
