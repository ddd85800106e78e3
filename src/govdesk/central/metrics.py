"""``/metrics``: the central server in the Prometheus text format, and its request log (issue 17).

Made with ``prometheus_client``, the field's standard client library, so a province scrapes it as it scrapes anything:

- ``govdesk_http_requests_total{route,method,status}`` and ``govdesk_http_request_duration_seconds{route,method}``
  (a histogram): request rates and latencies per route. ``route`` is the route's template
  (``/api/v1/backoffice/cases/{case_id}/claim``), never the path a client sent (a hostile client could otherwise
  make a new time series per request); paths no route knows are ``unmatched``. Pushes and pulls are the routes
  ``/api/v1/sync/push`` and ``/api/v1/sync/pull``; 503 (busy) and 408 (slow body) are statuses like any other.
- ``govdesk_requests_in_progress``, ``govdesk_requests_waiting``, ``govdesk_requests_heavy_in_progress``: the
  back-pressure slots and heavy lane (``backpressure.py``).
- Read from the database at each scrape (whichever process answers it): ``govdesk_backoffice_queue_cases{center}``
  (cases submitted to the back office and not decided), ``govdesk_sms_queued`` (SMS not sent yet),
  ``govdesk_devices{center}`` and ``govdesk_devices_quarantined`` (devices held after a sequence regression until an
  admin re-enrols them: ``devices.status``, ``central.quarantine``).

With ``govdesk central serve --workers N`` every process writes its figures to ``PROMETHEUS_MULTIPROC_DIR`` (the
serve command makes the folder) and a scrape sums them (prometheus_client's multiprocess mode), so one scrape of
any process shows the whole server.

Who may read it (a province's Prometheus scrapes it over the network): a request with ``Authorization: Bearer
<token>`` where the token is the one the server was given (``--metrics-token-file``), from anywhere; a server given
no token answers only this machine (loopback), e.g. a node's own agent. Behind a reverse proxy every request comes
from loopback unless the proxy sets ``X-Forwarded-For`` (uvicorn believes it from 127.0.0.1): give such a server a
token, and then even loopback needs it. The figures carry
no personal data (center codes and counts only).

Every request is logged at debug (method, route template, status, milliseconds: never the query string, which may
hold an ID number); once a minute, and when it stops, each process logs a summary at info.
"""

from __future__ import annotations

import contextlib
import hmac
import ipaddress
import logging
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from govdesk.central.backpressure import Slots
from govdesk.central.context import Central

log = logging.getLogger(__name__)
request_log = logging.getLogger("govdesk.central.requests")

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
#: Seconds between two info summaries of the requests a process answered.
SUMMARY_EVERY = 60.0
_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
_METHODS = frozenset({"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"})


def multiprocess_dir() -> str | None:
    return os.environ.get(MULTIPROC_ENV) or None


@dataclass
class _Window:
    """The requests since the last summary."""

    started: float = field(default_factory=time.monotonic)
    durations: list[float] = field(default_factory=list)
    errors: int = 0  # 5xx
    busy: int = 0  # 503
    routes: dict[str, float] = field(default_factory=dict)  # route -> total seconds


class Metrics:
    """One app's metrics (its own registry, so several apps in one process, as in the tests, do not mix)."""

    def __init__(self, central: Central, slots: Slots) -> None:
        self.central = central
        self.slots = slots
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "govdesk_http_requests", "HTTP requests answered", ["route", "method", "status"], registry=self.registry
        )
        self.latency = Histogram(
            "govdesk_http_request_duration_seconds",
            "Time from a request's arrival to the end of its answer",
            ["route", "method"],
            buckets=_BUCKETS,
            registry=self.registry,
        )
        self.in_progress = Gauge(
            "govdesk_requests_in_progress", "Requests in the routes now", registry=self.registry,
            multiprocess_mode="livesum",
        )  # fmt: skip
        self.waiting = Gauge(
            "govdesk_requests_waiting", "Requests waiting for a slot now", registry=self.registry,
            multiprocess_mode="livesum",
        )  # fmt: skip
        self.heavy = Gauge(
            "govdesk_requests_heavy_in_progress", "Heavy requests (large pushes, pulls, snapshots) in the routes now",
            registry=self.registry, multiprocess_mode="livesum",
        )  # fmt: skip
        self._window = _Window()

    # --- a scrape -------------------------------------------------------------------------------------------------

    def render(self) -> bytes:
        self.in_progress.set(self.slots.in_use)
        self.waiting.set(self.slots.waiting)
        self.heavy.set(self.slots.heavy_in_use)
        database = _DatabaseCollector(self.central)
        if multiprocess_dir() is not None:
            registry = CollectorRegistry()
            MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
        else:
            registry = CollectorRegistry()
            registry.register(_Chained(self.registry))
        registry.register(database)
        return generate_latest(registry)

    # --- each request ---------------------------------------------------------------------------------------------

    def observe(self, route: str, method: str, status: int, seconds: float) -> None:
        method = method if method in _METHODS else "OTHER"
        self.requests.labels(route, method, str(status)).inc()
        self.latency.labels(route, method).observe(seconds)
        request_log.debug("%s %s %d %.1f ms", method, route, status, seconds * 1000)
        window = self._window
        window.durations.append(seconds)
        window.routes[route] = window.routes.get(route, 0.0) + seconds
        window.errors += status >= 500
        window.busy += status == 503
        if time.monotonic() - window.started >= SUMMARY_EVERY:
            self._summarise()

    def summarise(self) -> None:
        """Log the summary of the requests since the last one now (the server stops); nothing when there were none."""
        if self._window.durations:
            self._summarise()

    def _summarise(self) -> None:
        window, self._window = self._window, _Window()
        ordered = sorted(window.durations)
        p50 = ordered[len(ordered) // 2] * 1000
        p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] * 1000
        busiest = max(window.routes.items(), key=lambda item: item[1])
        log.info(
            "%d requests in %.0f s: p50 %.0f ms, p95 %.0f ms, 5xx %d (busy 503: %d), slow bodies cut %d; "
            "most time in %s (%.1f s)",
            len(ordered), time.monotonic() - window.started, p50, p95, window.errors, window.busy,
            self.slots.slow_bodies, busiest[0], busiest[1],
        )  # fmt: skip


