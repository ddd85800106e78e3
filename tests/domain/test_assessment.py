"""Material assessment: each outcome, bundles sharing a material, 容缺 refused, optional and shared materials."""

from __future__ import annotations

from dataclasses import replace

import pytest

from govdesk.domain.assessment import Outcome, assess, broken_notice
from govdesk.domain.case import MaterialRecord, MaterialStatus
from govdesk.domain.catalog import Material
from tests.domain.test_case_builders import APP_FORM, FOOD, ID_CARD, LEASE, PROOF, SHOP


def rec(m: Material, status: MaterialStatus = MaterialStatus.RECEIVED, reason: str = "") -> MaterialRecord:
    return MaterialRecord(m.code, m.name, status, reason=reason)


def test_all_in_promised_item_is_accept() -> None:
    a = assess([SHOP], {}, {m.code: rec(m) for m in (ID_CARD, APP_FORM, LEASE)})
    assert a.outcomes == {Outcome.ACCEPT, Outcome.REJECT}
    assert a.complete and not a.missing and not a.defective
    assert [m.code for m in a.shared] == ["M05"]  # 免提交, never asked
    assert [m.code for m in a.optional] == ["M04"]  # optional never blocks
    assert "M06" not in {m.code for m in a.applicable}  # 授权委托书 only for an agent


def test_all_in_instant_item_is_complete() -> None:
    a = assess([PROOF], {}, {"M01": rec(ID_CARD)})
    assert a.outcomes == {Outcome.COMPLETE, Outcome.REJECT}


def test_pending_and_waived_count_as_missing() -> None:
    a = assess([PROOF], {}, {"M01": rec(ID_CARD, MaterialStatus.PENDING)})
    assert [d.code for d in a.missing] == ["M01"]
    a = assess([SHOP], {}, {"M01": rec(ID_CARD), "M02": rec(APP_FORM), "M03": rec(LEASE, MaterialStatus.WAIVED)})
    assert [d.code for d in a.missing] == ["M03"]


def test_missing_waivable_gives_notify_and_conditional() -> None:
    a = assess([SHOP], {}, {"M01": rec(ID_CARD), "M02": rec(APP_FORM)})
    assert a.outcomes == {Outcome.NOTIFY, Outcome.CONDITIONAL, Outcome.REJECT}
    assert a.waivable_ok and a.commitment_days == 10
    (line,) = a.missing
    assert (line.code, line.reason, line.remedy, line.copies, line.waivable) == (
        "M03",
        "未提交",
        "租赁合同复印件",
        2,
        True,
    )
    assert [m.code for m in a.waivable_materials()] == ["M03"]


def test_not_waivable_missing_refuses_conditional() -> None:
    a = assess([SHOP], {}, {"M01": rec(ID_CARD)})  # 申请书 and 经营场所证明 missing; 申请书 not waivable
    assert a.outcomes == {Outcome.NOTIFY, Outcome.REJECT}
    assert not a.waivable_ok
    assert a.conditional_refused == ("以下材料不允许容缺：申请书",)
    assert [d.code for d in a.missing] == ["M02", "M03"]


def test_defective_with_reason_and_remedy() -> None:
    records = {"M01": rec(ID_CARD, MaterialStatus.DEFECTIVE, "证件已过期"), "M02": rec(APP_FORM), "M03": rec(LEASE)}
    a = assess([SHOP], {}, records)
    (line,) = a.defective
    assert (line.code, line.reason, line.remedy, line.defective) == (
        "M01",
        "证件已过期",
        "有效期内的居民身份证原件",
        True,
    )
    assert a.outcomes == {Outcome.NOTIFY, Outcome.REJECT}  # 身份证 is not waivable
    assert a.deficiencies == (line,)


def test_item_without_commitment_days_refuses_conditional() -> None:
    no_offer = replace(SHOP, commitment_days=0)
    a = assess([no_offer], {}, {"M01": rec(ID_CARD), "M02": rec(APP_FORM)})
    assert not a.waivable_ok and Outcome.CONDITIONAL not in a.outcomes
    assert a.conditional_refused == ("以下事项不提供容缺受理：个体工商户设立登记",)


