"""Notice templates: one HTML file per kind (Qt rich-text subset) with ``{{name}}`` placeholders, and
``center.json`` (the center's name, address, phone and seal image). See ``resources/templates/README.md``.

A center adapts them by copying ``resources/templates/`` into a directory of its own and pointing the settings at
it: a file found there wins over the shipped one, file by file.

Placeholders: ``{{name}}`` is replaced by the value, HTML-escaped; names ending in ``_html`` are fragments made by
govdesk (table rows, barcode and QR codes, optional paragraphs) and are inserted as they are. An unknown
placeholder is an error (``TemplateError``), so a typo in an adapted template is caught at the first print.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from pathlib import Path

from govdesk.domain.messages import Message, translate
from govdesk.domain.notices import CenterProfile, NoticeKind
from govdesk.printing.errors import TemplateError
from govdesk.resources import resource_path

TEMPLATE_MISSING = translate("Printing", "找不到通知书模板文件 {name}（已查找：{dirs}）", "printing.template_missing")
UNKNOWN_PLACEHOLDERS = translate("Printing", "{source}中有未知的占位符：{names}", "printing.unknown_placeholders")
CENTER_INFO_INVALID = translate(
    "Printing",
    "中心信息文件 {path} 格式错误：{exc}（需要 name、address、phone 字段）",
    "printing.center_info_invalid",
)

PLACEHOLDER = re.compile(r"\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}")
CENTER_FILE = "center.json"


def shipped_dir() -> Path:
    return resource_path("templates")


class TemplateSet:
    """The templates in effect: a center's override directory first, then the shipped ones."""

    def __init__(self, override_dir: Path | None = None) -> None:
        self.dirs: tuple[Path, ...] = (override_dir, shipped_dir()) if override_dir else (shipped_dir(),)
        self._cache: dict[str, str] = {}

    def find(self, name: str) -> Path:
        for d in self.dirs:
            candidate = d / name
            if candidate.is_file():
                return candidate
        raise TemplateError(Message(TEMPLATE_MISSING, name=name, dirs="、".join(str(d) for d in self.dirs)))

    def html(self, kind: NoticeKind) -> str:
        name = f"{kind.value}.html"
        if name not in self._cache:
            self._cache[name] = self.find(name).read_text(encoding="utf-8")
        return self._cache[name]

    def center(self) -> CenterProfile:
        path = self.find(CENTER_FILE)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            seal = str(data.get("seal_image", ""))
            if seal and not Path(seal).is_absolute():
                seal = str(path.parent / seal)
            return CenterProfile(
                name=data["name"],
                address=data["address"],
                phone=data["phone"],
                seal_image=seal,
                review_body=str(data.get("review_body", "")),  # 行政复议机关 printed on 不予受理通知书
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise TemplateError(Message(CENTER_INFO_INVALID, path=path, exc=exc)) from exc


def fill(template: str, values: Mapping[str, str], source: str = "模板") -> str:
    """Replace every ``{{name}}``; values of names not ending in ``_html`` are HTML-escaped."""
    unknown = sorted({m.group(1) for m in PLACEHOLDER.finditer(template)} - set(values))
    if unknown:
        raise TemplateError(Message(UNKNOWN_PLACEHOLDERS, source=source, names="、".join(unknown)))

    def repl(m: re.Match[str]) -> str:
        name = m.group(1)
        value = values[name]
        return value if name.endswith("_html") else html.escape(value, quote=True)

    return PLACEHOLDER.sub(repl, template)
