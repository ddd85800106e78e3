"""Every kind of event a case can carry, named once (DESIGN.md: "an ``EventKind`` enum is shared by domain, protocol
and central projection"). The window makes them, the sync sends and folds them, the center checks and projects them.

A kind is ``case.<what happened>``; a kind that moves the state is ``case.<the new state>`` (``transitions``
derives the state from the kind alone). ``EventKind`` is a ``StrEnum``: an event read back from JSON keeps its kind
as text and compares equal to its member, so the stored and sent form is the text itself.
"""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    # the case is made (``Case.new``): the only kind accepted for a case the server does not know
    DRAFTED = "case.drafted"
    # the window's decision (regulation 000 Art. 25; regulation 002 一: 容缺受理) and what follows it
    NOTIFIED = "case.notified"
    REJECTED = "case.rejected"
    COMPLETED = "case.completed"
    ACCEPTED = "case.accepted"
    ACCEPTED_CONDITIONAL = "case.accepted_conditional"
    SUBMITTED = "case.submitted"
    # the back office, at the center (regulation 002 三 (二))
    IN_REVIEW = "case.in_review"
    APPROVED = "case.approved"
    DENIED = "case.denied"
    RESULT_READY = "case.result_ready"
    # the unified issuing window (regulation 002 三 (三))
    HANDED_OFF = "case.handed_off"
    CLOSED = "case.closed"
    REVOKED = "case.revoked"
    # records that move no state
    MATERIAL_RECORDED = "case.material_recorded"
    MATERIAL_SUPPLEMENTED = "case.material_supplemented"
    COMMITMENT_CLOSED = "case.commitment_closed"
    COMMITMENT_OVERDUE = "case.commitment_overdue"
    DELAYED = "case.delayed"
    SUSPENDED = "case.suspended"
    RESUMED = "case.resumed"
    NOTICE_DEFERRED = "case.notice_deferred"
    DEADLINES_RECOMPUTED = "case.deadlines_recomputed"
    EVALUATED = "case.evaluated"
    DELIVERY_CONFIRMED = "case.delivery_confirmed"
    LOCKER_COLLECTED = "case.locker_collected"
    # a case number the center refused as taken, replaced by a new one of the window's new station (issue 17)
    RENUMBERED = "case.renumbered"
    # the back office's steps at the center (regulation 002 三 (二); domain/backoffice.py)
    CORRECTION_REQUESTED = "case.correction_requested"  # 补正: back to the window, the clock stops
    STEP_RECORDED = "case.step_recorded"  # 审查 / 决定 / 制证
    RESULT_ATTACHED = "case.result_attached"  # the licence number, a scanned result
    # the supervisor's follow-up of a 差评 (regulation 000 Art. 52: 调查核实、督促整改及反馈)
    RATING_FOLLOWED_UP = "case.rating_followed_up"
    # the desktop's own records (regulation 000 Art. 32 and Art. 20: every look recorded; 补打)
    PERSONAL_DATA_VIEWED = "case.personal_data_viewed"
    NOTICE_REPRINTED = "case.notice_reprinted"


#: Kinds decided in the back office and sent down to the windows (never pushed by a window).
BACK_OFFICE_KINDS: frozenset[EventKind] = frozenset(
    {EventKind.IN_REVIEW, EventKind.APPROVED, EventKind.DENIED, EventKind.RESULT_READY}
)


def kind_of_state(state: str) -> EventKind:
    """The kind of the event that moves a case into ``state`` (``case.<state>``); ``ValueError`` for none."""
    return EventKind(f"case.{state}")


__all__ = ["BACK_OFFICE_KINDS", "EventKind", "kind_of_state"]
