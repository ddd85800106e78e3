"""What an intake decision does to the new case, and the notices it makes (regulation 000 Art. 25-28; regulation 002,
三 (一) and 三 (三)). ``IntakeService.decide`` checks the decision first and runs these inside its one unit of work:

- ``record_materials``: what the window holds of each applicable material (received, defective, 免提交 by data
  sharing with where it was found, the scans by hash) as events on the case;
- ``apply_decision``: the state change (一次性告知, 不予受理, 即办, 受理, 容缺受理 against a signed promise) and the
  notices to print with it;
- ``longest_deadline``: the promised or statutory date of a set of items (a bundle is done when its slowest is).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from govdesk.domain.assessment import Outcome
from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.case import Case, MaterialRecord, MaterialStatus
from govdesk.domain.catalog import ServiceItem
from govdesk.domain.clock import Clock
from govdesk.domain.commitment import open_commitment
from govdesk.domain.deadlines import Deadline, DeadlineKind, compute_deadline
from govdesk.domain.events import Actor
from govdesk.domain.notice_builders import (
    acceptance_notice,
    commitment_letter,
    deficiency_lines,
    deficiency_notice,
    rejection_notice,
)
from govdesk.domain.notices import CommitmentLetter, Notice
from govdesk.domain.signatures import SignedOn
from govdesk.services.drafts import IntakeDraft
from govdesk.services.intake_types import DecisionPreview, RejectionDetails
from govdesk.services.window import WindowContext


@dataclass(frozen=True, slots=True)
class Decision:
    """The clerk's decision as ``IntakeService.decide`` checked it: the outcome, and what it needs (the reason of a
    不予受理 and its ``rejection`` details, the 容缺 promise's due date, signer and ``signature``, the delivery)."""

    outcome: Outcome
    reason: str = ""
    commitment_due: date | None = None
    signed_by: str = ""
    delivery: str = "window"
    signature: tuple[SignedOn, bytes | None] | None = None
    rejection: RejectionDetails | None = None


def longest_deadline(kind: DeadlineKind, items: Sequence[ServiceItem], today: date, calendar: WorkCalendar) -> Deadline:
    """The longest limit of the items (a bundle is done when its slowest item is)."""
    deadlines = [
        compute_deadline(
            kind, today, it.promised_limit if kind is DeadlineKind.PROMISED else it.statutory_limit, calendar
        )
        for it in items
    ]
    return max(deadlines, key=lambda d: d.due)


def record_materials(case: Case, draft: IntakeDraft, preview: DecisionPreview, actor: Actor, clock: Clock) -> None:
    """Record each applicable material the draft holds something of (a status other than pending, or scans)."""
    for m in preview.assessment.applicable:
        rec = draft.materials.get(m.code)
        pages = rec.pages if rec is not None else ()
        if m.shared or (rec is not None and rec.status is MaterialStatus.SHARED):
            # 免提交 (regulation 000 Art. 31): where sharing found it, and its reference when looked up
            source = (rec.source if rec is not None else "") or m.shared_source
            reference = rec.reference if rec is not None else ""
            case.record_material(
                actor, clock, m.code, m.name, MaterialStatus.SHARED, pages=pages, source=source, reference=reference
            )
        elif rec is not None and (rec.status is not MaterialStatus.PENDING or pages):
            case.record_material(
                actor, clock, m.code, m.name, rec.status, rec.form, rec.copies, rec.reason, m.requirements, pages=pages
            )


def signed_letters(notices: tuple[Notice, ...], signature: str) -> tuple[Notice, ...]:
    """The 承诺书 among ``notices`` with the applicant's signature drawn on the pad (the file at ``signature``, relative
    to the data folder, read through the files' key when printed) in place of the line to sign on; the other notices
    as they are."""
    return tuple(replace(n, signature_image=signature) if isinstance(n, CommitmentLetter) else n for n in notices)


def apply_decision(
    case: Case,
    preview: DecisionPreview,
    decision: Decision,
    window: WindowContext,
    clock: Clock,
    calendar: WorkCalendar,
    today: date,
) -> tuple[Notice, ...]:
    """Move ``case`` as ``decision`` says (the domain checks the move) and return the notices to print."""
    actor, center, items, outcome = window.actor, window.center, preview.items, decision.outcome
    a = preview.assessment
    if outcome is Outcome.NOTIFY:
        case.notify(actor, clock, a.deficiencies)
        lines = deficiency_lines(list(case.materials.values()), items)
        return (deficiency_notice(case, items, lines, center, today),)
    if outcome is Outcome.REJECT:
        case.reject(actor, clock, decision.reason)
        rejection = decision.rejection or RejectionDetails()
        notice = rejection_notice(
            case,
            items,
            center,
            today,
            decision.reason,
            competent_authority=rejection.competent_authority,
            review_body=rejection.review_body,
        )
        return (notice,)
    if outcome is Outcome.COMPLETE:
        case.complete(actor, clock)
        return ()
    promised = longest_deadline(DeadlineKind.PROMISED, items, today, calendar)
    statutory = longest_deadline(DeadlineKind.STATUTORY, items, today, calendar)
    if outcome is Outcome.ACCEPT:
        case.accept(actor, clock, promised, statutory)
        return (acceptance_notice(case, items, center, today, promised.due, decision.delivery),)
    # 容缺受理 (regulation 002, 三 (三)): the applicant signs a promise with a due date
    commitment = open_commitment(
        case_id=case.case_id,
        materials=a.waivable_materials(),
        items=items,
        accepted_on=today,
        calendar=calendar,
        signed_at=clock.now(),
        signed_by=decision.signed_by,
        due_date=decision.commitment_due,
    )
    if decision.signature is not None:
        commitment.signed_on = decision.signature[0].value
    case.accept_conditional(actor, clock, commitment, promised, statutory)
    waived = [
        MaterialRecord(
            d.code,
            d.name,
            MaterialStatus.DEFECTIVE if d.defective else MaterialStatus.MISSING,
            reason=d.reason,
            remedy=d.remedy,
        )
        for d in a.deficiencies
    ]
    return (
        acceptance_notice(case, items, center, today, promised.due, decision.delivery),
        commitment_letter(case, items, deficiency_lines(waived, items), center, today, commitment.due_date),
    )
