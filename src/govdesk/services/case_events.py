"""A case's events in words for the clerk and the admin (the case view, ``govdesk case show``): never a raw kind.

Each known kind has a sentence built from its payload; an unknown kind (a newer program's, or the server's) is
shown as "其他记录（kind）" so nothing is hidden. Personal data in payloads is never shown here: ID numbers and
phones are masked, and a look at them (``case.personal_data_viewed``) says only what was looked at.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from govdesk.domain.backoffice import (
    CORRECTION_REQUESTED_KIND,
    RESULT_ATTACHED_KIND,
    STEP_RECORDED_KIND,
    correction_words,
    result_words,
    step_words,
)
from govdesk.domain.delivery import HANDOFF_LABELS, HandoffMethod
from govdesk.domain.evaluation import rating_label
from govdesk.domain.event_kinds import EventKind
from govdesk.domain.events import DomainEvent, Role
from govdesk.domain.identity.masking import mask_id, mask_phone
from govdesk.domain.messages import Message, translate
from govdesk.domain.notices import NOTICE_TITLES, NoticeKind
from govdesk.domain.transitions import STATE_LABELS, CaseState

#: New kinds recorded by the case view (the central server must list them in ``KIND_ROLES``).
PERSONAL_DATA_VIEWED_KIND = EventKind.PERSONAL_DATA_VIEWED  # regulation 000 Art. 32 and Art. 20
NOTICE_REPRINTED_KIND = EventKind.NOTICE_REPRINTED

ROLE_LABELS: Mapping[str, str] = {
    Role.INTAKE.value: "综合受理",
    Role.ISSUING.value: "出件窗口",
    Role.SUPERVISOR.value: "现场巡查",
    Role.ADMIN.value: "管理员",
    Role.BACK_OFFICE.value: "后台审批",
    Role.SYSTEM.value: "系统",
}

MATERIAL_STATUS_LABELS: Mapping[str, str] = {
    "pending": Message(translate("MaterialStatus", "未核验", "material.status.pending")),
    "received": Message(translate("MaterialStatus", "已收取", "material.status.received")),
    "shared": Message(translate("MaterialStatus", "免提交（数据共享）", "material.status.shared")),
    "missing": Message(translate("MaterialStatus", "缺少", "material.status.missing")),
    "defective": Message(translate("MaterialStatus", "不符合要求", "material.status.defective")),
    "waived": Message(translate("MaterialStatus", "容缺（承诺后补）", "material.status.waived")),
    "supplemented": Message(translate("MaterialStatus", "已补交", "material.status.supplemented")),
}

DETAIL_LABELS: Mapping[str, str] = {
    "collector_name": "领取人",
    "collector_id": "领取人证件号码",
    "authorization": "授权委托",
    "tracking_no": "邮件单号",
    "recipient": "收件人",
    "address": "邮寄地址",
    "mailed_on": "寄出日期",
    "delivered_on": "妥投日期",
    "cell": "柜格号",
    "pickup_code_sent": "取件码",
    "collected_at": "取件时间",
    "signature": "签名",
}

VIEWED_FIELDS: Mapping[str, str] = {"id_number": "证件号码", "phone": "联系电话"}


def state_word(value: Any) -> str:
    try:
        return STATE_LABELS[CaseState(str(value))]
    except ValueError:
        return str(value)


def role_word(value: str) -> str:
    return ROLE_LABELS.get(value, value)


def detail_words(details: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Hand-off details as (label, value), masked where personal; the signature file is said, not shown."""
    out: list[tuple[str, str]] = []
    for key, value in details.items():
        if key in ("collector_id_type",):
            continue
        text = str(value)
        if key == "pickup_code_sent":
            text = "已短信发送" if text == "sms" else text
        elif key == "signature":
            text = "已签名（签名图像存于本机）"
        elif key.endswith("phone"):
            text = mask_phone(text)
        out.append((DETAIL_LABELS.get(key, key), text))
    return out


def _names(payload: Mapping[str, Any], key: str) -> str:
    value = payload.get(key) or []
    if isinstance(value, Mapping):
        return "、".join(str(v) for v in value.values())
    return "、".join(str(v) for v in value)


