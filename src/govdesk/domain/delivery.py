"""How a result leaves the result window (出件, regulation 002 三 (三); regulation 001, 证照寄送制): the EMS tracking
number (UPU S10 with its check digit), the mailing address's completeness, who may collect at the window.

Pure rules: every check returns Chinese reasons (empty when all is well) and never raises for bad input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from govdesk.domain.messages import Message, translate

#: UPU S10 weights of the 8 serial digits.
S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
_TRACKING = re.compile(r"^[A-Z]{2}\d{9}CN$")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}$")


def s10_check_digit(serial: str) -> int:
    """The S10 check digit of 8 serial digits: 11 - (weighted sum mod 11), with 10 -> 0 and 11 -> 5.

    The mapping makes remainders 0 and 6 share the check digit 5: a single changed digit that moves the remainder
    between them is not caught (a weakness of S10 itself); every other single-digit change is."""
    if len(serial) != 8 or not serial.isdigit():
        raise ValueError(f"S10 serial must be 8 digits: {serial!r}")
    total = sum(int(d) * w for d, w in zip(serial, S10_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: 0, 11: 5}.get(check, check)


def normalize_tracking_no(text: str) -> str:
    return text.strip().replace(" ", "").upper()


def tracking_no_problem(text: str) -> str:
    """Why ``text`` is not an EMS (China Post) tracking number, or "" when it is one.

    Format: 13 characters, 2 letters, 8 serial digits, 1 S10 check digit, "CN"."""
    number = normalize_tracking_no(text)
    if not number:
        return "请填写邮件单号"
    if len(number) != 13:
        return f"邮件单号应为13位（2个字母+9位数字+CN），现为{len(number)}位"
    if not _TRACKING.match(number):
        return "邮件单号格式应为2个字母、9位数字，以CN结尾，例如 EA123456785CN"
    expected = s10_check_digit(number[2:10])
    if int(number[10]) != expected:
        return f"邮件单号校验位不符（第11位应为{expected}），请核对单号是否抄错"
    return ""


@dataclass(frozen=True, slots=True)
class MailAddress:
    """Where an EMS item goes (regulation 001, 证照寄送制: "按照办事人预留地址提供免费证照寄送服务")."""

    recipient: str
    phone: str
    province: str
    city: str
    district: str
    street: str  # street, road, number, building, room
    postcode: str = ""

    def one_line(self) -> str:
        return f"{self.province}{self.city}{self.district}{self.street}"

    def to_json(self) -> dict[str, str]:
        return {
            "recipient": self.recipient,
            "phone": self.phone,
            "province": self.province,
            "city": self.city,
            "district": self.district,
            "street": self.street,
            "postcode": self.postcode,
        }

    @classmethod
    def from_json(cls, data: dict[str, str]) -> MailAddress:
        return cls(**{k: str(data.get(k, "")) for k in cls.__slots__})


_ADDRESS_LABELS = (
    ("province", "省（自治区、直辖市）"),
    ("city", "市（地区、盟）"),
    ("district", "区（县、旗）"),
    ("street", "街道及门牌号"),
    ("recipient", "收件人"),
    ("phone", "收件人电话"),
)


def address_problems(address: MailAddress) -> tuple[str, ...]:
    """What is missing or wrong in a mailing address; empty when the post office can deliver it."""
    problems = [f"请填写{label}" for key, label in _ADDRESS_LABELS if not str(getattr(address, key)).strip()]
    phone = address.phone.strip().replace(" ", "")
    if phone and not (_MOBILE.match(phone) or _LANDLINE.match(phone)):
        problems.append("收件人电话应为11位手机号或带区号的固定电话")
    street = address.street.strip()
    if street and len(street) < 4:
        problems.append("街道及门牌号过于简略，请写到门牌号")
    postcode = address.postcode.strip()
    if postcode and not (len(postcode) == 6 and postcode.isdigit()):
        problems.append("邮政编码应为6位数字")
    return tuple(problems)


def same_id(a: str, b: str) -> bool:
    """Two ID numbers are the same document (spaces and the case of a final X ignored)."""
    return bool(a.strip()) and a.strip().replace(" ", "").upper() == b.strip().replace(" ", "").upper()


# --- the ways a result leaves the window (the case records one of them; ``Case.hand_off``) ----------------------


class HandoffMethod(StrEnum):
    WINDOW = "window"  # 窗口自取 (identity checked)
    PROXY = "proxy"  # 他人代领 (with authorization)
    EMS = "ems"  # 邮寄
    LOCKER = "locker"  # 智能柜
    ELECTRONIC = "electronic"  # 电子证照


HANDOFF_LABELS: dict[HandoffMethod, str] = {
    HandoffMethod.WINDOW: Message(translate("HandoffMethod", "窗口领取", "handoff.method.window")),
    HandoffMethod.PROXY: Message(translate("HandoffMethod", "他人代领", "handoff.method.proxy")),
    HandoffMethod.EMS: Message(translate("HandoffMethod", "EMS邮寄", "handoff.method.ems")),
    HandoffMethod.LOCKER: Message(translate("HandoffMethod", "智能柜领取", "handoff.method.locker")),
    HandoffMethod.ELECTRONIC: Message(translate("HandoffMethod", "电子送达", "handoff.method.electronic")),
}
HANDOFF_NEEDS: dict[HandoffMethod, tuple[str, ...]] = {
    HandoffMethod.WINDOW: (),
    HandoffMethod.PROXY: ("collector_name",),
    HandoffMethod.EMS: ("tracking_no",),
    HandoffMethod.LOCKER: ("cell",),
    HandoffMethod.ELECTRONIC: (),
}
HANDOFF_DETAIL_LABELS = {
    "collector_name": Message(translate("HandoffMethod", "代领人姓名", "handoff.detail.collector_name")),
    "tracking_no": Message(translate("HandoffMethod", "邮件单号", "handoff.detail.tracking_no")),
    "cell": Message(translate("HandoffMethod", "柜格号", "handoff.detail.cell")),
}
