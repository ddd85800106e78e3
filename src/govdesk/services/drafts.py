"""An intake in progress (收件中), as the clerk has typed it so far.

A draft is saved to the local store on every change, so closing the program mid-intake, a crash or a wrong
click loses nothing: at the next start the draft comes back. It holds no case number yet: the number is drawn
when the clerk decides (so abandoned drafts leave no gaps in the station's daily sequence).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from govdesk.domain.case import Agent, Applicant, ApplicantKind, MaterialRecord, MaterialStatus
from govdesk.domain.catalog import MaterialForm
from govdesk.domain.queue import QueueTicket
from govdesk.domain.serialize import (
    agent_from_json,
    agent_to_json,
    applicant_from_json,
    applicant_to_json,
    material_from_json,
    material_to_json,
)

#: Layout version of a draft's JSON (drafts outlive program updates).
DRAFT_VERSION = 1


def empty_applicant() -> Applicant:
    return Applicant(kind=ApplicantKind.PERSON, name="", id_type="111", id_number="")


@dataclass(slots=True)
class IntakeDraft:
    """Everything typed for one intake. ``materials`` holds only what the clerk has checked so far."""

    draft_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    item_codes: list[str] = field(default_factory=list)
    bundle_code: str = ""
    answers: dict[str, str] = field(default_factory=dict)
    applicant: Applicant = field(default_factory=empty_applicant)
    agent: Agent | None = None
    materials: dict[str, MaterialRecord] = field(default_factory=dict)
    resumed_from: str = ""  # case_id of the notified case this intake resumes
    resumed_case_no: str = ""
    first_notice_codes: list[str] = field(default_factory=list)  # what the first 一次性告知单 listed
    note: str = ""
    ticket: QueueTicket | None = None  # the hall queue's ticket called for this applicant (叫号); None: none

    def set_material(
        self,
        code: str,
        name: str,
        status: MaterialStatus,
        form: MaterialForm | None = None,
        copies: int = 0,
        reason: str = "",
    ) -> None:
        self.materials[code] = MaterialRecord(code, name, status, form, copies, reason)

    @property
    def title(self) -> str:
        """How the draft is listed when it comes back: applicant and first item."""
        who = self.applicant.name or "（未填申请人）"
        return f"{who} · {len(self.item_codes)} 个事项" if len(self.item_codes) > 1 else who

    def to_json(self) -> dict[str, Any]:
        return {
            "version": DRAFT_VERSION,
            "draft_id": self.draft_id,
            "item_codes": list(self.item_codes),
            "bundle_code": self.bundle_code,
            "answers": dict(self.answers),
            "applicant": applicant_to_json(self.applicant),
            "agent": agent_to_json(self.agent) if self.agent else None,
            "materials": [material_to_json(m) for m in self.materials.values()],
            "resumed_from": self.resumed_from,
            "resumed_case_no": self.resumed_case_no,
            "first_notice_codes": list(self.first_notice_codes),
            "note": self.note,
            "ticket": self.ticket.to_json() if self.ticket else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> IntakeDraft:
        materials = [material_from_json(m) for m in data.get("materials") or []]
        return cls(
            draft_id=str(data["draft_id"]),
            item_codes=[str(c) for c in data.get("item_codes") or []],
            bundle_code=str(data.get("bundle_code", "")),
            answers={str(k): str(v) for k, v in (data.get("answers") or {}).items()},
            applicant=applicant_from_json(data["applicant"]) if data.get("applicant") else empty_applicant(),
            agent=agent_from_json(data["agent"]) if data.get("agent") else None,
            materials={m.code: m for m in materials},
            resumed_from=str(data.get("resumed_from", "")),
            resumed_case_no=str(data.get("resumed_case_no", "")),
            first_notice_codes=[str(c) for c in data.get("first_notice_codes") or []],
            note=str(data.get("note", "")),
            ticket=QueueTicket.from_json(data["ticket"]) if data.get("ticket") else None,
        )