class _Chained(Collector):
    """Another registry's metrics inside a scrape's registry."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.registry = registry

    def collect(self) -> Iterator[Metric]:
        yield from self.registry.collect()


_QUEUE_SQL = "SELECT center_code, count(*) FROM cases WHERE state IN ('submitted', 'in_review') GROUP BY center_code"
_SMS_SQL = "SELECT count(*) FROM sms_messages WHERE status = 'queued'"
_DEVICES_SQL = "SELECT center_code, count(*) FROM devices GROUP BY center_code"
_QUARANTINED_SQL = "SELECT count(*) FROM devices WHERE status IN ('quarantined', 'reenrol')"


class _DatabaseCollector(Collector):
    """The figures read from the database at a scrape.

    Plain reads on the driver's own connection, outside the server's transactions: on SQLite those begin IMMEDIATE
    (a writer's lock), and a scrape must answer while the database is busy or locked, which is when it is wanted.
    A database that cannot be read is a metric too (``govdesk_database_readable`` 0), not a failed scrape."""

    def __init__(self, central: Central) -> None:
        self.central = central

    def collect(self) -> Iterator[Metric]:
        queue = GaugeMetricFamily(
            "govdesk_backoffice_queue_cases",
            "Cases waiting for the back office (submitted, in review)",
            labels=["center"],
        )
        sms = GaugeMetricFamily("govdesk_sms_queued", "SMS messages queued and not sent yet")
        devices = GaugeMetricFamily("govdesk_devices", "Registered devices", labels=["center"])
        readable = GaugeMetricFamily("govdesk_database_readable", "1 when the scrape could read the database")
        quarantined = GaugeMetricFamily(
            "govdesk_devices_quarantined", "Devices refused until an admin re-enrols them (sequence regression)"
        )
        try:
            raw = self.central.engine.raw_connection()
        except Exception:
            log.warning("metrics: the database cannot be reached", exc_info=True)
            readable.add_metric([], 0)
            yield readable
            return
        try:
            cursor = raw.cursor()
            for center, count in _rows(cursor, _QUEUE_SQL):
                queue.add_metric([str(center)], int(count))
            sms.add_metric([], int(_rows(cursor, _SMS_SQL)[0][0]))
            for center, count in _rows(cursor, _DEVICES_SQL):
                devices.add_metric([str(center)], int(count))
            quarantined.add_metric([], int(_rows(cursor, _QUARANTINED_SQL)[0][0]))
            readable.add_metric([], 1)
        except Exception:
            log.warning("metrics: the database could not be read", exc_info=True)
            readable.add_metric([], 0)
        finally:
            with contextlib.suppress(Exception):
                raw.rollback()
            raw.close()
        yield from (queue, sms, devices, quarantined, readable)


def _rows(cursor: Any, sql: str) -> list[Any]:
    cursor.execute(sql)
    return list(cursor.fetchall())


class RouteNames:
    """The route template of a path, for requests answered before routing (a 503, 408, 413 or 426): matched against
    the app's OpenAPI path templates, built once."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self._patterns: list[tuple[re.Pattern[str], str]] | None = None

    def _compiled(self) -> list[tuple[re.Pattern[str], str]]:
        if self._patterns is None:
            templates = sorted(self.app.openapi().get("paths", {}), key=lambda t: (t.count("{"), t))
            self._patterns = [
                (re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(t)) + "$"), t) for t in templates
            ]
        return self._patterns

    def __call__(self, scope: Scope) -> str:
        """The template of the route that answered (or would have answered) ``scope``; ``unmatched`` when none."""
        path = getattr(scope.get("route"), "path", None)
        if isinstance(path, str):
            return path
        for pattern, template in self._compiled():
            if pattern.match(scope["path"]):
                return template
        return "unmatched"


class MetricsMiddleware:
    """Outermost: times every request, whoever answered it (the app, a 503, a 413, a 426)."""

    def __init__(self, app: ASGIApp, metrics: Metrics, routes: Any) -> None:
        self.app = app
        self.metrics = metrics
        self.route_of = RouteNames(routes)  # the FastAPI app, for its route templates

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def noting_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, noting_send)
        finally:
            self.metrics.observe(self.route_of(scope), scope["method"], status, time.perf_counter() - started)


def may_read_metrics(token: str | None, authorization: str | None, client_host: str | None) -> bool:
    """The access rule of the module docstring: with a token set, the token and nothing else; without, loopback."""
    if token:
        scheme, _, given = (authorization or "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())
    if not client_host:
        return False
    try:
        return ipaddress.ip_address(client_host).is_loopback
    except ValueError:
        return False
