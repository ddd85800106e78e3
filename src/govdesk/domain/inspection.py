"""现场巡查: a supervisor's walk through the hall against a checklist (regulation 000 Art. 50–51; GB/T 36112-2018).

The checklist follows GB/T 36112-2018 《政务服务中心服务现场管理规范》: staff (uniform, badge, at their post, manners),
windows (open as posted, signs), guidance (the guide desk staffed), waiting (time waited, seats, queue system),
openness (item list, guides, fees and the supervision phone displayed), equipment (self-service machines, rating
devices, queue system working), environment (clean, barrier-free and 适老化 facilities, regulation 000 Art. 9) and
safety (fire exits clear). A center adds its own items (an admin edits them); the codes of the standard's items
never change, so inspections of different months compare.

An inspection is answered item by item, passed or failed; a failed item needs a note (what was seen) and may carry
photos (their SHA-256: the files are kept beside the database like scanned materials). ``files`` names every photo
and the signature image with its size and type: the center takes only the files a stored inspection names
(``central/supervision_files.py``). It is signed by the inspector and cannot change after: a second visit is a new
inspection.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from govdesk.domain.attachments import PageRef, sniff_type
from govdesk.domain.events import Actor, JSONValue
from govdesk.domain.messages import ENUMERATION, Message, join, translate
from govdesk.domain.transitions import DomainError

UNANSWERED = translate("Inspection", "还有 {count} 项未检查：{names}", "inspection.unanswered")
AND_MORE = translate("Inspection", "{names}等", "inspection.and_more")
NO_SUCH_ITEM = translate("Inspection", "检查表中没有此项：{code}", "inspection.no_such_item")
SIGNED_NO_CHANGE = translate(
    "Inspection",
    "巡查记录已签名，不能再修改；如需补充，请新建一次巡查",
    "inspection.signed.no_change",
)
NOTE_TOO_LONG = translate("Inspection", "说明不超过500字", "inspection.note_too_long")
FAILED_NEEDS_NOTE = translate("Inspection", "“{item}”不合格，请写明看到的问题", "inspection.failed_needs_note")
TOO_MANY_PHOTOS = translate("Inspection", "每项最多附10张照片", "inspection.too_many_photos")
SIGNED_NO_PHOTO = translate("Inspection", "巡查记录已签名，不能再附照片", "inspection.signed.no_photo")
PHOTO_FORMAT = translate("Inspection", "照片只接受 JPEG 或 PNG 文件", "inspection.photo_format")
PHOTO_TOO_LARGE = translate("Inspection", "照片超过 {max_mb} MB，请压缩后再附", "inspection.photo_too_large")
SIGNED = translate("Inspection", "巡查记录已签名", "inspection.signed")
NO_SIGNATURE = translate("Inspection", "请巡查人签名", "inspection.no_signature")
SIGNED_BEFORE_START = translate(
    "Inspection",
    "签名时间早于巡查开始时间，请检查本机时钟",
    "inspection.signed_before_start",
)
BAD_RECORD = translate("Inspection", "巡查记录格式不正确", "inspection.bad_record")
OWN_CODE_PREFIX = translate(
    "Inspection",
    "本中心自定义检查项的编号应以 own- 开头：{code}",
    "inspection.own_code_prefix",
)
DUPLICATE_CODE = translate("Inspection", "检查项编号重复：{code}", "inspection.duplicate_code")
OWN_ITEM_INCOMPLETE = translate("Inspection", "自定义检查项需填写类别和内容", "inspection.own_item_incomplete")

STANDARD = "GB/T 36112-2018"
#: A photo (or the signature image) of an inspection: JPEG or PNG, at most this large.
PHOTO_TYPES = ("image/jpeg", "image/png")
MAX_PHOTO_BYTES = 10 * 1024 * 1024


class InspectionError(DomainError):
    """An inspection cannot be answered or signed as asked; the message says what to fix."""


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    code: str  # stable: "std-…" for the standard's items, "own-…" for a center's own
    area: str
    text: str
    basis: str = STANDARD  # where the requirement comes from

    def to_json(self) -> dict[str, JSONValue]:
        return {"code": self.code, "area": self.area, "text": self.text, "basis": self.basis}

    @classmethod
    def from_json(cls, doc: Mapping[str, object]) -> ChecklistItem:
        return cls(str(doc["code"]), str(doc["area"]), str(doc["text"]), str(doc.get("basis", STANDARD)))


STANDARD_ITEMS: tuple[ChecklistItem, ...] = (
    ChecklistItem("std-staff-uniform", "人员", "工作人员着装统一、佩戴工作牌（胸牌）"),
    ChecklistItem("std-staff-post", "人员", "工作人员在岗在位，无脱岗、串岗、做与工作无关的事"),
    ChecklistItem("std-staff-manner", "人员", "使用文明用语，首问负责、一次告知"),
    ChecklistItem("std-window-open", "窗口", "窗口按公示的时间和数量开放，暂停服务有提示"),
    ChecklistItem("std-window-sign", "窗口", "窗口名称、编号和办理事项标识清楚"),
    ChecklistItem("std-guide-desk", "导服", "咨询引导台有人值守，能引导分流"),
    ChecklistItem("std-waiting-time", "等候", "等候时间在公示的承诺之内（记下最长等候时间）"),
    ChecklistItem("std-waiting-seats", "等候", "等候区座椅、书写台、叫号显示齐全可用"),
    ChecklistItem("std-public-list", "公开", "事项清单、办事指南、收费标准公示齐全并为最新版本"),
    ChecklistItem("std-public-phone", "公开", "监督投诉电话和“好差评”渠道公示"),
    ChecklistItem("std-equip-self", "设备", "自助终端、评价器、叫号系统运行正常"),
    ChecklistItem("std-equip-office", "设备", "窗口电脑、高拍仪、打印机、读卡器运行正常"),
    ChecklistItem("std-env-clean", "环境", "大厅整洁，无杂物，标识导向清楚"),
    ChecklistItem("std-env-access", "环境", "无障碍通道、老年人和残疾人服务设施可用（适老化）"),
    ChecklistItem("std-safety-exit", "安全", "消防通道畅通，应急设施完好"),
)


@dataclass(frozen=True, slots=True)
class Checklist:
    """The items an inspection answers: the standard's, then the center's own."""

    items: tuple[ChecklistItem, ...] = STANDARD_ITEMS

    @classmethod
    def with_center_items(cls, own: Iterable[ChecklistItem]) -> Checklist:
        """The standard's items and a center's own (codes must be new and start with "own-")."""
        extra = tuple(own)
        codes = [i.code for i in STANDARD_ITEMS]
        for item in extra:
            if not item.code.startswith("own-"):
                raise InspectionError(Message(OWN_CODE_PREFIX, code=item.code))
            if item.code in codes:
                raise InspectionError(Message(DUPLICATE_CODE, code=item.code))
            if not item.text.strip() or not item.area.strip():
                raise InspectionError(Message(OWN_ITEM_INCOMPLETE))
            codes.append(item.code)
        return cls(STANDARD_ITEMS + extra)

    def item(self, code: str) -> ChecklistItem:
        for item in self.items:
            if item.code == code:
                return item
        raise InspectionError(Message(NO_SUCH_ITEM, code=code))

    def areas(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i.area for i in self.items))


@dataclass(frozen=True, slots=True)
class Finding:
    item_code: str
    passed: bool
    note: str = ""
    photos: tuple[str, ...] = ()  # SHA-256 of the photo files

    def to_json(self) -> dict[str, JSONValue]:
        return {"item": self.item_code, "passed": self.passed, "note": self.note, "photos": list(self.photos)}

    @classmethod
    def from_json(cls, doc: Mapping[str, object]) -> Finding:
        photos = doc.get("photos", [])
        return cls(
            str(doc["item"]),
            bool(doc["passed"]),
            str(doc.get("note", "")),
            tuple(str(p) for p in photos) if isinstance(photos, list) else (),
        )


class InspectionState(enum.Enum):
    OPEN = "open"  # being answered
    SIGNED = "signed"  # signed by the inspector: final


@dataclass
class Inspection:
    inspection_id: str
    inspector: Actor
    started_at: datetime
    checklist: Checklist = field(default_factory=Checklist)
    findings: dict[str, Finding] = field(default_factory=dict)
    state: InspectionState = InspectionState.OPEN
    signed_at: datetime | None = None
    signature: str = ""  # SHA-256 of the signature image, or "paper" when signed on a printed sheet
    files: dict[str, PageRef] = field(default_factory=dict)  # the photos and the signature image, by SHA-256

    def answer(self, finding: Finding) -> None:
        """Record (or change, until signed) the answer to one item."""
        if self.state is InspectionState.SIGNED:
            raise InspectionError(Message(SIGNED_NO_CHANGE))
        self.checklist.item(finding.item_code)  # a known item
        note = finding.note.strip()
        if len(note) > 500:
            raise InspectionError(Message(NOTE_TOO_LONG))
        if not finding.passed and not note:
            raise InspectionError(Message(FAILED_NEEDS_NOTE, item=self.checklist.item(finding.item_code).text))
        if len(finding.photos) > 10:
            raise InspectionError(Message(TOO_MANY_PHOTOS))
        self.findings[finding.item_code] = replace(finding, note=note)

    def keep_file(self, sha256: str, head: bytes, size: int) -> PageRef:
        """Name a photo or the signature image (its type proved by its first bytes), so it travels with the record."""
        if self.state is InspectionState.SIGNED:
            raise InspectionError(Message(SIGNED_NO_PHOTO))
        kind = sniff_type(head)
        if kind not in PHOTO_TYPES:
            raise InspectionError(Message(PHOTO_FORMAT))
        if not 0 < size <= MAX_PHOTO_BYTES:
            raise InspectionError(Message(PHOTO_TOO_LARGE, max_mb=MAX_PHOTO_BYTES // (1024 * 1024)))
        ref = PageRef(sha256, size, str(kind))
        self.files[sha256] = ref
        return ref

    def unanswered(self) -> tuple[ChecklistItem, ...]:
        return tuple(i for i in self.checklist.items if i.code not in self.findings)

    def failed(self) -> tuple[tuple[ChecklistItem, Finding], ...]:
        return tuple(
            (i, self.findings[i.code])
            for i in self.checklist.items
            if i.code in self.findings and not self.findings[i.code].passed
        )

    def sign(self, at: datetime, signature: str) -> None:
        """Sign the inspection: every item answered; it is final after."""
        if self.state is InspectionState.SIGNED:
            raise InspectionError(Message(SIGNED))
        missing = self.unanswered()
        if missing:
            names = join((i.text for i in missing[:3]), ENUMERATION)
            shown = Message(AND_MORE, names=names) if len(missing) > 3 else names
            raise InspectionError(Message(UNANSWERED, count=len(missing), names=shown))
        if not signature:
            raise InspectionError(Message(NO_SIGNATURE))
        if at < self.started_at:
            raise InspectionError(Message(SIGNED_BEFORE_START))
        self.state, self.signed_at, self.signature = InspectionState.SIGNED, at, signature

    def summary(self) -> tuple[int, int]:
        """(passed, failed) among the answered items."""
        passed = sum(1 for f in self.findings.values() if f.passed)
        return passed, len(self.findings) - passed

    def to_json(self) -> dict[str, JSONValue]:
        return {
            "inspection_id": self.inspection_id,
            "inspector": self.inspector.to_json(),
            "started_at": self.started_at.isoformat(),
            "checklist": [i.to_json() for i in self.checklist.items],
            "findings": [self.findings[i.code].to_json() for i in self.checklist.items if i.code in self.findings],
            "state": self.state.value,
            "signed_at": self.signed_at.isoformat() if self.signed_at else None,
            "signature": self.signature,
            "files": [ref.to_json() for ref in self.files.values()],
        }

    @classmethod
    def from_json(cls, doc: Mapping[str, object]) -> Inspection:
        items = doc.get("checklist", [])
        findings = doc.get("findings", [])
        inspector = doc["inspector"]
        if not isinstance(items, list) or not isinstance(findings, list) or not isinstance(inspector, Mapping):
            raise InspectionError(Message(BAD_RECORD))
        signed_at = doc.get("signed_at")
        out = cls(
            inspection_id=str(doc["inspection_id"]),
            inspector=Actor.from_json(dict(inspector)),
            started_at=datetime.fromisoformat(str(doc["started_at"])),
            checklist=Checklist(tuple(ChecklistItem.from_json(i) for i in items)),
            findings={f.item_code: f for f in (Finding.from_json(d) for d in findings)},
            state=InspectionState(str(doc.get("state", "open"))),
            signed_at=datetime.fromisoformat(str(signed_at)) if signed_at else None,
            signature=str(doc.get("signature", "")),
        )
        files = doc.get("files", [])
        for item in files if isinstance(files, list) else []:
            try:
                ref = PageRef.from_json(item)
            except ValueError:
                continue  # a file this program cannot name: left out, the record stays readable
            out.files[ref.sha256] = ref
        return out


def center_items(rows: Sequence[Mapping[str, object]]) -> tuple[ChecklistItem, ...]:
    """A center's own items as an admin keeps them (JSON rows), for ``Checklist.with_center_items``."""
    return tuple(ChecklistItem.from_json({**row, "basis": row.get("basis", "本中心规定")}) for row in rows)
