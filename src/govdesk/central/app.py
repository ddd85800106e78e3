"""``create_app``: the central server as a FastAPI application (migrations run when it is made)."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import logging
import os
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

from fastapi import FastAPI, Request, Response
from sqlalchemy.orm import sessionmaker

from govdesk import __version__
from govdesk.central import attachments, changes, licences, migrate, result_files, steps, webhooks
from govdesk.central.backpressure import (
    DEFAULT_MAX_CONCURRENT,
    DEFAULT_RETRY_AFTER,
    BackpressureMiddleware,
    BackpressureSettings,
    Slots,
)
from govdesk.central.context import Central, SystemClock, load_secret
from govdesk.central.db import make_engine
from govdesk.central.devices import DEFAULT_QUOTA
from govdesk.central.errors import error_response, install_error_handlers
from govdesk.central.limits import BodyLimitMiddleware
from govdesk.central.login import LoginGate
from govdesk.central.metrics import CONTENT_TYPE, Metrics, MetricsMiddleware, may_read_metrics
from govdesk.central.quarantine import APPROVAL_MODES, SCOPES
from govdesk.central.quarantine import router as devices_admin_router
from govdesk.central.receipts import router as receipts_router
from govdesk.central.routes_dept import router as dept_router
from govdesk.central.routes_office import router as office_router
from govdesk.central.routes_steps import router as steps_router
from govdesk.central.routes_sync import router as sync_router
from govdesk.central.routes_trust import router as trust_router
from govdesk.central.sms import LogSmsGateway, SmsGateway
from govdesk.central.statistics import router as statistics_router
from govdesk.central.supervision_files import router as supervision_files_router
from govdesk.central.supervision_records import router as supervision_records_router
from govdesk.central.supervision_reminders import router as supervision_reminders_router
from govdesk.central.versions import VersionMiddleware
from govdesk.domain.clock import Clock
from govdesk.domain.messages import Message
from govdesk.protocol import PROTOCOL_VERSION, refusals

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
    {"name": "statistics", "description": "现场监督统计（本中心）"},
]


def create_app(
    db_url: str,
    *,
    sms_gateway: SmsGateway | None = None,
    clock: Clock | None = None,
    secret: str | None = None,
    secret_file: Path | str | None = None,
    device_quota: int = DEFAULT_QUOTA,
    device_approval: str = "admin",
    device_scope: str = "station",
    access_ttl: timedelta = timedelta(minutes=15),
    refresh_ttl: timedelta = timedelta(days=30),
    change_retention: timedelta | None = timedelta(days=90),
    auto_approve_seconds: float | None = None,
    maintenance_interval: float = 1.0,
    sms_log: Path | str | None = None,
    backpressure: BackpressureSettings | None = None,
    metrics_token: str | None = None,
) -> FastAPI:
    """The central server on ``db_url`` (``sqlite:///path`` or ``postgresql+psycopg://...``).

    ``auto_approve_seconds``: the demo's automatic back office (off when None, the default) takes every case
    submitted that long ago through claim, 审查, 决定, 制证 and result ready (``steps.auto_review``).
    ``change_retention``: pull changes older than this are pruned; older cursors then answer 410.
    ``device_approval``: "admin" (a new device is pending until an admin approves it) or "auto" (active at once:
    the embedded demo server; ``central.quarantine``).
    ``device_scope``: a newly registered device's pull scope, "station" (a window PC) or "center" (the one-PC demo,
    which shows the whole center; ``central.changes``). An admin changes a device's (``central devices scope``).
    ``secret`` / ``secret_file``: the token signing key, kept outside the database (``context.load_secret``).
    ``backpressure``: working slots, 503 with Retry-After, slow bodies (``backpressure.py``; defaults there).
    ``metrics_token``: who may read ``/metrics`` from another machine (``metrics.py``); ``quarantine_counter``: the
    quarantined devices' count, where the database cannot say it.
    """
    if device_approval not in APPROVAL_MODES:
        raise ValueError(f"device_approval must be one of {APPROVAL_MODES}")
    if device_scope not in SCOPES:
        raise ValueError(f"device_scope must be one of {SCOPES}")
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
        device_approval=device_approval,
        device_scope=device_scope,
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
            metrics.summarise()
            login_gate.close()
            engine.dispose()

    app = FastAPI(
        title="govdesk central",
        version=__version__,
        summary="政务服务窗口工作台的中心服务器：同步队列、登录、后台审批、目录与日历分发、短信",
        description=f"Sync protocol {PROTOCOL_VERSION}; models in govdesk.protocol. Errors are ErrorBody.",
        openapi_tags=TAGS,
        lifespan=lifespan,
    )
    app.state.central = central
    app.state.login_gate = login_gate = LoginGate()
    install_error_handlers(app)
    app.include_router(sync_router)
    app.include_router(office_router)
    app.include_router(supervision_records_router)
    app.include_router(supervision_reminders_router)  # 催办短信 to the clerk of a case (issue 13)
    app.include_router(supervision_files_router)
    slots = Slots((backpressure or BackpressureSettings()).for_database(db_url))
    app.state.slots = slots
    app.state.metrics = metrics = Metrics(central, slots)
    app.include_router(devices_admin_router)
    app.include_router(attachments.router)  # scanned materials (issue 14)
    app.include_router(result_files.router)  # the back office's result documents
    app.include_router(licences.router)  # 电子证照 lookup (issue 14)
    app.include_router(statistics_router)
    app.include_router(steps_router)
    app.include_router(dept_router)

    app.include_router(receipts_router)
    app.include_router(trust_router)  # what the center keeps of what it signs (issue 12)

    @app.get("/metrics", include_in_schema=False)
    def read_metrics(request: Request) -> Response:
        """The Prometheus text format (``metrics.py``: who may read it)."""
        client = request.client.host if request.client else None
        if not may_read_metrics(metrics_token, request.headers.get("authorization"), client):
            return error_response(403, "metrics_forbidden", Message(refusals.METRICS_FORBIDDEN))
        return Response(metrics.render(), media_type=CONTENT_TYPE)

    # Outermost last. The body is read (against the clock) and a slot taken only after the size limit passed it;
    # the version check's header goes on every answer, a 503 or 413 too; the metrics time all of it.
    app.add_middleware(BackpressureMiddleware, slots=slots)
    app.add_middleware(BodyLimitMiddleware)
    app.add_middleware(VersionMiddleware)
    app.add_middleware(MetricsMiddleware, metrics=metrics, routes=app)
    return app


#: The serve command's options for worker processes (``cli/serve_load.py``), as JSON.
SERVE_OPTIONS_ENV = "GOVDESK_CENTRAL_SERVE_OPTIONS"


def app_from_environment() -> FastAPI:
    """The app of one worker process of ``govdesk central serve --workers N`` (uvicorn's factory)."""
    options = json.loads(os.environ[SERVE_OPTIONS_ENV])
    token_file = options.get("metrics_token_file")
    token = Path(token_file).read_text(encoding="utf-8").strip() if token_file else None
    return create_app(
        options["db_url"],
        auto_approve_seconds=options.get("auto_approve_seconds"),
        sms_log=options.get("sms_log"),
        backpressure=BackpressureSettings(
            max_concurrent=int(options.get("max_concurrent", DEFAULT_MAX_CONCURRENT)),
            retry_after=int(options.get("retry_after", DEFAULT_RETRY_AFTER)),
            max_heavy_pushes=options.get("max_heavy_pushes"),
        ),
        metrics_token=token,
        device_approval=str(options.get("device_approval", "admin")),
        device_scope=str(options.get("device_scope", "station")),
    )


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
