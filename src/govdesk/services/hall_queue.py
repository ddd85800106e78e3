"""The hall's queue system (排队叫号机): call the next ticket, call again (重呼), pass a ticket to another window
(转窗), mark a no-show (过号).

Vendors' protocols differ, so the window talks to the queue system through ``HallQueue``, four blocking calls;
an adapter per protocol implements it. ``HttpHallQueue`` speaks the small JSON protocol below (the simulated queue
server, ``govdesk.devices.queue_server``, speaks it too; a vendor's gateway or a new adapter class maps theirs):

    POST {base}/api/v1/call-next  {"window"}                       -> {"ticket": {...} | null, "waiting": n}
    POST {base}/api/v1/recall     {"window", "number"}             -> {"ok": true}
    POST {base}/api/v1/transfer   {"window", "number", "to_window"} -> {"ok": true}
    POST {base}/api/v1/no-show    {"window", "number"}             -> {"ok": true}
    a ticket: {"number", "issued_at", "called_at"} (ISO 8601; without a zone: China Standard Time)
    a refusal: HTTP 4xx with {"error": "<why, in words>"}

Every failure is a ``QueueError`` whose message says, in Chinese, what happened and that intake goes on without a
ticket: a queue system that is down or slow, one that refuses, one that answers something else than the protocol.

``QueueDesk`` is this window's side: the ticket being served now, and the four operations on it. Its calls block
(HTTP): the UI runs them through the operations gateway's network lane, one at a time. An adapter that fails in
any other way than ``QueueError`` (a vendor's class with a bug) is said in words too (``QueueDesk`` wraps it): the
window goes on without a ticket.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, TypeVar
from urllib.parse import urlsplit

import requests

from govdesk.domain.clock import CST
from govdesk.domain.messages import Message, translate
from govdesk.domain.queue import QueueTicket
from govdesk.domain.transitions import DomainError
from govdesk.services.errors import ServiceError
from govdesk.services.settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Seconds to wait for the queue system: a clerk pressing 叫号 should hear within a few seconds that it is down.
TIMEOUT = 3.0
#: A queue system's answers are small; more than this is not an answer.
MAX_ANSWER_BYTES = 64 * 1024

CALL = translate("QueueService", "叫号", "services.queue.call")
RECALL = translate("QueueService", "重呼 {number}", "services.queue.recall")
TRANSFER = translate("QueueService", "把 {number} 转到 {to_window} 号窗口", "services.queue.transfer")
NO_SHOW = translate("QueueService", "{number} 过号", "services.queue.no_show")
RECALL_WORD = translate("QueueService", "重呼", "services.queue.recall_word")
TRANSFER_WORD = translate("QueueService", "转窗", "services.queue.transfer_word")
NO_SHOW_WORD = translate("QueueService", "过号", "services.queue.no_show_word")
BAD_ADDRESS = translate(
    "QueueService",
    "叫号系统地址“{base_url}”无效，应形如 http://10.0.0.5:8080。可以不取号继续受理。",
    "services.queue.bad_address",
)
TIMED_OUT = translate(
    "QueueService",
    "叫号系统（{host}）{timeout:g} 秒内没有回答，{what}未完成。可以不取号继续受理。",
    "services.queue.timed_out",
)
UNREACHABLE = translate(
    "QueueService",
    "连接不上叫号系统（{host}），{what}未完成：请检查叫号机是否开启、网络是否正常。可以不取号继续受理。",
    "services.queue.unreachable",
)
FAILED = translate(
    "QueueService",
    "叫号系统（{host}）出错（HTTP {status}），{what}未完成{said}。请联系管理员。可以不取号继续受理。",
    "services.queue.failed",
)
SAID = translate("QueueService", "：{why}", "services.queue.said")
REFUSED_SAID = translate("QueueService", "叫号系统拒绝{what}：{why}", "services.queue.refused_said")
REFUSED = translate(
    "QueueService", "叫号系统拒绝{what}（HTTP {status}）。可以不取号继续受理。", "services.queue.refused"
)
GARBAGE = translate(
    "QueueService",
    "叫号系统（{host}）的回答无法识别，{what}未完成（{detail}）。请联系管理员。可以不取号继续受理。",
    "services.queue.garbage",
)
WAITING = translate("QueueService", "等候人数 {waiting}", "services.queue.waiting")
TICKET_NOT_OBJECT = translate("QueueService", "号票不是对象", "services.queue.ticket_not_object")
TOO_LONG = translate("QueueService", "回答过长", "services.queue.too_long")
NOT_JSON = translate("QueueService", "不是 JSON 对象", "services.queue.not_json")
TICKET = translate("QueueService", "号票 {error}", "services.queue.ticket")
NOT_TEXT = translate("QueueService", "号码不是文字：{value}", "services.queue.not_text")
NO_TARGET = translate("QueueService", "请填写要转到的窗口号", "services.queue.no_target")
SAME_WINDOW = translate("QueueService", "{target} 号窗口就是本窗口，请填写另一个窗口号", "services.queue.same_window")
ADAPTER_FAILED = translate("QueueService", "叫号出错：{error}。可以不取号继续受理。", "services.queue.adapter_failed")
NO_QUEUE = translate(
    "QueueService",
    "本窗口未设置叫号系统地址（请管理员在设置文件中填写 queue_server_url）。可以不取号继续受理。",
    "services.queue.no_queue",
)
NO_WINDOW = translate(
    "QueueService",
    "未设置本窗口在叫号系统中的窗口号（请管理员在设置文件中填写 window_number 或 queue_window）。可以不取号继续受理。",
    "services.queue.no_window",
)
NO_TICKET = translate("QueueService", "当前没有正在办理的号票，不能{what}：请先叫号", "services.queue.no_ticket")


class QueueError(ServiceError):
    """The queue system could not do it; the message is Chinese and says why."""


@dataclass(frozen=True, slots=True)
class CallAnswer:
    """What 叫号 got: the ticket called (None when nobody waits) and how many still wait (None: not said)."""

    ticket: QueueTicket | None
    waiting: int | None = None


class HallQueue(Protocol):
    """One queue system's protocol. Every call blocks and raises ``QueueError`` in words."""

    def call_next(self, window: str) -> CallAnswer: ...

    def recall(self, number: str, window: str) -> None: ...

    def transfer(self, number: str, window: str, to_window: str) -> None: ...

    def no_show(self, number: str, window: str) -> None: ...


