"""``SupervisionService``: the supervisor's view of the hall from this window's store (issue 13).

Regulation 000 Art. 50 (电子监察: 超期预警, 黄牌/红牌), Art. 51 (现场巡查), Art. 52 (好差评), Art. 25 (延后告知 within
2 working days), 《行政许可法》 art. 32 (what is missing told within five days, or the application counts as accepted).
The counting is SQL in ``store/supervision.py``; this module chooses the period, makes the working-day map from the
domain's calendar, names items and departments from the catalog and masks applicants' names; the 超期预警 cards are
ranked by ``supervision_warnings.WarningRanking`` (this class inherits it). Qt-free, no SQLAlchemy.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Protocol

from govdesk.domain.calendar import CalendarRangeError, WorkCalendar
from govdesk.domain.catalog import Catalog
from govdesk.domain.clock import CST, Clock
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.identity.masking import mask_name
from govdesk.domain.messages import Message, translate
from govdesk.protocol.supervision import ClerkReminderRequest, ClerkReminderResponse, ReminderLevel
from govdesk.services.errors import ServiceError
from govdesk.services.roles import ROLE_NAMES
from govdesk.services.supervision_types import (
    FIGURE_COLUMNS,
    LOCAL_CACHE,
    NO_WINDOW,
    NOT_IN_CATALOG,
    TOTAL,
    BadRating,
    Dashboard,
    Figures,
    GroupBy,
    Level,
    Period,
    PeriodKind,
    PromiseCard,
    RatingFigures,
    TwiceNotified,
    UndecidedCard,
    WarningCard,
)
from govdesk.services.supervision_warnings import (
    Thresholds,
    WarningRanking,
    by_department,
)
from govdesk.services.window import WindowContext
from govdesk.store import supervision as sql
from govdesk.store.store import Store
from govdesk.sync.errors import NeedsLogin, NetworkError, RequestRefused, SyncError

NO_PERIOD = translate("SupervisionService", "请选择时段的起止日期", "services.supervision.no_period")
END_BEFORE_START = translate(
    "SupervisionService",
    "结束日期 {last} 早于开始日期 {first}，请重新选择",
    "services.supervision.end_before_start",
)
PERIOD_TOO_LONG = translate("SupervisionService", "时段最长三年，请缩短时段", "services.supervision.period_too_long")
NOT_ALLOWED = translate(
    "SupervisionService",
    "{role}不能查看现场监督，只有现场监督人员和管理员可以；请由有权限的人员登录",
    "services.supervision.not_allowed",
)

#: The cards the dashboard makes at once (the table makes the rest as it scrolls; every count is of all of them).
SHOWN_CARDS = 200
#: 《行政许可法》 art. 32: five (working) days to tell what is missing; the list warns from the third on.
ART32_DAYS = 5
ART32_WARN_FROM = 3
#: Days before and after today the working-day map covers (cases outside it get no yellow share, red still works).
MAP_BACK_DAYS = 3 * 366
MAP_AHEAD_DAYS = 2 * 366

#: The event kind → the figures column it counts in.
KIND_COLUMN: dict[str, str] = {
    EventKind.DRAFTED: "intakes",
    EventKind.ACCEPTED: "accepted",
    EventKind.ACCEPTED_CONDITIONAL: "conditional",
    EventKind.NOTIFIED: "notices",
    EventKind.REJECTED: "refusals",
    EventKind.COMPLETED: "completions",
    EventKind.SUBMITTED: "transfers",
    EventKind.HANDED_OFF: "handoffs",
}
SUPERVISOR_ROLES = ("supervisor", "admin")
#: The card's level as the center's reminder names it.
REMINDER_LEVELS: dict[Level, ReminderLevel] = {Level.RED: "red", Level.YELLOW: "yellow", Level.STEP: "step"}
NOT_ONLINE = translate(
    "SupervisionService", "未连接中心服务器，催办短信未发送，请联网后再发", "services.supervision.reminder_offline"
)
NO_CLERK = translate(
    "SupervisionService",
    "办件 {case_no} 没有登记经办人（{clerk}），无法发送催办短信",
    "services.supervision.reminder_no_clerk",
)
NOT_CLAIMED = translate("SupervisionService", "后台尚未认领", "services.supervision.not_claimed")
LOG_IN_FIRST = translate(
    "SupervisionService", "请先登录中心服务器，再发送催办短信（{error}）", "services.supervision.reminder_login"
)
CENTER_REFUSED = translate(
    "SupervisionService", "中心服务器未发送催办短信：{error}", "services.supervision.reminder_refused"
)
NOT_SENT = translate("SupervisionService", "催办短信未发送：{error}", "services.supervision.reminder_not_sent")
GATEWAY_FAILED = translate(
    "SupervisionService",
    "中心短信网关未能发出给 {name}（{phone}）的催办短信：{error}，请稍后再发",
    "services.supervision.reminder_gateway",
)
UNKNOWN_REASON = translate("SupervisionService", "原因不明", "services.supervision.unknown_reason")


class ReminderSender(Protocol):
    """The central server's reminder endpoint (``supervision_center.CenterReminders``)."""

    def remind(self, request: ClerkReminderRequest) -> ClerkReminderResponse: ...


