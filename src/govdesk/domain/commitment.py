"""容缺受理承诺书 (regulation 002, 三 (三)): accepted although secondary materials are missing, on a signed promise.

"对基本条件具备、主要申请材料齐全且符合法定条件,但次要条件或手续有欠缺的政务事项,在申请人作出相应承诺后可先予受理,
并一次性告知需补正的材料、时限和超期处理办法". A commitment is offered only when EVERY missing material is waivable and
every item of the case offers 容缺 (``commitment_days > 0``); its due date defaults to the acceptance day plus the
items' commitment days in working days (the shortest, when a bundle's items differ). The result is withheld until
the materials come (regulation 002, 一: "待申请人补齐相关材料后,按要求发放办理结果文书或证件").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from govdesk.domain.catalog import Material, OverdueRule, ServiceItem, TimeLimit
from govdesk.domain.deadlines import Deadline, DeadlineKind, compute_deadline
from govdesk.domain.events import JSONValue, new_id
from govdesk.domain.messages import ENUMERATION, Message, join, translate
from govdesk.domain.transitions import DomainError

NOTHING_MISSING = translate("Commitment", "没有缺少的材料，无需容缺受理", "commitment.nothing_missing")
NOT_ALLOWED = translate("Commitment", "以下材料不允许容缺，不能容缺受理：{materials}", "commitment.not_allowed")
NOT_OFFERED = translate("Commitment", "以下事项不提供容缺受理：{items}", "commitment.not_offered")
UNSIGNED = translate("Commitment", "承诺书须由申请人或代理人签字", "commitment.unsigned")
NOT_PROMISED = translate("Commitment", "材料 {material} 不在容缺承诺书中，无需补交", "commitment.not_promised")
ALREADY_SUPPLEMENTED = translate("Commitment", "材料 {material} 已于 {day} 补交", "commitment.already_supplemented")
DUE_BEFORE_ACCEPTANCE = translate(
    "Commitment",
    "承诺补齐日期 {due_date} 早于受理日期 {accepted_on}",
    "commitment.due_before_acceptance",
)

if TYPE_CHECKING:
    from govdesk.domain.calendar import WorkCalendar


class CommitmentStatus(StrEnum):
    OPEN = "open"
    FULFILLED = "fulfilled"  # every promised material came
    OVERDUE = "overdue"  # the due date passed with materials still missing


class CommitmentRefused(DomainError):
    """容缺 is not allowed for these materials or items (the message names which and why)."""


@dataclass(slots=True)
class Commitment:
    """The signed promise. ``material_codes`` are the waived materials; ``supplemented`` maps each that came to the
    day it came. ``names`` maps codes to material names for messages and notices."""

    commitment_id: str
    case_id: str
    material_codes: tuple[str, ...]
    due_date: date
    signed_at: datetime
    signed_by: str  # who signed: the applicant or their agent (name)
    status: CommitmentStatus = CommitmentStatus.OPEN
    supplemented: dict[str, date] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    overdue_rule: OverdueRule = OverdueRule.WITHHOLD
    deadline: Deadline | None = None  # how ``due_date`` was reached (None when the clerk set it by hand)
    signed_on: str = ""  # "pad" (the image attached to the case) or "paper" (confirmed by the clerk); "" before 2026-12

    def missing(self) -> tuple[str, ...]:
        """The promised materials that have not come yet, in the promised order."""
        return tuple(c for c in self.material_codes if c not in self.supplemented)

    def missing_names(self) -> tuple[str, ...]:
        return tuple(self.names.get(c, c) for c in self.missing())

    @property
    def is_open(self) -> bool:
        return self.status is not CommitmentStatus.FULFILLED

    def is_overdue(self, today: date, calendar: WorkCalendar) -> bool:
        """True when materials are still missing and ``today`` is past the due date."""
        return bool(self.missing()) and calendar.overdue(today, self.due_date)

    def days_left(self, today: date, calendar: WorkCalendar) -> int:
        """Working days from ``today`` to the due date (0 on the due day, negative past it)."""
        return calendar.days_left(today, self.due_date)

    def supplement(self, code: str, on: date) -> None:
        if code not in self.material_codes:
            raise DomainError(Message(NOT_PROMISED, material=self.names.get(code, code)))
        if code in self.supplemented:
            raise DomainError(
                Message(
                    ALREADY_SUPPLEMENTED, material=self.names.get(code, code), day=self.supplemented[code].isoformat()
                )
            )
        self.supplemented[code] = on

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "commitment_id": self.commitment_id,
            "case_id": self.case_id,
            "material_codes": list(self.material_codes),
            "due_date": self.due_date.isoformat(),
            "signed_at": self.signed_at.isoformat(),
            "signed_by": self.signed_by,
            "status": self.status.value,
            "supplemented": {c: d.isoformat() for c, d in self.supplemented.items()},
            "names": dict(self.names),
            "overdue_rule": self.overdue_rule.value,
            "deadline": self.deadline.to_json() if self.deadline else None,
            "signed_on": self.signed_on,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, JSONValue]) -> Commitment:
        deadline = data.get("deadline")
        return cls(
            commitment_id=str(data["commitment_id"]),
            case_id=str(data["case_id"]),
            material_codes=tuple(str(c) for c in data["material_codes"]),
            due_date=date.fromisoformat(str(data["due_date"])),
            signed_at=datetime.fromisoformat(str(data["signed_at"])),
            signed_by=str(data["signed_by"]),
            status=CommitmentStatus(data.get("status", "open")),
            supplemented={str(c): date.fromisoformat(str(d)) for c, d in (data.get("supplemented") or {}).items()},
            names={str(c): str(n) for c, n in (data.get("names") or {}).items()},
            overdue_rule=OverdueRule(data.get("overdue_rule", OverdueRule.WITHHOLD.value)),
            deadline=Deadline.from_json(deadline) if deadline else None,
            signed_on=str(data.get("signed_on") or ""),
        )


def check_waivable(materials: Sequence[Material], items: Sequence[ServiceItem]) -> None:
    """Raise ``CommitmentRefused`` unless 容缺 is allowed: at least one material, every one waivable, and every item
    offering 容缺 (``commitment_days > 0``)."""
    if not materials:
        raise CommitmentRefused(Message(NOTHING_MISSING))
    refused = [m.name for m in materials if not m.waivable]
    if refused:
        raise CommitmentRefused(Message(NOT_ALLOWED, materials=join(refused, ENUMERATION)))
    no_offer = [it.name for it in items if it.commitment_days <= 0]
    if no_offer:
        raise CommitmentRefused(Message(NOT_OFFERED, items=join(no_offer, ENUMERATION)))


def open_commitment(
    *,
    case_id: str,
    materials: Sequence[Material],
    items: Sequence[ServiceItem],
    accepted_on: date,
    calendar: WorkCalendar,
    signed_at: datetime,
    signed_by: str,
    due_date: date | None = None,
) -> Commitment:
    """A new open commitment for the waived ``materials`` of a case of ``items``.

    Due date: ``due_date`` if given, else ``accepted_on`` + the shortest ``commitment_days`` of the items in
    working days. Overdue rule: REVOKE if any item says so (the stricter rule wins), else WITHHOLD."""
    check_waivable(materials, items)
    if not signed_by.strip():
        raise CommitmentRefused(Message(UNSIGNED))
    deadline: Deadline | None = None
    if due_date is None:
        days = min(it.commitment_days for it in items)
        deadline = compute_deadline(DeadlineKind.COMMITMENT, accepted_on, TimeLimit(days), calendar)
        due_date = deadline.due
    elif due_date < accepted_on:
        raise CommitmentRefused(
            Message(DUE_BEFORE_ACCEPTANCE, due_date=due_date.isoformat(), accepted_on=accepted_on.isoformat())
        )
    rule = OverdueRule.REVOKE if any(it.overdue_rule is OverdueRule.REVOKE for it in items) else OverdueRule.WITHHOLD
    return Commitment(
        commitment_id=new_id(),
        case_id=case_id,
        material_codes=tuple(m.code for m in materials),
        due_date=due_date,
        signed_at=signed_at,
        signed_by=signed_by,
        names={m.code: m.name for m in materials},
        overdue_rule=rule,
        deadline=deadline,
    )
