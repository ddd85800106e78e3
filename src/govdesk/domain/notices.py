"""What each printed notice says: its content, as pure data, and the digest that the QR signature covers.

The notices of the window (regulation 002, 三 (一) and 五 (三); regulation 000, Art. 25-28;
regulation 001, 一次性告知制):

- 一次性告知单 / 材料补正通知书 (``DeficiencyNotice``): ALL missing and defective materials at once, each with the
  reason and what would fix it (the material's ``requirements``), and the 2-working-day / 5-day law note when the
  notice was not given on the day of receipt.
- 受理通知书 (``AcceptanceNotice``): the acceptance date, the materials received (of the case's items), the promised
  completion date, how the result is delivered; a 容缺 acceptance says so, with the promised materials and their
  due date (regulation 002, 三 (三)), never "申请材料齐全".
- 不予受理通知书 (``RejectionNotice``): the reason, the department on whose behalf the center decides, the competent
  authority where the matter is not within its competence (《行政许可法》 art. 32 (二)), and the applicant's rights
  with the review body (《行政复议法》 art. 20: 60 days; 《行政诉讼法》 art. 46: 6 months).
- 容缺受理承诺书 (``CommitmentLetter``): waived materials, due date, what happens if late, signature lines.
- 材料流转交接单 (``TransferSheet``): paper materials passed from the window to the back office.
- 领取回执 (``PickupReceipt``) and 延期办理告知书 (``DelayNotice``, with its legal basis and who approved it,
  《行政许可法》 art. 42) for the result window.

This module holds the notices' types, words and digest; ``notice_builders`` fills them in from a case, and
``govdesk.printing`` lays them out. The ID number is printed
masked (first 6 and last 4 characters kept). ``canonical_text`` / ``content_digest`` give a stable form of the
content (JSON, sorted keys) and its SHA-256, which the printed QR code signs.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum, StrEnum
from typing import Any

from govdesk.domain.case import Agent, Applicant
from govdesk.domain.catalog import MaterialForm, OverdueRule
from govdesk.domain.identity.masking import mask_id
from govdesk.domain.messages import Message, translate

#: Version of the canonical form; part of the digest, so a change of form cannot be mistaken for a change of content.
CANONICAL_VERSION = 2  # 2: fields added for 《行政许可法》 arts. 32, 42 (issue 11)


class NoticeKind(StrEnum):
    DEFICIENCY = "deficiency"  # 一次性告知单 / 材料补正通知书
    ACCEPTANCE = "acceptance"  # 受理通知书
    REJECTION = "rejection"  # 不予受理通知书
    COMMITMENT = "commitment"  # 容缺受理承诺书
    TRANSFER = "transfer"  # 材料流转交接单
    RECEIPT = "receipt"  # 领取回执
    DELAY = "delay"  # 延期办理告知书


#: Each kind's title: printed on the notice (in Chinese, as a ``str``) and named to the clerk (a ``Message``).
NOTICE_TITLES: Mapping[NoticeKind, str] = {
    NoticeKind.DEFICIENCY: Message(translate("NoticeKind", "一次性告知单", "notices.kind.deficiency")),
    NoticeKind.ACCEPTANCE: Message(translate("NoticeKind", "受理通知书", "notices.kind.acceptance")),
    NoticeKind.REJECTION: Message(translate("NoticeKind", "不予受理通知书", "notices.kind.rejection")),
    NoticeKind.COMMITMENT: Message(translate("NoticeKind", "容缺受理承诺书", "notices.kind.commitment")),
    NoticeKind.TRANSFER: Message(translate("NoticeKind", "材料流转交接单", "notices.kind.transfer")),
    NoticeKind.RECEIPT: Message(translate("NoticeKind", "领取回执", "notices.kind.receipt")),
    NoticeKind.DELAY: Message(translate("NoticeKind", "延期办理告知书", "notices.kind.delay")),
}

#: Three-letter codes used in the QR payload (kept short so the QR stays small and robust).
KIND_CODES: Mapping[NoticeKind, str] = {
    NoticeKind.DEFICIENCY: "DEF",
    NoticeKind.ACCEPTANCE: "ACC",
    NoticeKind.REJECTION: "REJ",
    NoticeKind.COMMITMENT: "COM",
    NoticeKind.TRANSFER: "TRF",
    NoticeKind.RECEIPT: "RCP",
    NoticeKind.DELAY: "DLY",
}

FORM_LABELS: Mapping[MaterialForm, str] = {
    MaterialForm.ORIGINAL: "原件",
    MaterialForm.COPY: "复印件",
    MaterialForm.ELECTRONIC: "电子件",
}

#: 证件类型 codes (GA/T 2000.156) most often seen at the window; others print as "证件号码".
ID_TYPE_LABELS: Mapping[str, str] = {
    "111": Message(translate("NoticeIdType", "居民身份证", "notices.id_type.111")),
    "049": Message(translate("NoticeIdType", "统一社会信用代码", "notices.id_type.049")),
    "414": Message(translate("NoticeIdType", "护照", "notices.id_type.414")),
    "516": Message(translate("NoticeIdType", "港澳居民来往内地通行证", "notices.id_type.516")),
    "511": Message(translate("NoticeIdType", "台湾居民来往大陆通行证", "notices.id_type.511")),
}

#: How a result reaches the applicant (the hand-off method values of the case).
DELIVERY_LABELS: Mapping[str, str] = {
    "window": Message(translate("DeliveryMethod", "窗口领取", "notices.delivery.window")),
    "proxy": Message(translate("DeliveryMethod", "委托他人代领", "notices.delivery.proxy")),
    "ems": Message(translate("DeliveryMethod", "EMS邮寄送达", "notices.delivery.ems")),
    "locker": Message(translate("DeliveryMethod", "自助文件柜领取", "notices.delivery.locker")),
    "electronic": Message(translate("DeliveryMethod", "电子证照送达", "notices.delivery.electronic")),
}

# Regulation 000, Art. 25 and 《中华人民共和国行政许可法》第三十二条.
DEFICIENCY_LAW_NOTE = (
    "依据《中华人民共和国行政许可法》第三十二条，申请材料不齐全或者不符合法定形式的，应当当场或者在五日内"
    "一次告知申请人需要补正的全部内容，逾期不告知的，自收到申请材料之日起即为受理；"
    "确属复杂、疑难问题不能当场告知的，本中心在2个工作日内告知。"
)
DEFICIENCY_PROMISE = (
    "本告知单已一次性告知需要补正的全部材料。您按本告知单补齐材料后，材料齐全、符合法定形式的，本中心予以受理，"
    "不再要求提交本告知单以外的材料。"
)
# 《行政复议法》 art. 20 (60 days; the review body must be told, or the time runs from when it is known) and
# 《行政诉讼法》 art. 46 (6 months).
REJECTION_RIGHTS = (
    "如对本决定不服，可以自收到本通知书之日起六十日内依照《中华人民共和国行政复议法》向{review_body}申请行政复议，"
    "或者自收到本通知书之日起六个月内依照《中华人民共和国行政诉讼法》向人民法院提起行政诉讼。"
)
#: Words of a rejection reason saying the matter is not within the organ's competence: 《行政许可法》 art. 32 (二)
#: then requires telling the applicant to apply to the competent organ, so the notice must name it.
OUT_OF_COMPETENCE_WORDS = ("职权范围", "受理范围")
# Regulation 002, 三 (一) and 三 (三): a complete application is accepted; a 容缺 one on the applicant's promise.
ACCEPTED_COMPLETE = "申请材料齐全、符合法定形式，本中心决定予以受理。"
ACCEPTED_CONDITIONAL = (
    "基本条件具备、主要申请材料齐全，尚有次要材料欠缺；经申请人书面承诺限期补齐，本中心决定予以容缺受理。"
    "容缺材料补齐前，办理结果暂不发放。"
)
OVERDUE_CONSEQUENCES: Mapping[OverdueRule, str] = {
    OverdueRule.WITHHOLD: "逾期未补齐的，办理结果（证照、文书）暂不发放，待材料补齐后方予发放。",
    OverdueRule.REVOKE: "逾期未补齐的，撤销本次容缺受理，已受理的申请按不予受理处理，并书面告知申请人。",
}


@dataclass(frozen=True, slots=True)
class CenterProfile:
    """The issuing center, as printed in the notice head and foot (from the templates' ``center.json``)."""

    name: str
    address: str
    phone: str
    seal_image: str = ""  # path of the seal image (PNG), printed over the date at the foot
    review_body: str = ""  # the usual 行政复议机关 of the center's decisions, e.g. "渑池县人民政府"


@dataclass(frozen=True, slots=True)
class Party:
    """A person on the notice: full name, ID type label and MASKED ID number."""

    name: str
    id_label: str = ""
    id_masked: str = ""
    phone: str = ""


def party_of(person: Applicant | Agent) -> Party:
    label = ID_TYPE_LABELS.get(person.id_type, "证件号码")
    return Party(name=person.name, id_label=label, id_masked=mask_id(person.id_number), phone=person.phone)


@dataclass(frozen=True, slots=True)
class NoticeLine:
    """One material on a notice: why it is listed and what would fix it (deficiency), or what was handed over."""

    name: str
    reason: str = ""  # e.g. "未提交" or why it is defective
    remedy: str = ""  # what would fix it: the material's ``requirements`` (regulation 002, 三 (一))
    copies: int = 0
    form: str = ""  # "原件" / "复印件" / "电子件"


@dataclass(frozen=True, slots=True)
class DeficiencyNotice:
    case_no: str
    issued_on: date
    center: CenterProfile
    applicant: Party
    item_names: tuple[str, ...]
    lines: tuple[NoticeLine, ...]
    received_on: date
    clerk: str = ""
    agent: Party | None = None
    guide_url: str = ""
    law_note: str = ""  # the 2-day / 5-day note, when the notice comes after the day of receipt
    promise: str = DEFICIENCY_PROMISE
    kind: NoticeKind = NoticeKind.DEFICIENCY


@dataclass(frozen=True, slots=True)
class AcceptanceNotice:
    case_no: str
    issued_on: date
    center: CenterProfile
    applicant: Party
    item_names: tuple[str, ...]
    lines: tuple[NoticeLine, ...]  # the materials received
    promised_date: date
    delivery: str  # how the result will be delivered (Chinese words)
    clerk: str = ""
    agent: Party | None = None
    result_name: str = ""
    fee: str = "不收费"
    guide_url: str = ""
    kind: NoticeKind = NoticeKind.ACCEPTANCE
    date_provisional: bool = False  # promised_date counted on a provisional holiday year (printed 暂定)
    accepted_on: date | None = None  # 受理日期 (None only in notices made before it was printed)
    statement: str = ACCEPTED_COMPLETE  # what was decided: complete, or 容缺 on a promise
    waived: tuple[NoticeLine, ...] = ()  # 容缺: the promised materials
    waived_due: date | None = None  # 容缺: by when they are promised
    waived_due_provisional: bool = False

    @property
    def conditional(self) -> bool:
        return bool(self.waived)


@dataclass(frozen=True, slots=True)
class RejectionNotice:
    case_no: str
    issued_on: date
    center: CenterProfile
    applicant: Party
    item_names: tuple[str, ...]
    reason: str
    clerk: str = ""
    agent: Party | None = None
    legal_basis: str = ""
    rights: str = ""
    guide_url: str = ""
    kind: NoticeKind = NoticeKind.REJECTION
    department: str = ""  # on whose behalf the center decides (the items' departments)
    competent_authority: str = ""  # where to apply instead, when not within competence (art. 32 (二))
    review_body: str = ""  # 行政复议机关 (《行政复议法》 art. 20)


@dataclass(frozen=True, slots=True)
class CommitmentLetter:
    case_no: str
    issued_on: date
    center: CenterProfile
    applicant: Party
    item_names: tuple[str, ...]
    lines: tuple[NoticeLine, ...]  # the waived materials
    due_date: date
    overdue_rule: OverdueRule
    consequence: str
    clerk: str = ""
    agent: Party | None = None
    guide_url: str = ""
    kind: NoticeKind = NoticeKind.COMMITMENT
    date_provisional: bool = False  # due_date counted on a provisional holiday year (printed 暂定)
    signature_image: str = ""  # the applicant's signature drawn on the pad (a PNG file), printed as 承诺人's


@dataclass(frozen=True, slots=True)
class TransferSheet:
    case_no: str
    issued_on: date
    center: CenterProfile
    applicant: Party
    item_names: tuple[str, ...]
    lines: tuple[NoticeLine, ...]  # the paper materials passed on
    from_window: str
    to_department: str
    clerk: str = ""
    agent: Party | None = None
    kind: NoticeKind = NoticeKind.TRANSFER


@dataclass(frozen=True, slots=True)
class PickupReceipt:
    case_no: str
    issued_on: date
    center: CenterProfile
    applicant: Party
    item_names: tuple[str, ...]
    result_name: str
    method: str  # a hand-off method value ("window", "proxy", "ems", "locker", "electronic")
    collector: Party
    details: str = ""  # e.g. the EMS tracking number or the locker cell
    clerk: str = ""
    agent: Party | None = None
    kind: NoticeKind = NoticeKind.RECEIPT
    signature_image: str = ""  # the collector's signature drawn on the pad (a PNG file), printed on the receipt

    @property
    def method_label(self) -> str:
        return DELIVERY_LABELS.get(self.method, self.method)


@dataclass(frozen=True, slots=True)
class DelayNotice:
    case_no: str
    issued_on: date
    center: CenterProfile
    applicant: Party
    item_names: tuple[str, ...]
    reason: str
    original_date: date
    new_date: date
    clerk: str = ""
    agent: Party | None = None
    guide_url: str = ""
    kind: NoticeKind = NoticeKind.DELAY
    date_provisional: bool = False  # new_date falls in a provisional holiday year (printed 暂定)
    legal_basis: str = ""  # the law allowing the extension (《行政许可法》第四十二条 unless the item names another)
    approved_by: str = ""  # who approved it (art. 42: 本行政机关负责人)


Notice = (
    DeficiencyNotice
    | AcceptanceNotice
    | RejectionNotice
    | CommitmentLetter
    | TransferSheet
    | PickupReceipt
    | DelayNotice
)


# --- canonical form and digest -----------------------------------------------------------------------------------


def _plain(value: object) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def canonical_text(notice: Notice) -> str:
    """The notice's content as one stable text: JSON with sorted keys, no spaces, Chinese kept as characters.

    The seal image path is left out (it is how the notice looks, not what it says)."""
    data = _plain(notice)
    data["center"].pop("seal_image", None)
    if data["kind"] == NoticeKind.COMMITMENT.value and not data.get("signature_image"):
        # a 承诺书 signed on paper (and every one made before the pad's signature was printed on it) keeps the
        # form it was signed in: the same digest, so its kept QR still matches when it is printed again (补打)
        data.pop("signature_image", None)
    data["_canonical_version"] = CANONICAL_VERSION
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_digest(notice: Notice) -> str:
    """SHA-256 (hex) of ``canonical_text``: what the notice's QR signature covers."""
    return hashlib.sha256(canonical_text(notice).encode("utf-8")).hexdigest()
