"""``SyncClient``: the blocking HTTP client of the central server (requests), for the engine's executor threads.

It holds the access token in memory only; the refresh token lives in a ``TokenStore`` (the OS keyring, through
``services.sync_service``), never in the database, the settings or a log. Every failure comes out as one of the
``govdesk.sync.errors`` kinds, with a Chinese message for the clerk:

- no answer / timeout -> ``NetworkError``; 5xx -> ``ServerError`` (503: ``ServerBusy``); an unreadable body ->
  ``BadResponse`` (retried); a ``Retry-After`` on any error answer is kept as the error's ``retry_after``;
- 401 (``token_expired`` after a while offline, or revoked) -> refresh, then the request again ONCE; a refused
  refresh drops the refresh token and raises ``NeedsLogin`` (never a loop of 401s);
- 426 -> ``ClientTooOld``; 410 -> ``CursorGone``; 403 ``device_quarantined`` -> ``DeviceQuarantined``, 403
  ``device_pending`` -> ``DevicePending``; any other 4xx -> ``RequestRefused`` (a bug on our side);
- before any connection (``govdesk.sync.transport``): a plain ``http://`` address to another machine ->
  ``InsecureServer`` (no password leaves in clear); a missing CA bundle or a certificate that fails verification
  -> ``CertificateRefused``. ``ca_bundle`` goes to every request as ``verify=``; verification is never off;
- every answer's ``X-Govdesk-Protocol`` is read: a newer major version -> ``ClientTooOld``, an older one ->
  ``ServerTooOld`` (``govdesk.sync.versioncheck``), whatever the status.
"""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

import requests
from pydantic import BaseModel, ValidationError
from pydantic_core import from_json

from govdesk import __version__
from govdesk.domain.messages import Message, translate
from govdesk.protocol import (
    BOOTSTRAP_LIMIT,
    CLIENT_VERSION_HEADER,
    DEVICE_KEY_HEADER,
    MAX_PULL_LIMIT,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    PULL_LIMIT_2_0,
    BootstrapPage,
    CenterKeyResponse,
    DeviceRegisterRequest,
    DeviceRegisterResponse,
    ErrorBody,
    LoginRequest,
    LogoutRequest,
    NoticeKeyCertificateModel,
    NoticeKeyDirectory,
    NoticeKeyRequest,
    OkResponse,
    PullResponse,
    PushResponse,
    ReceiptList,
    RefreshRequest,
    SmsRequest,
    SmsResponse,
    SnapshotResponse,
    SummaryResponse,
    TokenResponse,
    UserInfo,
    VersionedDocument,
    parse_version,
)
from govdesk.protocol.supervision import ClerkReminderRequest, ClerkReminderResponse
from govdesk.sync.backoff import retry_after_seconds
from govdesk.sync.errors import (
    BadResponse,
    CertificateRefused,
    ClientTooOld,
    CursorGone,
    DevicePending,
    DeviceQuarantined,
    NeedsLogin,
    NetworkError,
    RequestRefused,
    ServerBusy,
    ServerError,
    ServerTimeout,
    SyncError,
)
from govdesk.sync.server_words import error_body, words
from govdesk.sync.transport import check_server_url, verify_for
from govdesk.sync.versioncheck import protocol_error

