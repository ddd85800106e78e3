"""An intake in progress (收件中), as the clerk has typed it so far.

A draft is saved to the local store on every change, so closing the program mid-intake, a crash or a wrong
click loses nothing: at the next start the draft comes back. It holds no case number yet: the number is drawn
when the clerk decides (so abandoned drafts leave no gaps in the station's daily sequence).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from govdesk.domain.attachments import PageRef, SharedProof
from govdesk.domain.case import Agent, Applicant, ApplicantKind, MaterialRecord, MaterialStatus
from govdesk.domain.catalog import MaterialForm
from govdesk.domain.messages import Message, translate
from govdesk.domain.queue import QueueTicket
from govdesk.domain.serialize import (
    agent_from_json,
    agent_to_json,
    applicant_from_json,
    applicant_to_json,
    material_from_json,
    material_to_json,
)

NO_APPLICANT = translate("DraftService", "（未填申请人）", "services.drafts.no_applicant")
TITLE = translate("DraftService", "{who} · {count} 个事项", "services.drafts.title")

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
        before = self.materials.get(code)
        kept = (before.pages, before.source, before.reference) if before else ((), "", "")
        self.materials[code] = MaterialRecord(code, name, status, form, copies, reason, "", *kept)

    def set_pages(self, code: str, name: str, pages: tuple[PageRef, ...]) -> None:
        """The material's captured files (scans), kept with the draft so closing the program loses none; its
        check (status, form, copies) stays as the clerk set it."""
        before = self.materials.get(code) or MaterialRecord(code, name)
        self.materials[code] = replace(before, pages=tuple(pages))

    def set_shared(self, code: str, name: str, proof: SharedProof) -> None:
        """免提交: the material was found by data sharing (电子证照), recorded with where and its reference
        (regulation 000 Art. 31); it is never asked of the applicant."""
        before = self.materials.get(code) or MaterialRecord(code, name)
        self.materials[code] = replace(
            before,
            status=MaterialStatus.SHARED,
            form=None,
            copies=0,
            reason="",
            source=proof.source,
            reference=proof.reference,
        )

    @property
    def title(self) -> str:
        """How the draft is listed when it comes back: applicant and first item."""
        who = self.applicant.name or Message(NO_APPLICANT)
        return Message(TITLE, who=who, count=len(self.item_codes)) if len(self.item_codes) > 1 else who

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
