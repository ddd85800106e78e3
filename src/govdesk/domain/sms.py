"""The SMS texts of the result window and the 容缺 promises (regulation 002 三 (三): "由系统自动发送短信通知办件人";
regulation 001, 限时办结制: "提前告知当事人延时办理的理由"). Each text names the center, the case number and what to do;
the gateway adds the signature. ``SmsPurpose`` values are stored with each message so history reads clearly."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from govdesk.domain.messages import Message, translate


class SmsPurpose(StrEnum):
    RESULT_READY = "result_ready"  # 结果已办结，请领取
    LOCKER = "locker"  # 已存入自助文件柜：柜格与取件码
    MAILED = "mailed"  # 已通过EMS寄出
    REMIND_BEFORE = "remind_before"  # 容缺材料补交期限将至
    REMIND_DUE = "remind_due"  # 今天是补交期限
    OVERDUE = "overdue"  # 已逾期
    REVOKED = "revoked"  # 容缺受理已撤销
    DELAY = "delay"  # 延期办理告知
    DEADLINE_MOVED = "deadline_moved"  # 节假日安排公布后办结日期调整告知 (offered to the clerk, never automatic)
    SUPERVISION_REMINDER = "supervision_reminder"  # 现场监督催办：提醒工作人员办理临近超期或已超期的办件
    CORRECTION = "correction"  # 后台要求补正 (regulation 002 三 (二); 《行政许可法》 art. 32: 一次告知)
    DECISION = "decision"  # 后台作出审批决定 (regulation 000 Art. 31: 办理进度和结果实时回流)


PURPOSE_LABELS: dict[SmsPurpose, str] = {
    SmsPurpose.RESULT_READY: Message(translate("SmsPurpose", "领取通知", "sms.purpose.result_ready")),
    SmsPurpose.LOCKER: Message(translate("SmsPurpose", "文件柜取件码", "sms.purpose.locker")),
    SmsPurpose.MAILED: Message(translate("SmsPurpose", "邮寄通知", "sms.purpose.mailed")),
    SmsPurpose.REMIND_BEFORE: Message(translate("SmsPurpose", "补交提醒（到期前）", "sms.purpose.remind_before")),
    SmsPurpose.REMIND_DUE: Message(translate("SmsPurpose", "补交提醒（到期当日）", "sms.purpose.remind_due")),
    SmsPurpose.OVERDUE: Message(translate("SmsPurpose", "逾期告知", "sms.purpose.overdue")),
    SmsPurpose.REVOKED: Message(translate("SmsPurpose", "撤销受理告知", "sms.purpose.revoked")),
    SmsPurpose.DELAY: Message(translate("SmsPurpose", "延期办理告知", "sms.purpose.delay")),
    SmsPurpose.DEADLINE_MOVED: Message(translate("SmsPurpose", "办结日期调整告知", "sms.purpose.deadline_moved")),
    SmsPurpose.SUPERVISION_REMINDER: Message(
        translate("SmsPurpose", "监督催办提醒", "sms.purpose.supervision_reminder")
    ),
    SmsPurpose.CORRECTION: Message(translate("SmsPurpose", "补正告知", "sms.purpose.correction")),
    SmsPurpose.DECISION: Message(translate("SmsPurpose", "审批结果告知", "sms.purpose.decision")),
}


#: The 超期预警 levels a supervisor's reminder names (the window's ``Level`` values), in the words of the text.
REMINDER_LEVELS: dict[str, str] = {
    "red": "已超过承诺办结期限（红牌）",
    "yellow": "临近承诺办结期限（黄牌）",
    "step": "环节办理超时",
}


def _d(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def result_ready_text(center: str, case_no: str, result: str, center_phone: str = "") -> str:
    tail = f"咨询电话{center_phone}。" if center_phone else ""
    return (
        f"【{center}】您的办件{case_no}已办结，{result or '办理结果'}可到综合窗口领取，"
        f"请携带本人身份证件；他人代领须持授权委托书及代领人身份证件。{tail}"
    )


def locker_text(center: str, case_no: str, cell: str, code: str) -> str:
    return f"【{center}】您的办件{case_no}办理结果已存入自助文件柜{cell}号柜格，取件码{code}，请凭取件码随时领取。"


def mailed_text(center: str, case_no: str, tracking_no: str) -> str:
    return f"【{center}】您的办件{case_no}办理结果已通过EMS寄出，邮件单号{tracking_no}。"


def reminder_text(center: str, case_no: str, missing: tuple[str, ...], due: date, on_due_day: bool) -> str:
    when = "今天是" if on_due_day else ""
    return (
        f"【{center}】您的容缺受理办件{case_no}尚缺{'、'.join(missing)}，{when}承诺补交期限{_d(due)}，"
        "请按期补交，逾期将按承诺书约定处理。"
    )


def overdue_text(center: str, case_no: str, missing: tuple[str, ...], due: date, withheld: bool) -> str:
    what = "办理结果暂不发放，补齐材料后方予发放" if withheld else "将撤销本次容缺受理"
    return f"【{center}】您的容缺受理办件{case_no}已超过承诺补交期限{_d(due)}，尚缺{'、'.join(missing)}，{what}。"


def revoked_text(center: str, case_no: str) -> str:
    return f"【{center}】您的办件{case_no}因未按承诺补齐材料，容缺受理已撤销，书面告知书请到综合窗口领取。"


def delay_text(center: str, case_no: str, new_date: date, reason: str) -> str:
    return f"【{center}】您的办件{case_no}因{reason}需延期办理，办结日期延至{_d(new_date)}。给您带来不便，敬请谅解。"


def deadline_moved_text(center: str, case_no: str, old: date, new: date) -> str:
    return (
        f"【{center}】国务院办公厅已公布节假日安排，您的办件{case_no}的承诺办结日期"
        f"由{_d(old)}调整为{_d(new)}。给您带来不便，敬请谅解。"
    )


def correction_text(center: str, case_no: str, names: tuple[str, ...]) -> str:
    """The back office asks for 补正: every material named at once; the clock is stopped meanwhile."""
    return (
        f"【{center}】您的办件{case_no}需补正材料：{'、'.join(names)}，请携带到综合窗口补交，"
        "补正期间办理时限暂停计算。详情请咨询综合窗口。"
    )


def decision_text(center: str, case_no: str, department: str, approved: bool, result_name: str, day: date) -> str:
    """The back office decided (who and when: the department, the day); the result is collected at the window."""
    who = department or "审批部门"
    if approved:
        what = f"决定准予许可{f'（{result_name}）' if result_name else ''}，结果制作完成后将另行通知您到综合窗口领取"
    else:
        what = "决定不予许可，请到综合窗口领取不予许可决定书（载明理由及申请复议、提起诉讼的途径）"
    return f"【{center}】您的办件{case_no}已于{_d(day)}经{who}审查，{what}。详情请咨询综合窗口。"


def supervision_reminder_text(center: str, case_no: str, what: str, level: str, due: date | None) -> str:
    """现场监督催办 to the clerk responsible (regulation 000 Art. 50: 电子监察, 超期预警): made by the central server
    from its own records (the center's name, the case number, the item), sent to the number the center registered
    for the clerk (``central/supervision_reminders.py``). ``level``: a key of ``REMINDER_LEVELS``."""
    when = f"，承诺办结日期{_d(due)}" if due is not None else ""
    return (
        f"【{center}】现场监督催办：您经办的办件{case_no}（{what or '事项'}）{REMINDER_LEVELS[level]}{when}，"
        "请及时办理。"
    )
