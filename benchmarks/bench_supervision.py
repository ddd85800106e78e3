"""The supervisor's dashboard over a county's store: 1,000,000 cached cases (issue 13).

A hall's four years ending Friday 2026-12-04: about 700 cases a day from 12 clerks at 12 windows; cases older than a
month are finished (closed, handed off, notified, rejected, done on the spot), the last month's are in every state;
two events per case (收件 and the decision) plus transfers, hand-offs and ratings for the last two months. Cases go
in through ``Store.bulk_insert_cases``; the events and ratings are written straight into their tables (a bulk
history import has no hash chain to extend; the chain is not what is measured).

Timed: ``SupervisionService.dashboard(today)`` (figures per window and clerk, 超期预警, lists, ratings), median of
repeated calls. Baseline: the very SQL statements with the very parameters the dashboard ran (recorded on one
untimed call) replayed on a bare ``sqlite3`` connection in the same run. Goals: ≤ 300 ms, ≤ 2× the baseline.
"""

from __future__ import annotations

import gc
import json
import random
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.figures import Figure, median_ms, p95_ms
from benchmarks.synthetic import chinese_name, mobile, person_id
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Actor, Role
from govdesk.domain.notices import CenterProfile
from govdesk.domain.numbering import check_character
from govdesk.services.supervision import SupervisionService, period_for
from govdesk.services.supervision_types import Dashboard, PeriodKind
from govdesk.services.window import WindowContext
from govdesk.shipped import default_calendar, default_catalog
from govdesk.store.bulk import bulk_insert_cases
from govdesk.store.engine import CACHE_KIB
from govdesk.store.store import Store, open_store

NAME = "supervision"
FULL_SIZE = 1_000_000
QUICK_SIZE = 20_000
GOAL_MS = 300.0
RATIO_GOAL = 2.0
TODAY = date(2026, 12, 4)
PER_DAY = 700
CLERKS = tuple((f"c{n:03d}", f"窗口{n}号", f"{n}号窗口", f"S{1 + n % 3:02d}") for n in range(1, 13))
ITEMS = ("RSJ-05-002", "SCJG-01-001", "SCJG-01-005", "MZJ-05-004", "GJJ-20-002", "CL-07-001", "RSJ-20-004")
OLD_STATES = (("closed", 60), ("handed_off", 10), ("notified", 12), ("rejected", 3), ("completed", 15))
RECENT_STATES = (
    ("accepted", 6),
    ("accepted_conditional", 4),
    ("submitted", 8),
    ("in_review", 20),
    ("result_ready", 10),
    ("handed_off", 20),
    ("closed", 10),
    ("notified", 12),
    ("rejected", 2),
    ("completed", 7),
    ("draft", 1),
)
DECISION = {
    "accepted_conditional": "case.accepted_conditional",
    "notified": "case.notified",
    "rejected": "case.rejected",
    "completed": "case.completed",
    "draft": "",
}
SNAPSHOT = (
    '{{"applicant":{{"id_number":"{id_number}","id_type":"111","kind":"person","name":"{name}","phone":"{phone}"}},'
    '"case_id":"{case_id}","case_no":"{case_no}","catalog_version":"2026.11","first_clerk":{{"center_code":'
    '"41122101","clerk_id":"{clerk}","clerk_name":"{clerk_name}","role":"intake","station_code":"{station}",'
    '"window":"{window}"}},"item_codes":["{item}"],"notified_codes":[],"promised_date":{promised},'
    '"received_at":"{received}","resumed_from":"","schema":1,"state":"{state}","suspensions":[]{commitment}}}'
)
HASH = "0" * 64