def test_situation_answers_select_materials() -> None:
    a = assess([SHOP], {"who": "agent"}, {m.code: rec(m) for m in (ID_CARD, APP_FORM, LEASE)})
    assert [d.code for d in a.missing] == ["M06"]
    assert a.missing[0].remedy == "载明委托事项的授权委托书"


def test_bundle_asks_a_shared_material_once() -> None:
    a = assess([SHOP, FOOD], {}, {"M01": rec(ID_CARD), "M02": rec(APP_FORM)})
    codes = [m.code for m in a.applicable]
    assert codes.count("M01") == 1 and codes.count("M03") == 1
    assert a.sources["M03"] == (SHOP.code, FOOD.code)
    assert [d.code for d in a.missing] == ["M03", "M07"]
    assert a.missing[0].item_codes == (SHOP.code, FOOD.code)
    assert a.waivable_ok and a.commitment_days == 5  # the shortest of the two
    assert a.outcomes == {Outcome.NOTIFY, Outcome.CONDITIONAL, Outcome.REJECT}


def test_bundle_merge_is_strict_on_waivable_and_shared() -> None:
    strict_lease = replace(LEASE, waivable=False, copies=3)
    other = replace(FOOD, materials=(strict_lease, replace(ID_CARD, shared=True)))
    a = assess([SHOP, other], {}, {"M01": rec(ID_CARD), "M02": rec(APP_FORM)})
    (line,) = a.missing
    assert line.code == "M03" and not line.waivable and line.copies == 3
    assert not a.waivable_ok
    assert "M01" not in {m.code for m in a.shared}  # shared only where every item fetches it


def test_bundle_all_in_with_an_instant_item_is_accept() -> None:
    a = assess([SHOP, PROOF], {}, {m.code: rec(m) for m in (ID_CARD, APP_FORM, LEASE)})
    assert a.outcomes == {Outcome.ACCEPT, Outcome.REJECT}


def test_optional_material_missing_never_blocks() -> None:
    a = assess(
        [SHOP], {}, {m.code: rec(m) for m in (ID_CARD, APP_FORM, LEASE)} | {"M04": rec(LEASE, MaterialStatus.MISSING)}
    )
    assert a.complete and Outcome.ACCEPT in a.outcomes


def test_assess_needs_items() -> None:
    with pytest.raises(ValueError):
        assess([], {}, {})


def test_broken_notice() -> None:
    assert broken_notice(["M02", "M03"], ["M03", "M06", "M07", "M06"]) == ("M06", "M07")
    assert broken_notice(["M02", "M03"], ["M03"]) == ()


def test_shipped_demo_catalog_bundles_ask_shared_materials_once() -> None:
    from govdesk.shipped import default_catalog

    catalog = default_catalog()
    assert catalog.bundles
    for bundle in catalog.bundles:
        items = [catalog.item(code) for code in bundle.item_codes]
        nothing = assess(items, {}, {})
        codes = [m.code for m in nothing.applicable]
        assert len(codes) == len(set(codes))  # merged by code
        asked = {m.code for it in items for m in it.applicable_materials({}) if m.required and not m.shared}
        assert {d.code for d in nothing.missing} <= asked
        assert Outcome.REJECT in nothing.outcomes
        if nothing.missing:
            assert Outcome.NOTIFY in nothing.outcomes
            assert (Outcome.CONDITIONAL in nothing.outcomes) == nothing.waivable_ok
            assert nothing.waivable_ok == (
                all(d.waivable for d in nothing.missing) and all(it.commitment_days > 0 for it in items)
            )
        everything = {m.code: rec(m) for m in nothing.applicable}
        done = assess(items, {}, everything)
        assert done.complete
        expected = Outcome.COMPLETE if all(it.kind.value == "instant" for it in items) else Outcome.ACCEPT
        assert done.outcomes == {expected, Outcome.REJECT}
