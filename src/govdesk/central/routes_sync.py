"""Routes: auth, devices and sync (push, pull, bootstrap, snapshot, summary)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request, Response
from fastapi.routing import APIRoute
from pydantic_core import from_json, to_json

from govdesk.central import auth, changes, devices, snapshot
from govdesk.central import login as central_login
from govdesk.central.auth import Principal
from govdesk.central.context import Central
from govdesk.central.deps import CentralDep, PrincipalDep, errors
from govdesk.central.push import push_with_retry
from govdesk.central.quarantine import NotQuarantined
from govdesk.central.receipts import batch_receipt
from govdesk.central.writers import bind_session
from govdesk.protocol import (
    BOOTSTRAP_LIMIT,
    DEVICE_KEY_HEADER,
    MAX_BOOTSTRAP_LIMIT,
    MAX_PULL_LIMIT,
    BootstrapPage,
    DeviceRegisterRequest,
    DeviceRegisterResponse,
    LoginRequest,
    LogoutRequest,
    OkResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    RefreshRequest,
    SnapshotResponse,
    SummaryResponse,
    TokenResponse,
    UserInfo,
)

router = APIRouter(prefix="/api/v1")

DeviceKey = Annotated[
    str | None, Header(alias=DEVICE_KEY_HEADER, max_length=128, description="the key issued at registration")
]


@router.post("/auth/login", tags=["auth"], operation_id="login", responses=errors(401, 403, 429, 503))
async def login(
    body: LoginRequest, request: Request, central: CentralDep, device_key: DeviceKey = None
) -> TokenResponse:
    """Async: the database work runs in the thread pool, argon2 on threads of its own (``govdesk.central.login``).
    A window sends its device's key: the login is bound to that PC (AB岗, ``govdesk.central.writers``)."""
    address = request.client.host if request.client else ""
    gate = request.app.state.login_gate
    return await central_login.login(central, gate, body.username, body.password, address, device_key)


@router.post("/auth/refresh", tags=["auth"], operation_id="refresh", responses=errors(401))
def refresh(body: RefreshRequest, central: CentralDep) -> TokenResponse:
    """The refresh token is replaced on every use; a used-up one ends its login (``auth.refresh``)."""
    with central.tx() as session:
        try:
            return auth.refresh(central, session, body.refresh_token)
        except auth.ReusedToken:
            pass  # the login's end is committed as the block closes, then answered
    raise auth.reused_token_error()


@router.post("/auth/logout", tags=["auth"], operation_id="logout", responses=errors())
def logout(body: LogoutRequest, central: CentralDep) -> OkResponse:
    with central.tx() as session:
        auth.logout(central, session, body.refresh_token)
    return OkResponse()


@router.get("/auth/me", tags=["auth"], operation_id="me", responses=errors(401))
def me(who: PrincipalDep) -> UserInfo:
    return UserInfo(username=who.username, display_name=who.display_name, role=who.role, center_code=who.center_code)


@router.post("/devices/register", tags=["devices"], operation_id="registerDevice", responses=errors(401, 404, 409))
def register_device(
    body: DeviceRegisterRequest, who: PrincipalDep, central: CentralDep, device_key: DeviceKey = None
) -> DeviceRegisterResponse:
    with central.tx() as session:
        return devices.register_device(
            session,
            who,
            body,
            central.now(),
            device_key,
            central.device_quota,
            central.device_approval,
            central.device_scope,
        )


class FastJsonRequest(Request):
    """A request whose JSON body is parsed by pydantic_core (Rust): a push of 500 events is about half a megabyte,
    and ``json.loads`` of it cost more than validating it."""

    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            body = await self.body()
            try:
                self._json = from_json(body)
            except ValueError as error:  # answered 422 json_invalid by FastAPI, like json.loads' error
                raise json.JSONDecodeError(str(error), body.decode("utf-8", "replace"), 0) from None
        return self._json


