"""The notices built from the domain's data: a case, its items and the center decide every line (the words of each
notice and the rules behind them are in ``govdesk.domain.notices``; this module only fills them in).

Split from ``notices`` (STYLE.md 16: modules stay small): the types, words and the digest the QR signs live there.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TypedDict

from govdesk.domain.case import Agent, Applicant, Case, Deficiency, MaterialRecord, MaterialStatus
from govdesk.domain.catalog import OverdueRule, ServiceItem
from govdesk.domain.deadlines import Deadline
from govdesk.domain.notices import (
    ACCEPTED_COMPLETE,
    ACCEPTED_CONDITIONAL,
    DEFICIENCY_LAW_NOTE,
    DELIVERY_LABELS,
    FORM_LABELS,
    OUT_OF_COMPETENCE_WORDS,
    OVERDUE_CONSEQUENCES,
    REJECTION_RIGHTS,
    AcceptanceNotice,
    CenterProfile,
    CommitmentLetter,
    DeficiencyNotice,
    DelayNotice,
    NoticeLine,
    Party,
    PickupReceipt,
    RejectionNotice,
    TransferSheet,
    party_of,
)

__all__ = [
    "acceptance_notice",
    "commitment_letter",
    "deficiency_lines",
    "deficiency_notice",
    "delay_notice",
    "lines_from_deficiencies",
    "out_of_competence",
    "pickup_receipt",
    "received_lines",
    "rejection_notice",
    "transfer_sheet",
]


def _item_names(items: Sequence[ServiceItem]) -> tuple[str, ...]:
    if not items:
        raise ValueError("通知书至少要有一个事项")
    return tuple(it.name for it in items)


def _guide_url(items: Sequence[ServiceItem]) -> str:
    return next((it.guide_url for it in items if it.guide_url), "")


class _Header(TypedDict):
    """What heads every notice of a case: its number, the day, the center, the applicant (and agent), the items."""

    case_no: str
    issued_on: date
    center: CenterProfile
    applicant: Party
    agent: Party | None
    item_names: tuple[str, ...]


def _header(case: Case, items: Sequence[ServiceItem], center: CenterProfile, today: date) -> _Header:
    return _Header(
        case_no=case.case_no,
        issued_on=today,
        center=center,
        applicant=party_of(case.applicant),
        agent=party_of(case.agent) if case.agent is not None else None,
        item_names=_item_names(items),
    )


def _material_lookup(items: Sequence[ServiceItem]) -> dict[str, tuple[str, str, int, str]]:
    found: dict[str, tuple[str, str, int, str]] = {}
    for it in items:
        for m in it.materials:
            form = FORM_LABELS[m.forms[0]] if m.forms else ""
            found.setdefault(m.code, (m.name, m.requirements, m.copies, form))
    return found


def deficiency_lines(records: Sequence[MaterialRecord], items: Sequence[ServiceItem]) -> tuple[NoticeLine, ...]:
    """The lines of a 一次性告知单 from the case's material records: every MISSING and DEFECTIVE one.

    The remedy is the record's own remedy, else the material's ``requirements`` from the catalog."""
    catalog = _material_lookup(items)
    lines: list[NoticeLine] = []
    for r in records:
        if r.status not in (MaterialStatus.MISSING, MaterialStatus.DEFECTIVE):
            continue
        name, requirements, copies, form = catalog.get(r.code, (r.name, "", r.copies, ""))
        reason = r.reason or ("未提交" if r.status is MaterialStatus.MISSING else "不符合要求")
        lines.append(
            NoticeLine(name=r.name or name, reason=reason, remedy=r.remedy or requirements, copies=copies, form=form)
        )
    return tuple(lines)


def lines_from_deficiencies(deficiencies: Sequence[Deficiency]) -> tuple[NoticeLine, ...]:
    """Lines of a 一次性告知单 or 承诺书 from an ``Assessment``'s ``missing`` + ``defective``."""
    return tuple(
        NoticeLine(
            name=d.name,
            reason=d.reason,
            remedy=d.remedy,
            copies=d.copies,
            form=FORM_LABELS[d.forms[0]] if d.forms else "",
        )
        for d in deficiencies
    )


def received_lines(records: Sequence[MaterialRecord], items: Sequence[ServiceItem] = ()) -> tuple[NoticeLine, ...]:
    """The materials the window holds (received or supplemented), with their form and copies; given ``items``,
    only the materials of those items."""
    held = (MaterialStatus.RECEIVED, MaterialStatus.SUPPLEMENTED)
    codes = {m.code for it in items for m in it.materials}
    return tuple(
        NoticeLine(name=r.name, copies=r.copies, form=FORM_LABELS[r.form] if r.form else "")
        for r in records
        if r.status in held and (not items or r.code in codes)
    )


