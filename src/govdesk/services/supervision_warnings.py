"""超期预警 as electronic supervision does it (issue 13; regulation 000 Art. 50: 黄牌/红牌): running cases past their
promised date (red) or past a set share of their time limit in working days (yellow), and transferred cases the back
office has not claimed in time (a step's overrun), ranked most urgent first. A county has thousands: all are ranked and
counted, each card made only when it is shown (``RankedWarnings.cards``). The SQL is ``store/supervision.py``'s; the
service that hosts this is ``services/supervision.SupervisionService``. Qt-free, no SQLAlchemy.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from operator import itemgetter

from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.identity.masking import mask_name
from govdesk.domain.messages import Message, translate
from govdesk.services.supervision_types import (
    LEVEL_INDEX,
    CardSource,
    GroupBy,
    Level,
    WarningCard,
    WarningGroup,
    clerk_label,
    ranked_groups,
)
from govdesk.store import supervision as sql
from govdesk.store.store import Store

UNCLAIMED = translate(
    "SupervisionService",
    "{submitted_day} 流转后台，{waited} 个工作日未被认领（限 {limit} 个工作日）",
    "services.supervision_warnings.unclaimed",
)
PAST_DUE = translate(
    "SupervisionService",
    "已超过承诺办结日期 {due}（逾期 {days} 个工作日）",
    "services.supervision_warnings.past_due",
)
USED = translate(
    "SupervisionService",
    "承诺时限已用 {used:.0%}，剩余 {left} 个工作日（{due} 到期）",
    "services.supervision_warnings.used",
)

#: Default share of the time limit after which a running case gets a yellow card (电子监察 practice: 80 %).
YELLOW_SHARE = 0.8
#: Working days the back office has to claim a transferred case before it counts as a step overrun.
CLAIM_WORKDAYS = 1


@dataclass(frozen=True, slots=True)
class Thresholds:
    yellow_share: float = YELLOW_SHARE
    claim_workdays: int = CLAIM_WORKDAYS


class WarningRanking:
    """The 超期预警 part of ``SupervisionService`` (which gives the store, calendar, thresholds, today, the working-day
    map and the item and department names)."""

    store: Store
    calendar: WorkCalendar
    thresholds: Thresholds

    def today(self) -> date:
        raise NotImplementedError

    def workday_map(self, today: date) -> tuple[str, int]:
        raise NotImplementedError

    def item_name(self, codes: str) -> str:
        raise NotImplementedError

    def department(self, codes: str) -> str:
        raise NotImplementedError

    def _days_left(self, today: date, due: date, known: dict[date, int]) -> int:
        """``calendar.days_left``, once per due day of a list (thousands of cards share a few hundred days)."""
        left = known.get(due)
        if left is None:
            left = known[due] = self.calendar.days_left(today, due)
        return left

    def warnings(self) -> tuple[WarningCard, ...]:
        """Every red, yellow and step-overrun card, most urgent first (red by days past, then the steps, then yellow
        by share gone)."""
        ranked = self.ranked_warnings()
        return ranked.cards(0, len(ranked))

    def ranked_warnings(self) -> RankedWarnings:
        """The cards ranked, each made only when asked for (a county's thousands: the dashboard makes the first
        ``SHOWN_CARDS`` and the table the rest as it scrolls); counted by level and department at once."""
        today = self.today()
        workdays, today_n = self.workday_map(today)
        known: dict[date, int] = {}
        dues: dict[str, tuple[date, int]] = {}
        entries: list[_Ranked] = []
        for r in sql.warnings(self.store, workdays, today.isoformat(), today_n, self.thresholds.yellow_share):
            found = dues.get(r.promised_date)
            if found is None:
                day = date.fromisoformat(r.promised_date)
                found = dues[r.promised_date] = (day, self._days_left(today, day, known))
            due, left = found
            total = (r.promised_n or 0) - (r.received_n or 0)
            used = (today_n - (r.received_n or 0)) / total if total > 0 and r.received_n is not None else 1.0
            red = today > due
            entries.append((0 if red else 2, left, -used, r.case_no, Level.RED if red else Level.YELLOW, r, due))
        for u in sql.unclaimed(self.store, workdays, today_n, self.thresholds.claim_workdays):
            step_due = date.fromisoformat(u.promised_date) if u.promised_date else None
            left = self._days_left(today, step_due, known) if step_due is not None else 0
            entries.append((1, left, -0.0, u.case_no, Level.STEP, u, step_due))
        entries.sort(key=_RANK)
        return RankedWarnings(self, entries, today_n)

    def _warning_card(self, entry: _Ranked, today_n: int) -> WarningCard:
        _order, left, minus_used, _no, level, r, due = entry
        used = -minus_used
        if level is Level.STEP:
            assert isinstance(r, sql.UnclaimedRow)
            waited = today_n - r.submitted_n if r.submitted_n is not None else 0
            limit = self.thresholds.claim_workdays
            note = Message(UNCLAIMED, submitted_day=r.submitted_day, waited=waited, limit=limit)
        elif level is Level.RED:
            note = Message(PAST_DUE, due=due.isoformat() if due else "—", days=-left)
        else:
            note = Message(USED, used=used, left=left, due=due.isoformat() if due else "—")
        return self._card(level, r, due, left, used, note)

    def _card(
        self,
        level: Level,
        r: sql.CaseColumns,
        due: date | None,
        left: int,
        used: float,
        note: str,
    ) -> WarningCard:
        return WarningCard(
            level=level,
            case_id=r.case_id,
            case_no=r.case_no,
            applicant_name=mask_name(r.applicant_name),
            item_code=r.item_codes.split(",")[0],
            item_name=self.item_name(r.item_codes),
            department=self.department(r.item_codes),
            clerk_id=r.clerk_id,
            clerk_name=r.clerk_name or r.clerk_id,
            window=r.window or "",
            received=date.fromisoformat(r.received_day),
            due=due,
            days_left=left,
            used_share=used,
            note=note,
        )


#: A ranked card before it is made: (rank order, days left, minus the share used, case number, level, row, due).
_Ranked = tuple[int, int, float, str, Level, "sql.CaseColumns", date | None]
_RANK = itemgetter(0, 1, 2, 3)


class RankedWarnings:
    """The 超期预警 cards in rank order; ``cards(offset, limit)`` makes those asked for (see ``ranked_warnings``)."""

    def __init__(self, service: WarningRanking, entries: list[_Ranked], today_n: int) -> None:
        self._service = service
        self._entries = entries
        self._today_n = today_n

    def __len__(self) -> int:
        return len(self._entries)

    def cards(self, offset: int, limit: int) -> tuple[WarningCard, ...]:
        return tuple(self._service._warning_card(e, self._today_n) for e in self._entries[offset : offset + limit])

    def counts(self) -> tuple[tuple[Level, int], ...]:
        counted = Counter(e[4] for e in self._entries)
        return tuple((level, counted.get(level, 0)) for level in Level)

    def by_department(self) -> tuple[tuple[str, int, int], ...]:
        """(department, red, yellow), most red first (departments with step overruns only are left out)."""
        return by_department(dict(self.groups())[GroupBy.DEPARTMENT])

    def groups(self) -> tuple[tuple[GroupBy, tuple[WarningGroup, ...]], ...]:
        """The cards counted per department, clerk and item, in one pass over the ranked rows (each row's item codes
        named once per code list: a county's thousands of cards name a few dozen items)."""
        service = self._service
        names: dict[str, tuple[str, str]] = {}
        counted: dict[GroupBy, dict[str, tuple[str, list[int]]]] = {by: {} for by in GroupBy}
        departments, clerks, items = counted[GroupBy.DEPARTMENT], counted[GroupBy.CLERK], counted[GroupBy.ITEM]
        for e in self._entries:
            r, level = e[5], LEVEL_INDEX[e[4]]
            named = names.get(r.item_codes)
            if named is None:
                named = names[r.item_codes] = (service.department(r.item_codes), service.item_name(r.item_codes))
            for acc, key, label in (
                (departments, named[0], named[0]),
                (items, named[1], named[1]),
                (clerks, r.clerk_id, None),
            ):
                found = acc.get(key)
                if found is None:
                    label = label if label is not None else clerk_label(r.clerk_name or r.clerk_id, r.window or "")
                    found = acc[key] = (label, [0, 0, 0])
                found[1][level] += 1
        return tuple((by, ranked_groups(by, counted[by])) for by in GroupBy)

    def only(self, by: GroupBy, key: str) -> RankedWarnings:
        """The cards of one department, clerk or item (``WarningGroup.key``), still most urgent first."""
        service = self._service
        if by is GroupBy.CLERK:
            kept = [e for e in self._entries if e[5].clerk_id == key]
        elif by is GroupBy.DEPARTMENT:
            kept = [e for e in self._entries if service.department(e[5].item_codes) == key]
        else:
            kept = [e for e in self._entries if service.item_name(e[5].item_codes) == key]
        return RankedWarnings(service, kept, self._today_n)

    def select(self, by: GroupBy, key: str) -> CardSource:
        chosen = self.only(by, key)
        return len(chosen), chosen.cards


def by_department(groups: tuple[WarningGroup, ...]) -> tuple[tuple[str, int, int], ...]:
    """(department, red, yellow) of the department groups with a red or yellow card, most red first."""
    shown = [(g.label, g.red, g.yellow) for g in groups if g.red or g.yellow]
    return tuple(sorted(shown, key=lambda d: (-d[1], d[0])))