def _transition(p: Mapping[str, Any]) -> str:
    text = f"状态由“{state_word(p.get('from', ''))}”变为“{state_word(p.get('to', ''))}”"
    for key, label in (("reason", "理由"), ("result_name", "结果"), ("promised_date", "承诺办结日期")):
        if p.get(key):
            text += f"；{label}：{p[key]}"
    missing = [str(d.get("name", "")) for d in p.get("deficiencies") or [] if isinstance(d, Mapping)]
    if missing:
        text += f"；告知补正：{'、'.join(missing)}"
    promise = p.get("commitment")
    if isinstance(promise, Mapping):
        text += f"；承诺 {promise.get('due_date', '')} 前补交：{_names(promise, 'names')}"
    if p.get("method"):
        text += f"；方式：{HANDOFF_LABELS.get(HandoffMethod(p['method']), p['method'])}"
    return text


def _material(p: Mapping[str, Any]) -> str:
    status = MATERIAL_STATUS_LABELS.get(str(p.get("status", "")), str(p.get("status", "")))
    text = f"核验材料“{p.get('name', p.get('code', ''))}”：{status}"
    return text + (f"（{p['reason']}）" if p.get("reason") else "")


def _viewed(p: Mapping[str, Any]) -> str:
    fields = "、".join(VIEWED_FIELDS.get(str(f), str(f)) for f in p.get("fields") or [])
    return f"查看了申请人未遮蔽的{fields or '个人信息'}（个人信息保护留痕）"


def _reprinted(p: Mapping[str, Any]) -> str:
    try:
        title = NOTICE_TITLES[NoticeKind(str(p.get("notice_kind", "")))]
    except ValueError:
        title = "通知书"
    return f"补打{title}（第 {p.get('number', 1)} 份，纸面注明“补打”）"


def _evaluated(p: Mapping[str, Any]) -> str:
    rating = p.get("rating")
    text = f"申请人评价：{rating_label(int(rating))}" if isinstance(rating, int) else "申请人评价"
    return text + (f"；意见：{p['comment']}" if p.get("comment") else "")


_WORDS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    EventKind.DRAFTED: lambda p: f"收件登记，办件编号 {p.get('case_no', '')}",
    EventKind.MATERIAL_RECORDED: _material,
    EventKind.MATERIAL_SUPPLEMENTED: lambda p: f"补交容缺材料“{p.get('name', p.get('code', ''))}”",
    EventKind.COMMITMENT_CLOSED: lambda p: "容缺材料已补齐，承诺办结",
    EventKind.COMMITMENT_OVERDUE: lambda p: "容缺材料逾期未补齐",
    EventKind.DELAYED: lambda p: f"延期办理至 {p.get('new_date', '')}；理由：{p.get('reason', '')}",
    EventKind.SUSPENDED: lambda p: f"中止计时：{p.get('reason', '')}",
    EventKind.RESUMED: lambda p: "恢复计时",
    EventKind.NOTICE_DEFERRED: lambda p: f"延后一次性告知，应于 {p.get('due_date', '')} 前告知",
    EventKind.DEADLINES_RECOMPUTED: lambda p: "节假日安排公布后重新计算期限",
    EventKind.DELIVERY_CONFIRMED: lambda p: f"邮件已妥投（{p.get('delivered_on', '')}）",
    EventKind.LOCKER_COLLECTED: lambda p: f"申请人已从智能柜取件（{p.get('cell', '')}号柜格）",
    EventKind.EVALUATED: _evaluated,
    EventKind.RATING_FOLLOWED_UP: lambda p: f"差评{p.get('label', '跟进')}：{p.get('note', '')}",
    CORRECTION_REQUESTED_KIND: correction_words,  # the back office's steps (domain/backoffice.py)
    STEP_RECORDED_KIND: step_words,
    RESULT_ATTACHED_KIND: result_words,
    PERSONAL_DATA_VIEWED_KIND: _viewed,
    NOTICE_REPRINTED_KIND: _reprinted,
}


def event_words(event: DomainEvent) -> str:
    """What ``event`` did, in a sentence."""
    payload = event.payload or {}
    words = _WORDS.get(event.kind)
    if words is not None:
        return words(payload)
    if "from" in payload and "to" in payload:
        return _transition(payload)
    if event.kind == EventKind.NOTIFIED:
        return "一次性告知"
    return f"其他记录（{event.kind}）"


def masked_contact(id_number: str, phone: str) -> tuple[str, str]:
    return mask_id(id_number) if id_number else "", mask_phone(phone) if phone else ""
