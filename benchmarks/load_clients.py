"""The simulated clients of the central load test (``load_central.py``): windows, townships and the back office.

Each group runs in its own process (threads inside, one ``requests.Session`` each), so the clients' JSON work does
not queue behind one interpreter lock and pass for the server's slowness. They speak the sync protocol as the
program does (log in, register the device, push batches in device-sequence order, pull by cursor until
``has_more`` is false) with plain requests and bodies built before the clock starts, and they honour a 503's
``Retry-After`` as the program does (at least that long, with jitter up to as much again), retrying the same request.

- a normal window takes one case (drafted, accepted, submitted: three events) every ``interval`` seconds and pushes
  it, then pulls; each push's time (first try to stored, any busy waits included) is recorded;
- a township returns with ``backlog`` events queued offline: pushes them in batches of 500 at the burst's start,
  then pulls until it has everything;
- a back-office client reads the whole queue page by page every few seconds.
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import requests
from pydantic_core import from_json, to_json

from govdesk.domain.clock import CST
from govdesk.domain.events import Actor, DomainEvent, Role
from govdesk.protocol import DEVICE_KEY_HEADER, MAX_PULL_LIMIT, MAX_PUSH_BATCH

PASSWORD = "load-password-1"


@dataclass
class Signals:
    """Shared between the processes (multiprocessing events and values), made by the coordinator."""

    burst: Any  # Event: the townships start
    pushed_all: Any  # Event: every township has pushed its backlog
    stop: Any  # Event: everyone stops
    reports: Any  # Queue: ("pushed" | "caught_up", name, monotonic time)


@dataclass
class Tally:
    pushes: list[tuple[float, float]] = field(default_factory=list)  # (monotonic start, seconds)
    busy: int = 0  # 503 answers
    errors: int = 0  # other failures retried
    refused: int = 0  # events the server refused
    sent: list[str] = field(default_factory=list)  # event ids pushed
    pulled: int = 0
    pulled_twice: int = 0
    queue_reads: list[float] = field(default_factory=list)  # seconds for a whole queue walk
    queue_pages: list[float] = field(default_factory=list)  # seconds per page
    queue_incomplete: int = 0
    decided: int = 0  # cases the back office approved and made ready for hand-off


class Client:
    """One device: a session, a login, a registration, its sequence."""

    def __init__(self, url: str, username: str, center: str, name: str) -> None:
        self.url = url
        self.http = requests.Session()
        self.name = name
        self.center = center
        self.username = username
        token = self.call("POST", "/api/v1/auth/login", {"username": username, "password": PASSWORD}, Tally())
        self._use(token)
        self.user = token["user"]
        self.device_id = ""
        self.station = ""
        self.seq = 0
        self.cursor = ""
        self.seen: set[str] = set()

    def _use(self, token: dict[str, Any]) -> None:
        self.http.headers["Authorization"] = f"Bearer {token['access_token']}"
        self.refresh_token = token["refresh_token"]

    def _refresh(self, tally: Tally) -> None:
        """A new access token (they last 15 minutes; a full run lasts longer), as the program's client does."""
        del self.http.headers["Authorization"]
        self._use(self.call("POST", "/api/v1/auth/refresh", {"refresh_token": self.refresh_token}, tally))

    def register(self, tally: Tally) -> None:
        reply = self.call("POST", "/api/v1/devices/register", {"name": self.name, "window": "1号窗口"}, tally)
        self.device_id, self.station, self.seq = reply["device_id"], reply["station_code"], reply["last_seq"]
        if reply.get("device_key"):
            self.http.headers[DEVICE_KEY_HEADER] = reply["device_key"]

    def call(self, method: str, path: str, body: Any, tally: Tally, params: dict[str, Any] | None = None) -> Any:
        """The request until it is answered 2xx: a 503 waits its Retry-After (+ jitter), other failures 1 s."""
        data = body if isinstance(body, bytes) or body is None else to_json(body)
        headers = {"Content-Type": "application/json"} if data is not None else {}
        while True:
            try:
                reply = self.http.request(
                    method, self.url + path, data=data, params=params, headers=headers, timeout=60
                )
            except requests.RequestException:
                tally.errors += 1
                time.sleep(1.0)
                continue
            if 200 <= reply.status_code < 300:
                return from_json(reply.content)
            if reply.status_code == 503:
                tally.busy += 1
                wait = float(reply.headers.get("Retry-After", "1"))
                time.sleep(wait + random.uniform(0, wait))
                continue
            tally.errors += 1
            if reply.status_code == 401 and "Authorization" in self.http.headers and path != "/api/v1/auth/refresh":
                self._refresh(tally)
                continue
            if 400 <= reply.status_code < 500:
                raise RuntimeError(f"{method} {path} refused: {reply.status_code} {reply.text[:300]}")
            time.sleep(1.0)

    def case_events(self, n: int) -> list[dict[str, Any]]:
        """``n`` cases' events, wrapped with this device's next sequence numbers."""
        actor = Actor(self.username, self.user["display_name"], Role.INTAKE, self.center, self.station, "1号窗口")
        wrapped = []
        for _ in range(n):
            case_id = str(uuid.uuid4())
            number = f"41122101-{self.station}-20261206-{uuid.uuid4().hex[:8]}-K"
            first = {"case_no": number, "item_codes": ["ITEM-1"], "applicant": {"name": "李四", "phone": "13800138000"}}
            for i, kind in enumerate(("case.drafted", "case.accepted", "case.submitted")):
                now = datetime.now(CST)
                event = DomainEvent(case_id, kind, actor, now, first if i == 0 else {}).to_json()
                self.seq += 1
                wrapped.append({
                    "event_id": event["event_id"], "device_id": self.device_id, "device_seq": self.seq,
                    "schema_version": event.get("schema_version", 1), "client_time": now.isoformat(), "event": event,
                })  # fmt: skip
        return wrapped

    def push(self, events: list[dict[str, Any]], tally: Tally) -> None:
        body = to_json({"device_id": self.device_id, "events": events})
        started = time.monotonic()
        reply = self.call("POST", "/api/v1/sync/push", body, tally)
        tally.pushes.append((started, time.monotonic() - started))
        tally.refused += sum(1 for r in reply["results"] if r["status"] not in ("applied", "duplicate"))
        tally.sent.extend(e["event_id"] for e in events)

    def pull_all(self, tally: Tally) -> None:
        while True:
            page = self.call("GET", "/api/v1/sync/pull", None, tally, {"cursor": self.cursor, "limit": MAX_PULL_LIMIT})
            for change in page["changes"]:
                if change["cursor"] in self.seen:
                    tally.pulled_twice += 1
                self.seen.add(change["cursor"])
            tally.pulled += len(page["changes"])
            self.cursor = page["next_cursor"]
            if not page["has_more"]:
                return


