"""What the supervisor's dashboard shows (issue 13): plain, frozen values the UI, the reports and the CLI read.

No Qt, no SQLAlchemy: ``services/supervision.py`` fills them from the store's SQL (``store/supervision.py``) or from
the central server's statistics endpoint (``services/supervision_center.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from govdesk.domain.messages import Message, join, translate

PERIOD_DAY = translate("SupervisionService", "{period}（{day}）", "services.supervision_types.period_day")
PERIOD_RANGE = translate(
    "SupervisionService",
    "{period}（{first} 至 {last}）",
    "services.supervision_types.period_range",
)
NOTICE_LATE = translate(
    "SupervisionService",
    "延后告知应于 {notice_due} 前作出，已逾期",
    "services.supervision_types.notice_late",
)
ART32_PASSED = translate(
    "SupervisionService",
    "收件已 {workdays_since} 个工作日，超过行政许可法第三十二条的五日，自收件之日起即为受理",
    "services.supervision_types.art32_passed",
)
ART32_CLOSE = translate(
    "SupervisionService",
    "收件已 {workdays_since} 个工作日，行政许可法第三十二条的五日将满",
    "services.supervision_types.art32_close",
)


class PeriodKind(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    RANGE = "range"


PERIOD_LABELS: dict[PeriodKind, str] = {
    PeriodKind.DAY: Message(translate("SupervisionPeriod", "今日", "supervision.period.day")),
    PeriodKind.WEEK: Message(translate("SupervisionPeriod", "本周", "supervision.period.week")),
    PeriodKind.MONTH: Message(translate("SupervisionPeriod", "本月", "supervision.period.month")),
    PeriodKind.RANGE: Message(translate("SupervisionPeriod", "自定义时段", "supervision.period.range")),
}


@dataclass(frozen=True, slots=True)
class Period:
    """Days ``first`` … ``last`` (inclusive, China Standard Time)."""

    kind: PeriodKind
    first: date
    last: date

    @property
    def label(self) -> str:
        if self.first == self.last:
            return Message(PERIOD_DAY, period=PERIOD_LABELS[self.kind], day=self.first.isoformat())
        return Message(
            PERIOD_RANGE, period=PERIOD_LABELS[self.kind], first=self.first.isoformat(), last=self.last.isoformat()
        )


#: The figures counted per window and clerk, in the dashboard's column order: (key, Chinese heading).
FIGURE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("intakes", Message(translate("SupervisionFigures", "收件", "supervision.figures.intakes"))),
    ("accepted", Message(translate("SupervisionFigures", "受理", "supervision.figures.accepted"))),
    ("notices", Message(translate("SupervisionFigures", "一次性告知", "supervision.figures.notices"))),
    ("conditional", Message(translate("SupervisionFigures", "容缺受理", "supervision.figures.conditional"))),
    ("refusals", Message(translate("SupervisionFigures", "不予受理", "supervision.figures.refusals"))),
    ("completions", Message(translate("SupervisionFigures", "即办办结", "supervision.figures.completions"))),
    ("transfers", Message(translate("SupervisionFigures", "流转后台", "supervision.figures.transfers"))),
    ("handoffs", Message(translate("SupervisionFigures", "出件", "supervision.figures.handoffs"))),
    ("waiting", Message(translate("SupervisionFigures", "待领取", "supervision.figures.waiting"))),
)
#: The figures' total row, a row of no window, an item no longer in the catalog, and where the figures came from.
TOTAL = Message(translate("SupervisionFigures", "合计", "supervision.figures.total"))
NO_WINDOW = Message(translate("SupervisionFigures", "（未登记窗口）", "supervision.figures.no_window"))
NO_ITEM = Message(translate("SupervisionFigures", "（事项不详）", "supervision.figures.no_item"))
NOT_IN_CATALOG = Message(translate("SupervisionFigures", "（目录中无此事项）", "supervision.figures.not_in_catalog"))
LOCAL_CACHE = Message(translate("SupervisionFigures", "本机缓存", "supervision.figures.local_cache"))
CENTER = Message(translate("SupervisionFigures", "中心服务器", "supervision.figures.center"))
SOURCE_CENTER = Message(
    translate(
        "SupervisionFigures",
        "中心服务器（全中心办件量与好差评；超期预警与清单为本机缓存）",
        "supervision.figures.source_center",
    )
)
SOURCE_LOCAL_OFFLINE = translate(
    "SupervisionFigures", "本机缓存（中心服务器暂不可达：{why}）", "supervision.figures.source_local_offline"
)


@dataclass(frozen=True, slots=True)
class Figures:
    """One row of the figures table: a window (``clerk_id`` "") or one clerk at it."""

    window: str
    clerk_id: str = ""
    clerk_name: str = ""
    intakes: int = 0
    accepted: int = 0
    notices: int = 0
    conditional: int = 0
    refusals: int = 0
    completions: int = 0
    transfers: int = 0
    handoffs: int = 0
    waiting: int = 0

    def value(self, key: str) -> int:
        return int(getattr(self, key))

    @classmethod
    def of(cls, window: str, values: Mapping[str, int], clerk_id: str = "", clerk_name: str = "") -> Figures:
        """A row from counts by column key (``FIGURE_COLUMNS``); columns not in ``values`` are 0."""
        return cls(window, clerk_id, clerk_name, *(int(values.get(key, 0)) for key, _ in FIGURE_COLUMNS))


class Level(StrEnum):
    RED = "red"  # 红牌: past the promised date
    YELLOW = "yellow"  # 黄牌: past the set share of the time limit
    STEP = "step"  # 环节超时: not claimed by the back office in time


LEVEL_LABELS: dict[Level, str] = {
    Level.RED: Message(translate("SupervisionLevel", "红牌（已超期）", "supervision.level.red")),
    Level.YELLOW: Message(translate("SupervisionLevel", "黄牌（临近超期）", "supervision.level.yellow")),
    Level.STEP: Message(translate("SupervisionLevel", "环节超时", "supervision.level.step")),
}


@dataclass(frozen=True, slots=True)
class WarningCard:
    """超期预警: one case, how urgent, and who is responsible."""

    level: Level
    case_id: str
    case_no: str
    applicant_name: str  # masked
    item_code: str
    item_name: str
    department: str
    clerk_id: str
    clerk_name: str
    window: str
    received: date
    due: date | None  # the promised date
    days_left: int  # working days to the due date (negative: past it)
    used_share: float  # share of the time limit gone (1.0 and more: overdue)
    note: str  # what is wrong, in words

    @property
    def level_label(self) -> str:
        return LEVEL_LABELS[self.level]


class GroupBy(StrEnum):
    """How the 超期预警 cards are grouped on screen (issue 13: "by department, clerk and item")."""

    DEPARTMENT = "department"
    CLERK = "clerk"
    ITEM = "item"


@dataclass(frozen=True, slots=True)
class WarningGroup:
    """The 超期预警 cards of one department, clerk or item: ``key`` selects them (``Dashboard.warnings_of``),
    ``label`` names them, and how many of each level there are."""

    by: GroupBy
    key: str
    label: str
    red: int = 0
    yellow: int = 0
    step: int = 0

    @property
    def total(self) -> int:
        return self.red + self.yellow + self.step


def clerk_label(clerk_name: str, window: str) -> str:
    return f"{clerk_name}（{window}）" if window else clerk_name


def group_of(card: WarningCard, by: GroupBy) -> tuple[str, str]:
    """(key, label) of the group ``card`` is in: its department, its clerk (by id; the center's step cards by the
    station they came from) or its item."""
    if by is GroupBy.DEPARTMENT:
        return card.department, card.department
    if by is GroupBy.ITEM:
        return card.item_name, card.item_name
    return card.clerk_id or card.clerk_name, clerk_label(card.clerk_name, card.window)


def ranked_groups(by: GroupBy, counted: Mapping[str, tuple[str, list[int]]]) -> tuple[WarningGroup, ...]:
    """``counted``: key → (label, [red, yellow, step]); the most red first, then the most cards, then by name."""
    groups = [WarningGroup(by, key, label, *levels) for key, (label, levels) in counted.items()]
    groups.sort(key=lambda g: (-g.red, -g.total, g.label, g.key))
    return tuple(groups)


LEVEL_INDEX: dict[Level, int] = {Level.RED: 0, Level.YELLOW: 1, Level.STEP: 2}


def group_cards(cards: tuple[WarningCard, ...], by: GroupBy) -> tuple[WarningGroup, ...]:
    """The cards counted per group (a list held whole: the center's merged one)."""
    counted: dict[str, tuple[str, list[int]]] = {}
    for card in cards:
        key, label = group_of(card, by)
        found = counted.get(key)
        if found is None:
            found = counted[key] = (label, [0, 0, 0])
        found[1][LEVEL_INDEX[card.level]] += 1
    return ranked_groups(by, counted)


#: The cards of one group: how many, and ``(offset, limit)`` → those cards in rank order.
CardSource = tuple[int, Callable[[int, int], tuple[WarningCard, ...]]]


@dataclass(frozen=True, slots=True)
class PromiseCard:
    """An open 容缺 promise (承诺书): due, or overdue."""

    case_id: str
    case_no: str
    applicant_name: str
    item_name: str
    clerk_name: str
    window: str
    due: date
    days_left: int
    overdue: bool
    missing: tuple[str, ...]  # material codes still missing


@dataclass(frozen=True, slots=True)
class UndecidedCard:
    """An application received and not decided: a deferred notice (Art. 25, 2 working days) or 行政许可法 art. 32."""

    case_id: str
    case_no: str
    applicant_name: str
    item_name: str
    clerk_name: str
    window: str
    received: date
    workdays_since: int
    notice_due: date | None
    notice_late: bool  # the deferred notice was not given by its due date
    art32_close: bool  # 3 or more of 《行政许可法》 art. 32's five working days gone
    art32_passed: bool  # more than five working days gone: counts as accepted from the day received

    @property
    def note(self) -> str:
        parts = []
        if self.notice_late and self.notice_due is not None:
            parts.append(Message(NOTICE_LATE, notice_due=self.notice_due.isoformat()))
        if self.art32_passed:
            parts.append(Message(ART32_PASSED, workdays_since=self.workdays_since))
        elif self.art32_close:
            parts.append(Message(ART32_CLOSE, workdays_since=self.workdays_since))
        return join(parts)


@dataclass(frozen=True, slots=True)
class TwiceNotified:
    """一次告知 broken: the second notice asked for something the first did not list."""

    case_id: str
    case_no: str
    first_case_no: str
    applicant_name: str
    item_name: str
    clerk_name: str
    window: str
    first_day: date
    second_day: date
    first_listed: tuple[str, ...]  # material names on the first notice
    second_listed: tuple[str, ...]  # on the second
    new: tuple[str, ...]  # on the second and not on the first


@dataclass(frozen=True, slots=True)
class RatingFigures:
    """好差评 of one window, clerk or item."""

    key: str  # the window, the clerk's name or the item's name
    count: int
    good: int  # 1-2 (满意及以上)
    bad: int  # 4-5 (差评)
    average: float  # 1 = 非常满意 … 5 = 非常不满意


@dataclass(frozen=True, slots=True)
class BadRating:
    case_id: str
    case_no: str
    rating: int
    comment: str
    reasons: tuple[str, ...]
    at: datetime
    window: str
    clerk_name: str
    item_name: str


@dataclass(frozen=True, slots=True)
class Dashboard:
    """Everything the supervisor's dashboard shows, as of ``as_of``; ``source`` says whose figures they are."""

    period: Period
    as_of: datetime
    source: str  # "本机缓存" (this window's store) or "中心服务器"
    by_window: tuple[Figures, ...]
    by_clerk: tuple[Figures, ...]
    totals: Figures
    warnings: tuple[WarningCard, ...]
    promises: tuple[PromiseCard, ...] = ()
    undecided: tuple[UndecidedCard, ...] = ()
    twice_notified: tuple[TwiceNotified, ...] = ()
    ratings_by_window: tuple[RatingFigures, ...] = ()
    ratings_by_clerk: tuple[RatingFigures, ...] = ()
    ratings_by_item: tuple[RatingFigures, ...] = ()
    bad_ratings: tuple[BadRating, ...] = ()
    warnings_by_department: tuple[tuple[str, int, int], ...] = field(default=())  # (department, red, yellow)
    #: The cards of each level among all there are (empty: ``warnings`` is the whole list, counted from it).
    warning_counts: tuple[tuple[Level, int], ...] = ()
    #: ``warnings`` holds the most urgent cards; this makes the others, ``(offset, limit)`` in rank order, as the
    #: table scrolls (None: ``warnings`` is the whole list).
    more_warnings: Callable[[int, int], tuple[WarningCard, ...]] | None = field(default=None, compare=False, repr=False)
    #: The cards counted per department, clerk and item (empty: counted from ``warnings`` when asked).
    warning_groups: tuple[tuple[GroupBy, tuple[WarningGroup, ...]], ...] = ()
    #: The cards of one group in rank order, ``(by, key)`` → ``CardSource`` (None: chosen from ``warnings``).
    select_warnings: Callable[[GroupBy, str], CardSource] | None = field(default=None, compare=False, repr=False)

    def count(self, level: Level) -> int:
        if self.warning_counts:
            return dict(self.warning_counts).get(level, 0)
        return sum(1 for w in self.warnings if w.level is level)

    @property
    def warning_total(self) -> int:
        """How many cards there are in all (``warnings`` may hold only the first of them)."""
        return sum(n for _, n in self.warning_counts) if self.warning_counts else len(self.warnings)

    def warning_page(self, offset: int, limit: int) -> tuple[WarningCard, ...]:
        """Cards ``offset`` … ``offset + limit`` in rank order (the table's lazy fetch)."""
        shown = self.warnings[offset : offset + limit]
        if len(shown) == limit or self.more_warnings is None:
            return shown
        return shown + self.more_warnings(max(offset, len(self.warnings)), limit - len(shown))

    def groups(self, by: GroupBy) -> tuple[WarningGroup, ...]:
        """The cards' groups by department, clerk or item, the most urgent first, each with its counts."""
        if self.warning_groups:
            return dict(self.warning_groups)[by]
        return group_cards(self.complete().warnings, by)

    def warnings_of(self, by: GroupBy | None, key: str = "") -> CardSource:
        """The cards of the group ``key`` of ``by`` (every card when ``by`` is None) in rank order: how many, and
        ``(offset, limit)`` → those cards (made as the table scrolls)."""
        if by is None:
            return self.warning_total, self.warning_page
        if self.select_warnings is not None:
            return self.select_warnings(by, key)
        chosen = tuple(c for c in self.complete().warnings if group_of(c, by)[0] == key)
        return len(chosen), lambda offset, limit: chosen[offset : offset + limit]

    def complete(self) -> Dashboard:
        """The same with every card in ``warnings`` (for a report, which lists them all)."""
        if self.more_warnings is None or len(self.warnings) >= self.warning_total:
            return replace(self, more_warnings=None)
        rest = self.more_warnings(len(self.warnings), self.warning_total - len(self.warnings))
        return replace(self, warnings=self.warnings + rest, more_warnings=None)


@dataclass(frozen=True, slots=True)
class FollowUpLine:
    """One line of the 差评整改清单 (GB/T 39735-2020 差评整改; regulation 000 Art. 52): a bad rating, where its
    follow-up stands and by when the next step is due."""

    case_no: str
    rating: str  # 不满意 / 非常不满意
    why: str  # the reasons and the comment
    rated_on: date
    stage: str  # 待回访核实 / 待整改 / 待反馈 / 已办结
    due: date | None  # the next step's due day (None once closed)
    overdue: bool
    steps: str  # the steps so far: who, when, what
