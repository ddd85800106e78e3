"""The protocol of the supervisor's records (hall inspections, file reviews) between a window and the center.

A record is a JSON document the domain writes (``domain/inspection.py``, ``domain/file_review.py``) with a version;
the center keeps the newest version of each, refuses a change to a final one, and answers in words.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

RecordKind = Literal["inspection", "file_review"]
#: A record's JSON is small (15–40 checklist answers, a sample of cases); photos travel as attachments.
MAX_RECORD_BYTES = 256 * 1024


class RecordUpload(BaseModel):
    model_config = ConfigDict(extra="ignore")

    version: int = Field(ge=1, le=1_000_000)
    final: bool = False
    body: dict[str, Any]


class RecordStored(BaseModel):
    model_config = ConfigDict(extra="ignore")

    record_id: str
    version: int
    stored: bool  # False: the center already had this or a newer version
    final: bool


class RecordSummary(BaseModel):
    model_config = ConfigDict(extra="ignore")

    record_id: str
    kind: RecordKind
    version: int
    final: bool
    author: str
    received_at: str
    author_name: str = Field("", description="the author's name as the center knows the user")


class RecordDocument(RecordSummary):
    """One record as the center keeps it (its newest version), for the center's other supervisors to read."""

    body: dict[str, Any]


class FollowUpEntry(BaseModel):
    """One step of a bad rating's follow-up (回访核实, 整改, 解释说明, 反馈) as the center holds it: the applied
    ``case.rating_followed_up`` event, recorded by the authenticated supervisor."""

    model_config = ConfigDict(extra="ignore")

    event_id: str
    case_id: str
    case_no: str
    step: str
    label: str
    note: str
    clerk_id: str
    clerk_name: str
    occurred_at: str
    received_at: str


class FollowUpList(BaseModel):
    model_config = ConfigDict(extra="ignore")

    entries: list[FollowUpEntry]
    more: bool = False  # another page follows (ask again with ``cursor=next_cursor``)
    total: int = 0  # how many there are in all (of the query, every page)
    next_cursor: str | None = None


class RecordList(BaseModel):
    model_config = ConfigDict(extra="ignore")

    records: list[RecordSummary]
    more: bool = False  # another page follows (ask again with ``cursor=next_cursor``)
    total: int = 0  # how many there are in all (of the query, every page)
    next_cursor: str | None = None


#: The center's code when another admin published a newer version of the center's items first.
CHECKLIST_OUTDATED = "checklist_outdated"
#: A center's own checklist items (GB/T 36112-2018 leaves room for a center's rules): at most this many.
MAX_CENTER_ITEMS = 50


class CenterItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str = Field(pattern=r"^own-[0-9a-z-]{1,40}$")
    area: str = Field(min_length=1, max_length=16)
    text: str = Field(min_length=1, max_length=200)


class CenterChecklist(BaseModel):
    """A center's own checklist items, versioned: an admin publishes them, every supervisor's PC takes the newest."""

    model_config = ConfigDict(extra="ignore")

    version: int = Field(ge=0, le=1_000_000)
    items: list[CenterItem] = Field(max_length=MAX_CENTER_ITEMS)
    updated_by: str = ""
    updated_at: str = ""
