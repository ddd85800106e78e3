"""The protocol header on every answer, and 426 for a client older than the server accepts.

Clients read ``X-Govdesk-Protocol`` on every answer (``govdesk.sync.versioncheck``): raising the major version of
``PROTOCOL_VERSION`` pauses every older window's sync, in words, even where its program version is still accepted.

A plain ASGI middleware rather than ``@app.middleware("http")``: Starlette's ``BaseHTTPMiddleware`` runs the rest of
the app in a task group and copies the request and response bodies through memory streams, which cost a push of
half a megabyte more than the header check itself.
"""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from govdesk.central.errors import error_response
from govdesk.domain import messages
from govdesk.protocol import (
    CLIENT_VERSION_HEADER,
    MIN_CLIENT_VERSION,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    parse_version,
    refusals,
)

_PROTOCOL = (PROTOCOL_HEADER.lower().encode("latin-1"), PROTOCOL_VERSION.encode("latin-1"))


def client_too_old(version: str) -> bool:
    try:
        return parse_version(version) < parse_version(MIN_CLIENT_VERSION)
    except ValueError:
        return True


class VersionMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = Headers(scope=scope).get(CLIENT_VERSION_HEADER)
        if client is not None and scope["path"].startswith("/api/") and client_too_old(client):
            response = error_response(
                426,
                "client_too_old",
                messages.Message(refusals.CLIENT_TOO_OLD, version=client[:32], minimum=MIN_CLIENT_VERSION),
                {"min_client_version": MIN_CLIENT_VERSION},
                {PROTOCOL_HEADER: PROTOCOL_VERSION},
            )
            await response(scope, receive, send)
            return

        async def send_with_protocol(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), _PROTOCOL]
            await send(message)

        await self.app(scope, receive, send_with_protocol)
