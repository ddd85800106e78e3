"""Read, validate and write the service catalog (``resources/catalog/*.json``).

The format is documented in ``resources/catalog/README.md``. In short, every JSON file of a catalog is a
*fragment* with any of the keys ``version``, ``departments``, ``common_materials``, ``items`` and ``bundles``;
the fragments of a directory are merged (exactly one of them carries the version). ``catalog_to_json`` writes a
whole catalog as one fragment (materials inlined), which ``load_catalog`` reads back unchanged: that single
document is what the central server distributes as a catalog version.

Validation collects every problem of every file in one pass and raises one ``CatalogError``; each problem names
the file, the item (code and name) and the field, in Chinese, so that whoever edits the catalog can fix all of it
at once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govdesk.domain._catalog_fields import CatalogProblem, Problems
from govdesk.domain._catalog_parse import Parser
from govdesk.domain.catalog import Catalog, Material, ServiceItem
from govdesk.domain.errors import GovdeskError
from govdesk.domain.messages import Message, translate

__all__ = [
    "CatalogError",
    "CatalogProblem",
    "catalog_to_json",
    "load_catalog",
    "parse_catalog",
]

# The problems themselves (CatalogProblem) are lines for whoever edits the catalog's JSON, naming its fields: they
# stay as written.
INVALID = translate("Catalog", "服务事项目录有 {count} 个问题：\n{lines}", "catalog.invalid")


class CatalogError(GovdeskError):
    """The catalog is invalid; ``errors`` lists every problem found (not just the first)."""

    def __init__(self, errors: Sequence[CatalogProblem]) -> None:
        self.errors: list[CatalogProblem] = list(errors)
        lines = "\n".join(str(e) for e in self.errors)
        super().__init__(Message(INVALID, count=len(self.errors), lines=lines))


@dataclass(frozen=True, slots=True)
class _Fragment:
    name: str  # the file name shown in messages
    data: object


def _read_files(paths: Iterable[Path], problems: Problems) -> list[_Fragment]:
    fragments: list[_Fragment] = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            problems.add(CatalogProblem(file=path.name, message=f"无法读取文件：{exc.strerror or exc}"))
            continue
        except UnicodeDecodeError:
            problems.add(CatalogProblem(file=path.name, message="文件不是 UTF-8 编码"))
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            problems.add(
                CatalogProblem(file=path.name, message=f"JSON 格式错误：第 {exc.lineno} 行第 {exc.colno} 列：{exc.msg}")
            )
            continue
        fragments.append(_Fragment(path.name, data))
    return fragments


def _expand(paths: Path | str | Iterable[Path | str]) -> list[Path]:
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(p.glob("*.json")))
        else:
            files.append(p)
    return files


def load_catalog(paths: Path | str | Iterable[Path | str]) -> Catalog:
    """Load a catalog from a directory of fragments, one whole-catalog file, or a list of files.

    Raises ``CatalogError`` with every problem found."""
    files = _expand(paths)
    problems = Problems()
    if not files:
        problems.add(
            CatalogProblem(file=", ".join(str(p) for p in _expand_names(paths)), message="没有目录文件（*.json）")
        )
        raise CatalogError(problems.items)
    fragments = _read_files(files, problems)
    catalog = Parser(problems).parse([(f.name, f.data) for f in fragments])
    if problems.items or catalog is None:
        raise CatalogError(problems.items)
    return catalog


def _expand_names(paths: Path | str | Iterable[Path | str]) -> list[str]:
    if isinstance(paths, (str, Path)):
        return [str(paths)]
    return [str(p) for p in paths]


def parse_catalog(document: Mapping[str, Any], name: str = "catalog.json") -> Catalog:
    """Validate a whole catalog given as one JSON document (as ``catalog_to_json`` writes it, or as the
    central server distributes it). Raises ``CatalogError``."""
    problems = Problems()
    catalog = Parser(problems).parse([(name, dict(document))])
    if problems.items or catalog is None:
        raise CatalogError(problems.items)
    return catalog


# --- writing -------------------------------------------------------------------------------------------------


def _material_to_json(m: Material) -> dict[str, Any]:
    out: dict[str, Any] = {"code": m.code, "name": m.name}
    if not m.required:
        out["required"] = False
    out["forms"] = [str(f) for f in m.forms]
    if m.copies != 1:
        out["copies"] = m.copies
    if m.waivable:
        out["waivable"] = True
    if m.shared:
        out["shared"] = True
        out["shared_source"] = m.shared_source
    elif m.shared_source:
        out["shared_source"] = m.shared_source
    if m.applies_when:
        out["applies_when"] = {k: list(v) for k, v in m.applies_when.items()}
    if m.requirements:
        out["requirements"] = m.requirements
    return out


def _item_to_json(it: ServiceItem) -> dict[str, Any]:
    out: dict[str, Any] = {
        "code": it.code,
        "name": it.name,
        "department": it.department.code,
        "item_type": it.item_type,
        "kind": str(it.kind),
        "statutory_limit": {"amount": it.statutory_limit.amount, "unit": str(it.statutory_limit.unit)},
        "promised_limit": {"amount": it.promised_limit.amount, "unit": str(it.promised_limit.unit)},
        "fee": {"amount_fen": it.fee.amount_fen, "basis": it.fee.basis},
        "conditions": list(it.conditions),
        "questions": [
            {
                "key": q.key,
                "text": q.text,
                "options": [{"value": o.value, "label": o.label} for o in q.options],
                "default": q.default,
            }
            for q in it.questions
        ],
        "materials": [_material_to_json(m) for m in it.materials],
        "result_name": it.result_name,
        "legal_basis": it.legal_basis,
        "guide_url": it.guide_url,
        "commitment_days": it.commitment_days,
        "overdue_rule": str(it.overdue_rule),
        "keywords": list(it.keywords),
        "extension_days": it.extension_days,
        "extension_basis": it.extension_basis,
    }
    if not it.progress_sms:  # the default (told) is left out, so catalogs written before it read the same
        out["progress_sms"] = False
    return out


def catalog_to_json(catalog: Catalog) -> dict[str, Any]:
    """The whole catalog as one JSON-ready document; ``parse_catalog``/``load_catalog`` read it back equal."""
    return {
        "version": catalog.version,
        "departments": [{"code": d.code, "name": d.name} for d in catalog.departments()],
        "items": [_item_to_json(it) for it in catalog.items],
        "bundles": [
            {"code": b.code, "name": b.name, "item_codes": list(b.item_codes), "lead_department": b.lead_department}
            for b in catalog.bundles
        ],
    }
