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
from govdesk.domain.messages import ENUMERATION, Message, join, translate
from govdesk.domain.notices import NOTICE_TITLES, NoticeKind
from govdesk.domain.transitions import STATE_LABELS, CaseState

ROLE_INTAKE = translate("CaseEvents", "综合受理", "services.case_events.role_intake")
ROLE_ISSUING = translate("CaseEvents", "出件窗口", "services.case_events.role_issuing")
ROLE_SUPERVISOR = translate("CaseEvents", "现场巡查", "services.case_events.role_supervisor")
ROLE_ADMIN = translate("CaseEvents", "管理员", "services.case_events.role_admin")
ROLE_BACK_OFFICE = translate("CaseEvents", "后台审批", "services.case_events.role_back_office")
ROLE_SYSTEM = translate("CaseEvents", "系统", "services.case_events.role_system")
COLLECTOR = translate("CaseEvents", "领取人", "services.case_events.collector")
COLLECTOR_ID = translate("CaseEvents", "领取人证件号码", "services.case_events.collector_id")
AUTHORIZATION = translate("CaseEvents", "授权委托", "services.case_events.authorization")
TRACKING_NO = translate("CaseEvents", "邮件单号", "services.case_events.tracking_no")
RECIPIENT = translate("CaseEvents", "收件人", "services.case_events.recipient")
ADDRESS = translate("CaseEvents", "邮寄地址", "services.case_events.address")
MAILED_ON = translate("CaseEvents", "寄出日期", "services.case_events.mailed_on")
DELIVERED_ON = translate("CaseEvents", "妥投日期", "services.case_events.delivered_on")
CELL = translate("CaseEvents", "柜格号", "services.case_events.cell")
PICKUP_CODE = translate("CaseEvents", "取件码", "services.case_events.pickup_code")
COLLECTED_AT = translate("CaseEvents", "取件时间", "services.case_events.collected_at")
SIGNATURE = translate("CaseEvents", "签名", "services.case_events.signature")
FIELD_ID_NUMBER = translate("CaseEvents", "证件号码", "services.case_events.field_id_number")
FIELD_PHONE = translate("CaseEvents", "联系电话", "services.case_events.field_phone")
DRAFTED = translate("CaseEvents", "收件登记，办件编号 {case_no}", "services.case_events.drafted")
SUPPLEMENTED = translate("CaseEvents", "补交容缺材料“{name}”", "services.case_events.supplemented")
COMMITMENT_CLOSED = translate("CaseEvents", "容缺材料已补齐，承诺办结", "services.case_events.commitment_closed")
COMMITMENT_OVERDUE = translate("CaseEvents", "容缺材料逾期未补齐", "services.case_events.commitment_overdue")
DELAYED = translate("CaseEvents", "延期办理至 {new_date}；理由：{reason}", "services.case_events.delayed")
SUSPENDED = translate("CaseEvents", "中止计时：{reason}", "services.case_events.suspended")
RESUMED = translate("CaseEvents", "恢复计时", "services.case_events.resumed")
NOTICE_DEFERRED = translate(
    "CaseEvents",
    "延后一次性告知，应于 {due_date} 前告知",
    "services.case_events.notice_deferred",
)
RECOMPUTED = translate("CaseEvents", "节假日安排公布后重新计算期限", "services.case_events.recomputed")
DELIVERY_CONFIRMED = translate("CaseEvents", "邮件已妥投（{delivered_on}）", "services.case_events.delivery_confirmed")
LOCKER_COLLECTED = translate(
    "CaseEvents",
    "申请人已从智能柜取件（{cell}号柜格）",
    "services.case_events.locker_collected",
)

