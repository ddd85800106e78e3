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
from datetime import UTC, datetime, timedelta
from typing import Any

from govdesk.domain.events import Role
from govdesk.domain.messages import ENUMERATION, Message, join, translate
from govdesk.domain.transitions import KIND_ROLES, ROLE_LABELS
from govdesk.protocol import PushResult, PushStatus
from govdesk.sync.queue import Outcome, PushOutcome, QueuedEvent
from govdesk.sync.server_words import keyed

OTHER_WINDOW = translate("SyncPush", "其他窗口", "sync.push.other_window")
CONFLICT = translate("SyncPush", "该办件已由 {who} 于 {at} 办理，本次操作未被中心采纳", "sync.push.conflict")
REFUSED = translate("SyncPush", "中心拒收此事件（{code}）", "sync.push.refused")
NO_REASON = translate("SyncPush", "未说明原因", "sync.push.no_reason")

HELD = translate(
    "SyncEngine",
    "有待上传的记录须由{roles}人员登录本机后上传（当前登录的“{role}”账号无权上传），记录都保存在本机",
    "sync.engine.held",
)
#: The window's own clerks: they push what is pending, in order, whoever wrote it (``sendable``).
WINDOW_ROLES = frozenset({Role.INTAKE, Role.ISSUING})
#: How long an event waits at the window for someone whose role may send it (``sendable``).
HOLD_AT_MOST = timedelta(hours=24)

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


def sendable(items: list[QueuedEvent], role: Role | None, now: datetime) -> tuple[list[QueuedEvent], Message | None]:
    """``items`` up to the first event its writer's role may send and the logged-in user's may not, while someone
    other than the window's clerks is logged in (a supervisor or an admin sitting at the window, AB岗); that event
    is held with everything after it (the words say why). The center checks each kind against the role of
    whoever pushes it and refuses for good what that role may not send: an intake clerk's offline cases pushed
    while a supervisor was logged in were refused, and never reached the back office. Held, they go once a
    window clerk logs in again. The server takes a device's events in sequence, so nothing after a held one goes
    either — for at most ``HOLD_AT_MOST``: then it goes and the center says what it says. A window's clerk never
    holds anything: the window's cases must not wait behind a supervisor's record (that one is refused and shown
    in 需处理的记录), and an event its own writer's role may not send (a bug) is never held (G6)."""
    if role is None or role in WINDOW_ROLES:
        return items, None
    for i, item in enumerate(items):
        roles = KIND_ROLES.get(item.kind)
        if roles is None or role in roles or item.actor_role not in roles:  # (Role is a StrEnum)
            continue
        if _older_than(item.created_at, now, HOLD_AT_MOST):
            continue
        allowed = join((ROLE_LABELS[r] for r in sorted(roles, key=list(Role).index)), ENUMERATION)
        return items[:i], Message(HELD, roles=allowed, role=ROLE_LABELS[role])
    return items, None


def _older_than(created_at: str, now: datetime, age: timedelta) -> bool:
    """Whether an outbox row made at ``created_at`` (ISO text, the window's clock) is older than ``age``; a time that
    cannot be read counts as old (it is never held for it)."""
    try:
        made = datetime.fromisoformat(created_at)
    except ValueError:
        return True
    if made.tzinfo is None:
        made = made.replace(tzinfo=UTC)
    return now - made > age