BAD_CREDENTIALS = translate("SyncClient", "用户名或密码错误", "sync.client.bad_credentials")
NOT_LOGGED_IN = translate("SyncClient", "尚未登录中心服务器，请登录后同步", "sync.client.not_logged_in")
LOGIN_EXPIRED = translate("SyncClient", "登录已失效，请重新登录", "sync.client.login_expired")
ANSWER_MISMATCH = translate(
    "SyncClient",
    "中心服务器的答复与上传的事件不对应，将稍后重试",
    "sync.client.answer_mismatch",
)
TIMEOUT_SMALLER = translate(
    "SyncClient",
    "中心服务器在 {seconds:g} 秒内未答复，将减少每批上传的条数并稍后自动重试；办件已保存在本机",
    "sync.client.timeout_smaller",
)
TIMEOUT = translate(
    "SyncClient",
    "中心服务器在 {seconds:.0f} 秒内无响应，将稍后自动重试；办件已保存在本机",
    "sync.client.timeout",
)
UNREACHABLE = translate("SyncClient", "无法连接中心服务器，将稍后自动重试；办件已保存在本机", "sync.client.unreachable")
BAD_ANSWER = translate(
    "SyncClient",
    "中心服务器的答复无法识别（内容不完整或格式错误），将稍后重试",
    "sync.client.bad_answer",
)
TRUSTED_BUNDLE = translate("SyncClient", "设置的 CA 证书（{ca_bundle}）", "sync.client.trusted_bundle")
TRUSTED_SYSTEM = translate("SyncClient", "本机信任的证书颁发机构（未设置 ca_bundle）", "sync.client.trusted_system")
CERTIFICATE_REFUSED = translate(
    "SyncClient",
    "中心服务器的证书未通过验证：它不是由{trusted}签发的，或不属于这个地址。为防冒充，未发送任何数据。"
    "请向管理员索取本单位的根证书，在“文件 → 中心服务器设置”中选择它（设置文件的 ca_bundle）",
    "sync.client.certificate_refused",
)
TLS_FAILED = translate(
    "SyncClient",
    "无法与中心服务器建立安全连接（TLS 握手失败）：请确认服务器地址和端口提供 https 服务；未发送任何数据",
    "sync.client.tls_failed",
)
CLIENT_TOO_OLD = translate(
    "SyncClient",
    "本机程序版本过旧，请升级后再同步；办件已保存在本机",
    "sync.client.client_too_old",
)
SNAPSHOT_NEEDED = translate("SyncClient", "需要重新获取全量快照", "sync.client.snapshot_needed")
DEVICE_REFUSED = translate("SyncClient", "中心拒绝本机同步", "sync.client.device_refused")
SERVER_BUSY = translate("SyncClient", "中心服务器繁忙，将稍后自动重试；办件已保存在本机", "sync.client.server_busy")
SERVER_ERROR = translate(
    "SyncClient",
    "中心服务器出错（{status}），将稍后自动重试；办件已保存在本机",
    "sync.client.server_error",
)
REQUEST_REFUSED = translate("SyncClient", "中心服务器拒绝了请求（{status}）", "sync.client.request_refused")

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)

#: (connect, read) timeouts in seconds.
DEFAULT_TIMEOUT = (5.0, 30.0)


class TokenStore(Protocol):
    """Where the refresh token is kept between runs (the OS keyring)."""

    def get_refresh_token(self) -> str | None: ...

    def set_refresh_token(self, token: str) -> None: ...

    def delete_refresh_token(self) -> None: ...


class MemoryTokenStore:
    """A refresh token kept in memory only (tests, tools)."""

    def __init__(self, token: str | None = None) -> None:
        self.token = token

    def get_refresh_token(self) -> str | None:
        return self.token

    def set_refresh_token(self, token: str) -> None:
        self.token = token

    def delete_refresh_token(self) -> None:
        self.token = None


