"""Material assessment: what applies, what is missing or defective, and what the clerk may decide.

``assess(items, answers, records)`` looks at the materials that apply to the applicant's situation (情形引导
answers; unanswered questions take their defaults) across every item of the intake. For a bundle (一件事一次办,
regulation 000, Art. 28) materials are merged by code, so a shared material is asked for once: it is required if any
item requires it, waivable (容缺) only if every item allows it, 免提交 only if every item fetches it by data sharing,
and the largest number of copies is asked.

Status of a material, from the window's ``MaterialRecord``:
- in: RECEIVED, SUPPLEMENTED, SHARED (and any material marked ``shared`` in the catalog: never asked of the
  applicant, regulation 000, Art. 31);
- defective: DEFECTIVE (the record's reason; remedy = the record's remedy or the material's requirements);
- missing: no record, PENDING (not yet checked), MISSING, WAIVED (promised, still not here).
Optional materials never block.

Outcomes (what the clerk may decide): everything in → ACCEPT (承诺件) or COMPLETE (when every item is 即办件);
anything missing or defective → NOTIFY (一次性告知, regulation 002, 一: "当场出具材料补正通知书,一次告知需补正的全部
内容"), plus CONDITIONAL when 容缺 is allowed (regulation 002, 三 (三)); REJECT is always possible, with a reason.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from govdesk.domain.case import Deficiency, MaterialRecord, MaterialStatus
from govdesk.domain.catalog import ItemKind, Material, MaterialForm, ServiceItem

__all__ = [
    "REJECT_REASONS",
    "Assessment",
    "Deficiency",
    "Outcome",
    "assess",
    "broken_notice",
]


class Outcome(StrEnum):
    ACCEPT = "accept"  # 受理 (承诺件)
    COMPLETE = "complete"  # 即办件 done on the spot
    NOTIFY = "notify"  # 一次性告知
    CONDITIONAL = "conditional"  # 容缺受理
    REJECT = "reject"  # 不予受理 (always possible, with a reason)


#: Common reasons for 不予受理, offered to the clerk (any other reason may be written).
REJECT_REASONS: tuple[str, ...] = (
    "申请事项不属于本中心受理范围",
    "申请事项依法不需要取得行政许可",
    "申请人不具备申请资格",
    "申请事项依法不属于本行政机关职权范围",
)

_IN = frozenset({MaterialStatus.RECEIVED, MaterialStatus.SUPPLEMENTED, MaterialStatus.SHARED})
_FORM_WORDS = {MaterialForm.ORIGINAL: "原件", MaterialForm.COPY: "复印件", MaterialForm.ELECTRONIC: "电子件"}


@dataclass(frozen=True, slots=True)
class Assessment:
    """The result of ``assess``. Materials are in catalog order (first item first)."""

    applicable: tuple[Material, ...]  # every material that applies (merged by code), shared and optional included
    missing: tuple[Deficiency, ...]  # required, not here
    defective: tuple[Deficiency, ...]  # required, here but not acceptable
    shared: tuple[Material, ...]  # 免提交: fetched by data sharing, never asked of the applicant
    optional: tuple[Material, ...]  # optional materials that apply (never block)
    waivable_ok: bool  # 容缺 allowed: at least one deficiency, every one waivable, every item offers 容缺
    outcomes: frozenset[Outcome]
    commitment_days: int  # working days a 容缺 promise may run (the shortest of the items; 0 if not offered)
    sources: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # material code -> item codes asking it
    conditional_refused: tuple[str, ...] = ()  # why 容缺 is not allowed (Chinese), when it is not

    @property
    def deficiencies(self) -> tuple[Deficiency, ...]:
        """Missing then defective: the lines of a 一次性告知单."""
        return self.missing + self.defective

    @property
    def complete(self) -> bool:
        return not self.missing and not self.defective

    def material(self, code: str) -> Material:
        for m in self.applicable:
            if m.code == code:
                return m
        raise KeyError(f"本次办理不涉及材料 {code}")

    def waivable_materials(self) -> tuple[Material, ...]:
        """The materials a 容缺 commitment would cover (the missing and defective ones)."""
        return tuple(self.material(d.code) for d in self.deficiencies)


def _merge(items: Sequence[ServiceItem], answers: Mapping[str, str]) -> tuple[list[Material], dict[str, list[str]]]:
    merged: dict[str, Material] = {}
    sources: dict[str, list[str]] = {}
    for item in items:
        for m in item.applicable_materials(answers):
            sources.setdefault(m.code, []).append(item.code)
            seen = merged.get(m.code)
            if seen is None:
                merged[m.code] = m
                continue
            merged[m.code] = replace(
                seen,
                required=seen.required or m.required,
                waivable=seen.waivable and m.waivable,
                shared=seen.shared and m.shared,
                copies=max(seen.copies, m.copies),
                requirements=seen.requirements or m.requirements,
            )
    return list(merged.values()), sources


def _default_remedy(m: Material) -> str:
    forms = "或".join(_FORM_WORDS[f] for f in m.forms) or "原件"
    return f"请提交{m.name}{forms}{m.copies}份"


def assess(
    items: Sequence[ServiceItem], answers: Mapping[str, str], records: Mapping[str, MaterialRecord]
) -> Assessment:
    """Assess the materials of an intake of ``items`` (one item, or a bundle) — see the module docstring."""
    if not items:
        raise ValueError("assess() needs at least one service item")
    materials, sources = _merge(items, answers)
    missing: list[Deficiency] = []
    defective: list[Deficiency] = []
    shared: list[Material] = []
    optional: list[Material] = []
    for m in materials:
        src = tuple(sources[m.code])
        if m.shared:
            shared.append(m)
            continue
        if not m.required:
            optional.append(m)
            continue
        rec = records.get(m.code)
        status = rec.status if rec is not None else MaterialStatus.PENDING
        if status in _IN:
            continue
        line = Deficiency(
            code=m.code,
            name=m.name,
            reason="未提交",
            remedy=m.requirements or _default_remedy(m),
            waivable=m.waivable,
            copies=m.copies,
            forms=m.forms,
            item_codes=src,
        )
        if status is MaterialStatus.DEFECTIVE and rec is not None:
            remedy = rec.remedy or line.remedy
            defective.append(replace(line, reason=rec.reason or "不符合要求", remedy=remedy, defective=True))
        else:
            missing.append(line)
    deficient = missing + defective
    refused: list[str] = []
    if deficient:
        not_waivable = [d.name for d in deficient if not d.waivable]
        if not_waivable:
            refused.append(f"以下材料不允许容缺：{'、'.join(not_waivable)}")
        no_offer = [it.name for it in items if it.commitment_days <= 0]
        if no_offer:
            refused.append(f"以下事项不提供容缺受理：{'、'.join(no_offer)}")
    waivable_ok = bool(deficient) and not refused
    outcomes = {Outcome.REJECT}
    if not deficient:
        outcomes.add(Outcome.COMPLETE if all(it.kind is ItemKind.INSTANT for it in items) else Outcome.ACCEPT)
    else:
        outcomes.add(Outcome.NOTIFY)
        if waivable_ok:
            outcomes.add(Outcome.CONDITIONAL)
    days = min(it.commitment_days for it in items)
    return Assessment(
        applicable=tuple(materials),
        missing=tuple(missing),
        defective=tuple(defective),
        shared=tuple(shared),
        optional=tuple(optional),
        waivable_ok=waivable_ok,
        outcomes=frozenset(outcomes),
        commitment_days=max(0, days),
        sources={code: tuple(src) for code, src in sources.items()},
        conditional_refused=tuple(refused),
    )


def broken_notice(first_notice_codes: Sequence[str], now_missing_codes: Sequence[str]) -> tuple[str, ...]:
    """The materials asked for now that the first 一次性告知 did not list: a broken 一次告知 (regulation 000,
    Art. 25), shown to the supervisor. In the order of ``now_missing_codes``, each once."""
    first = set(first_notice_codes)
    seen: set[str] = set()
    out: list[str] = []
    for code in now_missing_codes:
        if code not in first and code not in seen:
            seen.add(code)
            out.append(code)
    return tuple(out)
