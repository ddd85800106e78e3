"""Sample cases for the demo: a few intakes in different states, made through the real intake use cases, so the
lists of every workspace have something in them and the embedded back office has work to approve."""

from __future__ import annotations

from govdesk.domain.assessment import Outcome
from govdesk.domain.case import Applicant, ApplicantKind, MaterialStatus
from govdesk.domain.identity import mod11_2
from govdesk.services.drafts import IntakeDraft
from govdesk.services.intake import IntakeService
from govdesk.services.runtime import Runtime


def demo_id(region: str, birth: str, seq: str) -> str:
    """A valid 18-digit ID number (GB 11643 check character) for made-up people."""
    body = f"{region}{birth}{seq}"
    return body + mod11_2(body)


# name, ID, phone, item, answers, materials left out, outcome
_SAMPLES: tuple[tuple[str, str, str, str, dict[str, str], tuple[str, ...], Outcome], ...] = (
    ("张伟", demo_id("411221", "19850312", "031"), "13839801234", "SCJG-01-001", {}, (), Outcome.ACCEPT),
    (
        "李娜",
        demo_id("411221", "19900708", "042"),
        "13903985678",
        "SCJG-01-005",
        {"business_type": "catering"},
        ("food_safety_rules", "staff_health_certs"),
        Outcome.CONDITIONAL,
    ),
    ("王强", demo_id("411221", "19780101", "053"), "13598761234", "RSJ-05-002", {}, (), Outcome.ACCEPT),
    (
        "赵敏",
        demo_id("411221", "19921120", "064"),
        "15039881234",
        "SCJG-01-001",
        {},
        ("premises_proof",),
        Outcome.NOTIFY,
    ),
    ("刘洋", demo_id("411221", "20000515", "075"), "18239801234", "RSJ-20-004", {}, (), Outcome.COMPLETE),
)


def demo_holders() -> tuple[tuple[str, str], ...]:
    """(ID number, name) of the sample applicants: the demo's 电子证照 library holds a 户口簿 for each."""
    return tuple((id_number, name) for name, id_number, *_rest in _SAMPLES)


def _fill(intake: IntakeService, draft: IntakeDraft, left_out: tuple[str, ...]) -> None:
    for m in intake.preview(draft).assessment.applicable:
        if m.required and not m.shared and m.code not in left_out:
            draft.set_material(m.code, m.name, MaterialStatus.RECEIVED, m.forms[0], m.copies)


def seed_sample_cases(runtime: Runtime) -> int:
    """Sample cases in an empty local database (a database with cases is left alone); returns how many."""
    if runtime.store.count_cases() or runtime.intake.open_drafts():
        return 0
    intake = runtime.intake
    made = []
    for name, id_number, phone, item, answers, left_out, outcome in _SAMPLES:
        draft = intake.new_draft([item])
        draft.answers.update(answers)
        draft.applicant = Applicant(ApplicantKind.PERSON, name, "111", id_number, phone, "河南省渑池县城关镇")
        _fill(intake, draft, left_out)
        made.append(intake.decide(draft, outcome, signed_by=name, signed_on_paper=True).case)  # 容缺: signed on paper
    # the accepted ones go to the back office (材料流转), which approves them by itself in the demo
    intake.transfer([c.case_id for c in made if c.state.value in ("accepted", "accepted_conditional")])
    # and one intake left half done, to show that drafts come back
    draft = intake.new_draft(["MZJ-05-003"])
    draft.applicant = Applicant(ApplicantKind.PERSON, "陈静", "111", demo_id("411221", "19560404", "086"))
    draft.set_material("id_card", "居民身份证", MaterialStatus.RECEIVED)
    intake.save_draft(draft)
    return len(made)
