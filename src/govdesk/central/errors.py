"""Every 4xx/5xx answer is an ``ErrorBody`` (code + Chinese message): the handlers that make it so.

A refusal is raised with a ``domain.messages.Message`` declared in ``govdesk.protocol.refusals`` (or a domain
catalog): the body then carries its ``message_key`` and its ``params`` as text, and a window says it in its clerk's
language (``govdesk.sync.server_words``); ``message_zh`` is always the Chinese, for older windows and the log."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from govdesk.domain.messages import Message, said
from govdesk.protocol import ErrorBody, refusals

log = logging.getLogger(__name__)

_HTTP_MESSAGES = {
    400: ("bad_request", refusals.HTTP_BAD_REQUEST),
    401: ("not_authenticated", refusals.HTTP_NOT_AUTHENTICATED),
    403: ("forbidden", refusals.HTTP_FORBIDDEN),
    404: ("not_found", refusals.HTTP_NOT_FOUND),
    405: ("method_not_allowed", refusals.HTTP_METHOD_NOT_ALLOWED),
    406: ("not_acceptable", refusals.HTTP_NOT_ACCEPTABLE),
    413: ("too_large", refusals.HTTP_TOO_LARGE),
    415: ("unsupported_media_type", refusals.HTTP_UNSUPPORTED_MEDIA_TYPE),
}


class ApiError(Exception):
    """Raised by the server's code; answered as ``ErrorBody`` with the given status."""

    def __init__(
        self,
        status: int,
        code: str,
        message_zh: str,
        detail: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message_zh}")
        self.status = status
        self.code = code
        self.message_zh = message_zh
        self.detail = detail
        self.headers = headers


def params_text(message: Message) -> dict[str, str]:
    """A message's parameters as the wire carries them: text (a nested message or an error in its Chinese words)."""
    return {name: str(said(v)) if isinstance(v, BaseException) else str(v) for name, v in message.params.items()}


def error_body(code: str, message_zh: str, detail: Any = None) -> ErrorBody:
    """The body of a refusal: with the message's key and parameters when it was said with a ``Message``."""
    if isinstance(message_zh, Message):
        params = params_text(message_zh)
        return ErrorBody(code=code, message_zh=message_zh, detail=detail, message_key=message_zh.key, params=params)
    return ErrorBody(code=code, message_zh=message_zh, detail=detail)


def error_response(
    status: int, code: str, message_zh: str, detail: Any = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = error_body(code, message_zh, detail)
    return JSONResponse(status_code=status, content=jsonable_encoder(body), headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message_zh, exc.detail, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, text = _HTTP_MESSAGES.get(exc.status_code, (f"http_{exc.status_code}", refusals.HTTP_OTHER))
        return error_response(exc.status_code, code, Message(text), headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": e.get("type")} for e in exc.errors()
        ]
        return error_response(422, "invalid_request", Message(refusals.INVALID_REQUEST), errors)

    @app.exception_handler(DataError)
    async def _data_error(_request: Request, exc: DataError) -> JSONResponse:
        # e.g. a NUL character in a text field, which PostgreSQL refuses: the request's fault, not the server's
        log.info("request refused by the database: %s", exc.orig)
        return error_response(422, "invalid_value", Message(refusals.INVALID_VALUE))

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error in the central server", exc_info=exc)
        return error_response(500, "server_error", Message(refusals.SERVER_ERROR))
