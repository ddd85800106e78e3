"""A bulk load into an empty store builds its look-up indexes once at the end; a load cut short by a crash leaves a
note, and the next open rebuilds them (searches never silently lose their indexes)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from benchmarks.synthetic import case_rows

from govdesk.store.bulk import DEFERRED_INDEXES_KEY, bulk_insert_cases
from govdesk.store.engine import pragma
from govdesk.store.store import open_store


def _indexes(path: Path) -> set[str]:
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='cases' AND sql IS NOT NULL")
        return {r[0] for r in rows}


def test_bulk_load_keeps_every_index(tmp_path: Path) -> None:
    path = tmp_path / "bulk.sqlite"
    store = open_store(path)
    before = _indexes(path)
    assert len(before) >= 4
    assert bulk_insert_cases(store, case_rows(3000), batch_size=1000) == 3000
    with store.reading() as db:  # the load's relaxed flushing does not outlive it (G1: synchronous=FULL)
        assert pragma(db, "synchronous") == 2
    store.close()
    assert _indexes(path) == before
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT value FROM meta WHERE key = ?", (DEFERRED_INDEXES_KEY,)).fetchone() is None


def test_a_load_cut_short_gets_its_indexes_back_at_the_next_open(tmp_path: Path) -> None:
    path = tmp_path / "bulk.sqlite"
    store = open_store(path)
    before = _indexes(path)

    def rows_then_crash() -> Iterator[dict[str, Any]]:
        yield from case_rows(1500)
        raise KeyboardInterrupt  # the process dies mid-load (the finally of a real crash never runs: see below)

    with pytest.raises(KeyboardInterrupt):
        bulk_insert_cases(store, rows_then_crash(), batch_size=1000)
    store.close()
    assert _indexes(path) == before  # an interrupted load rebuilds them on its way out

    # a hard crash between the drop and the rebuild: the note is in meta, the indexes are gone
    with sqlite3.connect(path) as db:
        statements = [
            r[0]
            for r in db.execute(
                "SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name='cases' AND sql IS NOT NULL"
            )
        ]
        db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (DEFERRED_INDEXES_KEY, json.dumps(statements))
        )
        for name in before:
            db.execute(f'DROP INDEX "{name}"')
    assert _indexes(path) == set()
    open_store(path).close()
    assert _indexes(path) == before
