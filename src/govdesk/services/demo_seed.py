"""``govdesk demo seed``: a realistic, reproducible history of a hall for demos, tests and benchmarks (issue 13).

Every case is made through the real use cases (``IntakeService``, ``CommitmentService``, ``HandoffService``,
``EvaluationService``) with a clock that walks the days, by several clerks at several windows; the back office's
steps (claim, approve, result ready) are recorded as they arrive from the central server (``save_case(...,
from_server=True)``). The same seed gives the same history. What it makes, for each kind the supervisor looks at:
every state; cases overdue and close to their promised date; a transferred case nobody claimed; 容缺 promises
fulfilled on time, late, and still open past due; applicants notified twice where the second notice asked for
something the first did not list; deferred notices given late; good and bad ratings, and the bad ones followed up
by the hall's two supervisors (回访核实、整改或解释说明、反馈), some done, some waiting, some overdue.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from govdesk.domain.assessment import Outcome
from govdesk.domain.case import Applicant, ApplicantKind, Case, MaterialStatus
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Actor, Role
from govdesk.domain.rating_followup import Step
from govdesk.services.demo_data import demo_id
from govdesk.services.drafts import IntakeDraft
from govdesk.services.intake import IntakeService
from govdesk.services.runtime import Runtime
from govdesk.services.supervision_followups import RatingFollowUps
from govdesk.store.supervision import count_by_state

#: clerk id, name, window, station: the intake clerks of the demo hall (the first is the demo's own intake user).
CLERKS: tuple[tuple[str, str, str, str], ...] = (
    ("wangli", "王丽", "1号窗口", "S01"),
    ("sunhong", "孙红", "2号窗口", "S01"),
    ("zhoujun", "周军", "3号窗口", "S02"),
    ("wuting", "吴婷", "4号窗口", "S02"),
)
ISSUING = ("liming", "李明", "出件窗口", "S01")
BACK_OFFICE = ("chenjing", "陈静", "后台", "BO")
#: The hall's supervisors, who follow up the bad ratings (回访核实、整改、反馈; regulation 000 Art. 52).
SUPERVISORS = (("zhaoqiang", "赵强", "督查室", "S01"), ("qianmin", "钱敏", "督查室", "S01"))
#: How far each bad rating's follow-up got, in turn, oldest rating first (a step whose day is still to come is not
#: taken): done; not yet called back (overdue after a working day); called back and not rectified (overdue after
#: the rectification limit); explained and not yet answered; rectified and not yet answered.
FOLLOW_UP_PLAN: tuple[tuple[Step, ...], ...] = (
    (Step.VERIFY, Step.RECTIFY, Step.FEEDBACK),
    (),
    (Step.VERIFY,),
    (Step.VERIFY, Step.EXPLAIN),
    (Step.VERIFY, Step.RECTIFY),
)
#: Each step's working day after the rating and hour, and what the supervisor wrote.
FOLLOW_UP_STEPS: dict[Step, tuple[int, int, str]] = {
    Step.VERIFY: (1, 10, "已电话回访申请人，核实等候时间过长属实"),
    Step.RECTIFY: (4, 15, "已约谈窗口负责人，高峰时段增开一个综合窗口并调整叫号"),
    Step.EXPLAIN: (4, 15, "经核实所需材料属法定要求，已向申请人说明依据"),
    Step.FEEDBACK: (6, 11, "已电话告知申请人处理结果，申请人表示认可"),
}

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ("伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "建国", "海燕", "子轩")
TOWNS = ("城关镇", "果园乡", "天池镇", "仰韶镇", "英豪镇", "张村镇")

#: item, answers, materials left out, outcome: shapes of intake the demo catalog allows (see ``demo_data``).
Shape = tuple[str, dict[str, str], tuple[str, ...]]
ACCEPT: tuple[Shape, ...] = (("SCJG-01-001", {}, ()), ("RSJ-05-002", {}, ()))
CONDITIONAL: Shape = ("SCJG-01-005", {"business_type": "catering"}, ("food_safety_rules", "staff_health_certs"))
NOTIFY_FIRST: Shape = ("SCJG-01-001", {}, ("premises_proof",))
COMPLETE: Shape = ("RSJ-20-004", {}, ())
#: One roll per kind of case (twice notified, deferred, notified, rejected, completed, 容缺, accepted).
KIND_ROLLS = (0.0, 0.1, 0.15, 0.21, 0.3, 0.4, 0.9)
BAD_COMMENTS = ("等了一个多小时", "第二次来又让补材料", "说好的日期没办好")


@dataclass
class SeedReport:
    cases: int = 0
    states: Counter[str] = field(default_factory=Counter)
    twice_notified: int = 0
    deferred: int = 0
    ratings: int = 0
    bad_ratings: int = 0
    follow_up_steps: int = 0
    follow_ups: Counter[str] = field(default_factory=Counter)  # by stage (待回访核实 … 已办结)
    first_day: date | None = None
    last_day: date | None = None

    def summary(self) -> str:
        states = "，".join(f"{s} {n}" for s, n in sorted(self.states.items()))
        return (
            f"已生成 {self.cases} 件办件（{self.first_day} 至 {self.last_day}）：{states}；"
            f"两次告知 {self.twice_notified} 件，延后告知 {self.deferred} 件，"
            f"评价 {self.ratings} 条（差评 {self.bad_ratings} 条）；差评跟进 {self.follow_up_steps} 步"
            + (f"（{'，'.join(f'{s} {n}' for s, n in sorted(self.follow_ups.items()))}）" if self.follow_ups else "")
        )


class HistorySeeder:
    """Walks ``days`` working days up to ``today`` making ``cases`` cases with ``runtime``'s real services."""

    def __init__(self, runtime: Runtime, clock: FixedClock, seed: int = 13) -> None:
        self.rt = runtime
        self.clock = clock
        self.rng = random.Random(seed)
        self.base = runtime.window.actor
        self.report = SeedReport()
        self._people = 0

    # --- who ----------------------------------------------------------------------------------------------------

    def actor(self, who: tuple[str, str, str, str], role: Role) -> Actor:
        clerk_id, name, window, station = who
        return replace(self.base, clerk_id=clerk_id, clerk_name=name, role=role, window=window, station_code=station)

    def as_clerk(self, who: tuple[str, str, str, str], role: Role = Role.INTAKE) -> None:
        self.rt.set_clerk(self.actor(who, role))

    def at(self, day: date, hour: int, minute: int = 0) -> None:
        self.clock.set(datetime.combine(day, time(hour, minute), tzinfo=CST))

    def applicant(self) -> Applicant:
        self._people += 1
        r = self.rng
        name = SURNAMES[r.randrange(len(SURNAMES))] + GIVEN[r.randrange(len(GIVEN))]
        birth = date(1950, 1, 1) + timedelta(days=r.randrange(365 * 50))
        number = demo_id("411221", f"{birth:%Y%m%d}", f"{self._people % 1000:03d}")
        phone = f"139{r.randrange(10**8):08d}"
        return Applicant(ApplicantKind.PERSON, name, "111", number, phone, f"河南省渑池县{r.choice(TOWNS)}")

    # --- intake -------------------------------------------------------------------------------------------------

    def draft(self, item: str, answers: dict[str, str], left_out: tuple[str, ...], who: Applicant) -> IntakeDraft:
        intake: IntakeService = self.rt.intake
        draft = intake.new_draft([item])
        draft.answers.update(answers)
        draft.applicant = who
        for m in intake.preview(draft).assessment.applicable:
            if m.required and not m.shared and m.code not in left_out:
                draft.set_material(m.code, m.name, MaterialStatus.RECEIVED, m.forms[0], m.copies)
        return draft

    def decide(self, draft: IntakeDraft, outcome: Outcome, **kwargs: object) -> Case:
        case = self.rt.intake.decide(draft, outcome, **kwargs).case  # type: ignore[arg-type]
        self.report.cases += 1
        return case

    # --- the back office, as its decisions arrive from the server -----------------------------------------------

    def server_step(self, case_id: str, step: str) -> Case:
        case = self.rt.store.load_case(case_id)
        assert case is not None
        office = self.actor(BACK_OFFICE, Role.BACK_OFFICE)
        if step == "claim":
            case.start_review(office, self.clock)
        elif step == "approve":
            case.approve(office, self.clock, "营业执照")
        elif step == "ready":
            case.mark_result_ready(office, self.clock)
        with self.rt.store.unit() as uow:
            uow.save_case(case, from_server=True)
        return case

    # --- the history --------------------------------------------------------------------------------------------

    def workdays(self, today: date, days: int) -> list[date]:
        cal = self.rt.calendar
        found: list[date] = []
        day = today
        while len(found) < days:
            if cal.is_workday(day):
                found.append(day)
            day -= timedelta(days=1)
        return sorted(found)

    def run(self, today: date, cases: int, days: int) -> SeedReport:
        days_list = self.workdays(today, max(days, 1))
        self.report.first_day, self.report.last_day = days_list[0], days_list[-1]
        r = self.rng
        for i in range(cases):
            day = days_list[min(len(days_list) - 1, i * len(days_list) // max(cases, 1))]
            self.at(day, 9 + r.randrange(7), r.randrange(60))
            clerk = CLERKS[r.randrange(len(CLERKS))]
            self.as_clerk(clerk)
            age = sum(1 for d in days_list if d > day)  # working days since
            # the first cases go through every kind once, so even a small history has each; then chance decides
            roll = KIND_ROLLS[i] if i < len(KIND_ROLLS) else r.random()
            if roll < 0.08:
                self.notified_twice(day, days_list)
            elif roll < 0.13:
                self.deferred(day, age)
            elif roll < 0.20:
                self.one_case(NOTIFY_FIRST, Outcome.NOTIFY)
            elif roll < 0.24:
                self.rejected()
            elif roll < 0.34:
                self.one_case(COMPLETE, Outcome.COMPLETE)
            elif roll < 0.48:
                self.conditional(day, days_list, age)
            else:
                self.accepted(day, days_list, age)
        self.follow_up(today)
        self.at(today, 17, 30)
        self.report.states = self.states()
        return self.report

    def follow_up(self, today: date) -> None:
        """The supervisors follow up the bad ratings (``FOLLOW_UP_PLAN`` in turn, the two taking turns), each step
        on its day (``FOLLOW_UP_STEPS``) and not after ``today``, through the real use case: some are done, some
        wait, some are overdue."""
        records = RatingFollowUps(self.rt.store, self.rt.calendar, self.clock, self.rt.window)
        for n, pending in enumerate(records.follow_ups()):
            who = SUPERVISORS[n % len(SUPERVISORS)]
            records.window = replace(self.rt.window, actor=self.actor(who, Role.SUPERVISOR), login_role=None)
            last = datetime.min.replace(tzinfo=CST)
            for step in FOLLOW_UP_PLAN[n % len(FOLLOW_UP_PLAN)]:
                after, hour, note = FOLLOW_UP_STEPS[step]
                day = self.rt.calendar.add_workdays(pending.rated_on, after)
                when = max(datetime.combine(day, time(hour), tzinfo=CST), last + timedelta(hours=1))
                if when.date() > today:
                    break
                self.clock.set(when)
                records.record_step(pending.case_id, step, note)
                self.report.follow_up_steps += 1
                last = when
        for f in records.follow_ups():
            self.report.follow_ups[f.stage.label] += 1

    def one_case(self, shape: tuple[str, dict[str, str], tuple[str, ...]], outcome: Outcome) -> Case:
        item, answers, left_out = shape
        return self.decide(self.draft(item, answers, left_out, self.applicant()), outcome)

    def rejected(self) -> Case:
        item, answers, left_out = ACCEPT[0]
        draft = self.draft(item, answers, left_out, self.applicant())
        return self.decide(draft, Outcome.REJECT, reason="申请事项依法不需要取得行政许可")

    def notified_twice(self, day: date, days_list: list[date]) -> None:
        """Notified, back two days later, and notified again for something the first notice did not list."""
        first = self.one_case(NOTIFY_FIRST, Outcome.NOTIFY)
        later = [d for d in days_list if d > day][:2]
        if not later:
            return
        self.at(later[-1], 10)
        draft = self.rt.intake.resume(first.case_no)
        intake = self.rt.intake
        applicable = {m.code: m for m in intake.preview(draft).assessment.applicable}
        draft.set_material("premises_proof", applicable["premises_proof"].name, MaterialStatus.RECEIVED)
        other = next(c for c, m in applicable.items() if m.required and not m.shared and c != "premises_proof")
        draft.materials.pop(other, None)
        self.decide(draft, Outcome.NOTIFY)
        self.report.twice_notified += 1

    def deferred(self, day: date, age: int) -> None:
        """A complex question: notice due within 2 working days; old ones are left undone (late)."""
        item, answers, left_out = NOTIFY_FIRST
        draft = self.draft(item, answers, left_out, self.applicant())
        self.rt.intake.defer_notice(draft, "经营场所性质需与住建部门核实")
        self.report.cases += 1
        self.report.deferred += 1

    def accepted(self, day: date, days_list: list[date], age: int) -> None:
        item, answers, left_out = ACCEPT[self.rng.randrange(len(ACCEPT))]
        case = self.decide(self.draft(item, answers, left_out, self.applicant()), Outcome.ACCEPT)
        self.progress(case, day, days_list, age)

    def conditional(self, day: date, days_list: list[date], age: int) -> None:
        item, answers, left_out = CONDITIONAL
        who = self.applicant()
        case = self.decide(
            self.draft(item, answers, left_out, who), Outcome.CONDITIONAL, signed_by=who.name, signed_on_paper=True
        )
        assert case.commitment is not None
        due = case.commitment.due_date
        r = self.rng.random()
        later = [d for d in days_list if d > day]
        if r < 0.4 and later:  # on time
            self.supplement(case, min(due, later[-1]))
        elif r < 0.7 and [d for d in later if d > due]:  # late
            self.supplement(case, next(d for d in later if d > due))
        self.at(day, 16)
        self.as_clerk(CLERKS[0])
        self.progress(case, day, days_list, age)

    def supplement(self, case: Case, on: date) -> None:
        self.at(on, 11)
        assert case.commitment is not None and self.rt.commitments is not None
        for code in case.commitment.material_codes:
            self.rt.commitments.supplement(case.case_id, code)
        self.rt.commitments.close(case.case_id)

    def progress(self, case: Case, day: date, days_list: list[date], age: int) -> None:
        """Transfer the same day; the back office claims next day, approves, marks ready; the window hands over.
        How far a case got depends on its age and luck: some stay with the back office past their date."""
        r = self.rng.random()
        later = [d for d in days_list if d > day]
        self.at(day, 16, 30)
        if r < 0.05:
            return  # accepted, not yet transferred
        self.rt.intake.transfer([case.case_id])
        if not later or r < 0.12:
            return  # transferred, nobody claimed it
        self.at(later[0], 9)
        self.server_step(case.case_id, "claim")
        if r < 0.35 or len(later) < 3:
            return  # in review (old ones: overdue)
        step = later[min(len(later) - 1, 2 + self.rng.randrange(4))]
        self.at(step, 14)
        self.server_step(case.case_id, "approve")
        self.server_step(case.case_id, "ready")
        if r < 0.5 or step == later[-1]:
            return  # result waiting
        pick = [d for d in later if d > step]
        if not pick:
            return
        self.at(pick[0], 10)
        stored = self.rt.store.load_case(case.case_id)
        if stored is None or (stored.commitment is not None and stored.commitment.is_open):
            return  # 容缺 not fulfilled: the result is withheld
        self.as_clerk(ISSUING, Role.ISSUING)
        assert self.rt.handoff is not None and self.rt.evaluation is not None
        self.rt.handoff.hand_over_window(case.case_id, stored.applicant.id_number, signed_on_paper=True)
        if self.rng.random() < 0.7:
            bad = self.rng.random() < 0.2
            rating = 4 + self.rng.randrange(2) if bad else 1 + self.rng.randrange(2)
            comment = self.rng.choice(BAD_COMMENTS) if bad else ""
            reasons = ("等候时间过长",) if bad else ()
            self.rt.evaluation.rate(case.case_id, rating, comment, reasons, source="screen")
            self.report.ratings += 1
            self.report.bad_ratings += bad

    def states(self) -> Counter[str]:
        return Counter(count_by_state(self.rt.store))


def seed_history(runtime: Runtime, clock: FixedClock, *, cases: int, days: int, seed: int, today: date) -> SeedReport:
    """Fill ``runtime``'s store (see the module's docstring); ``clock`` must be the one the runtime's services use."""
    return HistorySeeder(runtime, clock, seed).run(today, cases, days)
