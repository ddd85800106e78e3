"""Fill window databases with intakes from a separate process (so a scale test uses both cores for it):
``python -m tests.faults.bulk_writer DB CENTER STATION EVENTS [DB CENTER STATION EVENTS ...]``."""

from __future__ import annotations

import sys
from pathlib import Path

from govdesk.store import open_store
from tests.faults.support import write_events


def main(argv: list[str]) -> int:
    for i in range(0, len(argv), 4):
        db, center, station, events = argv[i : i + 4]
        store = open_store(Path(db))
        try:
            write_events(store, center, station, int(events))
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
