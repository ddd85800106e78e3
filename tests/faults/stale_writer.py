"""A second window on a shared database, as its own process: ``python -m tests.faults.stale_writer DB CASE_ID OP``.

It opens the real Store, loads the case and says ``{"loaded": version}``; then it waits for one line on stdin (the
test lets the other window save first), applies ``OP`` to its now stale copy (``submit``, or ``delay``: a later
promised date) and saves it, saying ``{"saved": true}`` or ``{"refused": message}``.
"""

from __future__ import annotations

import json
import sys
from datetime import timedelta
from pathlib import Path

from govdesk.domain.events import Actor, Role
from govdesk.store import StoreError, open_store


def main() -> int:
    db, case_id, op = sys.argv[1], sys.argv[2], sys.argv[3]
    store = open_store(Path(db))
    try:
        case = store.load_case(case_id)
        assert case is not None
        print(json.dumps({"loaded": getattr(case, "version", 0)}), flush=True)  # 0: a store without versions
        sys.stdin.readline()
        actor = Actor("u-李四", "李四", Role.INTAKE, "41122101", "S02", "5号窗口")
        if op == "submit":
            case.submit(actor, store.clock)
        else:
            assert case.promised_date is not None
            case.delay(actor, store.clock, case.promised_date + timedelta(days=10), "补充核查")
        try:
            with store.transaction() as tx:
                store.save_case(tx, case)
        except StoreError as error:
            print(json.dumps({"refused": str(error)}, ensure_ascii=False), flush=True)
        else:
            print(json.dumps({"saved": True}), flush=True)
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
