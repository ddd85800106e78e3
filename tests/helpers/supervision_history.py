"""A known small history of a hall, made through the real services (``services/demo_seed.HistorySeeder``'s steps),
whose every supervision figure the tests know: see ``EXPECTED_*`` and the comments on each case.

Today is Friday 2026-12-04; the week is Monday 2026-11-30 on. RSJ-05-002 (失业保险金申领) has a 3-working-day
promise, SCJG-01-005 (食品经营许可) 5 working days and a 容缺 promise, SCJG-01-001 a 1-day promise.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from govdesk.domain.assessment import Outcome
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Role
from govdesk.services.demo_seed import CLERKS, COMPLETE, CONDITIONAL, ISSUING, NOTIFY_FIRST, HistorySeeder
from govdesk.services.runtime import Runtime
from govdesk.services.settings import Settings

TODAY = date(2026, 12, 4)
WANGLI, SUNHONG, ZHOUJUN, WUTING = CLERKS
UNEMPLOYMENT = ("RSJ-05-002", {}, ())

#: Today's figures: (window, clerk name) -> the non-zero columns.
EXPECTED_TODAY = {
    ("1号窗口", "王丽"): {"intakes": 1, "notices": 1},
    ("2号窗口", "孙红"): {"intakes": 2, "conditional": 1, "refusals": 1},
    ("3号窗口", "周军"): {"intakes": 1, "completions": 1},
    ("4号窗口", "吴婷"): {"waiting": 1},
    ("出件窗口", "李明"): {"handoffs": 1},
}
EXPECTED_WEEK = {
    ("1号窗口", "王丽"): {"intakes": 3, "accepted": 1, "notices": 2, "transfers": 1},
    ("2号窗口", "孙红"): {"intakes": 3, "accepted": 1, "conditional": 1, "refusals": 1, "transfers": 1},
    ("3号窗口", "周军"): {"intakes": 3, "accepted": 1, "completions": 1, "transfers": 1},
    ("4号窗口", "吴婷"): {"waiting": 1},
    ("出件窗口", "李明"): {"handoffs": 1},
}


@dataclass
class KnownHistory:
    runtime: Runtime
    clock: FixedClock
    case_nos: dict[str, str]  # name in this module -> case number

    def close(self) -> None:
        self.runtime.close()


def _settings() -> Settings:
    settings = Settings()
    settings.center_code = "41122101"
    settings.window_number = "1"
    return settings


def make_known_history(basedir: Path) -> KnownHistory:
    clock = FixedClock(datetime(2026, 11, 9, 9, 0, tzinfo=CST))
    runtime = Runtime.open(basedir / "govdesk.sqlite", basedir / "data", _settings(), clock=clock)
    s = HistorySeeder(runtime, clock, seed=1)
    nos: dict[str, str] = {}

    # 2026-11-09 (Mon) 吴婷: 容缺受理, never supplemented nor transferred: red (promised 11-16), an overdue promise
    s.at(date(2026, 11, 9), 10)
    s.as_clerk(WUTING)
    item, answers, left_out = CONDITIONAL
    who = s.applicant()
    nos["late_promise"] = s.decide(
        s.draft(item, answers, left_out, who), Outcome.CONDITIONAL, signed_by=who.name, signed_on_paper=True
    ).case_no

    # 2026-11-23 (Mon) 吴婷: accepted, transferred, claimed 11-24, approved and ready 11-25: a result waiting
    s.at(date(2026, 11, 23), 10)
    waiting = s.one_case(UNEMPLOYMENT, Outcome.ACCEPT)
    runtime.intake.transfer([waiting.case_id])
    for day, step in ((date(2026, 11, 24), "claim"), (date(2026, 11, 25), "approve"), (date(2026, 11, 25), "ready")):
        s.at(day, 11)
        s.server_step(waiting.case_id, step)
    nos["waiting"] = waiting.case_no

    # 2026-11-24 (Tue) 王丽: accepted, ready 11-27, handed off today by 李明 and rated 5 (非常不满意)
    s.at(date(2026, 11, 24), 9, 30)
    s.as_clerk(WANGLI)
    handed = s.one_case(UNEMPLOYMENT, Outcome.ACCEPT)
    runtime.intake.transfer([handed.case_id])
    s.at(date(2026, 11, 25), 9)
    s.server_step(handed.case_id, "claim")
    s.at(date(2026, 11, 27), 9)
    s.server_step(handed.case_id, "approve")
    s.server_step(handed.case_id, "ready")
    nos["handed"] = handed.case_no

    # 2026-11-30 (Mon) 王丽: accepted (promised 12-03), transferred, claimed 12-01: red today
    s.at(date(2026, 11, 30), 10)
    red = s.one_case(UNEMPLOYMENT, Outcome.ACCEPT)
    runtime.intake.transfer([red.case_id])
    s.at(date(2026, 12, 1), 9)
    s.server_step(red.case_id, "claim")
    nos["red"] = red.case_no

    # 2026-12-01 (Tue) 周军: accepted (promised 12-04, all 3 days gone: yellow), transferred, nobody claimed (step);
    # and a deferred notice due 12-03, not given (late; 3 of art. 32's five working days gone)
    s.at(date(2026, 12, 1), 10)
    s.as_clerk(ZHOUJUN)
    yellow = s.one_case(UNEMPLOYMENT, Outcome.ACCEPT)
    runtime.intake.transfer([yellow.case_id])
    nos["yellow"] = yellow.case_no
    s.at(date(2026, 12, 1), 11)
    item, answers, left_out = NOTIFY_FIRST
    nos["deferred"] = runtime.intake.defer_notice(
        s.draft(item, answers, left_out, s.applicant()), "经营场所性质需核实"
    ).case_no

    # 2026-12-02 (Wed) 王丽: 一次性告知 (经营场所使用证明 missing)
    s.at(date(2026, 12, 2), 10)
    s.as_clerk(WANGLI)
    first = s.one_case(NOTIFY_FIRST, Outcome.NOTIFY)
    nos["first_notice"] = first.case_no

    # 2026-12-03 (Thu) 孙红: accepted (promised 12-08: 1/3 gone, no card), transferred the same day
    s.at(date(2026, 12, 3), 10)
    s.as_clerk(SUNHONG)
    calm = s.one_case(UNEMPLOYMENT, Outcome.ACCEPT)
    runtime.intake.transfer([calm.case_id])
    nos["calm"] = calm.case_no

    # 2026-12-04 (Fri), today
    s.at(TODAY, 9)
    s.as_clerk(WANGLI)  # the applicant of 12-02 comes back; the second notice asks for the application form
    draft = runtime.intake.resume(first.case_no)
    applicable = {m.code: m for m in runtime.intake.preview(draft).assessment.applicable}
    from govdesk.domain.case import MaterialStatus

    draft.set_material("premises_proof", applicable["premises_proof"].name, MaterialStatus.RECEIVED)
    draft.materials.pop("gtgsh_reg_form", None)
    nos["second_notice"] = s.decide(draft, Outcome.NOTIFY).case_no
    s.at(TODAY, 9, 30)
    s.as_clerk(SUNHONG)
    item, answers, left_out = CONDITIONAL
    who = s.applicant()
    nos["open_promise"] = s.decide(
        s.draft(item, answers, left_out, who), Outcome.CONDITIONAL, signed_by=who.name, signed_on_paper=True
    ).case_no
    s.at(TODAY, 10)
    nos["rejected"] = s.rejected().case_no
    s.at(TODAY, 10, 30)
    s.as_clerk(ZHOUJUN)
    nos["completed"] = s.one_case(COMPLETE, Outcome.COMPLETE).case_no
    s.at(TODAY, 11)
    s.as_clerk(ISSUING, Role.ISSUING)
    assert runtime.handoff is not None and runtime.evaluation is not None
    runtime.handoff.hand_over_window(handed.case_id, handed.applicant.id_number, signed_on_paper=True)
    runtime.evaluation.rate(handed.case_id, 5, "说好的日期没办好", ("超过承诺时限",), source="screen")
    s.at(TODAY, 17)
    runtime.set_clerk(replace(runtime.window.actor, clerk_id="zhaoqiang", clerk_name="赵强", role=Role.SUPERVISOR))
    return KnownHistory(runtime, clock, nos)