SENT_BY_SMS = translate("CaseEvents", "已短信发送", "services.case_events.sent_by_sms")
SIGNED = translate("CaseEvents", "已签名（签名图像存于本机）", "services.case_events.signed")
STATE_CHANGED = translate("CaseEvents", "状态由“{old}”变为“{new}”", "services.case_events.state_changed")
RATING_FOLLOWED_UP = translate("CaseEvents", "差评{step}：{note}", "services.case_events.rating_followed_up")
FOLLOW_UP = translate("CaseEvents", "跟进", "services.case_events.follow_up")
REASON = translate("CaseEvents", "理由：{value}", "services.case_events.reason")
RESULT = translate("CaseEvents", "结果：{value}", "services.case_events.result")
PROMISED_DATE = translate("CaseEvents", "承诺办结日期：{value}", "services.case_events.promised_date")
TO_CORRECT = translate("CaseEvents", "告知补正：{names}", "services.case_events.to_correct")
PROMISED_SUPPLY = translate("CaseEvents", "承诺 {due} 前补交：{names}", "services.case_events.promised_supply")
METHOD = translate("CaseEvents", "方式：{method}", "services.case_events.method")
MATERIAL_CHECKED = translate("CaseEvents", "核验材料“{name}”：{status}", "services.case_events.material_checked")
MATERIAL_CHECKED_WHY = translate(
    "CaseEvents", "核验材料“{name}”：{status}（{reason}）", "services.case_events.material_checked_why"
)
VIEWED = translate("CaseEvents", "查看了申请人未遮蔽的{fields}（个人信息保护留痕）", "services.case_events.viewed")
PERSONAL_DATA = translate("CaseEvents", "个人信息", "services.case_events.personal_data")
NOTICE = translate("CaseEvents", "通知书", "services.case_events.notice")
REPRINTED = translate("CaseEvents", "补打{title}（第 {number} 份，纸面注明“补打”）", "services.case_events.reprinted")
RATED = translate("CaseEvents", "申请人评价：{rating}", "services.case_events.rated")
RATED_PLAIN = translate("CaseEvents", "申请人评价", "services.case_events.rated_plain")
RATED_COMMENT = translate("CaseEvents", "{text}；意见：{comment}", "services.case_events.rated_comment")
NOTIFIED = translate("CaseEvents", "一次性告知", "services.case_events.notified")
OTHER = translate("CaseEvents", "其他记录（{kind}）", "services.case_events.other")


#: New kinds recorded by the case view (the central server must list them in ``KIND_ROLES``).
PERSONAL_DATA_VIEWED_KIND = EventKind.PERSONAL_DATA_VIEWED  # regulation 000 Art. 32 and Art. 20
NOTICE_REPRINTED_KIND = EventKind.NOTICE_REPRINTED

ROLE_LABELS: Mapping[str, str] = {
    Role.INTAKE.value: Message(ROLE_INTAKE),
    Role.ISSUING.value: Message(ROLE_ISSUING),
    Role.SUPERVISOR.value: Message(ROLE_SUPERVISOR),
    Role.ADMIN.value: Message(ROLE_ADMIN),
    Role.BACK_OFFICE.value: Message(ROLE_BACK_OFFICE),
    Role.SYSTEM.value: Message(ROLE_SYSTEM),
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
    "collector_name": Message(COLLECTOR),
    "collector_id": Message(COLLECTOR_ID),
    "authorization": Message(AUTHORIZATION),
    "tracking_no": Message(TRACKING_NO),
    "recipient": Message(RECIPIENT),
    "address": Message(ADDRESS),
    "mailed_on": Message(MAILED_ON),
    "delivered_on": Message(DELIVERED_ON),
    "cell": Message(CELL),
    "pickup_code_sent": Message(PICKUP_CODE),
    "collected_at": Message(COLLECTED_AT),
    "signature": Message(SIGNATURE),
}

VIEWED_FIELDS: Mapping[str, str] = {"id_number": Message(FIELD_ID_NUMBER), "phone": Message(FIELD_PHONE)}


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
            text = Message(SENT_BY_SMS) if text == "sms" else text
        elif key == "signature":
            text = Message(SIGNED)
        elif key.endswith("phone"):
            text = mask_phone(text)
        out.append((DETAIL_LABELS.get(key, key), text))
    return out


def _names(payload: Mapping[str, Any], key: str) -> str:
    value = payload.get(key) or []
    if isinstance(value, Mapping):
        return join((str(v) for v in value.values()), ENUMERATION)
    return join((str(v) for v in value), ENUMERATION)


