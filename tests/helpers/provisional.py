"""Shared by the provisional-year tests (issue 10) of services and UI: the test 2027 year, a catalog with long
items, a window runtime on Sunday 2026-12-06, and a one-call intake."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from govdesk.domain.assessment import Outcome
from govdesk.domain.case import Applicant, ApplicantKind, Case, MaterialStatus
from govdesk.domain.catalog import Catalog, TimeLimit
from govdesk.domain.clock import CST, FixedClock
from govdesk.domain.events import Role
from govdesk.services.runtime import Runtime
from govdesk.services.settings import Settings
from govdesk.shipped import default_catalog

#: A 2027 arrangement written in the style of the notices for tests (the State Council's is not in this repository).
YEAR_2027 = Path(__file__).parents[1] / "data" / "calendar" / "cn-2027-test.json"
SUNDAY = datetime(2026, 12, 6, 10, 0, tzinfo=CST)


def catalog_with_long_items() -> Catalog:
    """The shipped catalog plus two long items made from 最低生活保障申请 (25 working days promised)."""
    shipped = default_catalog()
    dibao = shipped.item("MZJ-05-003")
    long45 = replace(
        dibao,
        code="TEST-45",
        name="长期限事项（45个工作日，测试）",
        promised_limit=TimeLimit(45),
        statutory_limit=TimeLimit(60),
    )
    long60 = replace(
        dibao,
        code="TEST-60",
        name="长期限事项（60个工作日，测试）",
        promised_limit=TimeLimit(60),
        statutory_limit=TimeLimit(60),
    )
    return replace(shipped, items=(*shipped.items, long45, long60))


def open_runtime(folder: Path) -> Runtime:
    """A window on ``folder`` with the clock on Sunday 2026-12-06, worked by an admin (who may load a year)."""
    made = Runtime.open(
        folder / "govdesk.sqlite",
        folder,
        Settings(),
        clock=FixedClock(SUNDAY),
        catalog=catalog_with_long_items(),
        lock=False,
    )
    return as_admin(made)


def as_admin(runtime: Runtime) -> Runtime:
    runtime.set_clerk(replace(runtime.window.actor, clerk_id="admin1", clerk_name="管理员", role=Role.ADMIN))
    runtime.intake.window = runtime.window.as_role(Role.INTAKE)  # the admin also takes cases in these tests
    return runtime


def take(runtime: Runtime, code: str, outcome: Outcome, *, illness: bool = False) -> Case:
    """One intake decided at once: every required material received (but the illness records under 容缺)."""
    intake = runtime.intake
    draft = intake.new_draft([code])
    draft.applicant = Applicant(ApplicantKind.PERSON, "张三", "111", "11010519491231002X", "13812345678", "城关镇")
    if illness:
        draft.answers["special_case"] = "illness"
    skip = ("illness_records",) if outcome is Outcome.CONDITIONAL else ()
    for m in intake.preview(draft).assessment.applicable:
        if m.shared or m.code in skip or not m.required:
            continue
        draft.set_material(m.code, m.name, MaterialStatus.RECEIVED, m.forms[0], m.copies)
    return intake.decide(draft, outcome, signed_by="张三", signed_on_paper=True).case
