"""``SyncEngine``: pushes the outbox and pulls by cursor on the asyncio loop. Blocking work runs off the loop on two
threads (``govdesk.sync.lanes``): the store thread (the local database) and the network thread (requests to the center).

One round (``sync_once``): register the device once, push every pending event in batches, in ``seq`` order, one
request in flight (see ``govdesk.sync.push`` for what each answer does), then pull (``govdesk.sync.pull``: pages by
cursor, or a bootstrap for a new window), then the round tasks (queued SMS, supervision records, the G4 check).

Between rounds (``run``): a failure that may heal (network, 5xx, garbage, a full disk) waits an exponential back-off
with full jitter, kept in the local database so a restart resumes it (in memory when the disk cannot keep it); a 5xx
is retried even when nothing new is written. Nothing but ``stop()`` ends ``run()`` (G6): a round never raises, its
status never stays "syncing" once it is over, and a failure between rounds is said and retried. A push the server
did not answer in time makes the next batches smaller (``govdesk.sync.batching``).
A busy server's 503 (or any answer with ``Retry-After``) is waited out at least that long, and the status says how
long in words. ``NeedsLogin`` and ``ClientTooOld`` pause until ``sync_now()`` (after the clerk logs in or the program
is upgraded); so does a refused address or certificate (``transport.REFUSALS``), until the settings are changed.
A device the center quarantined (``DeviceQuarantined``: a PC restored from an old backup) or has not approved yet
(``DevicePending``) pushes and pulls nothing; each round, every ``poll_interval``, only registers again, and a
re-enrolment's new identity is taken there (``LocalQueue.reenrol``: the not-yet-accepted events go again under it,
``SEQ_BASE_KEY``).
The client's clock never orders anything: events go in device ``seq`` order and the server's times are kept; the
clock skew measured from the server's answers is published in the status (a banner past 5 minutes).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, TypeVar

from govdesk.domain.messages import Message, translate
from govdesk.protocol import (
    BOOTSTRAP_LIMIT,
    MAX_PULL_LIMIT,
    MAX_PUSH_BATCH,
)
from govdesk.sync.backoff import Backoff, RetryState
from govdesk.sync.batching import BatchSize
from govdesk.sync.client import SyncClient
from govdesk.sync.errors import (
    ClientTooOld,
    DevicePending,
    DeviceQuarantined,
    NeedsLogin,
    NetworkError,
    RequestRefused,
    ServerBusy,
    ServerTimeout,
    SyncError,
)
from govdesk.sync.in_sync import in_sync_report
from govdesk.sync.lanes import Lanes
from govdesk.sync.pull import Inbound
from govdesk.sync.push import interpret, push_body
from govdesk.sync.queue import LocalQueue, PushOutcome, QueuedEvent
from govdesk.sync.reports import InSyncReport, RoundReport
from govdesk.sync.status import SyncState, SyncStatus
from govdesk.sync.transport import PAUSED, REFUSALS

INTERNAL = translate("SyncEngine", "同步时发生内部错误：{error}", "sync.engine.internal")
DEVICE_PENDING = translate(
    "SyncEngine",
    "本机（工作站 {station_code}）已向中心申请登记，正在等待管理员批准；批准后将自动开始同步，已录入的办件保存在本机",
    "sync.engine.device_pending",
)
CANNOT_RESEND = translate(
    "SyncEngine",
    "中心要求从序号 {resend_from} 起重新上传，但本机无法补齐，将稍后重试",
    "sync.engine.cannot_resend",
)
NEEDS_LOGIN = translate("SyncEngine", "{reason}（待上传的记录已保存在本机）", "sync.engine.needs_login")
SECONDS = translate("SyncEngine", "约 {seconds} 秒", "sync.engine.seconds")
MINUTES = translate("SyncEngine", "约 {minutes} 分钟", "sync.engine.minutes")
UNEXPECTED = translate("SyncEngine", "同步出现意外错误，将自动重试；本机已录入的办件不受影响", "sync.engine.unexpected")
BUSY = translate("SyncEngine", "中心服务器繁忙", "sync.engine.busy")
RETRY_IN = translate("SyncEngine", "{reason}，{wait}后重试；本机已录入的办件不受影响", "sync.engine.retry_in")

__all__ = ["InSyncReport", "RoundReport", "SyncEngine"]

log = logging.getLogger(__name__)
T = TypeVar("T")

RETRY_KEY = "sync.retry"
STATION_KEY = "sync.station_code"
#: The pull scope and stations the center last named (JSON ``[scope, [stations…]]``): a change of them tidies the
#: store once (``LocalQueue.follow_scope``).
SCOPE_KEY = "sync.scope"
REGISTERED_KEY = "sync.registered_device"
#: This device's key, bound to its id at the central server by its registration: every request carries it.
DEVICE_KEY = "sync.device_key"
#: The center's public key (base64), kept at the first round: it signs the batch receipts (``store/anchor.py``).
CENTER_KEY = "trust.center_public_key"
#: Set (to the center's words) while the center quarantines this device: the intake numbers no new case.
QUARANTINE_KEY = "sync.quarantined"
#: Outbox ``seq`` minus this is the ``device_seq`` sent: 0, until a re-enrolment starts the new identity's numbers
#: after the outbox rows it had (``LocalQueue.reenrol``).
SEQ_BASE_KEY = "sync.seq_base"
#: How many times one round may resend after a sequence gap before it gives up (and backs off).
MAX_GAP_RESENDS = 3
#: While a backlog drains, the status bar's queue depth is recounted at most this often (seconds); every round
#: ends with a fresh count.
COUNTS_EVERY = 0.5
#: After an unexpected failure between rounds, the loop waits this long (or until ``sync_now()``) and goes on.
LOOP_FAILURE_WAIT = 5.0


@dataclass(frozen=True, slots=True)
class _Batch:
    items: list[QueuedEvent]
    body: bytes  # the request's JSON


class SyncEngine:
    """See the module docstring. ``on_status`` is called on the loop's thread with every new ``SyncStatus``."""

    def __init__(
        self,
        client: SyncClient,
        queue: LocalQueue,
        *,
        on_status: Callable[[SyncStatus], None] | None = None,
        backoff: Backoff | None = None,
        batch_size: int = MAX_PUSH_BATCH,
        pull_limit: int = MAX_PULL_LIMIT,
        bootstrap_limit: int = BOOTSTRAP_LIMIT,
        poll_interval: float = 30.0,
        device_name: str = "",
        window: str = "",
        wall_clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.client = client
        self.queue = queue
        self.on_status = on_status
        self.backoff = backoff or Backoff()
        #: The push batch size: halved after the server did not answer in time, grown back after it did.
        self.batches = BatchSize(min(batch_size, MAX_PUSH_BATCH))
        self.poll_interval = poll_interval
        self.device_name = device_name
        self.window = window
        self._wall = wall_clock or (lambda: datetime.now(UTC))
        self.lanes = Lanes()
        self._round_lock = asyncio.Lock()
        self._wake = asyncio.Event()
        self._stopping = False
        self._closing = False
        self._retry: RetryState | None = None
        self._device_id: str | None = None
        self._seq_base = 0
        #: The pull side of a round (``govdesk.sync.pull``).
        self.inbound = Inbound(
            client, queue, self.lanes, lambda: self._seq_base, pull_limit=pull_limit, bootstrap_limit=bootstrap_limit
        )
        self._counted_at = 0.0
        self.status = SyncStatus()
        #: Blocking work run in the engine's executor at the end of every successful round, with the client
        #: (e.g. sending queued SMS through the center). A failure there is logged, never fails the round.
        self.round_tasks: list[Callable[[SyncClient], object]] = []
        #: Called on the loop's thread after every round (the UI refreshes its lists when changes were pulled).
        self.on_round: Callable[[RoundReport], None] | None = None

    # --- public -------------------------------------------------------------------------------------------------

    @property
    def bootstrap_limit(self) -> int:
        """Cases per bootstrap page (a new window's first sync)."""
        return self.inbound.bootstrap_limit

    @bootstrap_limit.setter
    def bootstrap_limit(self, value: int) -> None:
        self.inbound.bootstrap_limit = value

    @property
    def batch_size(self) -> int:
        """The most events in one push (the batch shrinks below it after timeouts)."""
        return self.batches.maximum

    @batch_size.setter
    def batch_size(self, value: int) -> None:
        self.batches = BatchSize(min(value, MAX_PUSH_BATCH))

    def sync_now(self) -> None:
        """Sync at once (the clerk's button, a fresh login, an upgrade): skips any back-off wait and any pause."""
        self._wake.set()

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()

    async def aclose(self) -> None:
        """Stop and release the executor thread (waits for the call in flight, bounded by the client's timeout)."""
        self.stop()
        self._closing = self.inbound.closing = True
        async with self._round_lock:
            pass
        await self.lanes.close()

    async def run(self) -> None:
        """Sync until ``stop()``: at once, then every ``poll_interval``, after back-off on failures.

        Nothing but ``stop()`` (or a cancel) ends it: a round never raises, and anything else that goes wrong
        between rounds is logged, said in the status and retried after a short wait."""
        try:
            if self._retry is None:
                self._retry = await self._load_retry_safely()
            while not self._stopping:
                try:
                    await self._turn()
                except Exception:
                    log.exception("sync loop: unexpected failure between rounds; retrying")
                    self._set(syncing=False, last_error=Message(UNEXPECTED))
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._wake.wait(), timeout=LOOP_FAILURE_WAIT)
        finally:
            self._stopping = False  # run() may be started again; sync_once() works without it

    async def _turn(self) -> None:
        wait = self._next_wait()
        if wait is None or wait > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=wait)
        if self._stopping:
            return
        self._wake.clear()
        await self.sync_once()

    async def sync_once(self) -> RoundReport:
        """One round: push everything pending, then pull everything new. Never raises (but ``CancelledError``):
        any failure, of the network, the server, this PC's disk or a bug, is the report's error, in words."""
        async with self._round_lock:
            try:
                self._set(syncing=True)
                report = await self._guarded_round()
                try:
                    await self._after(report)
                except Exception:  # the status could not be finished (e.g. a callback failed): say the round's error
                    log.exception("after the sync round")
                if self.on_round is not None:
                    try:
                        self.on_round(report)
                    except Exception:
                        log.exception("the sync round's listener failed")
                return report
            finally:
                with contextlib.suppress(Exception):
                    self._set(syncing=False)  # never "syncing" once the round is over, however it ended

    async def _guarded_round(self) -> RoundReport:
        try:
            if self._retry is None:
                self._retry = await self._load_retry_safely()
            return await self._round()
        except SyncError as error:
            return RoundReport(ok=False, error=error)
        except Exception as error:  # a bug or a local database failure: keep the engine alive, say so
            log.exception("sync round failed")
            return RoundReport(ok=False, error=SyncError(Message(INTERNAL, error=error)))

    async def verify_in_sync(self) -> InSyncReport:
        """G4: compare the local cases' count and hash with the server's summary of the cases that concern this
        window (the center names the scope and stations it used: the same cases are hashed here)."""
        return await self.lanes.call(in_sync_report, self.client, self.queue)

    # --- one round ----------------------------------------------------------------------------------------------

    async def _round(self) -> RoundReport:
        device_id = await self._ensure_registered()
        pushed, applied = await self._push_all(device_id)
        pulled, snapshot = await self.inbound.pull_all()
        for task in self.round_tasks:
            try:
                await self.lanes.call(task, self.client)
            except Exception:
                log.exception("a task after the sync round failed")
        return RoundReport(ok=True, pushed=pushed, applied=applied, pulled=pulled, snapshot=snapshot)

    async def register(self) -> str:
        """Register this device under the logged-in user now, as the first round would (its id; ``DevicePending``
        while an admin has not approved it). The center then knows that user sat at this PC (AB岗)."""
        async with self._round_lock:
            return await self._ensure_registered()

    async def _ensure_registered(self) -> str:
        if self._device_id is not None:
            return self._device_id
        device_id = await self.lanes.call(self.queue.device_id)
        key = await self.lanes.call(self.queue.get_value, DEVICE_KEY)
        if not key:  # made and kept BEFORE the registration binds it: a lost reply cannot leave the device wedged
            key = secrets.token_urlsafe(32)
            await self.lanes.call(self.queue.set_value, DEVICE_KEY, key)
        self.client.use_device_key(key)
        quarantined = await self.lanes.call(self.queue.get_value, QUARANTINE_KEY)
        if quarantined or await self.lanes.call(self.queue.get_value, REGISTERED_KEY) != device_id:
            # Quarantined: each round asks whether an admin allowed the re-enrolment (403 until then).
            reply = await self.lanes.net(self.client.register_device, device_id, self.device_name, self.window)
            if reply.device_key and reply.device_key != key:  # the server made one: keep it before anything else
                await self.lanes.call(self.queue.set_value, DEVICE_KEY, reply.device_key)
                self.client.use_device_key(reply.device_key)
            if reply.status == "pending":
                raise DevicePending(Message(DEVICE_PENDING, station_code=reply.station_code))
            if reply.replaces:  # re-enrolled after a quarantine: a new identity and station code
                await self.lanes.call(self.queue.reenrol, reply.device_id, reply.station_code)
                log.warning("re-enrolled as %s (station %s)", reply.device_id, reply.station_code)
            await self.lanes.call(self.queue.set_value, STATION_KEY, reply.station_code)
            await self.lanes.call(self.queue.set_value, REGISTERED_KEY, reply.device_id)
            device_id = reply.device_id
        if not await self.lanes.call(self.queue.get_value, CENTER_KEY):
            # trust on first use; an auditor checks receipts with the center's own copy (db verify --center-key).
            # A server from before receipts has no key to give: sync goes on without it.
            try:
                center = await self.lanes.net(self.client.center_key)
                await self.lanes.call(self.queue.set_value, CENTER_KEY, center.public_key)
            except RequestRefused as error:
                log.info("the center gives no public key (%s): receipts cannot be checked yet", error.message)
        self._seq_base = int(await self.lanes.call(self.queue.get_value, SEQ_BASE_KEY) or 0)
        self._device_id = device_id
        return device_id

    async def _push_all(self, device_id: str) -> tuple[int, int]:
        """Push every pending event, in ``seq`` order, one request in flight.

        The local work is overlapped with the request: while batch k is at the server, the store thread records
        batch k-1's answers and reads and builds batch k+1 (the pending events after k's last ``seq``), so the next
        request goes out as soon as k's answer is read. A sequence gap drops the batch read ahead and resends from
        the ``expected_seq`` the server names, after the answers before it are recorded.
        """
        pushed = applied = 0
        resends = 0
        resend_from: int | None = None
        recording: asyncio.Future[tuple[int, int] | None] | None = None
        ahead: asyncio.Future[_Batch] | None = None
        try:
            batch = await self.lanes.call(self._prepare, device_id, None, 0)
            while batch.items and not self._closing:
                in_flight = self.lanes.net(self.client.push, batch.body, [item.event_id for item in batch.items])
                ahead = self.lanes.call(self._prepare, device_id, None, batch.items[-1].seq)
                try:
                    reply = await in_flight
                except ServerTimeout:
                    self.batches.timed_out(len(batch.items))  # the same batch would time out again
                    log.info("push timed out; next batch %d events", self.batches.current)
                    raise
                self.batches.answered()
                result = await self.lanes.net(interpret, reply.response.results, reply.answers)
                if recording is not None:
                    self._set_counts(await recording)
                recording = self.lanes.call(self._record, result.outcomes, reply.receipt)
                if result.renumber:  # numbers another case of the center holds: new ones, told to the clerk
                    await recording
                    recording = self.lanes.call(self.queue.renumber, result.renumber)
                pushed += len(result.outcomes)
                applied += result.applied
                if result.resend_from is not None:
                    resends += 1
                    if resends > MAX_GAP_RESENDS or result.resend_from == resend_from:
                        raise SyncError(Message(CANNOT_RESEND, resend_from=result.resend_from))
                    resend_from = result.resend_from
                    await ahead  # read ahead past the gap: not sent
                    ahead = None
                    batch = await self.lanes.call(self._prepare, device_id, resend_from, 0)
                else:
                    batch, ahead = await ahead, None
            if recording is not None:
                self._set_counts(await recording)
                recording = None
        finally:
            # A failed request (or a stop) still lets the answers already read reach the database.
            for pending in (recording, ahead):
                if pending is not None:
                    with contextlib.suppress(Exception):
                        await pending
        return pushed, applied

    def _prepare(self, device_id: str, from_seq: int | None, after_seq: int) -> _Batch:
        """On the store thread: the next batch and its request events (``from_seq``: a resend after a gap), with the
        chain position of its last event for the receipt."""
        if from_seq is not None:  # the server's number: the outbox's is ``seq_base`` higher
            items = self.queue.from_seq(from_seq + self._seq_base, self.batches.current)
        else:
            items = self.queue.pending(self.batches.current, after_seq)
        anchor = self.queue.anchor(items[-1].event_id) if items else None
        return _Batch(items, push_body(device_id, items, anchor, self._seq_base))

    def _record(self, outcomes: list[PushOutcome], receipt: dict[str, Any] | None = None) -> tuple[int, int] | None:
        """On the store thread: the answers in one transaction, and the batch's receipt, then (at most every
        ``COUNTS_EVERY`` seconds: a count of a long outbox costs more than the rest) the queue depth and
        needs-attention count."""
        self.queue.mark(outcomes)
        if receipt is not None:
            try:
                self.queue.keep_receipt(receipt)
            except Exception:  # a receipt is evidence, not the clerk's work: never fail the round over one
                log.exception("the batch receipt could not be kept")
        now = time.monotonic()
        if now - self._counted_at < COUNTS_EVERY:
            return None
        self._counted_at = now
        return self.queue.depth(), self.queue.attention_count()

    # --- after a round ------------------------------------------------------------------------------------------

    async def _after(self, report: RoundReport) -> None:
        now = self._wall()
        error = report.error
        skew = self.client.clock_skew
        if error is None:
            if self._retry is not None and self._retry.failures:
                await self._save_retry(RetryState())
            self._set(state=SyncState.ONLINE, last_success=now, last_error=None)
        elif isinstance(error, NeedsLogin):
            self._set(state=SyncState.NEEDS_LOGIN, last_error=Message(NEEDS_LOGIN, reason=error.message))
        elif isinstance(error, ClientTooOld):
            self._set(state=SyncState.PAUSED_TOO_OLD, last_error=error.message)
        elif isinstance(error, REFUSALS):
            log.warning("sync paused: %s", error.message, extra={"event": "sync_paused_refused"})
            self._set(state=SyncState.PAUSED_REFUSED, last_error=Message(PAUSED, reason=error.message))
        elif isinstance(error, DeviceQuarantined):
            # Kept, so the intake numbers no new case (also after a restart) until the re-enrolment clears it.
            self._device_id = None
            with contextlib.suppress(Exception):
                await self.lanes.call(self.queue.set_value, QUARANTINE_KEY, error.message)
            self._set(state=SyncState.QUARANTINED, last_error=error.message)
        elif isinstance(error, DevicePending):
            self._device_id = None
            self._set(state=SyncState.DEVICE_PENDING, last_error=error.message)
        else:
            retry = (self._retry or RetryState()).after_failure(self.backoff, now, error.retry_after)
            await self._save_retry(retry)
            state = SyncState.OFFLINE if isinstance(error, NetworkError) else SyncState.ONLINE
            message = error.message
            if error.retry_after is not None:  # the server said how long: the wait is at least that, and said
                wait = retry.wait_seconds(now, self.backoff.cap)
                busy = Message(BUSY) if isinstance(error, ServerBusy) else error.message
                message = Message(RETRY_IN, reason=busy, wait=_in_words(wait))
            self._set(state=state, last_error=message)
            log.info(
                "sync failed (%s), retry #%d in %.1fs",
                type(error).__name__,
                retry.failures,
                retry.wait_seconds(now, self.backoff.cap),
            )
        with contextlib.suppress(Exception):
            await self._refresh_counts()
        self._set(syncing=False, clock_skew_seconds=skew if skew is not None else self.status.clock_skew_seconds)

    async def _refresh_counts(self) -> None:
        depth = await self.lanes.call(self.queue.depth)
        attention = await self.lanes.call(self.queue.attention_count)
        self._set_counts((depth, attention))

    def _set_counts(self, counts: tuple[int, int] | None) -> None:
        if counts is not None:
            self._set(queue_depth=counts[0], needs_attention=counts[1])

    def _next_wait(self) -> float | None:
        """Seconds to wait before the next round; None: until woken (paused)."""
        if self.status.state in (SyncState.NEEDS_LOGIN, SyncState.PAUSED_TOO_OLD, SyncState.PAUSED_REFUSED):
            return None
        if self.status.state in (SyncState.QUARANTINED, SyncState.DEVICE_PENDING):
            return self.poll_interval  # one registration a poll: the admin's step is picked up without a restart
        if self._retry is not None and self._retry.next_attempt is not None:
            return self._retry.wait_seconds(self._wall(), self.backoff.cap)
        if self.status.last_success is None:
            return 0.0
        return self.poll_interval

    @property
    def retry_state(self) -> RetryState:
        return self._retry or RetryState()

    def _load_retry(self) -> RetryState:
        return RetryState.from_text(self.queue.get_value(RETRY_KEY))

    async def _load_retry_safely(self) -> RetryState:
        """The kept retry state; a database that cannot be read gives a fresh one (retrying at once is safe)."""
        try:
            return await self.lanes.call(self._load_retry)
        except Exception as error:
            log.warning("sync retry state not read: %s", error)
            return RetryState()

    async def _save_retry(self, retry: RetryState) -> None:
        """Keep ``retry`` in memory, and in the database when it can (a full disk cannot): the back-off holds either
        way, and a restart with nothing kept retries at once, which is always safe."""
        self._retry = retry
        try:
            await self.lanes.call(self.queue.set_value, RETRY_KEY, retry.to_text())
        except Exception as error:
            log.warning("sync retry state not saved (kept in memory): %s", error)

    def _set(self, **changes: Any) -> None:
        new = replace(self.status, **changes)
        if new != self.status:
            self.status = new
            if self.on_status is not None:
                self.on_status(new)


def _in_words(seconds: float) -> str:
    """A wait for the status bar: "约 8 秒", "约 2 分钟"."""
    whole = max(1, math.ceil(seconds))
    if whole < 90:
        return Message(SECONDS, seconds=whole)
    return Message(MINUTES, minutes=round(whole / 60))
