"""Turning an outbox batch into a push request, and the server's per-event answers into outbox outcomes.

- applied, or duplicate of an applied event -> sent (the answer, with the server's receipt number and time, is kept);
- refused -> needs attention with the server's Chinese reason; it never blocks the others;
- conflict -> needs attention with the server's state in words (who handed the result off, and when; what the
  center decided against a window's record, by whom and when);
- conflict ``case_no_taken`` -> also: the case is renumbered by the window (``LocalQueue.renumber``);
- ``seq_gap`` -> stays pending; the engine resends from the ``expected_seq`` the server names;
- a duplicate whose first answer was a refusal or a conflict is that refusal or conflict (the first reply was lost).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from govdesk.domain.messages import Message, translate
from govdesk.protocol import PushResult, PushStatus
from govdesk.sync.queue import Outcome, PushOutcome, QueuedEvent
from govdesk.sync.server_words import keyed

OTHER_WINDOW = translate("SyncPush", "其他窗口", "sync.push.other_window")
CONFLICT = translate("SyncPush", "该办件已由 {who} 于 {at} 办理，本次操作未被中心采纳", "sync.push.conflict")
REFUSED = translate("SyncPush", "中心拒收此事件（{code}）", "sync.push.refused")
NO_REASON = translate("SyncPush", "未说明原因", "sync.push.no_reason")

SEQ_GAP = "seq_gap"
CASE_NO_TAKEN = "case_no_taken"


def push_body(
    device_id: str, items: Sequence[QueuedEvent], anchor: tuple[int, str] | None = None, seq_base: int = 0
) -> bytes:
    """The JSON of a ``PushRequest`` for ``items``, each event's text spliced in as the outbox keeps it.

    The outbox holds ``DomainEvent.to_json()`` as canonical JSON; parsing 500 of them only to write them out again
    cost more than everything else the client does for a batch. ``tests/sync/test_push_body.py`` holds this text
    to the ``PushRequest`` model. ``anchor``: (position, hash) of the last item's event in the local chain, which
    the server signs back in the batch's receipt. ``seq_base``: subtracted from each outbox ``seq`` (a re-enrolled
    device numbers from 1 again).
    """
    device = json.dumps(device_id)
    events = ",".join(
        f'{{"event_id":{json.dumps(i.event_id)},"device_id":{device},"device_seq":{int(i.seq) - seq_base},'
        f'"schema_version":{int(i.schema_version)},"client_time":{json.dumps(i.created_at)},"event":{i.event_json}}}'
        for i in items
    )
    tail = ""
    if anchor is not None and items:
        position, digest = anchor
        tail = (
            f',"anchor":{{"event_id":{json.dumps(items[-1].event_id)},"position":{int(position)},'
            f'"hash":{json.dumps(digest)}}}'
        )
    return f'{{"device_id":{device},"events":[{events}]{tail}}}'.encode()


@dataclass(frozen=True, slots=True)
class Interpretation:
    outcomes: list[PushOutcome]
    #: The first ``expected_seq`` of a sequence gap, or None when there was none.
    resend_from: int | None
    applied: int
    #: Event ids whose case number another case of the center holds (``case_no_taken``): the window renumbers them.
    renumber: list[str] = field(default_factory=list)


def _reason(result: PushResult) -> str:
    """The center's reason, in the clerk's language when its key fits (``server_words``)."""
    return keyed(result.reason, result.message_key, result.params) if result.reason else ""


def _conflict_words(result: PushResult) -> str:
    if result.reason:
        return _reason(result)
    state: dict[str, Any] = result.server_state or {}
    who = state.get("clerk_name") or state.get("clerk_id") or Message(OTHER_WINDOW)
    return Message(CONFLICT, who=who, at=state.get("at", ""))


def interpret(results: Sequence[PushResult], answers: Sequence[dict[str, Any]]) -> Interpretation:
    """``results``: the answers checked against ``PushResult``; ``answers``: the same answers as they came (kept)."""
    outcomes: list[PushOutcome] = []
    resend_from: int | None = None
    applied = 0
    renumber: list[str] = []
    for result, answer in zip(results, answers, strict=True):
        effective = result.first_answer if result.status is PushStatus.DUPLICATE and result.first_answer else result
        status = effective.status
        if status in (PushStatus.APPLIED, PushStatus.DUPLICATE):
            outcomes.append(PushOutcome(result.event_id, Outcome.SENT, "", answer))
            applied += result.status is PushStatus.APPLIED
        elif status is PushStatus.CONFLICT:
            outcomes.append(PushOutcome(result.event_id, Outcome.CONFLICT, _conflict_words(effective), answer))
            if effective.code == CASE_NO_TAKEN:
                renumber.append(result.event_id)
        elif effective.code == SEQ_GAP:
            expected = (effective.server_state or {}).get("expected_seq")
            if isinstance(expected, int) and (resend_from is None or expected < resend_from):
                resend_from = expected
            outcomes.append(PushOutcome(result.event_id, Outcome.PENDING, _reason(effective), answer))
        else:
            reason = _reason(effective) or Message(REFUSED, code=effective.code or Message(NO_REASON))
            outcomes.append(PushOutcome(result.event_id, Outcome.REFUSED, reason, answer))
    return Interpretation(outcomes, resend_from, applied, renumber)