class SyncClient:
    """See the module docstring. Not thread-safe: the engine makes one call at a time."""

    def __init__(
        self,
        base_url: str,
        *,
        tokens: TokenStore,
        client_version: str = __version__,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        session: requests.Session | None = None,
        wall_clock: Callable[[], datetime] | None = None,
        ca_bundle: str = "",
    ) -> None:
        self.base_url = base_url.rstrip("/")
        #: A CA bundle (PEM) the server's certificate is checked against; "" means the system's CAs.
        self.ca_bundle = ca_bundle
        self.tokens = tokens
        self.timeout = timeout
        self.session = session or requests.Session()
        self.session.headers[CLIENT_VERSION_HEADER] = client_version
        self.session.headers["Accept"] = "application/json"
        # Pull and bootstrap pages come gzip-compressed when asked (requests inflates them).
        self.session.headers["Accept-Encoding"] = "gzip"
        self._wall = wall_clock or (lambda: datetime.now(UTC))
        self._access: str | None = None
        self.user: UserInfo | None = None
        #: Local clock minus the server's (seconds), from the last answer's ``Date`` header; None until known.
        self.clock_skew: float | None = None
        #: The protocol version the last answer announced (``X-Govdesk-Protocol``); None until known.
        self.server_protocol: str | None = None

    def close(self) -> None:
        self.session.close()

    @property
    def has_access_token(self) -> bool:
        return self._access is not None

    @property
    def access_token(self) -> str | None:
        """The current access token (memory only), lent to the attachments' uploader (``sync.attachments``), which
        never refreshes it itself: refresh tokens are used once, so only this client renews them."""
        return self._access

    # --- auth ---------------------------------------------------------------------------------------------------

    def login(self, username: str, password: str) -> TokenResponse:
        """Log in; the refresh token goes to the token store, the access token stays in memory."""
        body = LoginRequest(username=username, password=password)
        reply = self._send("POST", "/api/v1/auth/login", body=body)
        if reply.status_code in (401, 403):
            error = _error_body(reply)
            raise NeedsLogin(words(error) if error else Message(BAD_CREDENTIALS), code=error.code if error else "")
        tokens = self._parse(reply, TokenResponse)
        self._take(tokens)
        return tokens

    def refresh(self) -> TokenResponse:
        """A new access token from the stored refresh token; ``NeedsLogin`` when there is none or it is refused."""
        refresh = self.tokens.get_refresh_token()
        if not refresh:
            raise NeedsLogin(Message(NOT_LOGGED_IN), code="not_authenticated")
        reply = self._send("POST", "/api/v1/auth/refresh", body=RefreshRequest(refresh_token=refresh))
        if reply.status_code == 401:
            self._access = None
            self.tokens.delete_refresh_token()  # dead for good: the clerk logs in again
            error = _error_body(reply)
            raise NeedsLogin(
                words(error) if error else Message(LOGIN_EXPIRED), code=error.code if error else "", status=401
            )
        tokens = self._parse(reply, TokenResponse)
        self._take(tokens)
        return tokens

    def forget_access(self) -> None:
        """Another clerk logged in on this window (AB岗, a new login after a lock): the access token held here is
        the previous clerk's, so the next call renews it from the stored refresh token, the new clerk's. Without
        this the center recorded the backup's first minutes of work under the previous clerk's session."""
        self._access = None
        self.user = None

    def logout(self) -> None:
        refresh = self.tokens.get_refresh_token()
        self._access = None
        self.tokens.delete_refresh_token()
        if refresh:
            self._parse(
                self._send("POST", "/api/v1/auth/logout", body=LogoutRequest(refresh_token=refresh)), OkResponse
            )

    def _take(self, tokens: TokenResponse) -> None:
        self._access = tokens.access_token
        self.user = tokens.user
        if tokens.refresh_token != self.tokens.get_refresh_token():
            self.tokens.set_refresh_token(tokens.refresh_token)

    # --- the sync calls -----------------------------------------------------------------------------------------

    def use_device_key(self, key: str) -> None:
        """Send the key the server issued at this device's registration with every request (pushes need it)."""
        self.session.headers[DEVICE_KEY_HEADER] = key

    def register_device(self, device_id: str | None, name: str = "", window: str = "") -> DeviceRegisterResponse:
        body = DeviceRegisterRequest(device_id=device_id, name=name[:128], window=window[:32])
        return self._call("POST", "/api/v1/devices/register", DeviceRegisterResponse, body=body)

    def push(self, body: bytes, event_ids: Sequence[str]) -> PushReply:
        """One batch: ``body`` is a ``PushRequest``'s JSON (``govdesk.sync.push.push_body``) for ``event_ids``, in
        order. The answer is checked against ``PushResponse`` and kept as it came (``PushReply.answers``)."""
        reply = self._exchange("POST", "/api/v1/sync/push", body=body)
        response, data = self._parse_keeping(reply, PushResponse)
        if [r.event_id for r in response.results] != list(event_ids):
            raise BadResponse(Message(ANSWER_MISMATCH), status=200)
        return PushReply(response, data["results"], data.get("receipt"))

    def probe(self) -> CenterKeyResponse:
        """Ask the center for its public key WITHOUT logging in (the settings' 测试连接): the same address, TLS and
        protocol checks as every call, and the same words for what goes wrong (a ``SyncError``)."""
        return self._parse(self._send("GET", "/api/v1/trust/center-key"), CenterKeyResponse)

    def center_key(self) -> CenterKeyResponse:
        """The center's public key (signs batch receipts and notice key certificates)."""
        return self._call("GET", "/api/v1/trust/center-key", CenterKeyResponse)

    def certify_notice_key(self, device_id: str, public_key_b64: str) -> NoticeKeyCertificateModel:
        """The center's certificate of this window's notice signing key (``printing/signing.py``)."""
        body = NoticeKeyRequest(device_id=device_id, public_key=public_key_b64)
        return self._call("POST", "/api/v1/trust/notice-key", NoticeKeyCertificateModel, body=body)

    def notice_key_directory(self, after: int = 0) -> NoticeKeyDirectory:
        """A page of the center's certified notice keys, with all its revocations (``GET /trust/notice-keys``)."""
        return self._call("GET", "/api/v1/trust/notice-keys", NoticeKeyDirectory, params={"after": after})

    def device_receipts(self, device_id: str, after: int = 0) -> ReceiptList:
        """A page of the receipts the center signed for ``device_id`` (an auditor's, or this device's own)."""
        params: dict[str, str | int] = {"device_id": device_id, "after": after}
        return self._call("GET", "/api/v1/trust/receipts", ReceiptList, params=params)

    def pull(self, cursor: str, limit: int = MAX_PULL_LIMIT, seq: int | None = None) -> PullResponse:
        """A page of changes after ``cursor``. ``seq``: the last device_seq this window numbered (the center
        quarantines a device whose copy went back: ``central.quarantine.refuse_quarantined_key``)."""
        params: dict[str, str | int] = {"cursor": cursor, "limit": min(limit, self._largest_pull())}
        if seq is not None:
            params["seq"] = seq
        return self._call("GET", "/api/v1/sync/pull", PullResponse, params=params)

    def _largest_pull(self) -> int:
        """The largest page the server takes: a 2.0 server (announced on its last answer) refuses more than 500."""
        try:
            older = parse_version(self.server_protocol or PROTOCOL_VERSION) < (2, 1)
        except ValueError:
            older = True
        return PULL_LIMIT_2_0 if older else MAX_PULL_LIMIT

    def bootstrap(self, cursor: str, after: str, limit: int = BOOTSTRAP_LIMIT, seq: int | None = None) -> BootstrapPage:
        """One page of the center's cases for a first sync (``cursor``/``after``: "" for the first page, then the
        first page's cursor and the last case_id received; ``seq`` as for ``pull``)."""
        params: dict[str, str | int] = {"cursor": cursor, "after": after, "limit": limit}
        if seq is not None:
            params["seq"] = seq
        return self._call("GET", "/api/v1/sync/bootstrap", BootstrapPage, params=params)

    def snapshot(self) -> SnapshotResponse:
        return self._call("GET", "/api/v1/sync/snapshot", SnapshotResponse)

    def summary(self) -> SummaryResponse:
        return self._call("GET", "/api/v1/sync/summary", SummaryResponse)

    def sms(self, request: SmsRequest) -> SmsResponse:
        return self._call("POST", "/api/v1/sms", SmsResponse, body=request)

    def remind_clerk(self, request: ClerkReminderRequest) -> ClerkReminderResponse:
        """A supervisor's 催办 SMS to the clerk of a case: the center makes the text and knows the number."""
        return self._call("POST", "/api/v1/supervision/reminders", ClerkReminderResponse, body=request)

    def latest_document(self, doc_type: str) -> VersionedDocument | None:
        """The newest catalog or calendar version, or None if the server has published none."""
        try:
            return self._call("GET", f"/api/v1/{doc_type}/latest", VersionedDocument)
        except RequestRefused as error:
            if error.status == 404:
                return None
            raise

    # --- plumbing -----------------------------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        model: type[M],
        *,
        body: BaseModel | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> M:
        return self._parse(self._exchange(method, path, body=body, params=params), model)

    def _exchange(
        self,
        method: str,
        path: str,
        *,
        body: BaseModel | bytes | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> requests.Response:
        if self._access is None:
            self.refresh()
        reply = self._send(method, path, body=body, params=params, auth=True)
        if reply.status_code == 401:
            # Expired (the usual case after a while offline), revoked or unreadable: the refresh decides. A refused
            # refresh drops the refresh token and raises NeedsLogin; else the request goes again, ONCE.
            self._access = None
            self.refresh()
            reply = self._send(method, path, body=body, params=params, auth=True)
        return reply

    def _send(
        self,
        method: str,
        path: str,
        *,
        body: BaseModel | bytes | None = None,
        params: Mapping[str, Any] | None = None,
        auth: bool = False,
    ) -> requests.Response:
        # Before any connection: plain http only to loopback, the CA bundle there (govdesk.sync.transport).
        check_server_url(self.base_url)
        verify = verify_for(self.ca_bundle)
        headers: dict[str, str] = {}
        data: bytes | None = None
        if body is not None:
            data = body if isinstance(body, bytes) else body.model_dump_json().encode("utf-8")
            headers["Content-Type"] = "application/json"
        if auth and self._access:
            headers["Authorization"] = f"Bearer {self._access}"
        url = self.base_url + path
        before = self._wall()
        started = time.monotonic()
        try:
            reply = self.session.request(
                method, url, data=data, params=params, headers=headers, timeout=self.timeout, verify=verify
            )
        except requests.ReadTimeout as error:
            raise ServerTimeout(Message(TIMEOUT_SMALLER, seconds=self.timeout[1])) from error
        except requests.Timeout as error:
            raise NetworkError(Message(TIMEOUT, seconds=self.timeout[1])) from error
        except requests.exceptions.SSLError as error:
            raise _tls_refused(error, self.ca_bundle) from error
        except requests.RequestException as error:
            raise NetworkError(Message(UNREACHABLE)) from error
        self._note_skew(reply, before, time.monotonic() - started)
        self._check_protocol(reply)
        return reply

    def _check_protocol(self, reply: requests.Response) -> None:
        """Every answer's protocol version (not only a 426's): an incompatible server is said in words at once,
        before its answer is read. An answer without the header (a proxy's own error page) is judged by its body."""
        announced = reply.headers.get(PROTOCOL_HEADER)
        if announced is None:
            return
        if announced != self.server_protocol:
            log.info("the server speaks protocol %s", announced[:16])
            self.server_protocol = announced
        error = protocol_error(announced)
        if error is not None:
            error.status = reply.status_code
            raise error

    def _note_skew(self, reply: requests.Response, before: datetime, elapsed: float) -> None:
        stamp = reply.headers.get("Date")
        if not stamp:
            return
        try:
            server = email.utils.parsedate_to_datetime(stamp)
        except (TypeError, ValueError):
            return
        if server.tzinfo is None:
            return
        # The Date header has whole seconds: the server's clock read somewhere in [server, server + 1).
        middle = before.timestamp() + elapsed / 2
        self.clock_skew = round(middle - (server.timestamp() + 0.5), 1)

    def _parse(self, reply: requests.Response, model: type[M]) -> M:
        status = reply.status_code
        if 200 <= status < 300:
            try:
                return model.model_validate_json(reply.content)
            except ValidationError as error:
                log.warning("unreadable answer to %s (%d bytes): %s", reply.url, len(reply.content), error.errors()[:3])
                raise BadResponse(Message(BAD_ANSWER), status=status) from error
        raise _classify(reply)

    def _parse_keeping(self, reply: requests.Response, model: type[M]) -> tuple[M, dict[str, Any]]:
        """``_parse``, also returning the answer's JSON object as it came (parsed once: a push answers 500 events,
        and dumping 500 models back to dicts cost more than reading them)."""
        status = reply.status_code
        if not 200 <= status < 300:
            raise _classify(reply)
        try:
            data = from_json(reply.content)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            return model.model_validate(data), data
        except (ValueError, ValidationError) as error:
            log.warning("unreadable answer to %s (%d bytes): %s", reply.url, len(reply.content), str(error)[:300])
            raise BadResponse(Message(BAD_ANSWER), status=status) from error


@dataclass(frozen=True, slots=True)
class PushReply:
    """The server's answer to a push: checked (``response``) and as it came (``answers``, one object per event,
    kept in the outbox)."""

    response: PushResponse
    answers: list[dict[str, Any]]
    #: The batch's signed receipt as it came (``domain.trust.BatchReceipt``), or None.
    receipt: dict[str, Any] | None = None


def _error_body(reply: requests.Response) -> ErrorBody | None:
    return error_body(reply.content)


def _tls_refused(error: requests.exceptions.SSLError, ca_bundle: str) -> CertificateRefused:
    log.warning("TLS handshake with the central server failed: %s", str(error)[:300])
    trusted = Message(TRUSTED_BUNDLE, ca_bundle=ca_bundle) if ca_bundle else Message(TRUSTED_SYSTEM)
    if "CERTIFICATE_VERIFY_FAILED" in str(error):
        return CertificateRefused(Message(CERTIFICATE_REFUSED, trusted=trusted))
    return CertificateRefused(Message(TLS_FAILED))


#: A device the center will not take anything from (``govdesk.central.quarantine``): a retired id is a quarantined
#: one whose re-enrolment the next registration picks up.
_DEVICE_REFUSALS: dict[str, type[SyncError]] = {
    "device_quarantined": DeviceQuarantined,
    "device_retired": DeviceQuarantined,
    "device_pending": DevicePending,
}


def _classify(reply: requests.Response) -> SyncError:
    status = reply.status_code
    error = _error_body(reply)
    code = error.code if error else ""
    said = words(error) if error else ""
    if status == 401:
        return NeedsLogin(said or Message(LOGIN_EXPIRED), code=code, status=status)
    if status == 426:
        return ClientTooOld(said or Message(CLIENT_TOO_OLD), code=code, status=status)
    if status == 410:
        return CursorGone(said or Message(SNAPSHOT_NEEDED), code=code, status=status)
    if status == 403 and code in _DEVICE_REFUSALS:
        return _DEVICE_REFUSALS[code](said or Message(DEVICE_REFUSED), code=code, status=status)
    retry_after = retry_after_seconds(reply.headers.get("Retry-After"), datetime.now(UTC))
    if status == 503:
        return ServerBusy(
            said or Message(SERVER_BUSY),
            code=code,
            status=status,
            retry_after=retry_after,
        )
    if status >= 500:
        return ServerError(
            Message(SERVER_ERROR, status=status),
            code=code,
            status=status,
            retry_after=retry_after,
        )
    return RequestRefused(
        said or Message(REQUEST_REFUSED, status=status), code=code, status=status, retry_after=retry_after
    )