def normal_window(client: Client, signals: Signals, interval: float, tally: Tally) -> None:
    caught_up = False
    while not signals.stop.is_set():
        began = time.monotonic()
        client.push(client.case_events(1), tally)
        pushed_all = signals.pushed_all.is_set()
        client.pull_all(tally)
        if pushed_all and not caught_up:  # a whole pull that began after the last township's push
            signals.reports.put(("caught_up", client.name, time.monotonic()))
            caught_up = True
        signals.stop.wait(max(0.0, interval * random.uniform(0.8, 1.2) - (time.monotonic() - began)))


def township(client: Client, backlog: list[dict[str, Any]], signals: Signals, tally: Tally) -> None:
    signals.burst.wait()
    for start in range(0, len(backlog), MAX_PUSH_BATCH):
        if signals.stop.is_set():
            return
        client.push(backlog[start : start + MAX_PUSH_BATCH], tally)
    signals.reports.put(("pushed", client.name, time.monotonic()))
    while not signals.stop.is_set():
        pushed_all = signals.pushed_all.is_set()
        client.pull_all(tally)
        if pushed_all:
            signals.reports.put(("caught_up", client.name, time.monotonic()))
            return
        signals.pushed_all.wait(0.5)


#: Cases one back-office client approves and makes ready after each walk of the queue (the oldest of its share): the
#: result ready goes to every window of the center (a station-scoped pull's wide changes, issue 17).
DECIDE_PER_WALK = 10


def back_office(client: Client, signals: Signals, tally: Tally, share: tuple[int, int], page: int = 100) -> None:
    """Walk the queue 100 at a time, then approve the oldest ``DECIDE_PER_WALK`` cases of this client's ``share``
    (``(i, n)``: the cases whose id ends in a hex digit ≡ i mod n, so two clients never decide the same case) and make
    their results ready; again after 3 s."""
    mine, clients = share
    while not signals.stop.is_set():
        began = time.monotonic()
        cursor: str | None = None
        listed, total = 0, None
        oldest: list[str] = []
        while True:
            params: dict[str, Any] = {"limit": page} | ({"cursor": cursor} if cursor else {})
            started = time.monotonic()
            reply = client.call("GET", "/api/v1/backoffice/queue", None, tally, params)
            tally.queue_pages.append(time.monotonic() - started)
            total = reply["total"] if total is None else total
            listed += len(reply["cases"])
            oldest += [c["case_id"] for c in reply["cases"] if int(c["case_id"][-1], 16) % clients == mine]
            cursor = reply["next_cursor"]
            if cursor is None:
                break
        tally.queue_reads.append(time.monotonic() - began)
        tally.queue_incomplete += listed < total * 0.9  # cases decided meanwhile leave it; far fewer is a defect
        for case_id in oldest[:DECIDE_PER_WALK]:
            if signals.stop.is_set():
                break
            path = f"/api/v1/backoffice/cases/{case_id}"
            client.call("POST", f"{path}/decide", {"decision": "approve", "result_name": "准予许可决定书"}, tally)
            client.call("POST", f"{path}/result-ready", None, tally)
            tally.decided += 1
        signals.stop.wait(3.0)


def run_group(spec: dict[str, Any], signals: Signals, results: Any) -> None:
    """One process: the group's clients made and prepared (backlogs built), then run until ``signals.stop``."""
    try:
        tally = Tally()
        clients = [Client(spec["url"], user, spec["center"], f"{spec['kind']}-{user}") for user in spec["users"]]
        threads = []
        for client in clients:
            if spec["kind"] != "office":
                client.register(tally)
        if spec["kind"] == "township":
            backlogs = [client.case_events(spec["backlog"] // 3) for client in clients]
            results.put(("ready", spec["name"], None))
            threads = [
                threading.Thread(target=township, args=(c, b, signals, tally))
                for c, b in zip(clients, backlogs, strict=True)
            ]
        elif spec["kind"] == "window":
            for client in clients:
                client.pull_all(tally)  # start from the head, as a window that has been working all day
            results.put(("ready", spec["name"], None))
            threads = [
                threading.Thread(target=normal_window, args=(c, signals, spec["interval"], tally)) for c in clients
            ]
        else:
            results.put(("ready", spec["name"], None))
            threads = [
                threading.Thread(target=back_office, args=(c, signals, tally, (i, len(clients))))
                for i, c in enumerate(clients)
            ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        results.put(("done", spec["name"], tally.__dict__))
    except BaseException as error:  # said to the coordinator, which stops the run
        results.put(("failed", spec["name"], repr(error)))
        raise