def _waived_lines(case: Case, items: Sequence[ServiceItem]) -> tuple[NoticeLine, ...]:
    """The materials a 容缺 acceptance waits for, with what makes them acceptable (from the catalog)."""
    c = case.commitment
    if c is None:
        return ()
    catalog = _material_lookup(items)
    lines = []
    for code in c.material_codes:
        name, requirements, copies, form = catalog.get(code, (c.names.get(code, code), "", 0, ""))
        lines.append(NoticeLine(name=c.names.get(code, name), remedy=requirements, copies=copies, form=form))
    return tuple(lines)


def deficiency_notice(
    case: Case,
    items: Sequence[ServiceItem],
    lines: Sequence[NoticeLine],
    center: CenterProfile,
    today: date,
    clerk: str = "",
) -> DeficiencyNotice:
    """一次性告知单: ALL missing and defective materials at once (regulation 000, Art. 25; regulation 002, 三 (一))."""
    if not lines:
        raise ValueError("一次性告知单至少要列出一项需补正的材料")
    received_on = case.received_at.date()
    return DeficiencyNotice(
        **_header(case, items, center, today),
        lines=tuple(lines),
        received_on=received_on,
        clerk=clerk or case.first_clerk.clerk_name,
        guide_url=_guide_url(items),
        law_note=DEFICIENCY_LAW_NOTE if today > received_on else "",
    )


def acceptance_notice(
    case: Case,
    items: Sequence[ServiceItem],
    center: CenterProfile,
    today: date,
    promised_date: date,
    delivery: str,
    clerk: str = "",
) -> AcceptanceNotice:
    """受理通知书 (regulation 002, 三 (一)): ``delivery`` is a hand-off method value or free Chinese words.

    A case accepted under 容缺 (it has a commitment) says so, with the promised materials and their due date
    (regulation 002, 三 (三)); only a complete one says "申请材料齐全、符合法定形式"."""
    fees = [it.fee.describe() for it in items if it.fee.amount_fen]
    results = "、".join(it.result_name for it in items if it.result_name)
    c = case.commitment
    waived = _waived_lines(case, items)
    return AcceptanceNotice(
        **_header(case, items, center, today),
        lines=received_lines(list(case.materials.values()), items),
        promised_date=promised_date,
        delivery=DELIVERY_LABELS.get(delivery, delivery),
        clerk=clerk or case.first_clerk.clerk_name,
        result_name=results,
        fee="、".join(fees) if fees else "不收费",
        guide_url=_guide_url(items),
        date_provisional=_counted_provisionally(case.promised_deadline, promised_date),
        accepted_on=today,
        statement=ACCEPTED_CONDITIONAL if waived else ACCEPTED_COMPLETE,
        waived=waived,
        waived_due=c.due_date if c is not None and waived else None,
        waived_due_provisional=c is not None and _counted_provisionally(c.deadline, c.due_date),
    )


def out_of_competence(reason: str) -> bool:
    """Whether a rejection's reason is that the matter is not within the organ's competence (art. 32 (二))."""
    return any(words in reason for words in OUT_OF_COMPETENCE_WORDS)


def rejection_notice(
    case: Case,
    items: Sequence[ServiceItem],
    center: CenterProfile,
    today: date,
    reason: str,
    clerk: str = "",
    *,
    competent_authority: str = "",
    review_body: str = "",
) -> RejectionNotice:
    """不予受理通知书, decided by the center on behalf of the items' departments, with the applicant's rights of
    review (before ``review_body``, else the center's usual one) and suit.

    《行政许可法》 art. 32 (二): a matter not within the organ's competence is rejected at once, telling the applicant
    which organ to apply to: such a reason needs ``competent_authority``. 《行政复议法》 art. 20: the review body and
    the time limit are told, so a notice without a review body is refused."""
    if not reason.strip():
        raise ValueError("不予受理必须写明理由")
    authority = competent_authority.strip()
    if out_of_competence(reason) and not authority:
        raise ValueError("理由为不属于本机关职权范围的，须写明申请人应当向哪个有权机关申请（《行政许可法》第三十二条）")
    body = review_body.strip() or center.review_body
    if not body:
        raise ValueError("须写明行政复议机关（《行政复议法》第二十条）")
    basis = "；".join(it.legal_basis for it in items if it.legal_basis)
    return RejectionNotice(
        **_header(case, items, center, today),
        reason=reason.strip(),
        clerk=clerk or case.first_clerk.clerk_name,
        legal_basis=basis,
        rights=REJECTION_RIGHTS.format(review_body=body),
        guide_url=_guide_url(items),
        department="、".join(dict.fromkeys(it.department.name for it in items if it.department.name)),
        competent_authority=authority,
        review_body=body,
    )