@dataclass(frozen=True, slots=True)
class ClerkReminded:
    """A reminder the center sent: about which case, to whom, at which number (masked)."""

    case_no: str
    clerk_name: str
    phone: str


class SupervisionError(ServiceError):
    """Chinese, for the supervisor."""


def period_for(kind: PeriodKind, today: date, first: date | None = None, last: date | None = None) -> Period:
    """Today, this week (Monday on), this month, or the range ``first`` … ``last`` (checked, in words)."""
    if kind is PeriodKind.DAY:
        return Period(kind, today, today)
    if kind is PeriodKind.WEEK:
        return Period(kind, today - timedelta(days=today.weekday()), today)
    if kind is PeriodKind.MONTH:
        return Period(kind, today.replace(day=1), today)
    if first is None or last is None:
        raise SupervisionError(Message(NO_PERIOD))
    if last < first:
        raise SupervisionError(Message(END_BEFORE_START, last=last.isoformat(), first=first.isoformat()))
    if (last - first).days > 3 * 366:
        raise SupervisionError(Message(PERIOD_TOO_LONG))
    return Period(kind, first, last)


def period_bounds(period: Period) -> tuple[datetime, datetime]:
    """[start, end) of the period's days in China Standard Time."""
    start = datetime.combine(period.first, time(0), tzinfo=CST)
    return start, datetime.combine(period.last + timedelta(days=1), time(0), tzinfo=CST)


