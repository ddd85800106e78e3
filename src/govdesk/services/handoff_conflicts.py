"""A result handed over at two windows: the center keeps the first hand-over and answers the second with a
``conflict`` (locally a window cannot know earlier); the second window is told who handed the result over, where and
when, in the clerk's words.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from govdesk.domain.clock import minute_text
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.messages import CLAUSES, Message, join, translate
from govdesk.domain.notices import DELIVERY_LABELS
from govdesk.store.outbox import OutboxStatus
from govdesk.store.store import Store

TAKEN_ELSEWHERE = translate(
    "HandoffService",
    "办件 {case_no} 的结果已由其他窗口出件，本窗口的出件未被中心采纳",
    "services.handoff.taken_elsewhere",
)
STATION = translate("HandoffService", "工位 {station}", "services.handoff.station")
OTHER_WINDOW = translate("HandoffService", "其他窗口", "services.handoff.other_window")
HOW = translate("HandoffService", "以“{how}”方式", "services.handoff.how")
TAKEN_BY = translate(
    "HandoffService",
    "办件 {case_no} 的结果已于 {at_text} 由 {who}（{where}）{how}出件；本窗口的出件未被中心采纳，请核实结果去向，"
    "并向申请人说明",
    "services.handoff.taken_by",
)

HANDOFF_KIND = EventKind.HANDED_OFF


@dataclass(frozen=True, slots=True)
class HandoffConflict:
    """The center kept another window's hand-over of this result (the second is told who did it and when)."""

    case_id: str
    case_no: str
    event_id: str
    words: str
    server_state: dict[str, Any] = field(default_factory=dict)


def handoff_conflicts(store: Store) -> list[HandoffConflict]:
    """Hand-overs the center did not take because another window handed the result off first."""
    out = []
    conflicts = [
        item
        for item in store.needs_attention()
        if item.status is OutboxStatus.CONFLICT and item.event.get("kind") == HANDOFF_KIND
    ]
    numbers = store.case_numbers(str(item.event.get("case_id", "")) for item in conflicts)
    for item in conflicts:
        answer = item.server_answer or {}
        state = answer.get("server_state") or (answer.get("first_answer") or {}).get("server_state") or {}
        case_id = str(item.event.get("case_id", ""))
        case_no = numbers.get(case_id, case_id)
        out.append(
            HandoffConflict(
                item.event.get("case_id", ""),
                case_no,
                item.event_id,
                conflict_words(case_no, state, item.last_error),
                dict(state),
            )
        )
    return out


def conflict_words(case_no: str, state: dict[str, Any], fallback: str = "") -> str:
    """The center's state of a result another window handed over first, in the clerk's words."""
    who = state.get("clerk_name") or state.get("clerk_id")
    if not who:
        return fallback or Message(TAKEN_ELSEWHERE, case_no=case_no)
    station, window = str(state.get("station_code", "")), str(state.get("window", ""))
    where = join(
        (part for part in (Message(STATION, station=station) if station else "", window) if part), CLAUSES
    ) or Message(OTHER_WINDOW)
    at_text = str(state.get("at", ""))
    with contextlib.suppress(ValueError):
        at_text = minute_text(datetime.fromisoformat(at_text))
    how = DELIVERY_LABELS.get(str(state.get("method", "")), "")
    how = Message(HOW, how=how) if how else ""
    return Message(TAKEN_BY, case_no=case_no, at_text=at_text, who=who, where=where, how=how)
