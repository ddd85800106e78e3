"""The whole center's figures from the central server's statistics endpoint (issue 13), with this window's store as
the cache that answers when the server cannot be reached; the dashboard says which it shows and as of when.

The center's figures replace the per-window and per-clerk counts and the ratings (every window of the center, not
only this one); the 超期预警 cards and the lists stay the window's own (the server keeps no promised dates), plus the
server's step overruns (transfers the back office has not claimed)."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from govdesk.domain.catalog import Catalog
from govdesk.domain.clock import CST, minute_text
from govdesk.domain.messages import Message, translate
from govdesk.protocol.supervision import ClerkReminderRequest, ClerkReminderResponse, SupervisionStatistics
from govdesk.services.credentials import CredentialStore
from govdesk.services.supervision import KIND_COLUMN, SupervisionService
from govdesk.services.supervision_types import (
    CENTER,
    FIGURE_COLUMNS,
    NO_ITEM,
    NO_WINDOW,
    SOURCE_CENTER,
    SOURCE_LOCAL_OFFLINE,
    TOTAL,
    Dashboard,
    Figures,
    Level,
    Period,
    RatingFigures,
    WarningCard,
)
from govdesk.services.sync_service import CredentialTokens
from govdesk.sync.client import MemoryTokenStore, SyncClient
from govdesk.sync.errors import SyncError

log = logging.getLogger(__name__)

PATH = "/api/v1/statistics/supervision"

#: Where the center's figures came from (the dashboard says "数据来源：…").
FROM_CENTER = translate("SupervisionService", "中心服务器", "services.supervision_center.from_center")
UNCLAIMED = translate(
    "SupervisionService",
    "{at} 流转后台，至今未被认领（中心服务器）",
    "services.supervision_center.unclaimed",
)


class StatisticsClient(SyncClient):
    def supervision(self, first: date, last: date) -> SupervisionStatistics:
        params = {"first": first.isoformat(), "last": last.isoformat()}
        return self._call("GET", PATH, SupervisionStatistics, params=params)


class CenterFigures:
    """Fetches the center's statistics with the logged-in clerk's refresh token (blocking: the network lane)."""

    def __init__(self, server_url: str, credentials: CredentialStore, account: str, ca_bundle: str = "") -> None:
        self.server_url = server_url
        self.credentials = credentials
        self.account = account
        self.ca_bundle = ca_bundle

    def fetch(self, period: Period) -> SupervisionStatistics:
        client = StatisticsClient(
            self.server_url, tokens=CredentialTokens(self.credentials, self.account), ca_bundle=self.ca_bundle
        )
        try:
            return client.supervision(period.first, period.last)
        finally:
            client.close()


class CenterReminders:
    """Sends a supervisor's 催办 reminder through the center (``SupervisionService.remind_clerk``) with the
    logged-in clerk's refresh token, the way ``CenterFigures`` reads the statistics (blocking: the network lane)."""

    def __init__(self, server_url: str, credentials: CredentialStore, account: str, ca_bundle: str = "") -> None:
        self.server_url = server_url
        self.credentials = credentials
        self.account = account
        self.ca_bundle = ca_bundle

    def remind(self, request: ClerkReminderRequest) -> ClerkReminderResponse:
        client = SyncClient(
            self.server_url, tokens=CredentialTokens(self.credentials, self.account), ca_bundle=self.ca_bundle
        )
        try:
            return client.remind_clerk(request)
        finally:
            client.close()


def dashboard(service: SupervisionService, center: CenterFigures | None, period: Period) -> Dashboard:
    """The center's figures when the server answers, else the window's own, saying which (never an error for a
    server that cannot be reached: the supervisor still sees the cache)."""
    local = service.dashboard(period)
    if center is None:
        return local
    try:
        stats = center.fetch(period)
    except SyncError as error:
        log.info("statistics from the center not available: %s", error)
        return replace(
            local,
            source=Message(
                SOURCE_LOCAL_OFFLINE, why=error.message if isinstance(error.message, Message) else str(error)[:60]
            ),
        )
    return merge(local, stats, service.item_name, service.department)