def _pick(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    roll = rng.random() * sum(w for _, w in table)
    for state, weight in table:
        roll -= weight
        if roll < 0:
            return state
    return table[-1][0]


def hall(size: int, seed: int = 13) -> Iterator[tuple[dict[str, Any], list[tuple[Any, ...]], tuple[Any, ...] | None]]:
    """(case row, event rows without position, rating row or None) for ``size`` cases ending at ``TODAY``."""
    rng = random.Random(seed)
    days = max(1, size // PER_DAY)
    for n in range(size):
        age = days - 1 - n * days // size  # oldest first
        day = TODAY - timedelta(days=age)
        clerk, clerk_name, window, station = CLERKS[rng.randrange(len(CLERKS))]
        received = datetime(day.year, day.month, day.day, 8, 30, tzinfo=CST) + timedelta(seconds=rng.randrange(30000))
        state = _pick(rng, RECENT_STATES if age <= 30 else OLD_STATES)
        item = ITEMS[rng.randrange(len(ITEMS))]
        running = state not in ("notified", "rejected", "completed", "draft")
        promised = f'"{(day + timedelta(days=5 + rng.randrange(20))).isoformat()}"' if running else "null"
        case_id = f"{rng.getrandbits(128):032x}"
        body = f"41122101-{station}-{day:%Y%m%d}-{n % 9999 + 1:04d}"
        case_no = f"{body}-{check_character(body)}-{n}"  # unique whatever the day's count
        name, id_number, phone = chinese_name(rng), person_id(rng), mobile(rng)
        commitment = ""
        if state == "accepted_conditional":
            due = (day + timedelta(days=10)).isoformat()
            commitment = (
                f',"commitment":{{"due_date":"{due}","material_codes":["m1"],"status":"open","supplemented":{{}}}}'
            )
        at = received.astimezone(UTC)
        row = {
            "case_id": case_id,
            "case_no": case_no,
            "state": state,
            "item_codes": item,
            "applicant_name": name,
            "applicant_id_number": id_number,
            "applicant_phone": phone,
            "first_clerk": clerk,
            "received_at": at.isoformat(),
            "promised_date": promised.strip('"') if running else None,
            "updated_at": at.isoformat(),
            "snapshot": SNAPSHOT.format(
                id_number=id_number,
                name=name,
                phone=phone,
                case_id=case_id,
                case_no=case_no,
                clerk=clerk,
                clerk_name=clerk_name,
                station=station,
                window=window,
                item=item,
                promised=promised,
                received=received.isoformat(),
                state=state,
                commitment=commitment,
            ),
        }
        actor = json.dumps(
            {
                "center_code": "41122101",
                "clerk_id": clerk,
                "clerk_name": clerk_name,
                "role": "intake",
                "station_code": station,
                "window": window,
            },
            ensure_ascii=False,
        )
        kinds = ["case.drafted"]
        decision = DECISION.get(state, "case.accepted")
        if decision:
            kinds.append(decision)
        if age <= 60 and running and state not in ("accepted", "accepted_conditional"):
            kinds.append("case.submitted")
        if age <= 60 and state in ("handed_off", "closed"):
            kinds.append("case.handed_off")
        events = [
            (f"{case_id}-{i}", case_id, kind, actor, (received + timedelta(minutes=5 * i)).isoformat(), "{}")
            for i, kind in enumerate(kinds)
        ]
        rating = None
        if age <= 60 and state in ("handed_off", "closed") and rng.random() < 0.5:
            value = 1 + rng.randrange(5)
            event_id = f"{case_id}-r"
            at_text = (received + timedelta(hours=1)).isoformat()
            events.append((event_id, case_id, "case.evaluated", actor, at_text, json.dumps({"rating": value})))
            rating = (event_id, case_id, value, "", "[]", at_text, clerk)
        yield row, events, rating


def build(store: Store, size: int, batch: int = 50_000) -> int:
    """Load ``size`` cases into ``store`` (cases through the store's bulk path); returns how many events."""
    cases: list[dict[str, Any]] = []
    events: list[tuple[Any, ...]] = []
    ratings: list[tuple[Any, ...]] = []
    for row, evs, rating in hall(size):
        cases.append(row)
        events.extend(evs)
        if rating is not None:
            ratings.append(rating)
    bulk_insert_cases(store, cases)
    raw = sqlite3.connect(store.path, isolation_level=None)
    try:
        raw.execute("PRAGMA synchronous = NORMAL")
        sql = (
            "INSERT INTO events (position, event_id, case_id, kind, actor, occurred_at, payload, schema_version, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"
        )
        for first in range(0, len(events), batch):
            raw.execute("BEGIN IMMEDIATE")
            raw.executemany(sql, ((first + i + 1, *e, HASH, HASH) for i, e in enumerate(events[first : first + batch])))
            raw.execute("COMMIT")
        raw.execute("BEGIN IMMEDIATE")
        raw.executemany(
            "INSERT INTO evaluations (event_id, case_id, rating, comment, reasons, at, by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            ratings,
        )
        raw.execute("COMMIT")
        raw.execute("ANALYZE")
    finally:
        raw.close()
    return len(events)


def supervisor_service(store: Store) -> SupervisionService:
    actor = Actor("zhaoqiang", "赵强", Role.SUPERVISOR, "41122101", "S01", "")
    window = WindowContext(
        actor=actor,
        center=CenterProfile(name="渑池县政务服务中心", address="渑池县韶州大道 1 号", phone="0398-4812345"),
    )
    clock = FixedClock(datetime(2026, 12, 4, 17, 0, tzinfo=CST))
    return SupervisionService(store, default_catalog(), default_calendar(), clock, window)


def record_statements(store: Store, call: Any) -> tuple[Any, list[tuple[str, dict[str, Any]]]]:
    """Run ``call()`` once, noting every statement and its parameters sent to the store's read connection."""
    readers = store._readers
    seen: list[tuple[str, dict[str, Any]]] = []
    original = readers.fetch

    def noting(sql: str, params: dict[str, Any]) -> list[Any]:
        seen.append((sql, dict(params)))
        return original(sql, params)

    readers.fetch = noting  # type: ignore[method-assign]
    try:
        result = call()
    finally:
        readers.fetch = original  # type: ignore[method-assign]
    return result, seen


def run(workdir: Path, *, quick: bool = False, size: int | None = None, rounds: int = 15) -> list[Figure]:
    size = size or (QUICK_SIZE if quick else FULL_SIZE)
    path = workdir / "hall.sqlite"
    store = open_store(path)
    try:
        start = time.perf_counter()
        n_events = build(store, size)
        build_s = time.perf_counter() - start
        service = supervisor_service(store)
        period = period_for(PeriodKind.DAY, TODAY)
        dashboard, statements = record_statements(store, lambda: service.dashboard(period))
        assert isinstance(dashboard, Dashboard)
        raw = sqlite3.connect(path, isolation_level=None)
        raw.execute(f"PRAGMA cache_size = -{CACHE_KIB}")  # the store's read connections' page cache

        def replay() -> None:
            for sql, params in statements:
                raw.execute(sql, params).fetchall()

        for _ in range(2):  # warm both
            service.dashboard(period)
            replay()
        api_ns: list[int] = []
        raw_ns: list[int] = []
        gc.disable()
        try:
            for i in range(rounds):  # alternating order, so neither always runs on a warmer machine
                for which in (0, 1) if i % 2 == 0 else (1, 0):
                    t = time.perf_counter_ns()
                    if which == 0:
                        service.dashboard(period)
                        api_ns.append(time.perf_counter_ns() - t)
                    else:
                        replay()
                        raw_ns.append(time.perf_counter_ns() - t)
        finally:
            gc.enable()
            raw.close()
        return [
            Figure(f"build {size:,} cases and {n_events:,} events (not the goal)", build_s, "s"),
            Figure(
                f"dashboard over {size:,} cases (today): median",
                median_ms(api_ns),
                "ms",
                baseline=median_ms(raw_ns),
                baseline_label=f"the dashboard's {len(statements)} SQL statements replayed on bare sqlite3",
                goal_value=GOAL_MS,
                goal_ratio=RATIO_GOAL,
            ),
            Figure("  the same, p95", p95_ms(api_ns), "ms", baseline=p95_ms(raw_ns)),
            Figure(
                f"  cards: {dashboard.warning_total:,} ({len(dashboard.warnings)} made at once); "
                f"clerks: {len(dashboard.by_clerk)}",
                0.0,
                "-",
            ),
        ]
    finally:
        store.close()


if __name__ == "__main__":
    import sys
    import tempfile

    from benchmarks.run import print_figures

    with tempfile.TemporaryDirectory() as tmp:
        print_figures(NAME, run(Path(tmp), size=int(sys.argv[1]) if len(sys.argv) > 1 else None))
