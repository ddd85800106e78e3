"""The case (办件): one application, from draft to closed, as the state machine of DESIGN.md.

This module holds the case's data; its transitions yield ``DomainEvent``s (see ``events``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from govdesk.domain.catalog import MaterialForm
from govdesk.domain.events import Actor, DomainEvent


class CaseState(StrEnum):
    DRAFT = "draft"
    NOTIFIED = "notified"  # 一次性告知 given; may be resumed as a new intake linked to it
    REJECTED = "rejected"  # 不予受理
    COMPLETED = "completed"  # 即办件 done on the spot
    ACCEPTED = "accepted"  # 受理
    ACCEPTED_CONDITIONAL = "accepted_conditional"  # 容缺受理: commitment open
    SUBMITTED = "submitted"  # passed to the back office
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    DENIED = "denied"
    RESULT_READY = "result_ready"
    HANDED_OFF = "handed_off"
    CLOSED = "closed"


class ApplicantKind(StrEnum):
    PERSON = "person"  # 自然人
    ENTERPRISE = "enterprise"  # 法人或其他组织


@dataclass(slots=True)
class Applicant:
    """The applicant. ``id_type`` is a 证件类型 code (GA/T 2000.156, see ``codes``): "111" 居民身份证,
    "049" 统一社会信用代码 for enterprises, etc."""

    kind: ApplicantKind
    name: str
    id_type: str
    id_number: str
    phone: str = ""
    address: str = ""
    legal_representative: str = ""  # enterprises: 法定代表人


@dataclass(slots=True)
class Agent:
    """代办人/委托代理人, with the authorization they hold (授权委托书)."""

    name: str
    id_type: str
    id_number: str
    phone: str = ""
    authorization: str = ""  # what authorizes them, e.g. "授权委托书(2026-11-20)"


class MaterialStatus(StrEnum):
    PENDING = "pending"  # not yet checked
    RECEIVED = "received"  # 已收取 (in ``form``)
    SHARED = "shared"  # 免提交: obtained by data sharing (regulation 000 Art. 31)
    MISSING = "missing"  # 缺少
    DEFECTIVE = "defective"  # 不符合要求 (``reason`` says why)
    WAIVED = "waived"  # 容缺: promised for later
    SUPPLEMENTED = "supplemented"  # 容缺 material brought later


@dataclass(slots=True)
class MaterialRecord:
    """What the window holds of one material of the case."""

    code: str
    name: str
    status: MaterialStatus = MaterialStatus.PENDING
    form: MaterialForm | None = None
    copies: int = 0
    reason: str = ""  # why it is defective
    remedy: str = ""  # what would fix it (printed on the 一次性告知单)


@dataclass(slots=True)
class Case:
    """One application. ``case_id`` is a client-made UUID; ``case_no`` the human number (``numbering``)."""

    case_id: str
    case_no: str
    item_codes: tuple[str, ...]  # one item, or several for 一件事一次办
    catalog_version: str
    applicant: Applicant
    received_at: datetime  # when the window received the application (aware)
    first_clerk: Actor  # 首问负责
    bundle_code: str = ""
    answers: dict[str, str] = field(default_factory=dict)  # 情形引导 answers
    agent: Agent | None = None
    materials: dict[str, MaterialRecord] = field(default_factory=dict)
    state: CaseState = CaseState.DRAFT
    resumed_from: str = ""  # case_id of the notified case this intake resumes
    events: list[DomainEvent] = field(default_factory=list)  # the whole history, oldest first
    promised_date: date | None = None
    statutory_date: date | None = None
