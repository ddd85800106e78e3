"""The intake form's fields checked before a decision (regulation 000 Art. 22: 申请人身份; the agent's
authorization, 授权委托书): each problem names the field at fault (``FieldProblem``), so the form can mark it, and
says in the clerk's words what to fix. Anything but 不予受理 waits until there is none."""

from __future__ import annotations

from datetime import date

from govdesk.domain.case import Agent, ApplicantKind
from govdesk.domain.identity import IdKind, check
from govdesk.services.drafts import IntakeDraft
from govdesk.services.intake_types import FieldProblem, check_party_id


def field_problems(draft: IntakeDraft, today: date) -> tuple[FieldProblem, ...]:
    """What is wrong with the draft's items, applicant and agent on ``today`` (documents expire)."""
    problems: list[FieldProblem] = []
    a = draft.applicant
    if not draft.item_codes:
        problems.append(FieldProblem("items", "请先选择办理事项"))
    if not a.name.strip():
        label = "企业名称" if a.kind is ApplicantKind.ENTERPRISE else "申请人姓名"
        problems.append(FieldProblem("applicant.name", f"请填写{label}"))
    result = check_party_id(a.id_type, a.id_number, today)
    if not result.valid:
        problems.append(FieldProblem("applicant.id_number", result.reason))
    if a.phone.strip():
        phone = check(a.phone, IdKind.MOBILE, today)
        if not phone.valid:
            problems.append(FieldProblem("applicant.phone", phone.reason))
    if a.kind is ApplicantKind.ENTERPRISE and not a.legal_representative.strip():
        problems.append(FieldProblem("applicant.legal_representative", "请填写法定代表人"))
    if draft.agent is not None:
        problems.extend(_agent_problems(draft.agent, today))
    return tuple(problems)


def _agent_problems(agent: Agent, today: date) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not agent.name.strip():
        problems.append(FieldProblem("agent.name", "请填写代办人姓名"))
    result = check_party_id(agent.id_type, agent.id_number, today)
    if not result.valid:
        problems.append(FieldProblem("agent.id_number", f"代办人证件：{result.reason}"))
    if not agent.authorization.strip():
        problems.append(FieldProblem("agent.authorization", "代办须有授权委托书，请登记委托书"))
    return problems
