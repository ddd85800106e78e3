"""The intake form's fields checked before a decision (regulation 000 Art. 22: 申请人身份; the agent's
authorization, 授权委托书): each problem names the field at fault (``FieldProblem``), so the form can mark it, and
says in the clerk's words what to fix. Anything but 不予受理 waits until there is none."""

from __future__ import annotations

from datetime import date

from govdesk.domain.case import Agent, ApplicantKind
from govdesk.domain.identity import IdKind, check
from govdesk.domain.messages import Message
from govdesk.services import intake_messages as im
from govdesk.services.drafts import IntakeDraft
from govdesk.services.intake_types import FieldProblem, check_party_id


def field_problems(draft: IntakeDraft, today: date) -> tuple[FieldProblem, ...]:
    """What is wrong with the draft's items, applicant and agent on ``today`` (documents expire)."""
    problems: list[FieldProblem] = []
    a = draft.applicant
    if not draft.item_codes:
        problems.append(FieldProblem("items", Message(im.NO_ITEM)))
    if not a.name.strip():
        missing = im.NO_ENTERPRISE_NAME if a.kind is ApplicantKind.ENTERPRISE else im.NO_APPLICANT_NAME
        problems.append(FieldProblem("applicant.name", Message(missing)))
    result = check_party_id(a.id_type, a.id_number, today)
    if not result.valid:
        problems.append(FieldProblem("applicant.id_number", result.reason))
    if a.phone.strip():
        phone = check(a.phone, IdKind.MOBILE, today)
        if not phone.valid:
            problems.append(FieldProblem("applicant.phone", phone.reason))
    if a.kind is ApplicantKind.ENTERPRISE and not a.legal_representative.strip():
        problems.append(FieldProblem("applicant.legal_representative", Message(im.NO_LEGAL_REPRESENTATIVE)))
    if draft.agent is not None:
        problems.extend(_agent_problems(draft.agent, today))
    return tuple(problems)


def _agent_problems(agent: Agent, today: date) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not agent.name.strip():
        problems.append(FieldProblem("agent.name", Message(im.NO_AGENT_NAME)))
    result = check_party_id(agent.id_type, agent.id_number, today)
    if not result.valid:
        problems.append(FieldProblem("agent.id_number", Message(im.AGENT_ID, reason=result.reason)))
    if not agent.authorization.strip():
        problems.append(FieldProblem("agent.authorization", Message(im.NO_AUTHORIZATION)))
    return problems