class HttpHallQueue:
    """``HallQueue`` over the JSON protocol of the module docstring."""

    def __init__(self, base_url: str, timeout: float = TIMEOUT) -> None:
        parts = urlsplit(base_url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise QueueError(Message(BAD_ADDRESS, base_url=base_url))
        self.base_url = base_url.strip().rstrip("/")
        self.host = parts.netloc
        self.timeout = timeout

    def call_next(self, window: str) -> CallAnswer:
        data = self._post("call-next", {"window": window}, Message(CALL))
        raw = data.get("ticket")
        waiting = data.get("waiting")
        if waiting is not None and (not isinstance(waiting, int) or isinstance(waiting, bool) or waiting < 0):
            raise self._garbage(Message(CALL), Message(WAITING, waiting=repr(waiting)))
        if raw is None:
            return CallAnswer(None, waiting)
        if not isinstance(raw, Mapping):
            raise self._garbage(Message(CALL), Message(TICKET_NOT_OBJECT))
        return CallAnswer(self._ticket(raw, window), waiting)

    def recall(self, number: str, window: str) -> None:
        self._post("recall", {"window": window, "number": number}, Message(RECALL, number=number))

    def transfer(self, number: str, window: str, to_window: str) -> None:
        body = {"window": window, "number": number, "to_window": to_window}
        self._post("transfer", body, Message(TRANSFER, number=number, to_window=to_window))

    def no_show(self, number: str, window: str) -> None:
        self._post("no-show", {"window": window, "number": number}, Message(NO_SHOW, number=number))

    # ------------------------------------------------------------------ internals

    def _post(self, path: str, body: dict[str, str], what: str) -> dict[str, Any]:
        url = f"{self.base_url}/api/v1/{path}"
        try:
            reply = requests.post(url, json=body, timeout=self.timeout)  # a connection per call: nothing left open
            content = reply.content[: MAX_ANSWER_BYTES + 1]
        except requests.Timeout as exc:
            log.warning("queue system timed out: %s", exc)
            raise QueueError(Message(TIMED_OUT, host=self.host, timeout=self.timeout, what=what)) from exc
        except requests.RequestException as exc:
            log.warning("queue system unreachable: %s", exc)
            raise QueueError(Message(UNREACHABLE, host=self.host, what=what)) from exc
        if len(content) > MAX_ANSWER_BYTES:
            raise self._garbage(what, Message(TOO_LONG))
        try:
            data = reply.json()
        except ValueError:
            data = None
        if reply.status_code >= 400:
            why = data.get("error") if isinstance(data, dict) else None
            told = why.strip()[:200] if isinstance(why, str) else ""
            if reply.status_code >= 500:  # the queue system itself failed: not a refusal of this request
                log.warning("queue system failed: HTTP %s", reply.status_code)
                said = Message(SAID, why=told) if told else ""
                raise QueueError(Message(FAILED, host=self.host, status=reply.status_code, what=what, said=said))
            if told:
                raise QueueError(Message(REFUSED_SAID, what=what, why=told))
            raise QueueError(Message(REFUSED, what=what, status=reply.status_code))
        if not isinstance(data, dict):
            raise self._garbage(what, Message(NOT_JSON))
        return data

    def _ticket(self, raw: Mapping[str, Any], window: str) -> QueueTicket:
        try:
            return QueueTicket(
                number=_text(raw["number"]),
                issued_at=_when(raw["issued_at"]),
                called_at=_when(raw["called_at"]),
                window=window,
            )
        except (KeyError, TypeError, ValueError, DomainError) as exc:
            raise self._garbage(Message(CALL), Message(TICKET, error=exc)) from exc

    def _garbage(self, what: str, detail: str) -> QueueError:
        log.warning("queue system answered garbage (%s): %s", what, detail)
        return QueueError(Message(GARBAGE, host=self.host, what=what, detail=detail))


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(Message(NOT_TEXT, value=repr(value)[:60]))
    return value


def _when(value: Any) -> datetime:
    at = datetime.fromisoformat(_text(value))
    return at if at.tzinfo is not None else at.replace(tzinfo=CST)


class QueueDesk:
    """This window at the hall's queue: ``current`` is the ticket being served now (None: nobody called yet, or
    the last one was passed on or did not come); ``waiting`` how many the queue system last said still wait.

    ``queue`` None means the hall has no queue system configured (``available`` is False)."""

    def __init__(self, queue: HallQueue | None, window: str) -> None:
        self.queue = queue
        self.window = window.strip()
        self.current: QueueTicket | None = None
        self.waiting: int | None = None

    @property
    def available(self) -> bool:
        return self.queue is not None

    def call_next(self) -> QueueTicket | None:
        """叫号: the next ticket becomes ``current`` (the one before is done); None when nobody waits."""
        answer = self._ask(lambda queue: queue.call_next(self.window))
        self.waiting = answer.waiting
        if answer.ticket is not None:
            self.current = answer.ticket
        return answer.ticket

    def recall(self) -> QueueTicket:
        """重呼: call the current ticket again (the applicant has not come up yet)."""
        ticket = self._current(Message(RECALL_WORD))
        self._ask(lambda queue: queue.recall(ticket.number, self.window))
        return ticket

    def transfer(self, to_window: str) -> QueueTicket:
        """转窗: the current ticket goes to ``to_window``'s queue and leaves this window."""
        ticket = self._current(Message(TRANSFER_WORD))
        target = to_window.strip()
        if not target:
            raise QueueError(Message(NO_TARGET))
        if target == self.window:
            raise QueueError(Message(SAME_WINDOW, target=target))
        self._ask(lambda queue: queue.transfer(ticket.number, self.window, target))
        self.current = None
        return ticket

    def no_show(self) -> QueueTicket:
        """过号: the applicant did not come; the ticket leaves this window."""
        ticket = self._current(Message(NO_SHOW_WORD))
        self._ask(lambda queue: queue.no_show(ticket.number, self.window))
        self.current = None
        return ticket

    def _ask(self, call: Callable[[HallQueue], T]) -> T:
        """``call`` on the queue system's adapter; anything but a ``QueueError`` out of it is the adapter's bug (a
        vendor's class): logged with its traceback and said in words, so the window goes on without a ticket."""
        queue = self._queue()
        try:
            return call(queue)
        except QueueError:
            raise
        except Exception as error:
            log.exception("queue adapter failed", extra={"event": "queue_call_failed"})
            raise QueueError(Message(ADAPTER_FAILED, error=error)) from error

    def _queue(self) -> HallQueue:
        if self.queue is None:
            raise QueueError(Message(NO_QUEUE))
        if not self.window:
            raise QueueError(Message(NO_WINDOW))
        return self.queue

    def _current(self, what: str) -> QueueTicket:
        if self.current is None:
            raise QueueError(Message(NO_TICKET, what=what))
        return self.current


def open_queue_desk(settings: Settings) -> QueueDesk:
    """The queue desk this window's settings describe (no queue system when ``queue_server_url`` is empty)."""
    window = settings.queue_window or settings.window_number
    url = settings.queue_server_url.strip()
    if not url:
        return QueueDesk(None, window)
    try:
        return QueueDesk(HttpHallQueue(url), window)
    except QueueError as error:  # a wrong address: the panel shows it when the clerk calls
        return QueueDesk(_Misconfigured(str(error)), window)


class _Misconfigured:
    """The queue system's address in the settings is not an address: every call says so."""

    def __init__(self, message: str) -> None:
        self.message = message

    def call_next(self, window: str) -> CallAnswer:
        raise QueueError(self.message)

    def recall(self, number: str, window: str) -> None:
        raise QueueError(self.message)

    def transfer(self, number: str, window: str, to_window: str) -> None:
        raise QueueError(self.message)

    def no_show(self, number: str, window: str) -> None:
        raise QueueError(self.message)
