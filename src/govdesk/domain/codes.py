"""Code lists (GB/T 39046-2020 and the standards it cites) and the per-target translation layer.

Each list is a frozen mapping code -> Chinese label. ``CodeMapping`` translates our codes to a target
system's (a provincial platform that numbers differently) and back, and raises ``UnmappedCodeError``
with a sentence a clerk can read when a code has no counterpart.

Provenance, list by list (the standard texts themselves are not in the repository; what could not be
checked against a published copy is marked so):
- 事项类型: the 政务服务事项基本目录 types (行政许可 01 … 其他行政权力 10, 公共服务 20). Cross-checked with
  the ``taskType`` values a provincial platform (sczwfw.gov.cn) uses in its item links (1, 5, 10, 20).
- 办件类型: 1 即办件, 2 承诺件 (GB/T 39046-2020; 即办件/承诺件 as in regulation 002 一 and 003 四).
- 证件类型: GA/T 2000.156-2016 (常用证件代码) as cited by GB/T 39046, which continues GA/T 517-2004's table.
  Passports (issue 11, settled with the search tool): the 41x block is 411 外交护照, 412 公务护照, 413 因公普通护照
  (公务普通护照), 414 普通护照, 415 旅行证, 416 入出境通行证 … 420/421 香港/澳门特别行政区护照. Sources: GA/T 517-2004
  as listed at https://blog.csdn.net/huweijian5/article/details/86999713 (111 … 414 普通护照, 416, 417, 420, 421);
  public code tables in repositories (found with the code search) listing 411 外交护照, 412 公务护照, 413 因公普通
  护照, 414 普通护照 in that order; the number prefixes (D 外交, S 公务, P 公务普通, E/G 普通; DE/SE/PE electronic):
  https://www.liuqiuyi.com/yimin/21634.html (《护照法》第三条: 外交护照、公务护照、普通护照), https://ywbk.net/changshi/0zRqlb69m6.html.
  So a Chinese D/S/P passport is 411/412/413 (``id_type_code``), never 414, which is the 普通护照 (Chinese E/G and
  foreign ordinary passports). The standard's own text was not found; 111, 511, 513, 516 and 553 agree with the
  same tables. 港澳台居民居住证 (2018) has no code of its own in the 2016 table: it is filed under 990 其他证件
  until a target system says otherwise (``CodeMapping``). "049" for 统一社会信用代码 is the value in
  ``case.Applicant``'s contract, unverified.
- 满意度: our list is 1 非常满意 … 5 非常不满意 (DESIGN.md, GB/T 39046 as the project read it). The national 好差评
  system (GB/T 39734/39735-2020 define the five grades 非常满意、满意、基本满意、不满意、非常不满意, not their codes)
  counts the other way: 5 stars 非常满意 … 1 star 非常不满意 in the grade table reproduced at
  http://www.jiakaoti.com/page95?article_id=100, and 5 = 非常满意 … 1 = 非常不满意 in 办件评价 interfaces
  (https://www.kancloud.cn/xtuo/ping/2041949, https://www.showdoc.com.cn/gasGft/10620844168389366). The interface
  specification itself was not found, so ``HAOCHAPING_MAPPING`` reverses the codes on the strength of these
  (consistent) secondary sources; a province whose system differs gets its own ``CodeMapping``.
- 办件状态 and 出件方式: govdesk's own reporting lists (regulation 002 二 (三): 窗口领取, 邮政寄递, 自助柜;
  regulation 000 Art. 27: 电子证照); a target system's own codes go through ``CodeMapping``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

from govdesk.domain.case import CaseState
from govdesk.domain.catalog import ItemKind
from govdesk.domain.identity import IdCheck, IdKind, check
from govdesk.domain.identity import messages as id_messages
from govdesk.domain.messages import Message, translate


@dataclass(frozen=True, slots=True)
class CodeList:
    """One code list: its key (``name``), its Chinese title, and code -> label."""

    name: str
    title: str
    entries: Mapping[str, str]

    def label(self, code: str) -> str:
        """The label of ``code``; ``KeyError`` if it is not in the list."""
        return self.entries[code]

    def __contains__(self, code: object) -> bool:
        return code in self.entries


def _list(name: str, title: str, entries: dict[str, str]) -> CodeList:
    return CodeList(name=name, title=title, entries=MappingProxyType(entries))


ITEM_TYPE = _list(
    "item_type",
    "事项类型",
    {
        "01": Message(translate("CodeList", "行政许可", "codes.item_type.01")),
        "02": Message(translate("CodeList", "行政处罚", "codes.item_type.02")),
        "03": Message(translate("CodeList", "行政强制", "codes.item_type.03")),
        "04": Message(translate("CodeList", "行政征收", "codes.item_type.04")),
        "05": Message(translate("CodeList", "行政给付", "codes.item_type.05")),
        "06": Message(translate("CodeList", "行政检查", "codes.item_type.06")),
        "07": Message(translate("CodeList", "行政确认", "codes.item_type.07")),
        "08": Message(translate("CodeList", "行政奖励", "codes.item_type.08")),
        "09": Message(translate("CodeList", "行政裁决", "codes.item_type.09")),
        "10": Message(translate("CodeList", "其他行政权力", "codes.item_type.10")),
        "20": Message(translate("CodeList", "公共服务", "codes.item_type.20")),
    },
)

CASE_KIND = _list(
    "case_kind",
    "办件类型",
    {
        "1": Message(translate("CodeList", "即办件", "codes.case_kind.1")),
        "2": Message(translate("CodeList", "承诺件", "codes.case_kind.2")),
    },
)

#: Our catalog's ``ItemKind`` as its 办件类型 code.
CASE_KIND_BY_ITEM_KIND: Mapping[ItemKind, str] = MappingProxyType({ItemKind.INSTANT: "1", ItemKind.PROMISED: "2"})

ID_TYPE = _list(
    "id_type",
    "证件类型",
    {
        "111": Message(translate("CodeList", "居民身份证", "codes.id_type.111")),
        "411": Message(translate("CodeList", "外交护照", "codes.id_type.411")),
        "412": Message(translate("CodeList", "公务护照", "codes.id_type.412")),
        "413": Message(translate("CodeList", "因公普通护照", "codes.id_type.413")),
        "414": Message(translate("CodeList", "普通护照", "codes.id_type.414")),
        "511": Message(translate("CodeList", "台湾居民来往大陆通行证", "codes.id_type.511")),
        "513": Message(translate("CodeList", "往来港澳通行证", "codes.id_type.513")),
        "516": Message(translate("CodeList", "港澳居民来往内地通行证", "codes.id_type.516")),
        "553": Message(translate("CodeList", "外国人永久居留身份证", "codes.id_type.553")),
        "049": Message(translate("CodeList", "统一社会信用代码", "codes.id_type.049")),
        "990": Message(translate("CodeList", "其他证件", "codes.id_type.990")),
    },
)

#: The 证件类型 code of each kind of number (a mobile number is not a 证件 and has none).
ID_TYPE_BY_KIND: Mapping[IdKind, str] = MappingProxyType(
    {
        IdKind.RESIDENT_ID: "111",
        IdKind.CN_PASSPORT: "414",
        IdKind.FOREIGN_PASSPORT: "414",
        IdKind.TAIWAN_PERMIT: "511",
        IdKind.EXIT_PERMIT_HK_MACAO: "513",
        IdKind.HK_MACAO_PERMIT: "516",
        IdKind.FOREIGN_PERMANENT_RESIDENT: "553",
        IdKind.USCC: "049",
        IdKind.RESIDENCE_PERMIT: "990",
    }
)

#: 证件类型 of a Chinese passport by the letters its number starts with (D/DE 外交, S/SE 公务, P/PE 公务普通).
CN_PASSPORT_ID_TYPE_BY_PREFIX: Mapping[str, str] = MappingProxyType({"D": "411", "S": "412", "P": "413"})


def id_type_code(result: IdCheck) -> str | None:
    """The 证件类型 code of a checked number: a Chinese passport by its prefix, any other kind by
    ``ID_TYPE_BY_KIND``; None for a mobile number or an unknown kind."""
    if result.kind is IdKind.CN_PASSPORT and result.normalized[:1] in CN_PASSPORT_ID_TYPE_BY_PREFIX:
        return CN_PASSPORT_ID_TYPE_BY_PREFIX[result.normalized[:1]]
    return ID_TYPE_BY_KIND.get(result.kind)


#: The kinds a number of a 证件类型 may be (414 covers Chinese and foreign ordinary passports).
KINDS_BY_ID_TYPE: Mapping[str, tuple[IdKind, ...]] = MappingProxyType(
    {
        **{code: (IdKind.CN_PASSPORT,) for code in CN_PASSPORT_ID_TYPE_BY_PREFIX.values()},
        **{
            code: tuple(kind for kind, c in ID_TYPE_BY_KIND.items() if c == code)
            for code in sorted(set(ID_TYPE_BY_KIND.values()))
        },
    }
)


def check_as_id_type(id_type: str, number: str, today: date) -> IdCheck:
    """Check ``number`` as a document of 证件类型 ``id_type``: the first kind it is valid as; a Chinese passport
    whose prefix says another 证件类型 (an E passport chosen as 411 外交护照) is refused in words."""
    kinds = KINDS_BY_ID_TYPE.get(id_type) or (IdKind.UNKNOWN,)
    results = [check(number, kind, today) for kind in kinds]
    result = next((r for r in results if r.valid), results[0])
    actual = id_type_code(result) if result.valid else None
    if actual is not None and id_type in ID_TYPE and actual != id_type and result.kind is IdKind.CN_PASSPORT:
        return IdCheck(
            valid=False,
            kind=result.kind,
            reason=Message(
                id_messages.PASSPORT_TYPE_MISMATCH,
                number=result.normalized,
                actual=ID_TYPE.label(actual),
                actual_code=actual,
                chosen=ID_TYPE.label(id_type),
                chosen_code=id_type,
            ),
            normalized=result.normalized,
        )
    return result


SATISFACTION = _list(
    "satisfaction",
    "满意度",
    {
        "1": Message(translate("CodeList", "非常满意", "codes.satisfaction.1")),
        "2": Message(translate("CodeList", "满意", "codes.satisfaction.2")),
        "3": Message(translate("CodeList", "基本满意", "codes.satisfaction.3")),
        "4": Message(translate("CodeList", "不满意", "codes.satisfaction.4")),
        "5": Message(translate("CodeList", "非常不满意", "codes.satisfaction.5")),
    },
)

CASE_STATUS = _list(
    "case_status",
    "办件状态",
    {
        "01": Message(translate("CodeList", "已受理", "codes.case_status.01")),
        "02": Message(translate("CodeList", "容缺受理", "codes.case_status.02")),
        "03": Message(translate("CodeList", "不予受理", "codes.case_status.03")),
        "04": Message(translate("CodeList", "一次性告知（补正）", "codes.case_status.04")),
        "05": Message(translate("CodeList", "即办办结", "codes.case_status.05")),
        "06": Message(translate("CodeList", "审查中", "codes.case_status.06")),
        "07": Message(translate("CodeList", "准予许可", "codes.case_status.07")),
        "08": Message(translate("CodeList", "不予许可", "codes.case_status.08")),
        "09": Message(translate("CodeList", "待领取", "codes.case_status.09")),
        "10": Message(translate("CodeList", "已出件", "codes.case_status.10")),
        "11": Message(translate("CodeList", "已办结", "codes.case_status.11")),
        "12": Message(translate("CodeList", "撤销容缺受理", "codes.case_status.12")),
    },
)

#: How each reported case state is coded; a draft is never reported, and "submitted"/"in_review" share 06.
CASE_STATUS_BY_STATE: Mapping[CaseState, str] = MappingProxyType(
    {
        CaseState.ACCEPTED: "01",
        CaseState.ACCEPTED_CONDITIONAL: "02",
        CaseState.REJECTED: "03",
        CaseState.NOTIFIED: "04",
        CaseState.COMPLETED: "05",
        CaseState.SUBMITTED: "06",
        CaseState.IN_REVIEW: "06",
        CaseState.APPROVED: "07",
        CaseState.DENIED: "08",
        CaseState.RESULT_READY: "09",
        CaseState.HANDED_OFF: "10",
        CaseState.CLOSED: "11",
        CaseState.REVOKED: "12",
    }
)

DELIVERY = _list(
    "delivery",
    "出件方式",
    {
        "1": Message(translate("CodeList", "窗口领取", "codes.delivery.1")),
        "2": Message(translate("CodeList", "邮政寄递", "codes.delivery.2")),
        "3": Message(translate("CodeList", "自助柜", "codes.delivery.3")),
        "4": Message(translate("CodeList", "电子证照", "codes.delivery.4")),
    },
)

#: Every list by its key.
CODE_LISTS: Mapping[str, CodeList] = MappingProxyType(
    {cl.name: cl for cl in (ITEM_TYPE, CASE_KIND, ID_TYPE, SATISFACTION, CASE_STATUS, DELIVERY)}
)


class UnmappedCodeError(LookupError):
    """A code has no counterpart in the target system (or is not in our list). The message is Chinese."""


@dataclass(frozen=True, slots=True)
class CodeMapping:
    """A translation of our codes to one target system's codes.

    ``tables`` holds explicit translations per list (our code -> theirs). A list without a table passes
    codes through unchanged when ``passthrough`` is true (the national set), and is unmapped otherwise.
    """

    target: str
    tables: Mapping[str, Mapping[str, str]]
    passthrough: bool = True

    @classmethod
    def identity(cls, target: str = "全国一体化政务服务平台") -> CodeMapping:
        return cls(target=target, tables=MappingProxyType({}), passthrough=True)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CodeMapping:
        """Load ``{"target": str, "passthrough": bool = true, "lists": {list_name: {ours: theirs}}}``.

        Raises ``ValueError`` (Chinese message) for an unknown list, a code not in our list, or two of
        our codes mapped to one target code (the way back would be ambiguous).
        """
        target = data.get("target")
        if not isinstance(target, str) or not target:
            raise ValueError("代码映射缺少目标系统名称（target）")
        raw_lists = data.get("lists", {})
        if not isinstance(raw_lists, Mapping):
            raise ValueError(f"目标系统「{target}」的代码映射 lists 应为字典")
        tables: dict[str, Mapping[str, str]] = {}
        for list_name, table in raw_lists.items():
            if list_name not in CODE_LISTS:
                raise ValueError(f"目标系统「{target}」的代码映射引用了不存在的代码表 {list_name}")
            if not isinstance(table, Mapping):
                raise ValueError(f"目标系统「{target}」的代码表 {list_name} 应为字典")
            ours = CODE_LISTS[list_name]
            seen: dict[str, str] = {}
            for code, theirs in table.items():
                code, theirs = str(code), str(theirs)
                if code not in ours:
                    raise ValueError(f"目标系统「{target}」的{ours.title}映射含本系统没有的代码 {code}")
                if theirs in seen:
                    raise ValueError(
                        f"目标系统「{target}」的{ours.title}映射把 {seen[theirs]} 和 {code} "
                        f"都映射为 {theirs}，无法反向转换"
                    )
                seen[theirs] = code
            tables[list_name] = MappingProxyType({str(k): str(v) for k, v in table.items()})
        return cls(target=target, tables=MappingProxyType(tables), passthrough=bool(data.get("passthrough", True)))

    def _ours(self, list_name: str) -> CodeList:
        try:
            return CODE_LISTS[list_name]
        except KeyError:
            raise UnmappedCodeError(f"不存在代码表 {list_name}") from None

    def to_target(self, list_name: str, code: str) -> str:
        """Our ``code`` in ``list_name`` as the target system's code."""
        ours = self._ours(list_name)
        if code not in ours:
            raise UnmappedCodeError(f"本系统的{ours.title}代码表中没有代码 {code}")
        table = self.tables.get(list_name)
        if table is None:
            if self.passthrough:
                return code
            raise UnmappedCodeError(f"目标系统「{self.target}」没有配置{ours.title}代码表，无法转换代码 {code}")
        if code not in table:
            raise UnmappedCodeError(
                f"目标系统「{self.target}」的{ours.title}代码表没有与本系统代码 {code}（{ours.label(code)}）对应的项"
            )
        return table[code]

    def from_target(self, list_name: str, code: str) -> str:
        """The target system's ``code`` in ``list_name`` as ours."""
        ours = self._ours(list_name)
        table = self.tables.get(list_name)
        if table is None:
            if self.passthrough and code in ours:
                return code
            raise UnmappedCodeError(f"目标系统「{self.target}」的{ours.title}代码 {code} 在本系统中没有对应项")
        for mine, theirs in table.items():
            if theirs == code:
                return mine
        raise UnmappedCodeError(f"目标系统「{self.target}」的{ours.title}代码 {code} 在本系统中没有对应项")


#: The national set: our codes are the target's.
NATIONAL_MAPPING = CodeMapping.identity()

#: Example of a provincial platform that numbers 满意度 the other way round (5 = 非常满意).
REVERSED_SATISFACTION_EXAMPLE = CodeMapping.from_dict(
    {
        "target": "示例省政务服务网（满意度倒序）",
        "lists": {"satisfaction": {"1": "5", "2": "4", "3": "3", "4": "2", "5": "1"}},
    }
)

#: The national 好差评 system: 5 = 非常满意 … 1 = 非常不满意 (see the provenance above); other lists pass through.
HAOCHAPING_MAPPING = CodeMapping.from_dict(
    {
        "target": "全国一体化在线政务服务平台“好差评”系统",
        "lists": {"satisfaction": {"1": "5", "2": "4", "3": "3", "4": "2", "5": "1"}},
    }
)
