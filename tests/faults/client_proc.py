"""A window as a separate process, for the kill tests: ``python -m tests.faults.client_proc --db F --url U ...``.

It takes the instance lock, opens the real Store, and obeys one command per line on stdin, answering one JSON
object per line on stdout (flushed at once, so a test knows what was committed before it sends SIGKILL):

- ``sync``: one sync round (logging in first when it has no access token) -> ``{"sync": {...}}``;
- ``intake N [notify]``: N intakes, each its own transaction -> ``{"committed": case_id, "events": [...]}`` after
  each commit, then ``{"done": "intake"}``;
- ``bulk N``: N cases in one transaction -> ``{"bulk": N}``;
- ``intake_forever``: intakes until killed (each commit reported as above);
- ``hang_in_tx``: open a write transaction, save a case in it, say ``{"in_tx": case_id, "events": [...]}``, sleep;
- ``check``: ``govdesk db verify`` of the file, the G4 summary against the server, the outbox and the cases;
- ``quit``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

from govdesk.domain.events import Actor, Role
from govdesk.services.sync_service import StoreQueue
from govdesk.store import open_store
from govdesk.store.lock import acquire_instance_lock
from govdesk.store.verify import verify_database
from govdesk.sync.backoff import Backoff
from govdesk.sync.client import MemoryTokenStore, SyncClient
from govdesk.sync.engine import STATION_KEY, SyncEngine
from tests.faults.support import PASSWORD, new_case, take_intake, take_intakes_in_one_transaction


def say(**fields: Any) -> None:
    sys.stdout.write(json.dumps(fields, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--center", required=True)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()

    lock = acquire_instance_lock(Path(args.db))
    store = open_store(Path(args.db))
    client = SyncClient(args.url, tokens=MemoryTokenStore(), timeout=(2.0, 10.0))
    engine = SyncEngine(client, StoreQueue(store), backoff=Backoff(0.01, 0.05), batch_size=args.batch)
    loop = asyncio.new_event_loop()

    def station() -> str:
        code = store.get_meta(STATION_KEY)
        if not code:
            raise SystemExit("no station code yet: sync first")
        return code

    def intake(notify: bool = False) -> None:
        case = take_intake(store, args.center, station(), notify=notify)
        say(committed=case.case_id, events=[e.event_id for e in case.events])

    say(ready=store.device_id())
    try:
        for line in sys.stdin:
            words = line.split()
            if not words:
                continue
            command = words[0]
            if command == "sync":
                if not client.has_access_token:
                    client.login(args.user, PASSWORD)
                report = loop.run_until_complete(engine.sync_once())
                error = report.error.message if report.error is not None else None
                say(sync={"ok": report.ok, "pushed": report.pushed, "applied": report.applied, "error": error})
            elif command == "intake":
                for _ in range(int(words[1])):
                    intake(notify=len(words) > 2 and words[2] == "notify")
                say(done="intake")
            elif command == "bulk":  # volume: N cases in one transaction
                cases = take_intakes_in_one_transaction(store, args.center, station(), int(words[1]))
                say(bulk=len(cases))
            elif command == "intake_forever":
                while True:
                    intake()
            elif command == "hang_in_tx":
                with store.transaction() as tx:  # never committed: the test kills us in here
                    actor = Actor("u-张三", "张三", Role.INTAKE, args.center, station(), "3号窗口")
                    case = new_case(store, tx, actor, notify=False, submit=True)
                    store.save_case(tx, case)
                    tx.flush()
                    say(in_tx=case.case_id, events=[e.event_id for e in case.events])
                    time.sleep(600)
            elif command == "check":
                say(check=check(store, engine, loop, args.user))
            elif command == "quit":
                break
            else:
                say(error=f"unknown command {command}")
    finally:
        loop.run_until_complete(engine.aclose())
        loop.close()
        client.close()
        store.close()
        lock.release()
    return 0


def check(store: Any, engine: SyncEngine, loop: asyncio.AbstractEventLoop, user: str) -> dict[str, Any]:
    report = verify_database(store.path)
    if not engine.client.has_access_token:
        engine.client.login(user, PASSWORD)
    in_sync = loop.run_until_complete(engine.verify_in_sync())
    with store.reading() as conn:
        outbox = [list(r) for r in conn.exec_driver_sql("SELECT seq, event_id, status FROM outbox ORDER BY seq")]
        events = [list(r) for r in conn.exec_driver_sql("SELECT case_id, event_id FROM events ORDER BY position")]
    cases: dict[str, list[str]] = {}
    for case_id, event_id in events:
        cases.setdefault(case_id, []).append(event_id)
    return {
        "verify_ok": report.ok,
        "problems": report.problems(),
        "in_sync": in_sync.in_sync,
        "summary": [in_sync.local_count, in_sync.server_count],
        "depth": store.outbox_depth(),
        "outbox": outbox,
        "cases": cases,
    }


if __name__ == "__main__":
    raise SystemExit(main())