def commitment_letter(
    case: Case,
    items: Sequence[ServiceItem],
    lines: Sequence[NoticeLine],
    center: CenterProfile,
    today: date,
    due_date: date,
    clerk: str = "",
) -> CommitmentLetter:
    """容缺受理承诺书 (regulation 002, 五 (三)): the strictest overdue rule of the items applies."""
    if not lines:
        raise ValueError("容缺受理承诺书至少要列出一项容缺材料")
    if due_date < today:
        raise ValueError("补齐材料的期限不能早于承诺当日")
    rule = OverdueRule.REVOKE if any(it.overdue_rule is OverdueRule.REVOKE for it in items) else OverdueRule.WITHHOLD
    return CommitmentLetter(
        **_header(case, items, center, today),
        lines=tuple(lines),
        due_date=due_date,
        overdue_rule=rule,
        consequence=OVERDUE_CONSEQUENCES[rule],
        clerk=clerk or case.first_clerk.clerk_name,
        guide_url=_guide_url(items),
        date_provisional=_counted_provisionally(case.commitment.deadline if case.commitment else None, due_date),
    )


def transfer_sheet(
    case: Case,
    items: Sequence[ServiceItem],
    center: CenterProfile,
    today: date,
    from_window: str,
    to_department: str = "",
    clerk: str = "",
) -> TransferSheet:
    """材料流转交接单 (regulation 002, 三 (一): 纸质材料 … 做好材料交接签收): the paper materials held."""
    paper = tuple(line for line in received_lines(list(case.materials.values())) if line.form != "电子件")
    return TransferSheet(
        **_header(case, items, center, today),
        lines=paper,
        from_window=from_window,
        to_department=to_department or "、".join(dict.fromkeys(it.department.name for it in items)),
        clerk=clerk or case.first_clerk.clerk_name,
    )


def pickup_receipt(
    case: Case,
    items: Sequence[ServiceItem],
    center: CenterProfile,
    today: date,
    method: str,
    collector: Applicant | Agent,
    details: str = "",
    clerk: str = "",
) -> PickupReceipt:
    """领取回执 (regulation 002, 三 (三): 办理交接签收)."""
    return PickupReceipt(
        **_header(case, items, center, today),
        result_name="、".join(it.result_name for it in items if it.result_name) or "办理结果",
        method=method,
        collector=party_of(collector),
        details=details,
        clerk=clerk,
    )


def delay_notice(
    case: Case,
    items: Sequence[ServiceItem],
    center: CenterProfile,
    today: date,
    original_date: date,
    new_date: date,
    reason: str,
    clerk: str = "",
    *,
    approved_by: str,
    legal_basis: str,
    date_provisional: bool = False,
) -> DelayNotice:
    """延期办理告知书: told before the promised date, with the reason (regulation 001, 限时办结制), the law that allows
    it and who approved it (《行政许可法》 art. 42: 经本行政机关负责人批准 … 将延长期限的理由告知申请人).
    ``date_provisional``: ``new_date`` lies in a year whose holiday arrangement is not yet published."""
    if not reason.strip():
        raise ValueError("延期办理必须写明理由")
    if not approved_by.strip():
        raise ValueError("延期办理须写明批准人（《行政许可法》第四十二条）")
    if not legal_basis.strip():
        raise ValueError("延期办理须写明法律依据")
    if new_date <= original_date:
        raise ValueError("延期后的办结日期必须晚于原承诺日期")
    return DelayNotice(
        **_header(case, items, center, today),
        reason=reason.strip(),
        original_date=original_date,
        new_date=new_date,
        clerk=clerk,
        guide_url=_guide_url(items),
        date_provisional=date_provisional,
        legal_basis=legal_basis.strip(),
        approved_by=approved_by.strip(),
    )


def _counted_provisionally(deadline: Deadline | None, printed: date) -> bool:
    """Whether the date printed is the one ``deadline`` counted on a provisional holiday year (issue 10)."""
    return deadline is not None and deadline.provisional and deadline.due == printed
