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


class RecordList(BaseModel):
    model_config = ConfigDict(extra="ignore")

    records: list[RecordSummary]
    more: bool = False  # another page follows (ask again with ``before``)
