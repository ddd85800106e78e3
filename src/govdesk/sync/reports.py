"""What a sync round and the G4 check report (``govdesk.sync.engine`` returns them; the UI reads them)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from govdesk.domain.messages import MessageText, join, translate
from govdesk.domain.transitions import kind_label, role_label
from govdesk.sync.errors import SyncError
from govdesk.sync.server_words import keyed, reparsed

#: What the window adds to the center's ``case_no_taken`` once it has renumbered the case (``services.reenrol``);
#: kept in the outbox as text after the center's reason and "；", said again in the clerk's language when read.
RENUMBERED = translate(
    "SyncAttention",
    "本机已将本办件改编为 {number}（原编号 {old}），是否为申请人重新打印告知单，请经办人决定",
    "sync.attention.renumbered",
)
#: The window's notes that may follow the center's reason in the outbox, each said again by its template.
WINDOW_NOTES: tuple[MessageText, ...] = (RENUMBERED,)


def _said_again(words: str, effective: dict[str, Any]) -> str:
    """The kept words (the center's reason, then perhaps the window's notes after "；") in the clerk's language where
    the answer's ``message_key`` fits and each note is one of ``WINDOW_NOTES``; else as kept."""
    reason = effective.get("reason")
    if not isinstance(reason, str) or not reason or not words.startswith(reason):
        return words
    center = keyed(reason, effective.get("message_key"), effective.get("params"))
    tail = words[len(reason) :]
    if not tail:
        return center
    notes: list[str] = []
    for part in tail.split("；")[1:] if tail.startswith("；") else [tail]:
        note = next((m for t in WINDOW_NOTES if (m := reparsed(part, t)) is not None), None)
        if note is None:
            return words
        notes.append(note)
    return join([center, *notes])


@dataclass(frozen=True, slots=True)
class RoundReport:
    ok: bool
    pushed: int = 0  # events answered (any outcome)
    applied: int = 0  # events the server stored now
    pulled: int = 0  # changes applied
    snapshot: bool = False
    error: SyncError | None = None


@dataclass(frozen=True, slots=True)
class InSyncReport:
    """G4: the local cases against the server's, by count and ``case_summary_hash``."""

    local_count: int
    local_hash: str
    server_count: int
    server_hash: str

    @property
    def in_sync(self) -> bool:
        return self.local_count == self.server_count and self.local_hash == self.server_hash


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a conflict: what was done (in words), by whom (and in which role), when (as the server said)."""

    what: str
    by: str
    role: str
    at: str


@dataclass(frozen=True, slots=True)
class AttentionItem:
    """An event the center refused or answered with a conflict, as the clerk's "needs attention" shows it.

    ``code`` is the center's (``decided_at_center``: an offline record on a case the center decided meanwhile;
    ``case_no_taken``: the case's number was another case's and the window renumbered it; ``already_handed_off``;
    a refusal's code). ``window`` and ``center`` are both sides when the center named them (issue 17, G5)."""

    event_id: str
    case_id: str
    kind: str
    status: str  # refused | conflict
    code: str
    words: str  # the center's reason, and what the window did about it (a ``Message`` where it can be said again)
    window: Side | None = None
    center: Side | None = None

    @classmethod
    def from_answer(
        cls, event: dict[str, Any], status: str, words: str, answer: dict[str, Any] | None
    ) -> AttentionItem:
        """From an outbox row: its event, status, ``last_error`` and the center's answer as it came."""
        answer = answer or {}
        effective = answer.get("first_answer") or answer
        state = effective.get("server_state") or {}
        sides = {name: _side(side) for name in ("window", "center") if isinstance(side := state.get(name), dict)}
        return cls(
            event_id=str(event.get("event_id", "")),
            case_id=str(event.get("case_id", "")),
            kind=str(event.get("kind", "")),
            status=status,
            code=str(effective.get("code", "")),
            words=_said_again(words, effective),
            window=sides.get("window"),
            center=sides.get("center"),
        )


def _side(side: dict[str, Any]) -> Side:
    """One side as the center named it, its what and role in this window's own words where it names them by kind
    and role code (so the clerk reads them in their language); the center's text otherwise."""
    kind, role_code = str(side.get("kind", "")), str(side.get("role_code", ""))
    what = kind_label(kind) if kind else ""
    role = role_label(role_code) if role_code else ""
    return Side(
        what if what and what != kind else str(side.get("what", "")),
        str(side.get("by", "")),
        role if role and role != role_code else str(side.get("role", "")),
        str(side.get("at", "")),
    )
