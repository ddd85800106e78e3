"""容缺受理承诺书: when it is allowed, its due date, and its state."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from govdesk.domain.assessment import assess
from govdesk.domain.case import MaterialRecord, MaterialStatus
from govdesk.domain.catalog import OverdueRule
from govdesk.domain.commitment import Commitment, CommitmentRefused, CommitmentStatus, open_commitment
from govdesk.domain.transitions import DomainError
from tests.domain.test_case_builders import APP_FORM, FIRE, FOOD, ID_CARD, LEASE, SHOP, T0, calendar

EVE = date(2026, 2, 12)


def make(**kw: object) -> Commitment:
    args: dict[str, object] = {
        "case_id": "c1",
        "materials": (LEASE,),
        "items": (SHOP,),
        "accepted_on": EVE,
        "calendar": calendar(),
        "signed_at": T0,
        "signed_by": "张三",
    }
    args.update(kw)
    return open_commitment(**args)  # type: ignore[arg-type]


def test_due_date_defaults_to_the_items_commitment_days_in_working_days() -> None:
    c = make()
    assert c.due_date == calendar().add_workdays(EVE, 10) == date(2026, 3, 4)  # across Spring Festival 2026
    assert c.deadline is not None and "应于 2026-03-04 前补齐容缺材料" in c.deadline.explain()
    assert c.overdue_rule is OverdueRule.REVOKE and c.status is CommitmentStatus.OPEN
    assert c.missing() == ("M03",) and c.missing_names() == ("经营场所证明",)
    bundle = make(materials=(LEASE, FIRE), items=(SHOP, FOOD))
    assert bundle.due_date == calendar().add_workdays(EVE, 5)  # the shortest
    assert bundle.overdue_rule is OverdueRule.REVOKE  # the stricter rule wins
    assert make(items=(FOOD,)).overdue_rule is OverdueRule.WITHHOLD
    assert make(due_date=date(2026, 2, 27)).due_date == date(2026, 2, 27)


def test_refused_unless_every_missing_material_is_waivable() -> None:
    with pytest.raises(CommitmentRefused, match=r"不允许容缺.*申请书"):
        make(materials=(LEASE, APP_FORM))
    with pytest.raises(CommitmentRefused, match=r"不提供容缺受理.*个体工商户设立登记"):
        make(items=(replace(SHOP, commitment_days=0),))
    with pytest.raises(CommitmentRefused, match="无需容缺"):
        make(materials=())
    with pytest.raises(CommitmentRefused, match="签字"):
        make(signed_by=" ")
    with pytest.raises(CommitmentRefused, match="早于受理日期"):
        make(due_date=date(2026, 2, 1))


def test_from_an_assessment() -> None:
    a = assess(
        [SHOP, FOOD],
        {},
        {"M01": MaterialRecord("M01", ID_CARD.name, MaterialStatus.RECEIVED)}
        | {"M02": MaterialRecord("M02", APP_FORM.name, MaterialStatus.RECEIVED)},
    )
    assert a.waivable_ok
    c = make(materials=a.waivable_materials(), items=(SHOP, FOOD))
    assert c.material_codes == ("M03", "M07")


def test_overdue_and_days_left() -> None:
    cal = calendar()
    c = make()
    assert c.days_left(date(2026, 3, 2), cal) == 2
    assert not c.is_overdue(c.due_date, cal)
    assert c.is_overdue(date(2026, 3, 6), cal)
    assert c.days_left(date(2026, 3, 6), cal) < 0
    c.supplement("M03", date(2026, 3, 6))
    assert not c.is_overdue(date(2026, 3, 9), cal)  # nothing missing any more
    with pytest.raises(DomainError, match="已于 2026-03-06 补交"):
        c.supplement("M03", date(2026, 3, 6))


def test_json_round_trip() -> None:
    c = make(materials=(LEASE, FIRE), items=(SHOP, FOOD))
    c.supplement("M07", date(2026, 2, 24))
    assert Commitment.from_json(c.to_json()) == c
