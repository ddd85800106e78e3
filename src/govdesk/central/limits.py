"""Every request body has a size limit: 413 in words, decided before the body is read into memory.

A plain ASGI middleware (the style of ``versions.py``): a declared ``Content-Length`` over the limit is answered at
once, without reading a byte of the body; a body sent without one (chunked) is counted as it streams in and answered
413 as soon as it passes the limit, whatever the route was doing with it. Before this, 100 MB of whitespace sent to
the login was buffered whole, and a 100 MB event was stored and served to every window on pull (issue 12). Each
event inside a push has its own, smaller limit (``event_content.MAX_EVENT_BYTES``).
"""

from __future__ import annotations

from collections.abc import Sequence

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from govdesk.central.errors import error_response
from govdesk.domain import messages
from govdesk.protocol import refusals

KB = 1024
MB = 1024 * KB

#: The largest body a route takes that no rule below names.
DEFAULT_LIMIT = 1 * MB
#: (method, path prefix, limit): the first that matches wins.
LIMITS: tuple[tuple[str, str, int], ...] = (
    # user names, passwords, refresh tokens (at most 2,560 bytes: MAX_REFRESH_TOKEN_BYTES)
    ("POST", "/api/v1/auth/", 16 * KB),
    # 500 events (MAX_PUSH_BATCH) of a few kilobytes each are about half a megabyte; each event is at most 64 KB
    ("POST", "/api/v1/sync/push", 16 * MB),
    # a province's catalog of thousands of items, and the working calendar
    ("PUT", "/api/v1/catalog", 32 * MB),
    ("PUT", "/api/v1/calendar", 4 * MB),
    # one chunk of a scanned material (the window sends 256 KB; ATTACHMENT_CHUNK_LIMIT leaves room)
    ("PUT", "/api/v1/cases/", 1 * MB),
)

#: The largest chunk of a scanned material the server takes in one request (``central.attachments``).
ATTACHMENT_CHUNK_LIMIT = 1 * MB
#: The largest scanned file (the domain's ``MAX_FILE_BYTES``: a window never captures a larger one).
ATTACHMENT_FILE_LIMIT = 20 * MB
#: What a scan may be: named by the case's event and proved by the file's own first bytes at the first chunk.
ATTACHMENT_TYPES = {
    "image/jpeg": messages.Message(refusals.TERM_JPEG_IMAGE),
    "image/png": messages.Message(refusals.TERM_PNG_IMAGE),
    "application/pdf": messages.Message(refusals.TERM_PDF_FILE),
}


def limit_for(method: str, path: str, limits: Sequence[tuple[str, str, int]] = LIMITS) -> int:
    for rule_method, prefix, limit in limits:
        if method == rule_method and path.startswith(prefix):
            return limit
    return DEFAULT_LIMIT


def _size(n: int) -> str:
    return f"{n // MB} MB" if n >= MB else f"{n // KB} KB"


class _TooLarge(Exception):
    """Raised into the app from ``receive`` when the streamed body passes the limit."""


async def _answer_413(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
    response = error_response(
        413,
        "too_large",
        messages.Message(refusals.TOO_LARGE, limit=_size(limit)),
        {"limit_bytes": limit},
        {"Connection": "close"},  # the rest of the body is not read
    )
    await response(scope, receive, send)


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = limit_for(scope["method"], scope["path"])
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:  # a malformed one: h11 answers 400
            await _answer_413(scope, receive, send, limit)
            return
        received = 0
        exceeded = False
        started = False

        async def counted_receive() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    exceeded = True
                    raise _TooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if exceeded:  # whatever the route made of the interrupted body (FastAPI answers 400): not sent
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except Exception:
            if not exceeded:
                raise
        if exceeded and not started:
            await _answer_413(scope, receive, send, limit)
