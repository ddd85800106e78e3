"""The back office's own steps (后台分类审批), as rules: what a 补正 request holds, which 办理环节 may be recorded when.

Regulation 002 三 (二): the department reviews what the window accepted (审查), decides within the limit
(决定) and makes the result (制证), and "各阶段审批信息全部录入": every stage is recorded with who and when.
Regulation 002 四 (一): the department "制作结果文书或证件，及时回送综合受理窗口". A 补正 asked by the back office
sends the case back to the window with every material to fix (一次告知, 《行政许可法》 art. 32) and stops the
clock while the applicant corrects it (``deadlines.SuspensionKind.CORRECTION``): the window's ``Case.resume``
starts it again.

Pure: the central server and the desktop both use these rules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from govdesk.domain.deadlines import Suspension, SuspensionKind
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.events import JSONValue
from govdesk.domain.messages import ENUMERATION, Message, join, translate
from govdesk.domain.transitions import STATE_LABELS, CaseState, DomainError

CORRECTION_NONE = translate("BackOffice", "要求补正时须列出至少一项需补正的材料", "backoffice.correction.none")
CORRECTION_TOO_MANY = translate(
    "BackOffice",
    "一次补正最多列出 {max_correction_items} 项材料",
    "backoffice.correction.too_many",
)
QUOTED = translate("BackOffice", "“{state}”", "backoffice.quoted_state")
WRONG_STATE = translate(
    "BackOffice",
    "办件当前状态为“{state}”，不能记录“{step}”环节，只有{allowed}的办件可以",
    "backoffice.wrong_state",
)
CORRECTION_NO_NAME = translate("BackOffice", "第 {position} 项补正材料没有写材料名称", "backoffice.correction.no_name")
CORRECTION_NO_REASON = translate(
    "BackOffice",
    "补正材料“{name}”没有写明需补正的原因",
    "backoffice.correction.no_reason",
)
CORRECTION_TWICE = translate("BackOffice", "补正材料“{name}”列了两次，请合并为一项", "backoffice.correction.twice")

#: The back office asks the window for 补正: a record (the state stays) that stops the clock.
CORRECTION_REQUESTED_KIND = EventKind.CORRECTION_REQUESTED
#: One 办理环节 (审查, 决定, 制证) recorded with who and when.
STEP_RECORDED_KIND = EventKind.STEP_RECORDED
#: The result (licence number, optional scanned result) attached to the case.
RESULT_ATTACHED_KIND = EventKind.RESULT_ATTACHED
#: The window's answer to a 补正: the clock runs again (``Case.resume``).
RESUMED_KIND = EventKind.RESUMED

#: At most this many materials in one 补正 request (a real item lists a dozen at most).
MAX_CORRECTION_ITEMS = 30


class Step(StrEnum):
    """办理环节 (regulation 002 三 (二), 四 (一))."""

    REVIEW = "review"  # 审查
    DECISION = "decision"  # 决定
    PRODUCTION = "production"  # 制证


STEP_LABELS: Mapping[Step, str] = MappingProxyType(
    {
        Step.REVIEW: Message(translate("BackOfficeStep", "审查", "backoffice.step.review")),
        Step.DECISION: Message(translate("BackOfficeStep", "决定", "backoffice.step.decision")),
        Step.PRODUCTION: Message(translate("BackOfficeStep", "制证", "backoffice.step.production")),
    }
)

_S = CaseState
#: The states in which each step may be recorded: reviewing while in review, deciding around the decision, the result
#: made once decided (a denial has its 不予许可决定书 made too).
STEP_STATES: Mapping[Step, frozenset[CaseState]] = MappingProxyType(
    {
        Step.REVIEW: frozenset({_S.IN_REVIEW}),
        Step.DECISION: frozenset({_S.IN_REVIEW, _S.APPROVED, _S.DENIED}),
        Step.PRODUCTION: frozenset({_S.APPROVED, _S.DENIED}),
    }
)
#: A 补正 can be asked while the department holds the case and has not decided.
CORRECTION_STATES: frozenset[CaseState] = frozenset({_S.SUBMITTED, _S.IN_REVIEW})
#: A result is attached once decided, before the window is told it is ready.
RESULT_STATES: frozenset[CaseState] = frozenset({_S.APPROVED, _S.DENIED})


class BackOfficeRefused(DomainError):
    """A back-office step the rules do not allow; the message is Chinese, for the clerk."""


@dataclass(frozen=True, slots=True)
class CorrectionItem:
    """One material to fix: which, why, and what would fix it (一次性告知单's line)."""

    name: str
    reason: str
    fix: str = ""
    material_code: str = ""

    def to_json(self) -> dict[str, JSONValue]:
        return {"material_code": self.material_code, "name": self.name, "reason": self.reason, "fix": self.fix}

    @classmethod
    def from_json(cls, data: Mapping[str, JSONValue]) -> CorrectionItem:
        return cls(
            name=str(data.get("name", "")),
            reason=str(data.get("reason", "")),
            fix=str(data.get("fix", "")),
            material_code=str(data.get("material_code", "")),
        )


def correction_payload(items: Sequence[CorrectionItem], note: str, on: date) -> dict[str, JSONValue]:
    """The ``case.correction_requested`` payload: every item (none empty, no name twice) and the suspension it starts.

    Raises ``BackOfficeRefused`` when there is nothing to fix, too much, or an item without a name or a reason."""
    if not items:
        raise BackOfficeRefused(Message(CORRECTION_NONE))
    if len(items) > MAX_CORRECTION_ITEMS:
        raise BackOfficeRefused(Message(CORRECTION_TOO_MANY, max_correction_items=MAX_CORRECTION_ITEMS))
    seen: set[str] = set()
    cleaned: list[CorrectionItem] = []
    for n, item in enumerate(items, 1):
        name, reason = item.name.strip(), item.reason.strip()
        if not name:
            raise BackOfficeRefused(Message(CORRECTION_NO_NAME, position=n))
        if not reason:
            raise BackOfficeRefused(Message(CORRECTION_NO_REASON, name=name))
        if name in seen:
            raise BackOfficeRefused(Message(CORRECTION_TWICE, name=name))
        seen.add(name)
        cleaned.append(CorrectionItem(name, reason, item.fix.strip(), item.material_code.strip()))
    why = "补正：" + "、".join(i.name for i in cleaned)
    suspension = Suspension(kind=SuspensionKind.CORRECTION, reason=why, start=on)
    return {
        "items": [i.to_json() for i in cleaned],
        "note": note.strip(),
        "suspension": suspension.to_json(),
    }


def correction_items(payload: Mapping[str, JSONValue]) -> tuple[CorrectionItem, ...]:
    """The items of a ``case.correction_requested`` payload (malformed entries skipped)."""
    raw = payload.get("items")
    if not isinstance(raw, list):
        return ()
    return tuple(CorrectionItem.from_json(d) for d in raw if isinstance(d, dict))


def correction_suspension(payload: Mapping[str, JSONValue]) -> Suspension | None:
    """The clock stop a ``case.correction_requested`` payload carries (None when it carries none readable)."""
    raw = payload.get("suspension")
    if not isinstance(raw, dict):
        return None
    try:
        return Suspension.from_json(raw)
    except (KeyError, ValueError):
        return None


def check_step(step: Step, state: CaseState) -> None:
    """Raise ``BackOfficeRefused`` unless ``step`` may be recorded for a case in ``state``."""
    if state not in STEP_STATES[step]:
        allowed = join(
            (Message(QUOTED, state=STATE_LABELS[s]) for s in sorted(STEP_STATES[step], key=list(CaseState).index)),
            ENUMERATION,
        )
        raise BackOfficeRefused(
            Message(WRONG_STATE, state=STATE_LABELS[state], step=STEP_LABELS[step], allowed=allowed)
        )


def step_words(payload: Mapping[str, JSONValue]) -> str:
    """A recorded step in words (the case view, the departmental interface's log)."""
    try:
        label = STEP_LABELS[Step(str(payload.get("step", "")))]
    except ValueError:
        label = "办理"
    note = str(payload.get("note", "")).strip()
    return f"{label}环节" + (f"：{note}" if note else "")


def correction_words(payload: Mapping[str, JSONValue]) -> str:
    items = correction_items(payload)
    what = "；".join(f"{i.name}（{i.reason}{'，' + i.fix if i.fix else ''}）" for i in items)
    return f"后台要求补正，计时中止：{what}" if what else "后台要求补正，计时中止"


#: The types a result document may have (as the scans: the center sniffs the bytes).
RESULT_FILE_TYPES = frozenset({"image/jpeg", "image/png", "application/pdf"})


@dataclass(frozen=True, slots=True)
class ResultFile:
    """The result document the back office uploaded (the licence's scan or PDF): its hash, type and size, and the
    licence number it bears; the result window shows it (regulation 002 四 (一): 结果文书回送综合受理窗口)."""

    sha256: str
    content_type: str
    size: int
    licence_no: str = ""

    def to_json(self) -> dict[str, JSONValue]:
        return {"sha256": self.sha256, "content_type": self.content_type, "size": self.size,
                "licence_no": self.licence_no}  # fmt: skip


def result_file_from_json(data: object) -> ResultFile | None:
    """A ``ResultFile`` from its JSON (a snapshot, the server's hand-off party), None for anything else."""
    if not isinstance(data, Mapping):
        return None
    sha, kind, size = data.get("sha256"), data.get("content_type"), data.get("size")
    if not isinstance(sha, str) or len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        return None
    if kind not in RESULT_FILE_TYPES or type(size) is not int or size <= 0:
        return None
    number = data.get("licence_no")
    return ResultFile(sha, str(kind), size, number[:64] if isinstance(number, str) else "")


def result_file_of_payload(payload: Mapping[str, JSONValue]) -> ResultFile | None:
    """The result document a ``case.result_attached`` payload names, None when it names none."""
    return result_file_from_json(
        {
            "sha256": payload.get("attachment_sha256"),
            "content_type": payload.get("attachment_type"),
            "size": payload.get("attachment_size"),
            "licence_no": payload.get("licence_no"),
        }
    )


def result_words(payload: Mapping[str, JSONValue]) -> str:
    name = str(payload.get("result_name", "")).strip() or "办理结果"
    number = str(payload.get("licence_no", "")).strip()
    scanned = "，附扫描件" if payload.get("attachment_sha256") else ""
    return f"制作{name}" + (f"，证照编号 {number}" if number else "") + scanned
