"""The hall's queue ticket (排队叫号的号票) an applicant was served under.

The ticket is kept on the case (``Case.ticket``, and in the ``case.drafted`` event's ``ticket`` payload) so that
supervision can report waiting times: ``waiting_seconds`` runs from when the ticket was issued (取号) to when this
window called it (叫号), both as the queue system said. A case started without a ticket (a walk-in, a hall without a
queue system, a queue system that was down) has ``ticket = None`` and ``"ticket": null`` in its payload.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from govdesk.domain.events import JSONValue
from govdesk.domain.messages import Message, translate
from govdesk.domain.transitions import DomainError

TICKET_INVALID = translate("QueueTicket", "号票号码“{number}”无效", "queue.ticket_invalid")
TICKET_NO_TIMEZONE = translate("QueueTicket", "号票的取号和叫号时间须带时区", "queue.ticket_no_timezone")
CALLED_BEFORE_TAKEN = translate("QueueTicket", "号票 {number} 的叫号时间早于取号时间", "queue.called_before_taken")

#: The longest ticket number accepted (vendors print e.g. "A012", "GJJ-0031"); longer is not a ticket.
TICKET_MAX_LEN = 16


@dataclass(frozen=True, slots=True)
class QueueTicket:
    """A called ticket: its number, when it was issued and called (aware datetimes) and the window that called it."""

    number: str
    issued_at: datetime
    called_at: datetime
    window: str = ""

    def __post_init__(self) -> None:
        number = self.number.strip()
        if not number or len(number) > TICKET_MAX_LEN or not number.isprintable():
            raise DomainError(Message(TICKET_INVALID, number=self.number[:TICKET_MAX_LEN]))
        if self.issued_at.tzinfo is None or self.called_at.tzinfo is None:
            raise DomainError(Message(TICKET_NO_TIMEZONE))
        if self.called_at < self.issued_at:
            raise DomainError(Message(CALLED_BEFORE_TAKEN, number=number))
        object.__setattr__(self, "number", number)

    @property
    def waiting_seconds(self) -> int:
        """Waiting time from 取号 to 叫号, in whole seconds."""
        return int((self.called_at - self.issued_at).total_seconds())

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "number": self.number,
            "issued_at": self.issued_at.isoformat(),
            "called_at": self.called_at.isoformat(),
            "window": self.window,
            "waiting_seconds": self.waiting_seconds,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, JSONValue]) -> QueueTicket:
        return cls(
            number=str(data["number"]),
            issued_at=datetime.fromisoformat(str(data["issued_at"])),
            called_at=datetime.fromisoformat(str(data["called_at"])),
            window=str(data.get("window", "")),
        )