class FastJsonRoute(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            return await handler(FastJsonRequest(request.scope, request.receive))

        return route


def push(body: PushRequest, who: PrincipalDep, central: CentralDep, device_key: DeviceKey = None) -> Response:
    now = central.now()
    results = push_with_retry(central, who, body, now, device_key)
    receipt = batch_receipt(central, who.center_code, body, results, now)
    return Response(
        to_json({"results": results, "server_time": now, "receipt": receipt}), media_type="application/json"
    )


# The answers are built as plain dicts in ``PushResult``'s shape and serialized once: validating hundreds of answer
# models per batch (and FastAPI dumping and validating them again) cost more than storing the events. The documented
# response model stays ``PushResponse``; tests/central/test_push_batch.py validates each kind of answer against it.
router.add_api_route(
    "/sync/push",
    push,
    methods=["POST"],
    tags=["sync"],
    operation_id="push",
    response_model=PushResponse,
    responses=errors(401, 403, 404, 413, 503),
    route_class_override=FastJsonRoute,
)


#: Answers smaller than this go uncompressed (gzip's header and a round of deflate cost more than they save).
GZIP_MIN_BYTES = 1024
#: zlib level 5: within a few percent of level 9's size on these JSON pages, at about half its CPU.
GZIP_LEVEL = 5


def compressed(request: Request, body: bytes) -> Response:
    """A JSON answer, gzip-compressed when the request accepts it (pages of changes and of cases are repetitive JSON:
    a bootstrap page shrinks about five-fold). ``Vary`` tells caches the answer depends on the header."""
    headers = {"Vary": "Accept-Encoding"}
    accepted = request.headers.get("accept-encoding", "")
    if len(body) >= GZIP_MIN_BYTES and "gzip" in {part.split(";")[0].strip().lower() for part in accepted.split(",")}:
        body = gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)
        headers["Content-Encoding"] = "gzip"
    return Response(body, media_type="application/json", headers=headers)


@router.get(
    "/sync/pull",
    tags=["sync"],
    operation_id="pull",
    response_model=PullResponse,
    dependencies=[NotQuarantined],
    responses=errors(403, 400, 401, 410),
)
def pull(
    request: Request,
    who: PrincipalDep,
    central: CentralDep,
    cursor: Annotated[str, Query(max_length=32)] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 100,
    device_key: DeviceKey = None,
) -> Response:
    """What concerns the calling window (``govdesk.central.changes``: data minimisation), gzip when accepted."""
    with central.read() as session:
        caller = snapshot.puller(session, who, device_key)
        page = changes.pull(session, caller, cursor, limit)
    _seen_at(central, who, caller)
    return compressed(request, to_json(page))


def _seen_at(central: Central, who: Principal, caller: snapshot.Puller) -> None:
    """A login pulling with a device's key was used at that PC: recorded once per login (``writers.bind_session``),
    so a clerk who only pulled before working offline is believed as the writer of that work (AB岗)."""
    if caller.device_id and who.session_device is None:
        with central.tx() as session:
            bind_session(session.connection(), who, caller.device_id)


@router.get(
    "/sync/bootstrap",
    tags=["sync"],
    operation_id="bootstrap",
    response_model=BootstrapPage,
    dependencies=[NotQuarantined],
    responses=errors(403, 400, 401),
)
def bootstrap(
    request: Request,
    who: PrincipalDep,
    central: CentralDep,
    cursor: Annotated[str, Query(max_length=18, description="the first page's cursor; empty on the first page")] = "",
    after: Annotated[str, Query(max_length=64, description="the last case_id the window has")] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_BOOTSTRAP_LIMIT)] = BOOTSTRAP_LIMIT,
    device_key: DeviceKey = None,
) -> Response:
    """A page of the center's cases for a new window (``govdesk.central.snapshot``), gzip when accepted."""
    with central.read() as session:
        caller = snapshot.puller(session, who, device_key)
        if not cursor:  # the first page: the change cursor is read before any case is
            cursor = str(changes.current_cursor(session))
        versions = (changes.latest_version(session, "catalog"), changes.latest_version(session, "calendar"))
        body = snapshot.bootstrap_json(session, caller, cursor, after, limit, central.now(), versions)
    _seen_at(central, who, caller)
    return compressed(request, body)


@router.get(
    "/sync/snapshot", tags=["sync"], operation_id="snapshot", dependencies=[NotQuarantined], responses=errors(403, 401)
)
def snapshot_all(who: PrincipalDep, central: CentralDep, device_key: DeviceKey = None) -> SnapshotResponse:
    with central.read() as session:
        return changes.snapshot(session, snapshot.puller(session, who, device_key), central.now())


@router.get(
    "/sync/summary", tags=["sync"], operation_id="summary", dependencies=[NotQuarantined], responses=errors(403, 401)
)
def summary(who: PrincipalDep, central: CentralDep, device_key: DeviceKey = None) -> SummaryResponse:
    """G4 over the cases that concern the calling window (its device's scope, never a client's field)."""
    with central.read() as session:
        return changes.summary(session, snapshot.puller(session, who, device_key))
