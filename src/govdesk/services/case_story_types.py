"""The case story's display-ready values (``case_story``): plain frozen data of words, no personal data unmasked
except ``Revealed``; each has ``to_json`` where ``govdesk case --json`` prints it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from govdesk.domain.events import JSONValue
from govdesk.domain.messages import Message
from govdesk.services.notice_archive import ArchivedNotice
from govdesk.services.result_files import ResultFileRef


@dataclass(frozen=True, slots=True)
class FoundCase:
    """One hit of a look-up, for the chooser list (the name masked: a list is seen by whoever stands near)."""

    case_id: str
    case_no: str
    applicant: str
    state: str
    items: str
    received: str

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "case_id": self.case_id,
            "case_no": self.case_no,
            "applicant": self.applicant,
            "state": self.state,
            "items": self.items,
            "received": self.received,
        }


@dataclass(frozen=True, slots=True)
class Found:
    cases: list[FoundCase]
    verdict: str = ""  # "真实：…" / why not, for a scanned QR
    verdict_ok: bool = True
    elsewhere: Message | None = None  # nothing found for another station's number: where it is (``lookup.ELSEWHERE``)


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a section: what, and its value or explanation."""

    label: str
    value: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class EventRow:
    when: str  # CST
    who: str
    role: str
    window: str
    what: str


@dataclass(frozen=True, slots=True)
class NoticeRow:
    title: str
    number: int
    issued_on: str
    pdf: Path
    can_reprint: bool
    archived: ArchivedNotice


@dataclass(frozen=True, slots=True)
class CaseStory:
    case_id: str
    case_no: str
    state: str
    applicant: list[Row]
    items: list[Row]
    materials: list[Row]
    deadlines: list[Row]
    events: list[EventRow]
    notices: list[NoticeRow]
    commitment: list[Row] = field(default_factory=list)
    handoff: list[Row] = field(default_factory=list)
    rating: list[Row] = field(default_factory=list)
    dates_note: str = ""
    #: The back office's steps with who and when (regulation 000 Art. 31: progress flows back).
    back_office: list[Row] = field(default_factory=list)
    #: What the window must do for the back office (an open 补正), empty when nothing: the case needs attention.
    attention: list[Row] = field(default_factory=list)
    #: The result document the back office uploaded (the licence's scan or PDF), None when it attached none.
    result_file: ResultFileRef | None = None

    def to_json(self) -> dict[str, JSONValue]:
        def rows(section: list[Row]) -> list[JSONValue]:
            return [{"label": r.label, "value": r.value, "note": r.note} for r in section]

        return {
            "case_id": self.case_id,
            "case_no": self.case_no,
            "state": self.state,
            "applicant": rows(self.applicant),
            "items": rows(self.items),
            "materials": rows(self.materials),
            "deadlines": rows(self.deadlines),
            "dates_note": self.dates_note,
            "commitment": rows(self.commitment),
            "handoff": rows(self.handoff),
            "rating": rows(self.rating),
            "back_office": rows(self.back_office),
            "attention": rows(self.attention),
            "result_file": self.result_file.sha256 if self.result_file else None,
            "events": [
                {"when": e.when, "who": e.who, "role": e.role, "window": e.window, "what": e.what} for e in self.events
            ],
            "notices": [
                {"title": n.title, "number": n.number, "issued_on": n.issued_on, "pdf": str(n.pdf)}
                for n in self.notices
            ],
        }


@dataclass(frozen=True, slots=True)
class Revealed:
    id_number: str
    phone: str