def center_only(period: Period, stats: SupervisionStatistics, catalog: Catalog) -> Dashboard:
    """The center's figures alone (``govdesk report supervision --server``: no window store at hand)."""
    items = {it.code: it for it in catalog.items}
    empty = Dashboard(period, stats.as_of.astimezone(CST), CENTER, (), (), Figures(TOTAL), ())
    return replace(
        merge(
            empty,
            stats,
            lambda code: items[code].name if code in items else code,
            lambda code: items[code].department.name if code in items else "",
        ),
        source=Message(FROM_CENTER),
    )


def login_and_fetch(
    server_url: str, username: str, password: str, period: Period, ca_bundle: str = ""
) -> SupervisionStatistics:
    """One login (tokens kept in memory only) and the statistics: for the command line."""
    client = StatisticsClient(server_url, tokens=MemoryTokenStore(), ca_bundle=ca_bundle)
    try:
        client.login(username, password)
        return client.supervision(period.first, period.last)
    finally:
        client.close()


def merge(
    local: Dashboard,
    stats: SupervisionStatistics,
    item_name: Callable[[str], str],
    department: Callable[[str], str],
) -> Dashboard:
    local = local.complete()  # the center's step overruns join every card of the window's
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    names: dict[str, str] = {}
    for a in stats.activity:
        if a.kind in KIND_COLUMN:
            counts[(a.window or NO_WINDOW, a.clerk_id)][KIND_COLUMN[a.kind]] += a.count
            names[a.clerk_id] = a.clerk_name or a.clerk_id
    by_clerk = tuple(
        Figures.of(window, values, clerk, names.get(clerk, clerk)) for (window, clerk), values in sorted(counts.items())
    )
    windows: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for f in by_clerk:
        for key, _ in FIGURE_COLUMNS:
            windows[f.window][key] += f.value(key)
    by_window = tuple(Figures.of(w, v) for w, v in sorted(windows.items()))
    waiting = sum(s.count for s in stats.states if s.state == "result_ready")
    totals = Figures.of(TOTAL, {k: sum(f.value(k) for f in by_window) for k, _ in FIGURE_COLUMNS if k != "waiting"})
    totals = replace(totals, waiting=waiting)
    known = {c.case_id for c in local.warnings if c.level is Level.STEP}
    steps = tuple(
        WarningCard(
            level=Level.STEP,
            case_id=u.case_id,
            case_no=u.case_no,
            applicant_name="",
            item_code=u.item_code,
            item_name=item_name(u.item_code),
            department=u.department or department(u.item_code),
            clerk_id="",
            clerk_name=u.station_code,
            window="",
            received=u.submitted_at.astimezone(CST).date(),
            due=None,
            days_left=0,
            used_share=0.0,
            note=Message(UNCLAIMED, at=minute_text(u.submitted_at)),
        )
        for u in stats.unclaimed
        if u.case_id not in known
    )
    by_w: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    by_c: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    by_i: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for r in stats.ratings:
        item = item_name(r.item_code) if r.item_code else NO_ITEM
        for acc, key in ((by_w, r.window or NO_WINDOW), (by_c, r.clerk_name or r.clerk_id), (by_i, item)):
            for i, value in enumerate((r.count, r.good, r.bad, r.total)):
                acc[key][i] += value

    def ratings(acc: dict[str, list[int]]) -> tuple[RatingFigures, ...]:
        return tuple(
            RatingFigures(k, n, good, bad, round(total / n, 2) if n else 0.0)
            for k, (n, good, bad, total) in sorted(acc.items())
        )

    return replace(
        local,
        source=SOURCE_CENTER,
        as_of=stats.as_of.astimezone(CST),
        by_window=by_window,
        by_clerk=by_clerk,
        totals=totals,
        warnings=local.warnings + steps,
        warning_counts=(),  # counted from the list, the center's steps with them
        warning_groups=(),  # grouped from the list too
        select_warnings=None,
        ratings_by_window=ratings(by_w),
        ratings_by_clerk=ratings(by_c),
        ratings_by_item=ratings(by_i),
    )
