"""延期办理: how far a case's promised date may be moved, and by whose approval.

《中华人民共和国行政许可法》第四十二条: a decision due within 20 working days "二十日内不能作出决定的，经本行政机关
负责人批准，可以延长十日，并应当将延长期限的理由告知申请人" — unless a law or regulation provides otherwise. The catalog
says what each item allows (``ServiceItem.extension_days``, default 10 working days; ``extension_basis`` when a law
allows more). The allowance is counted in working days from the promised date before any 延期, so two delays
together cannot exceed it; a bundle gets the least of its items' allowances.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from govdesk.domain.case import Case
from govdesk.domain.catalog import ServiceItem
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.messages import Message, translate
from govdesk.domain.transitions import DomainError

BEYOND = translate(
    "Extension",
    "新的办结日期 {new_date} 超出本事项允许的延期：依{basis}，"
    "自原承诺日期 {base} 起最多延长 {days} 个工作日，即最晚至 {latest}",
    "extension.beyond",
)
# PROVISIONAL_NOTE (domain.statutory) in brackets after the latest date
BEYOND_PROVISIONAL = translate(
    "Extension",
    "新的办结日期 {new_date} 超出本事项允许的延期：依{basis}，"
    "自原承诺日期 {base} 起最多延长 {days} 个工作日，即最晚至 {latest}"
    "（暂定，以国务院办公厅公布的节假日安排为准）",
    "extension.beyond_provisional",
)
NO_APPROVER = translate(
    "Extension",
    "延期办理须经本机关负责人批准，请填写批准人（《行政许可法》第四十二条）",
    "extension.no_approver",
)
NOT_ALLOWED = translate("Extension", "本事项不允许延期办理（{basis}；目录未规定可延长的期限）", "extension.not_allowed")

if TYPE_CHECKING:
    from govdesk.domain.calendar import WorkCalendar


class ExtensionRefused(DomainError):
    """The delay asked for is beyond what the items allow, or lacks its approval (Chinese, for the clerk)."""


@dataclass(frozen=True, slots=True)
class ExtensionLimit:
    base: date  # the promised date before any 延期
    days: int  # working days the items allow in all
    latest: date  # the latest date a 延期 may move the promised date to
    basis: str  # the law that allows it, printed on the 延期办理告知书
    provisional: bool = False  # ``latest`` was counted on a provisional holiday year (issue 10)

    def check(self, new_date: date) -> None:
        """Refuse, in words, a new date beyond what the items allow."""
        if self.days == 0:
            raise ExtensionRefused(Message(NOT_ALLOWED, basis=self.basis))
        if new_date > self.latest:
            text = BEYOND_PROVISIONAL if self.provisional else BEYOND
            raise ExtensionRefused(
                Message(
                    text,
                    new_date=new_date.isoformat(),
                    basis=self.basis,
                    base=self.base.isoformat(),
                    days=self.days,
                    latest=self.latest.isoformat(),
                )
            )


def undelayed_promised_date(case: Case) -> date | None:
    """The promised date before the first 延期 (the first ``case.delayed`` event's old date), else the current one."""
    for event in case.events:
        if event.kind == EventKind.DELAYED:
            old = event.payload.get("old_date")
            if isinstance(old, str):
                return date.fromisoformat(old)
    return case.promised_date


def extension_limit(case: Case, items: Sequence[ServiceItem], calendar: WorkCalendar) -> ExtensionLimit | None:
    """How far ``case``'s promised date may be moved (None when it has no promised date).

    Raises ``CalendarRangeError`` when the latest date lies beyond the calendar's data."""
    base = undelayed_promised_date(case)
    if base is None or not items:
        return None
    strictest = min(items, key=lambda it: it.extension_days)
    latest = calendar.add_workdays(base, strictest.extension_days)
    return ExtensionLimit(
        base=base,
        days=strictest.extension_days,
        latest=latest,
        basis=strictest.extension_law,
        provisional=calendar.is_provisional(latest),
    )


def check_approval(approved_by: str) -> str:
    """Art. 42: the extension needs the approval of the head of the organ; who approved is printed and recorded."""
    who = approved_by.strip()
    if not who:
        raise ExtensionRefused(Message(NO_APPROVER))
    return who