class SupervisionService(WarningRanking):
    def __init__(
        self,
        store: Store,
        catalog: Catalog,
        calendar: WorkCalendar,
        clock: Clock,
        window: WindowContext,
        thresholds: Thresholds | None = None,
    ) -> None:
        self.store = store
        self.catalog = catalog
        self.calendar = calendar
        self.clock = clock
        self.window = window
        self.thresholds = thresholds or Thresholds()
        self._items = {it.code: it for it in catalog.items}
        self._item_names: dict[str, str] = {}
        self._departments: dict[str, str] = {}
        self._map: tuple[tuple[date, str], tuple[str, int]] | None = None

    # --- helpers ------------------------------------------------------------------------------------------------

    def now(self) -> datetime:
        return self.clock.now().astimezone(CST)

    def today(self) -> date:
        return self.now().date()

    def require_supervisor(self) -> None:
        role = (self.window.login_role or self.window.actor.role).value
        if role not in SUPERVISOR_ROLES:
            name = ROLE_NAMES.get(self.window.login_role or self.window.actor.role, role)
            raise SupervisionError(Message(NOT_ALLOWED, role=name))

    def item_name(self, codes: str) -> str:
        """The items' names (kept per code list: a hall's thousands of cards name a few dozen items)."""
        name = self._item_names.get(codes)
        if name is None:
            name = "、".join(self._items[c].name if c in self._items else c for c in codes.split(",") if c)
            self._item_names[codes] = name
        return name

    def department(self, codes: str) -> str:
        name = self._departments.get(codes)
        if name is None:
            item = self._items.get(codes.split(",")[0])
            name = self._departments[codes] = item.department.name if item is not None else NOT_IN_CATALOG
        return name

    def workday_map(self, today: date) -> tuple[str, int]:
        """JSON {ISO day: running working-day number} around ``today`` and today's number (for the SQL's shares);
        made once per day and calendar."""
        key = (today, self.calendar.version)
        if self._map is not None and self._map[0] == key:
            return self._map[1]
        made = self._make_workday_map(today)
        self._map = (key, made)
        return made

    def _make_workday_map(self, today: date) -> tuple[str, int]:
        first = max(self.calendar.first_day, today - timedelta(days=MAP_BACK_DAYS))
        days: dict[str, int] = {}
        day = first
        n = 0
        last = today + timedelta(days=MAP_AHEAD_DAYS)
        try:
            while day <= last:
                n += self.calendar.is_workday(day)
                days[day.isoformat()] = n
                day += timedelta(days=1)
        except CalendarRangeError:
            pass  # beyond what the calendar may count: those days get no share
        return json.dumps(days, separators=(",", ":")), days.get(today.isoformat(), 0)

    # --- the dashboard ------------------------------------------------------------------------------------------

    def dashboard(self, period: Period, *, with_lists: bool = True, shown: int = SHOWN_CARDS) -> Dashboard:
        """Figures per window and clerk for ``period``; 超期预警 and the lists as of now. The first ``shown`` cards
        are made; ``Dashboard.more_warnings`` makes the others."""
        self.require_supervisor()
        by_window, by_clerk, totals = self.figures(period)
        ranked = self.ranked_warnings()
        groups = ranked.groups()
        dashboard = Dashboard(
            period=period,
            as_of=self.now(),
            source=LOCAL_CACHE,
            by_window=by_window,
            by_clerk=by_clerk,
            totals=totals,
            warnings=ranked.cards(0, shown),
            warnings_by_department=by_department(dict(groups)[GroupBy.DEPARTMENT]),
            warning_counts=ranked.counts(),
            more_warnings=ranked.cards if len(ranked) > shown else None,
            warning_groups=groups,
            select_warnings=ranked.select,
        )
        if not with_lists:
            return dashboard
        start, end = period_bounds(period)
        by_w, by_c, by_i = self.ratings(start, end)
        return replace(
            dashboard,
            promises=self.promises(),
            undecided=self.undecided(),
            twice_notified=self.twice_notified(start, end),
            ratings_by_window=by_w,
            ratings_by_clerk=by_c,
            ratings_by_item=by_i,
            bad_ratings=self.bad_ratings(start, end),
        )

    def figures(self, period: Period) -> tuple[tuple[Figures, ...], tuple[Figures, ...], Figures]:
        start, end = period_bounds(period)
        counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
        names: dict[str, str] = {}
        for row in sql.activity(self.store, start, end):
            window, clerk = row.window or NO_WINDOW, row.clerk_id or ""
            names[clerk] = row.clerk_name or clerk
            counts[(window, clerk)][KIND_COLUMN[row.kind]] += row.n
        for w in sql.results_waiting(self.store):
            window = w.window or NO_WINDOW
            names.setdefault(w.clerk_id, w.clerk_name or w.clerk_id)
            counts[(window, w.clerk_id)]["waiting"] += w.n
        by_clerk = tuple(
            Figures.of(window, values, clerk, names.get(clerk, clerk))
            for (window, clerk), values in sorted(counts.items())
        )
        windows: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for f in by_clerk:
            for key, _ in FIGURE_COLUMNS:
                windows[f.window][key] += f.value(key)
        by_window = tuple(Figures.of(window, values) for window, values in sorted(windows.items()))
        totals = Figures.of(TOTAL, {key: sum(f.value(key) for f in by_window) for key, _ in FIGURE_COLUMNS})
        return by_window, by_clerk, totals

    def promises(self) -> tuple[PromiseCard, ...]:
        """Open 容缺 promises, overdue first (regulation 002, 三 (三))."""
        today = self.today()
        cards = []
        for p in sql.open_promises(self.store):
            due = date.fromisoformat(p.due_date)
            cards.append(
                PromiseCard(
                    p.case_id,
                    p.case_no,
                    mask_name(p.applicant_name),
                    self.item_name(p.item_codes),
                    p.clerk_name or p.clerk_id,
                    p.window or "",
                    due,
                    self.calendar.days_left(today, due),
                    today > due,
                    tuple(json.loads(p.materials or "[]")),
                )
            )
        cards.sort(key=lambda c: (not c.overdue, c.due, c.case_no))
        return tuple(cards)

    def undecided(self) -> tuple[UndecidedCard, ...]:
        """Received and undecided: deferred notices past due (Art. 25) and art. 32's five days close or gone."""
        today = self.today()
        workdays, today_n = self.workday_map(today)
        cards = []
        for u in sql.undecided(self.store, workdays):
            since = today_n - u.received_n if u.received_n is not None else 0
            due = date.fromisoformat(u.notice_due) if u.notice_due else None
            card = UndecidedCard(
                u.case_id,
                u.case_no,
                mask_name(u.applicant_name),
                self.item_name(u.item_codes),
                u.clerk_name or u.clerk_id,
                u.window or "",
                date.fromisoformat(u.received_day),
                since,
                due,
                due is not None and today > due,
                since >= ART32_WARN_FROM,
                since > ART32_DAYS,
            )
            if card.notice_late or card.art32_close:
                cards.append(card)
        cards.sort(key=lambda c: (-c.workdays_since, c.case_no))
        return tuple(cards)

    def twice_notified(self, start: datetime, end: datetime) -> tuple[TwiceNotified, ...]:
        rows = sql.twice_notified(self.store, start, end)
        names = sql.material_names(self.store, [r.case_id for r in rows] + [r.first_case_id for r in rows])
        found = []
        for r in rows:
            first_codes = tuple(json.loads(r.first_codes or "[]"))
            codes = tuple(json.loads(r.codes or "[]"))
            known = {**names.get(r.first_case_id, {}), **names.get(r.case_id, {})}
            found.append(
                TwiceNotified(
                    r.case_id,
                    r.case_no,
                    r.first_case_no,
                    mask_name(r.applicant_name),
                    self.item_name(r.item_codes),
                    r.clerk_name or r.clerk_id,
                    r.window or "",
                    date.fromisoformat(r.first_day),
                    date.fromisoformat(r.received_day),
                    tuple(known.get(c, c) for c in first_codes),
                    tuple(known.get(c, c) for c in codes),
                    tuple(known.get(c, c) for c in codes if c not in first_codes),
                )
            )
        return tuple(found)

    def ratings(
        self, start: datetime, end: datetime
    ) -> tuple[tuple[RatingFigures, ...], tuple[RatingFigures, ...], tuple[RatingFigures, ...]]:
        rows = sql.ratings(self.store, start, end)

        def group(key_of: Iterable[tuple[str, sql.RatingRow]]) -> tuple[RatingFigures, ...]:
            acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
            for key, r in key_of:
                a = acc[key]
                a[0] += r.n
                a[1] += r.good
                a[2] += r.bad
                a[3] += r.total
            return tuple(
                RatingFigures(key, n, good, bad, round(total / n, 2) if n else 0.0)
                for key, (n, good, bad, total) in sorted(acc.items())
            )

        return (
            group((r.window or NO_WINDOW, r) for r in rows),
            group((r.clerk_name or r.clerk_id or "", r) for r in rows),
            group((self.item_name(r.item_codes), r) for r in rows),
        )

    def bad_ratings(self, start: datetime, end: datetime) -> tuple[BadRating, ...]:
        return tuple(
            BadRating(
                r.case_id,
                r.case_no,
                r.rating,
                r.comment,
                tuple(json.loads(r.reasons or "[]")),
                datetime.fromisoformat(r.at).astimezone(CST),
                r.rated_window or "",
                r.rated_clerk or "",
                self.item_name(r.item_codes),
            )
            for r in sql.bad_ratings(self.store, start, end)
        )

    # --- acting on a card ---------------------------------------------------------------------------------------

    def remind_clerk(self, card: WarningCard, center: ReminderSender | None) -> ClerkReminded:
        """Send the 催办 SMS to the clerk responsible for ``card`` through the central server, online and at once:
        the center makes the text from its own records and sends it to the number it registered for the clerk
        (``central/supervision_reminders.py``); nothing is queued here. Blocking HTTP (the network lane).
        ``SupervisionError`` in words when there is no clerk, no server, no login, or the center refuses."""
        self.require_supervisor()
        clerk = card.clerk_name or card.clerk_id
        if not card.clerk_id:
            raise SupervisionError(Message(NO_CLERK, case_no=card.case_no, clerk=clerk or Message(NOT_CLAIMED)))
        if center is None:
            raise SupervisionError(Message(NOT_ONLINE))
        request = ClerkReminderRequest(
            request_id=str(uuid.uuid4()),
            case_id=card.case_id,
            clerk=card.clerk_id,
            level=REMINDER_LEVELS[card.level],
            due=card.due,
        )
        try:
            answer = center.remind(request)
        except NeedsLogin as error:
            raise SupervisionError(Message(LOG_IN_FIRST, error=error)) from error
        except RequestRefused as error:
            raise SupervisionError(Message(CENTER_REFUSED, error=error)) from error
        except NetworkError as error:
            raise SupervisionError(Message(NOT_ONLINE)) from error
        except SyncError as error:
            raise SupervisionError(Message(NOT_SENT, error=error)) from error
        name = answer.clerk_name or clerk
        if answer.status != "sent":
            raise SupervisionError(
                Message(GATEWAY_FAILED, name=name, phone=answer.phone, error=answer.error or Message(UNKNOWN_REASON))
            )
        return ClerkReminded(card.case_no, name, answer.phone)
