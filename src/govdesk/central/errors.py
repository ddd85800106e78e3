"""Every 4xx/5xx answer is an ``ErrorBody`` (code + Chinese message): the handlers that make it so."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from govdesk.protocol import ErrorBody

log = logging.getLogger(__name__)

_HTTP_MESSAGES = {
    400: ("bad_request", "请求有误"),
    401: ("not_authenticated", "请先登录"),
    403: ("forbidden", "无权执行此操作"),
    404: ("not_found", "找不到请求的内容"),
    405: ("method_not_allowed", "不支持此请求方式"),
    406: ("not_acceptable", "无法提供请求的格式"),
    413: ("too_large", "请求内容过大"),
    415: ("unsupported_media_type", "请求内容格式不受支持"),
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


def error_response(
    status: int, code: str, message_zh: str, detail: Any = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = ErrorBody(code=code, message_zh=message_zh, detail=detail)
    return JSONResponse(status_code=status, content=jsonable_encoder(body), headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message_zh, exc.detail, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, message = _HTTP_MESSAGES.get(exc.status_code, (f"http_{exc.status_code}", "请求未能完成"))
        return error_response(exc.status_code, code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": e.get("type")} for e in exc.errors()
        ]
        return error_response(422, "invalid_request", "请求内容不符合要求，请检查后重试", errors)

    @app.exception_handler(DataError)
    async def _data_error(_request: Request, exc: DataError) -> JSONResponse:
        # e.g. a NUL character in a text field, which PostgreSQL refuses: the request's fault, not the server's
        log.info("request refused by the database: %s", exc.orig)
        return error_response(
            422, "invalid_value", "请求中有数据库不能保存的字符或数值（如不可见的控制字符），请检查后重试"
        )

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error in the central server", exc_info=exc)
        return error_response(500, "server_error", "中心服务器内部错误，请稍后重试或联系管理员")
