"""The parts of a case's data that are not the case itself: the applicant (申请人), the agent acting for them
(代办人), and what the window holds of each material (``MaterialRecord``). ``govdesk.domain.case`` re-exports them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from govdesk.domain.attachments import PageRef, electronic_json
from govdesk.domain.catalog import MaterialForm
from govdesk.domain.events import JSONValue


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
    #: The captured files (scans), each by its SHA-256: the event carries them, so the chain covers the files.
    pages: tuple[PageRef, ...] = ()
    #: 免提交: where data sharing found it (电子证照库 ...) and its reference there (regulation 000 Art. 31).
    source: str = ""
    reference: str = ""


def material_to_json(m: MaterialRecord) -> dict[str, JSONValue]:
    """A material record as JSON (the ``case.material_recorded`` payload, and the case's snapshot)."""
    return {
        "code": m.code,
        "name": m.name,
        "status": m.status.value,
        "form": m.form.value if m.form else None,
        "copies": m.copies,
        "reason": m.reason,
        "remedy": m.remedy,
    } | electronic_json(m.pages, m.source, m.reference)