def _transition(p: Mapping[str, Any]) -> str:
    parts: list[str] = [Message(STATE_CHANGED, old=state_word(p.get("from", "")), new=state_word(p.get("to", "")))]
    for key, label in (("reason", REASON), ("result_name", RESULT), ("promised_date", PROMISED_DATE)):
        if p.get(key):
            parts.append(Message(label, value=p[key]))
    missing = [str(d.get("name", "")) for d in p.get("deficiencies") or [] if isinstance(d, Mapping)]
    if missing:
        parts.append(Message(TO_CORRECT, names=join(missing, ENUMERATION)))
    promise = p.get("commitment")
    if isinstance(promise, Mapping):
        parts.append(Message(PROMISED_SUPPLY, due=promise.get("due_date", ""), names=_names(promise, "names")))
    if p.get("method"):
        parts.append(Message(METHOD, method=HANDOFF_LABELS.get(HandoffMethod(p["method"]), p["method"])))
    return join(parts)


def _material(p: Mapping[str, Any]) -> str:
    status = MATERIAL_STATUS_LABELS.get(str(p.get("status", "")), str(p.get("status", "")))
    name = p.get("name", p.get("code", ""))
    if p.get("reason"):
        return Message(MATERIAL_CHECKED_WHY, name=name, status=status, reason=p["reason"])
    return Message(MATERIAL_CHECKED, name=name, status=status)


def _viewed(p: Mapping[str, Any]) -> str:
    fields = join((VIEWED_FIELDS.get(str(f), str(f)) for f in p.get("fields") or []), ENUMERATION)
    return Message(VIEWED, fields=fields or Message(PERSONAL_DATA))


def _reprinted(p: Mapping[str, Any]) -> str:
    try:
        title = NOTICE_TITLES[NoticeKind(str(p.get("notice_kind", "")))]
    except ValueError:
        title = Message(NOTICE)
    return Message(REPRINTED, title=title, number=p.get("number", 1))


def _evaluated(p: Mapping[str, Any]) -> str:
    rating = p.get("rating")
    text = Message(RATED, rating=rating_label(int(rating))) if isinstance(rating, int) else Message(RATED_PLAIN)
    return Message(RATED_COMMENT, text=text, comment=p["comment"]) if p.get("comment") else text


_WORDS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    EventKind.DRAFTED: lambda p: Message(DRAFTED, case_no=p.get("case_no", "")),
    EventKind.MATERIAL_RECORDED: _material,
    EventKind.MATERIAL_SUPPLEMENTED: lambda p: Message(SUPPLEMENTED, name=p.get("name", p.get("code", ""))),
    EventKind.COMMITMENT_CLOSED: lambda p: Message(COMMITMENT_CLOSED),
    EventKind.COMMITMENT_OVERDUE: lambda p: Message(COMMITMENT_OVERDUE),
    EventKind.DELAYED: lambda p: Message(DELAYED, new_date=p.get("new_date", ""), reason=p.get("reason", "")),
    EventKind.SUSPENDED: lambda p: Message(SUSPENDED, reason=p.get("reason", "")),
    EventKind.RESUMED: lambda p: Message(RESUMED),
    EventKind.NOTICE_DEFERRED: lambda p: Message(NOTICE_DEFERRED, due_date=p.get("due_date", "")),
    EventKind.DEADLINES_RECOMPUTED: lambda p: Message(RECOMPUTED),
    EventKind.DELIVERY_CONFIRMED: lambda p: Message(DELIVERY_CONFIRMED, delivered_on=p.get("delivered_on", "")),
    EventKind.LOCKER_COLLECTED: lambda p: Message(LOCKER_COLLECTED, cell=p.get("cell", "")),
    EventKind.EVALUATED: _evaluated,
    EventKind.RATING_FOLLOWED_UP: lambda p: Message(
        RATING_FOLLOWED_UP, step=p.get("label") or Message(FOLLOW_UP), note=p.get("note", "")
    ),
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
        return Message(NOTIFIED)
    return Message(OTHER, kind=event.kind)


def masked_contact(id_number: str, phone: str) -> tuple[str, str]:
    return mask_id(id_number) if id_number else "", mask_phone(phone) if phone else ""
