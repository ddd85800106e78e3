"""What a use case changed: the one broadcast the workspaces react to (Anki's ``OpChanges``).

A service finishes a use case in one transaction and returns what it changed, either a ``Changes`` or a result
carrying one in its ``changes`` attribute (``HasChanges``). The UI's operations gateway broadcasts it once
(``Operations.changed``); each workspace looks at the kinds and the cases and refreshes what shows them, instead of
being called one by one by whichever page did the work.

``Changes`` is Qt-free and immutable; two combine with ``|``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


class ChangeKind(enum.Enum):
    """What kind of thing a use case changed (a workspace refreshes what shows it)."""

    CASES = "cases"  # a case's state or fields (intake, decision, delay, transfer, server decisions)
    DRAFTS = "drafts"  # an intake draft saved, resumed or deleted
    NOTICES = "notices"  # a notice issued or archived (一次性告知单, 受理/不予受理通知书 …)
    HANDOFFS = "handoffs"  # a result handed over, mailed, put in a locker, delivered or picked up
    SMS = "sms"  # a text message queued, sent or failed
    COMMITMENTS = "commitments"  # a 容缺 promise opened, supplemented, overdue
    EVALUATIONS = "evaluations"  # a 好差评 rating recorded or followed up
    QUEUE = "queue"  # the hall queue (叫号)
    SYNC = "sync"  # what the central server sent or took
    CALENDAR = "calendar"  # a working-day calendar loaded and deadlines recounted
    CATALOG = "catalog"  # a catalog version adopted
    SESSION = "session"  # who is logged in (AB岗 switch, lock, logout)
    SUPERVISION = "supervision"  # inspections, file reviews, follow-ups
    ATTACHMENTS = "attachments"  # scanned materials captured or sent


@dataclass(frozen=True, slots=True)
class Changes:
    """The kinds of change a use case made, the case ids it touched and the notices it issued (archive ids)."""

    kinds: frozenset[ChangeKind] = frozenset()
    cases: frozenset[str] = frozenset()
    notices: tuple[str, ...] = field(default=())

    @classmethod
    def of(cls, *kinds: ChangeKind, cases: Iterable[str] = (), notices: Iterable[str] = ()) -> Changes:
        return cls(frozenset(kinds), frozenset(cases), tuple(notices))

    def __or__(self, other: Changes) -> Changes:
        notices = self.notices + tuple(n for n in other.notices if n not in self.notices)
        return Changes(self.kinds | other.kinds, self.cases | other.cases, notices)

    def __bool__(self) -> bool:
        return bool(self.kinds or self.cases or self.notices)

    def touches(self, *kinds: ChangeKind) -> bool:
        """Whether any of ``kinds`` changed."""
        return not self.kinds.isdisjoint(kinds)

    def touches_case(self, case_id: str) -> bool:
        return case_id in self.cases


#: A use case that changed nothing (a read, or a refusal caught before any write).
NOTHING = Changes()


@runtime_checkable
class HasChanges(Protocol):
    """A service result that says what its use case changed."""

    @property
    def changes(self) -> Changes: ...


def changes_of(result: object) -> Changes:
    """The changes a service call's result carries: itself, its ``changes``, or nothing."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, HasChanges):
        found = result.changes
        return found if isinstance(found, Changes) else NOTHING
    return NOTHING
