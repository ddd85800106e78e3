"""The back office's and the departmental interface's bodies (shared by the central server and the desktop).

Part of the protocol the OpenAPI document publishes (``/api/v1/backoffice/...`` for the back-office workspace,
``/api/v1/dept/...`` for departments with their own systems). Every field is bounded: the server treats what a client
sends as hostile.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SHA256 = r"^[0-9a-f]{64}$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class CorrectionItemBody(_Model):
    material_code: str = Field(default="", max_length=64)
    name: str = Field(min_length=1, max_length=100, description="the material to fix")
    reason: str = Field(min_length=1, max_length=300, description="what is wrong with it")
    fix: str = Field(default="", max_length=300, description="what would fix it")


class CorrectionRequest(_Model):
    """补正: the case goes back to the window with every material to fix; the clock stops."""

    items: list[CorrectionItemBody] = Field(min_length=1, max_length=30)
    note: str = Field(default="", max_length=500)
    operator: str = Field(default="", max_length=32, description="departmental interface: the person in its system")


class StepRequest(_Model):
    """One 办理环节 recorded: review 审查, decision 决定, production 制证."""

    step: Literal["review", "decision", "production"]
    note: str = Field(default="", max_length=500)
    operator: str = Field(default="", max_length=32)


class ResultRequest(_Model):
    """The result: the licence number, the result's name, optionally a scanned copy uploaded through the attachments
    API (its sha256)."""

    licence_no: str = Field(default="", max_length=64, pattern=r"^[0-9A-Za-z\-_/（）()\u4e00-\u9fff]*$")
    result_name: str = Field(default="", max_length=200)
    attachment_sha256: str | None = Field(default=None, pattern=SHA256)
    operator: str = Field(default="", max_length=32)


class DeptDecideRequest(_Model):
    decision: Literal["approve", "deny"]
    result_name: str = Field(default="", max_length=200)
    reason: str = Field(default="", max_length=1000)
    operator: str = Field(default="", max_length=32)


class OperatorBody(_Model):
    operator: str = Field(default="", max_length=32)


class ProgressEntry(_Model):
    """One back-office step of a case, with who and when."""

    event_id: str
    kind: str
    words: str
    who: str
    at: datetime


class MaterialEntry(_Model):
    code: str
    name: str
    status: str


class AttachmentEntry(_Model):
    material_code: str
    page: int
    sha256: str
    size: int
    content_type: str


class CaseDetail(_Model):
    case_id: str
    case_no: str
    state: str
    item_code: str
    department: str
    applicant_name: str
    station_code: str
    submitted_at: datetime | None
    claimed_by: str
    promised_date: date | None = None
    statutory_date: date | None = None
    correction_open: bool = False
    correction: list[CorrectionItemBody] = Field(default_factory=list)
    materials: list[MaterialEntry] = Field(default_factory=list)
    attachments: list[AttachmentEntry] = Field(default_factory=list)
    progress: list[ProgressEntry] = Field(default_factory=list)
    licence_no: str = ""
    result_name: str = ""
    result_sha256: str = Field(default="", description="the result document uploaded (its sha256), if any")
    result_type: str = Field(default="", description="its type: image/jpeg, image/png or application/pdf")


class DeptCasesResponse(_Model):
    cases: list[CaseDetail]
    has_more: bool


class DeadlinesRequest(_Model):
    case_ids: list[str] = Field(max_length=100)


class CaseDeadline(_Model):
    case_id: str
    promised_date: date | None
    statutory_date: date | None
    correction_open: bool


class DeadlinesResponse(_Model):
    cases: list[CaseDeadline]
