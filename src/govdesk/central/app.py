"""``create_app``: the central server as a FastAPI application (migrations run when it is made)."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

from fastapi import FastAPI
from sqlalchemy.orm import sessionmaker

from govdesk import __version__
from govdesk.central import changes, migrate, steps, webhooks
from govdesk.central.context import Central, SystemClock, load_secret
from govdesk.central.db import make_engine
from govdesk.central.devices import DEFAULT_QUOTA
from govdesk.central.errors import install_error_handlers
from govdesk.central.limits import BodyLimitMiddleware
from govdesk.central.login import LoginGate
from govdesk.central.routes_dept import router as dept_router
from govdesk.central.routes_office import router as office_router
from govdesk.central.routes_steps import router as steps_router
from govdesk.central.routes_sync import router as sync_router
from govdesk.central.sms import LogSmsGateway, SmsGateway
from govdesk.central.supervision_records import router as supervision_records_router
from govdesk.central.versions import VersionMiddleware
from govdesk.domain.clock import Clock
from govdesk.sync.protocol import PROTOCOL_VERSION

log = logging.getLogger(__name__)

#: How often a server process prunes pull changes older than the retention window.
PRUNE_EVERY = timedelta(minutes=10)

TAGS = [
    {"name": "auth", "description": "登录、刷新、注销"},
    {"name": "devices", "description": "设备登记（工作站编号）"},
    {"name": "sync", "description": "推送事件、按游标拉取变更、快照与核对摘要"},
    {
        "name": "backoffice",
        "description": "后台审批：待办、认领、补正、办理环节（审查、决定、制证）、附结果、结果已出",
    },
    {
        "name": "departments",
        "description": "统一受理接口：自建审批系统的部门凭部门接入凭据（X-Govdesk-Department-Key）"
        "拉取本部门办件及材料、推送办理环节和结果；新办件另以 HMAC 签名的回调"
        "（X-Govdesk-Signature: t=…,v1=HMAC-SHA256(secret, t.body)）通知，失败重试",
    },
    {"name": "distribution", "description": "事项目录与工作日历的版本分发"},
    {"name": "messages", "description": "给窗口的消息"},
    {"name": "sms", "description": "短信通知"},
]


def create_app(
    db_url: str,
    *,
    sms_gateway: SmsGateway | None = None,
    clock: Clock | None = None,
    secret: str | None = None,
    secret_file: Path | str | None = None,
    device_quota: int = DEFAULT_QUOTA,
    access_ttl: timedelta = timedelta(minutes=15),
    refresh_ttl: timedelta = timedelta(days=30),
    change_retention: timedelta | None = timedelta(days=90),
    auto_approve_seconds: float | None = None,
    maintenance_interval: float = 1.0,
    sms_log: Path | str | None = None,
) -> FastAPI:
    """The central server on ``db_url`` (``sqlite:///path`` or ``postgresql+psycopg://...``).

    ``auto_approve_seconds``: the demo's automatic back office (off when None, the default) takes every case
    submitted that long ago through claim, 审查, 决定, 制证 and result ready (``steps.auto_review``).
    ``change_retention``: pull changes older than this are pruned; older cursors then answer 410.
    ``secret`` / ``secret_file``: the token signing key, kept outside the database (``context.load_secret``).
    """
    secret = secret or load_secret(db_url, secret_file)  # before any database work: no key, no server
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    central = Central(
        engine=engine,
        sessions=sessions,
        clock=clock or SystemClock(),
        sms=sms_gateway or LogSmsGateway(sms_log),
        secret=secret,
        access_ttl=access_ttl,
        refresh_ttl=refresh_ttl,
        change_retention=change_retention,
        auto_approve_after=timedelta(seconds=auto_approve_seconds) if auto_approve_seconds is not None else None,
        device_quota=device_quota,
    )

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        stop = asyncio.Event()
        gc.freeze()  # the app's long-lived objects (models, routes, schemas) leave the collector's generations
        task = asyncio.create_task(_maintenance(central, maintenance_interval, stop))
        try:
            yield
        finally:
            stop.set()
            await task  # lets a round in progress finish, so no connection is left checked out
            login_gate.close()
            engine.dispose()

    app = FastAPI(
        title="govdesk central",
        version=__version__,
        summary="政务服务窗口工作台的中心服务器：同步队列、登录、后台审批、目录与日历分发、短信",
        description=f"Sync protocol {PROTOCOL_VERSION}; models in govdesk.sync.protocol. Errors are ErrorBody.",
        openapi_tags=TAGS,
        lifespan=lifespan,
    )
    app.state.central = central
    app.state.login_gate = login_gate = LoginGate()
    install_error_handlers(app)
    app.include_router(sync_router)
    app.include_router(office_router)
    app.include_router(supervision_records_router)
    app.include_router(steps_router)
    app.include_router(dept_router)

    app.add_middleware(BodyLimitMiddleware)  # inside the version check: its 413 carries the protocol header too
    app.add_middleware(VersionMiddleware)
    return app


def run_maintenance_once(central: Central) -> None:
    """One round of the background jobs: the demo back office, departments' webhooks, pruning of old pull changes."""
    now = central.now()
    if central.auto_approve_after is not None:
        with central.tx() as session:
            done = steps.auto_review(central, session, now, central.auto_approve_after)
        if done:
            log.info("demo back office approved %d case(s)", done)
    webhooks.run_round(central, now)
    if central.change_retention is not None and (central.last_prune is None or now - central.last_prune >= PRUNE_EVERY):
        with central.tx() as session:
            changes.prune_changes(session, now - central.change_retention)
        central.last_prune = now  # per process; pruning is idempotent, so processes need not agree


async def _maintenance(central: Central, interval: float, stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        try:
            await loop.run_in_executor(None, run_maintenance_once, central)
        except Exception:  # keep serving; the next round retries
            log.exception("central maintenance round failed")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), interval)
