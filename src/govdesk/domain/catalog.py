"""The service catalog (政务服务事项实施清单): items, their situations and their materials.

These are the types every layer shares. ``catalog_loader`` reads and validates them from
``resources/catalog/*.json``; ``catalog_search`` finds them by name, code and pinyin.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from govdesk.domain.messages import Message, translate

INSTANT = translate("Deadline", "即办", "deadline.instant")
#: A time limit in words: "15个工作日", "30个自然日", "4小时".
LIMIT_WORDS = {
    "working_days": translate("Deadline", "{amount}个工作日", "deadline.limit.working_days"),
    "natural_days": translate("Deadline", "{amount}个自然日", "deadline.limit.natural_days"),
    "hours": translate("Deadline", "{amount}小时", "deadline.limit.hours"),
}


NO_OPTION = translate("Catalog", "情形问题“{question}”没有选项 {value}", "catalog.no_option")
NO_MATERIAL = translate("Catalog", "事项“{item}”没有材料 {code}", "catalog.no_material")
NO_ITEM = translate("Catalog", "目录 {version} 中没有事项 {code}", "catalog.no_item")
NO_BUNDLE = translate("Catalog", "目录 {version} 中没有“一件事” {code}", "catalog.no_bundle")

#: 《行政许可法》 art. 42: a decision due within 20 working days may, with the approval of the head of the organ, be
#: extended by 10 working days, unless a law or regulation provides otherwise. The catalog's default extension.
DEFAULT_EXTENSION_DAYS = 10
EXTENSION_LAW = "《中华人民共和国行政许可法》第四十二条"


class ItemKind(StrEnum):
    """办件类型 (GB/T 39046-2020): 即办件 done on the spot, 承诺件 done within a promised time."""

    INSTANT = "instant"  # 即办件
    PROMISED = "promised"  # 承诺件


class TimeUnit(StrEnum):
    WORKING_DAYS = "working_days"  # 工作日 (the default; weekends, holidays off, 调休 days on)
    NATURAL_DAYS = "natural_days"  # 自然日
    HOURS = "hours"  # 小时 (some 即办 and 承诺 items promise hours)


class MaterialForm(StrEnum):
    ORIGINAL = "original"  # 原件
    COPY = "copy"  # 复印件
    ELECTRONIC = "electronic"  # 电子件


class OverdueRule(StrEnum):
    """What happens when a 容缺 promise is not kept by its due date (regulation 002 三 (三))."""

    WITHHOLD = "withhold"  # the result is withheld until the materials come
    REVOKE = "revoke"  # the acceptance is revoked with a notice


@dataclass(frozen=True, slots=True)
class TimeLimit:
    amount: int
    unit: TimeUnit = TimeUnit.WORKING_DAYS

    def describe(self) -> str:
        if self.amount == 0:
            return Message(INSTANT)
        return Message(LIMIT_WORDS[self.unit], amount=self.amount)


@dataclass(frozen=True, slots=True)
class Department:
    code: str  # e.g. "SCJG" or an 11-digit 统一社会信用代码-derived code; kept as published
    name: str  # e.g. "市场监督管理局"


@dataclass(frozen=True, slots=True)
class SituationOption:
    value: str
    label: str


@dataclass(frozen=True, slots=True)
class SituationQuestion:
    """One 情形引导 question, e.g. ``applicant_type`` "申请人是本人还是代办人?"."""

    key: str
    text: str
    options: tuple[SituationOption, ...]
    default: str

    def option(self, value: str) -> SituationOption:
        for opt in self.options:
            if opt.value == value:
                return opt
        raise KeyError(Message(NO_OPTION, question=self.text, value=repr(value)))


@dataclass(frozen=True, slots=True)
class Material:
    """申请材料. ``applies_when`` maps a question key to the answers under which this material applies;
    an empty mapping means it always applies."""

    code: str
    name: str
    required: bool = True
    forms: tuple[MaterialForm, ...] = (MaterialForm.ORIGINAL,)
    copies: int = 1
    waivable: bool = False  # 容缺: may be promised for later
    shared: bool = False  # 免提交: fetched by data sharing, never asked of the applicant (regulation 000 Art. 31)
    shared_source: str = ""  # where data sharing fetches it from, e.g. "公安人口库"
    applies_when: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    requirements: str = ""  # what makes it acceptable (shown as the remedy when it is defective or missing)

    def applies(self, answers: Mapping[str, str]) -> bool:
        return all(answers.get(key) in values for key, values in self.applies_when.items())


@dataclass(frozen=True, slots=True)
class Fee:
    amount_fen: int = 0  # 0 = free (不收费)
    basis: str = ""  # 收费依据 (regulation 003: fees only as published)

    def describe(self) -> str:
        if self.amount_fen == 0:
            return "不收费"
        yuan, fen = divmod(self.amount_fen, 100)
        return f"{yuan}.{fen:02d}元"


@dataclass(frozen=True, slots=True)
class ServiceItem:
    """政务服务事项 (实施清单 entry). Codes are at most 50 characters (GB/T 39046-2020)."""

    code: str
    name: str
    department: Department
    item_type: str  # 事项类型 code (see domain.codes.ITEM_TYPES), e.g. "01" 行政许可
    kind: ItemKind
    statutory_limit: TimeLimit  # 法定时限
    promised_limit: TimeLimit  # 承诺时限 (never longer than the statutory one)
    fee: Fee = Fee()
    conditions: tuple[str, ...] = ()  # 申请条件
    questions: tuple[SituationQuestion, ...] = ()  # 情形引导
    materials: tuple[Material, ...] = ()
    result_name: str = ""  # 结果名称, e.g. "营业执照"
    legal_basis: str = ""  # 设定依据
    guide_url: str = ""  # 办事指南 link, printed as a second QR code where present
    commitment_days: int = 0  # 容缺: default working days to bring the waived materials (0 = 容缺 not offered)
    overdue_rule: OverdueRule = OverdueRule.WITHHOLD
    keywords: tuple[str, ...] = ()  # other names the public uses
    # 延期办理: working days the promised date may be moved by, in all (art. 42; 0 = no extension); more than the
    # default needs the law or regulation that allows it (``extension_basis``)
    extension_days: int = DEFAULT_EXTENSION_DAYS
    extension_basis: str = ""
    # The applicant is told of the back office's progress by SMS (a 补正 asked: central/steps.py); an item whose
    # department tells its applicants itself sets ``"progress_sms": false``
    progress_sms: bool = True

    @property
    def extension_law(self) -> str:
        """The legal basis printed on a 延期办理告知书: the item's own, else art. 42."""
        return self.extension_basis or EXTENSION_LAW

    def default_answers(self) -> dict[str, str]:
        return {q.key: q.default for q in self.questions}

    def applicable_materials(self, answers: Mapping[str, str]) -> tuple[Material, ...]:
        """The materials that apply in this situation (unanswered questions take their default)."""
        full = self.default_answers()
        full.update(answers)
        return tuple(m for m in self.materials if m.applies(full))

    def material(self, code: str) -> Material:
        for m in self.materials:
            if m.code == code:
                return m
        raise KeyError(Message(NO_MATERIAL, item=self.name, code=code))


@dataclass(frozen=True, slots=True)
class Bundle:
    """一件事一次办: several items taken in one intake, materials shared by code (regulation 000 Art. 28)."""

    code: str
    name: str
    item_codes: tuple[str, ...]
    lead_department: str = ""


@dataclass(frozen=True, slots=True)
class Catalog:
    """A version of the catalog. Every case records the version it was taken under."""

    version: str
    items: tuple[ServiceItem, ...]
    bundles: tuple[Bundle, ...] = ()

    def item(self, code: str) -> ServiceItem:
        for it in self.items:
            if it.code == code:
                return it
        raise KeyError(Message(NO_ITEM, version=self.version, code=code))

    def bundle(self, code: str) -> Bundle:
        for b in self.bundles:
            if b.code == code:
                return b
        raise KeyError(Message(NO_BUNDLE, version=self.version, code=code))

    def departments(self) -> tuple[Department, ...]:
        seen: dict[str, Department] = {}
        for it in self.items:
            seen.setdefault(it.department.code, it.department)
        return tuple(seen.values())
