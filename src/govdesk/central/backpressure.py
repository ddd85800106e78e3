"""Back-pressure: a bounded number of requests at work, 503 with ``Retry-After`` beyond it, and slow bodies cut off.

Issue 17 ("the central under a county's load"): 30 townships returning with a 2,000-event backlog each beside normal
windows, and 20 clients sending bodies at 1 byte a second, met a server that took every request at once and waited
for every body forever. Now, in each server process (a plain ASGI middleware, as ``versions.py`` and ``limits.py``):

- **The body first, against the clock.** A request's body is read in full *before* the request takes a working slot,
  and it must keep coming: after ``body_grace`` seconds, at least ``min_body_rate`` bytes a second on average
  (counted on what has arrived, so a client cannot buy time by declaring a large ``Content-Length`` and sending
  nothing). A client that falls behind is answered 408 in words and its connection closed; it never held a slot, so a
  crowd of slow clients delays no one else. (The size limit, ``limits.py``, sits outside this and stops a body
  before it is buffered here.)
- **A bounded number at work.** At most ``max_concurrent`` requests are in the routes at once; one more waits up to
  ``queue_wait`` seconds for a slot and is then answered 503 with ``Retry-After`` (whole seconds, RFC 9110 §10.2.3) and
  an ``ErrorBody`` in Chinese. The windows wait at least that long before they try again
  (``govdesk.sync.client`` / ``engine``), with jitter on top, so a busy server is not hammered by a herd.
- **Heavy work in its own lane.** A push of a large batch (a body over ``HEAVY_BODY`` bytes: a township catching
  up sends 500 events a batch), a pull page or a snapshot also needs one of ``max_heavy`` lane places (waiting up to
  ``heavy_wait`` seconds for it, in arrival order, then 503 too). A normal window's push of one case then queues
  behind at most ``max_heavy`` large ones at the database instead of every township's: on SQLite, where one writer
  works at a time (``write_gate`` puts the light ones first), the lane is 2 wide; elsewhere half the slots, and
  large pushes have a narrower lane of their own (``max_heavy_pushes``, 1 on PostgreSQL: every push waits in turn
  for the change counter's row, so a wide lane only lengthens the line a window's push joins).
- **A bounded number of bytes held.** The bodies being read and worked on in a process hold at most
  ``max_buffered_bytes`` between them: a crowd of clients each sending a body just under the size limit at once would
  otherwise hold hundreds of megabytes before any of them took a slot. A body that would pass the budget is answered
  503 with ``Retry-After`` (its connection closed) as soon as its bytes do, and what it held is given back.
- ``/metrics``, ``/openapi.json`` and ``/docs`` bypass the slots: a province still sees a server that is full.
  The login's body is read against the clock like any other, but it takes no slot: it has its own gate (``login.py``:
  argon2 on threads of its own, at most 16 waiting, 503 beyond), and a flood of logins must not crowd out sync.

uvicorn's own limits stay around it as the outer bound (``cli/central.py``): ``limit_concurrency`` caps the
connections of a process (beyond it uvicorn answers a plain 503 itself), ``timeout_keep_alive`` closes idle
keep-alive connections, ``h11_max_incomplete_event_size`` caps a request head. A client that sends its *headers* at
1 byte a second is not cut off by uvicorn (it has no header timeout) and holds one connection of the cap until then:
for a server reachable from untrusted networks put a reverse proxy in front (nginx ``client_header_timeout``), as the
README says for TLS.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass, replace

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from govdesk.central.errors import error_response
from govdesk.domain import messages
from govdesk.protocol import refusals

log = logging.getLogger(__name__)

#: Requests in the routes at once, per server process. The routes run in a thread pool of 40 (anyio's default)
#: and, on SQLite, one writer at a time: more at once only lengthens every request's time.
DEFAULT_MAX_CONCURRENT = 32
#: How long a request may wait for a slot before it is answered 503.
DEFAULT_QUEUE_WAIT = 2.0
#: The ``Retry-After`` of a 503, in whole seconds.
DEFAULT_RETRY_AFTER = 3
#: Seconds a body may take before the rate below applies (a connection's slow start, a lost packet's resend).
DEFAULT_BODY_GRACE = 10.0
#: After the grace, bytes a second on average at the least: a township line of 64 kbit/s sends 8,000.
DEFAULT_MIN_BODY_RATE = 1024.0

#: Body bytes one server process holds at once (being read, or in the routes); beyond: 503. The size limit of one
#: body (``limits.py``) is far below it, so a single request always fits.
DEFAULT_MAX_BUFFERED_BYTES = 128 * 1024 * 1024

#: A body larger than this makes a request heavy (a push of one or a few cases is a few kilobytes).
HEAVY_BODY = 64 * 1024
#: Paths whose answers are large whatever the request: a pull page (up to 500 changes), a snapshot.
HEAVY_PATHS = ("/api/v1/sync/pull", "/api/v1/sync/snapshot")
#: How long a heavy request may wait for its lane before it is answered 503 (the townships are patient).
DEFAULT_HEAVY_WAIT = 20.0
#: The heavy lane's width on SQLite (one writer at a time).
SQLITE_MAX_HEAVY = 2
#: Large pushes at work at once per process on PostgreSQL. Every push holds the change counter's row from its changes
#: to its commit, and waiting pushes queue for that row in turn: with half the slots (16) open to the townships'
#: batches, a window's one-case push queued behind up to 30 of them (p95 3.7 s in load_central). The row is one
#: writer at a time whatever the width, so a narrow lane costs the batches little.
PG_MAX_HEAVY_PUSHES = 1
PUSH_PATH = "/api/v1/sync/push"

#: Paths that never wait for a slot (monitoring and the API's description).
UNLIMITED_PATHS = frozenset({"/metrics", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"})
#: Paths with a gate of their own: their bodies are read against the clock, but they take no slot.
OWN_GATE_PATHS = frozenset({"/api/v1/auth/login"})


@dataclass(frozen=True, slots=True)
class BackpressureSettings:
    max_concurrent: int = DEFAULT_MAX_CONCURRENT
    queue_wait: float = DEFAULT_QUEUE_WAIT
    retry_after: int = DEFAULT_RETRY_AFTER
    body_grace: float = DEFAULT_BODY_GRACE
    min_body_rate: float = DEFAULT_MIN_BODY_RATE
    #: The heavy lane's width; None: ``for_database`` decides (2 on SQLite, half the slots elsewhere).
    max_heavy: int | None = None
    #: Large pushes at once (each also in the heavy lane); None: ``for_database`` decides (the heavy lane's width on
    #: SQLite, whose writers the write gate orders; ``PG_MAX_HEAVY_PUSHES`` elsewhere).
    max_heavy_pushes: int | None = None
    heavy_wait: float = DEFAULT_HEAVY_WAIT
    max_buffered_bytes: int = DEFAULT_MAX_BUFFERED_BYTES

    def for_database(self, db_url: str) -> BackpressureSettings:
        """These settings with the heavy lane's and the large pushes' widths decided for the database, where not
        given."""
        sqlite = db_url.startswith("sqlite")
        heavy = self.max_heavy
        if heavy is None:
            heavy = min(SQLITE_MAX_HEAVY if sqlite else max(1, self.max_concurrent // 2), self.max_concurrent)
        pushes = self.max_heavy_pushes
        if pushes is None:
            pushes = heavy if sqlite else min(PG_MAX_HEAVY_PUSHES, heavy)
        return replace(self, max_heavy=heavy, max_heavy_pushes=pushes)

    def __post_init__(self) -> None:
        if self.max_concurrent < 1:
            raise ValueError("max_concurrent must be at least 1")
        if self.retry_after < 1:
            raise ValueError("retry_after must be at least 1 second")
        if self.queue_wait < 0 or self.heavy_wait < 0 or self.body_grace <= 0 or self.min_body_rate <= 0:
            raise ValueError("queue_wait and heavy_wait must be >= 0, body_grace and min_body_rate > 0")
        if self.max_heavy is not None and self.max_heavy < 1:
            raise ValueError("max_heavy must be at least 1")
        if self.max_heavy_pushes is not None and self.max_heavy_pushes < 1:
            raise ValueError("max_heavy_pushes must be at least 1")
        if self.max_buffered_bytes < 1:
            raise ValueError("max_buffered_bytes must be at least 1")


class Slots:
    """The working slots of one process and its heavy lane, and what the metrics read of them."""

    def __init__(self, settings: BackpressureSettings) -> None:
        self.settings = settings
        self.in_use = 0
        self.waiting = 0
        self.heavy_in_use = 0
        self.refused = 0  # 503s answered
        self.slow_bodies = 0  # 408s answered
        self.buffered = 0  # body bytes held now (``max_buffered_bytes``)
        self.over_budget = 0  # 503s answered because of it
        self._semaphore: asyncio.Semaphore | None = None
        self._heavy: asyncio.Semaphore | None = None
        self._pushes: asyncio.Semaphore | None = None

    def _sems(self) -> tuple[asyncio.Semaphore, asyncio.Semaphore, asyncio.Semaphore]:
        if self._semaphore is None or self._heavy is None or self._pushes is None:  # made on the server's loop
            settings = self.settings
            self._semaphore = asyncio.Semaphore(settings.max_concurrent)
            self._heavy = asyncio.Semaphore(settings.max_heavy or settings.max_concurrent)
            self._pushes = asyncio.Semaphore(settings.max_heavy_pushes or settings.max_heavy or settings.max_concurrent)
        return self._semaphore, self._heavy, self._pushes

    async def _take(self, semaphore: asyncio.Semaphore, wait: float) -> bool:
        if semaphore.locked() and wait <= 0:
            return False
        try:
            await asyncio.wait_for(semaphore.acquire(), wait)
        except TimeoutError:
            return False
        return True

    async def acquire(self, heavy: bool = False, push: bool = False) -> bool:
        """A slot (and, for heavy work, a place in the heavy lane first; for a large push, one of the large pushes'
        places before that) within the waits, True; or none, False."""
        slots, lane, pushes = self._sems()
        self.waiting += 1
        try:
            if push and not await self._take(pushes, self.settings.heavy_wait):
                return False
            if heavy:
                if not await self._take(lane, self.settings.heavy_wait):
                    if push:
                        pushes.release()
                    return False
                self.heavy_in_use += 1
            if not await self._take(slots, self.settings.queue_wait):
                if heavy:
                    self.heavy_in_use -= 1
                    lane.release()
                if push:
                    pushes.release()
                return False
        finally:
            self.waiting -= 1
        self.in_use += 1
        return True

    def hold(self, size: int) -> bool:
        """Count ``size`` more body bytes as held, True; or False (nothing counted) when that passes the budget."""
        if self.buffered + size > self.settings.max_buffered_bytes:
            return False
        self.buffered += size
        return True

    def let_go(self, size: int) -> None:
        self.buffered -= size

    def release(self, heavy: bool = False, push: bool = False) -> None:
        slots, lane, pushes = self._sems()
        self.in_use -= 1
        slots.release()
        if heavy:
            self.heavy_in_use -= 1
            lane.release()
        if push:
            pushes.release()


def is_heavy(path: str, body: list[Message]) -> bool:
    """Whether a request goes through the heavy lane (see the module docstring)."""
    return path in HEAVY_PATHS or sum(len(m.get("body", b"")) for m in body) > HEAVY_BODY


class _SlowBody(Exception):
    pass


class _Disconnected(Exception):
    pass


class _OverBudget(Exception):
    pass


class _Body:
    """A request's body as it is read, and the bytes it holds of the process's budget (given back by ``let_go``)."""

    def __init__(self, slots: Slots) -> None:
        self.slots = slots
        self.messages: list[Message] = []
        self.held = 0

    async def read(self, receive: Receive) -> list[Message]:
        """Every ``http.request`` message of the body; ``_SlowBody`` when it falls behind the rate, ``_OverBudget``
        when the process holds too many bytes to take it."""
        settings = self.slots.settings
        started = time.monotonic()
        while True:
            deadline = started + settings.body_grace + self.held / settings.min_body_rate
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _SlowBody
            try:
                message = await asyncio.wait_for(receive(), remaining)
            except TimeoutError:
                raise _SlowBody from None
            if message["type"] == "http.disconnect":
                raise _Disconnected
            size = len(message.get("body", b""))
            if not self.slots.hold(size):
                raise _OverBudget
            self.held += size
            self.messages.append(message)
            if not message.get("more_body", False):
                return self.messages

    def let_go(self) -> None:
        self.slots.let_go(self.held)
        self.held = 0
        self.messages = []


class BackpressureMiddleware:
    def __init__(self, app: ASGIApp, slots: Slots) -> None:
        self.app = app
        self.slots = slots

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in UNLIMITED_PATHS:
            await self.app(scope, receive, send)
            return
        reading = _Body(self.slots)
        try:
            await self._serve(reading, scope, receive, send)
        finally:
            reading.let_go()

    async def _serve(self, reading: _Body, scope: Scope, receive: Receive, send: Send) -> None:
        settings = self.slots.settings
        try:
            body = await reading.read(receive)
        except _Disconnected:
            return  # nobody to answer
        except _OverBudget:
            self.slots.over_budget += 1
            retry = settings.retry_after
            log.info("request body refused, the process holds too many bytes: %s %s", scope["method"], scope["path"])
            response = error_response(
                503,
                "server_busy",
                messages.Message(refusals.BACKPRESSURE_SERVER_BUSY, retry=retry),
                {"retry_after_seconds": retry},
                {"Retry-After": str(retry), "Connection": "close"},
            )
            await response(scope, receive, send)
            return
        except _SlowBody:
            self.slots.slow_bodies += 1
            log.info("request body too slow, connection closed: %s %s", scope["method"], scope["path"])
            response = error_response(
                408,
                "body_too_slow",
                messages.Message(
                    refusals.BODY_TOO_SLOW,
                    body_grace=f"{settings.body_grace:g}",
                    min_body_rate=f"{settings.min_body_rate:g}",
                ),
                {"body_grace_seconds": settings.body_grace, "min_bytes_per_second": settings.min_body_rate},
                {"Connection": "close"},
            )
            await response(scope, receive, send)
            return
        replay = iter(body)

        async def replayed() -> Message:
            with contextlib.suppress(StopIteration):
                return next(replay)
            return await receive()  # after the body: a disconnect, as the server would say

        if scope["path"] in OWN_GATE_PATHS:
            await self.app(scope, replayed, send)
            return
        heavy = is_heavy(scope["path"], body)
        push = heavy and scope["path"] == PUSH_PATH
        if not await self.slots.acquire(heavy, push):
            self.slots.refused += 1
            retry = settings.retry_after
            response = error_response(
                503,
                "server_busy",
                messages.Message(refusals.SERVER_BUSY, retry=retry),
                {"retry_after_seconds": retry},
                {"Retry-After": str(retry)},
            )
            await response(scope, receive, send)
            return
        try:
            await self.app(scope, replayed, send)
        finally:
            self.slots.release(heavy, push)
