"""Typed readers for catalog JSON that report every problem with its file, item and field (in Chinese)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

#: GB/T 39046-2020: codes are at most 50 characters.
MAX_CODE_LENGTH = 50
_CODE_CHARS = re.compile(r"^[0-9A-Za-z_.\-]+$")
_E = TypeVar("_E", bound=StrEnum)


@dataclass(frozen=True, slots=True)
class CatalogProblem:
    """One problem in a catalog file. ``str()`` gives the line shown to whoever edits the catalog, e.g.
    ``scjg.json: 事项 SCJG-01-001（个体工商户设立登记）: 字段 promised_limit.amount: 承诺时限 30 超过法定时限 20``."""

    file: str
    message: str
    field: str = ""
    item_code: str = ""
    item_name: str = ""
    subject: str = ""  # what item_code names: "事项", "一件事", "部门", "公共材料"

    def __str__(self) -> str:
        parts = [self.file]
        if self.subject:
            who = f"{self.subject} {self.item_code or '（无编码）'}"
            if self.item_name:
                who += f"（{self.item_name}）"
            parts.append(who)
        if self.field:
            parts.append(f"字段 {self.field}")
        parts.append(self.message)
        return ": ".join(parts)


@dataclass(slots=True)
class Problems:
    items: list[CatalogProblem] = field(default_factory=list)

    def add(self, problem: CatalogProblem) -> None:
        self.items.append(problem)


def type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    return {str: "文字", int: "整数", float: "小数", list: "列表", dict: "对象"}.get(type(value), type(value).__name__)


def join(prefix: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{prefix}[{key}]"
    return f"{prefix}.{key}" if prefix else key


@dataclass(slots=True)
class Ctx:
    """Where we are: the file and the item, so every message names them."""

    problems: Problems
    file: str
    subject: str = ""
    code: str = ""
    name: str = ""

    def err(self, field_path: str, message: str) -> None:
        self.problems.add(CatalogProblem(self.file, message, field_path, self.code, self.name, self.subject))

    def obj(self, value: object, path: str, allowed: Sequence[str], required: Sequence[str] = ()) -> dict[str, Any]:
        """The value as an object; unknown keys (typos) and missing required keys are problems."""
        if not isinstance(value, dict):
            self.err(path, f"应为对象（{{...}}），实际为{type_name(value)}")
            return {}
        for key in value:
            if key not in allowed:
                close = difflib.get_close_matches(str(key), allowed, n=1)
                hint = f"，是否应为“{close[0]}”？" if close else f"；可用字段：{', '.join(allowed)}"
                self.err(join(path, str(key)), f"未知字段“{key}”{hint}")
        for key in required:
            if key not in value:
                self.err(join(path, key), "缺少必填字段")
        return value

    def text(self, d: dict[str, Any], key: str, path: str, *, non_empty: bool = False, code: bool = False) -> str:
        value = d.get(key, "")
        where = join(path, key)
        if not isinstance(value, str):
            self.err(where, f"应为文字，实际为{type_name(value)}")
            return ""
        if (non_empty or code) and not value.strip():
            if key in d:  # a missing required key is already reported
                self.err(where, "不能为空")
            return value
        if code:
            if len(value) > MAX_CODE_LENGTH:
                self.err(where, f"编码长 {len(value)} 个字符，超过 {MAX_CODE_LENGTH} 个（GB/T 39046-2020）")
            if not _CODE_CHARS.match(value):
                self.err(where, f"编码“{value}”只能含字母、数字、点、连字符和下划线")
        return value

    def integer(self, d: dict[str, Any], key: str, path: str, *, default: int = 0, minimum: int = 0) -> int:
        value = d.get(key, default)
        where = join(path, key)
        if isinstance(value, bool) or not isinstance(value, int):
            self.err(where, f"应为整数，实际为{type_name(value)}")
            return default
        if value < minimum:
            self.err(where, f"不能小于 {minimum}，实际为 {value}")
        return value

    def flag(self, d: dict[str, Any], key: str, path: str, *, default: bool = False) -> bool:
        value = d.get(key, default)
        if not isinstance(value, bool):
            self.err(join(path, key), f"应为 true 或 false，实际为{type_name(value)}")
            return default
        return value

    def choice(self, d: dict[str, Any], key: str, path: str, enum: type[_E], default: _E) -> _E:
        value = d.get(key, default.value)
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            self.err(join(path, key), f"取值“{value}”无效，可选：{allowed}")
            return default

    def array(self, d: dict[str, Any], key: str, path: str) -> list[Any]:
        value = d.get(key, [])
        if not isinstance(value, list):
            self.err(join(path, key), f"应为列表（[...]），实际为{type_name(value)}")
            return []
        return value

    def texts(self, d: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
        out: list[str] = []
        for i, value in enumerate(self.array(d, key, path)):
            if not isinstance(value, str) or not value.strip():
                self.err(join(join(path, key), i), f"应为非空文字，实际为{type_name(value)}")
            else:
                out.append(value)
        return tuple(out)
