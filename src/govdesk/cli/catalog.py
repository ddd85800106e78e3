"""``govdesk catalog``: search the service catalog and validate catalog files.

    govdesk catalog search QUERY [--department CODE] [--limit N] [--json] [--catalog PATH]
    govdesk catalog validate FILE|DIR [--json]

Exit codes: 0 found / valid; 1 nothing found, an invalid catalog (every problem on stdout, one per line, each
naming file, item and field); 2 bad arguments (a path that does not exist), with usage.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from govdesk.cli._output import fail, print_json
from govdesk.domain.catalog import Catalog, ItemKind, ServiceItem
from govdesk.domain.catalog_loader import CatalogError, load_catalog
from govdesk.domain.catalog_search import CatalogIndex
from govdesk.shipped import default_catalog


def path_arg(text: str) -> Path:
    """An existing catalog file or directory, for argparse ``type=``."""
    path = Path(text)
    if not path.exists():
        raise argparse.ArgumentTypeError(f"找不到目录文件或文件夹：{text}")
    return path


def limit_arg(text: str) -> int:
    try:
        value = int(text, 10)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是整数") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"条数至少为 1：{value}")
    return value


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "catalog", help="查询、校验政务服务事项目录", description="查询、校验政务服务事项目录。"
    )
    sub = parser.add_subparsers(dest="catalog_command", metavar="操作", parser_class=type(parser))
    parser.set_defaults(func=lambda _args: _usage(parser))

    search = sub.add_parser(
        "search",
        help="按名称、编码、拼音或关键词查找事项",
        description="按名称、编码、全拼、拼音首字母或关键词查找事项。",
    )
    search.add_argument("query", metavar="查询词", help="如 个体、gtgsh、getigongshanghu、SCJG-01、社保卡")
    search.add_argument("--department", metavar="部门编码", help="只查该部门的事项，如 SCJG")
    search.add_argument("--limit", type=limit_arg, default=20, metavar="N", help="最多列出的条数（默认 20）")
    search.add_argument("--json", action="store_true", help="以 JSON 输出（供脚本使用）")
    search.add_argument(
        "--catalog", type=path_arg, metavar="路径", help="使用该目录文件或文件夹（默认为随程序发布的目录）"
    )
    search.set_defaults(func=_search)

    validate = sub.add_parser(
        "validate", help="校验目录文件，列出全部问题", description="校验目录文件或文件夹，一次列出全部问题。"
    )
    validate.add_argument("path", type=path_arg, metavar="文件或文件夹", help="一个完整目录的 JSON 文件，或目录文件夹")
    validate.add_argument("--json", action="store_true", help="以 JSON 输出（供脚本使用）")
    validate.set_defaults(func=_validate)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _limit_text(item: ServiceItem) -> str:
    if item.kind is ItemKind.INSTANT:
        return "即办" if item.promised_limit.amount == 0 else f"即办 {item.promised_limit.describe()}"
    return f"承诺 {item.promised_limit.describe()}"


def _item_json(item: ServiceItem, score: float, matched: str) -> dict[str, Any]:
    return {
        "code": item.code,
        "name": item.name,
        "department": item.department.code,
        "department_name": item.department.name,
        "kind": str(item.kind),
        "promised_limit": {"amount": item.promised_limit.amount, "unit": str(item.promised_limit.unit)},
        "score": score,
        "matched": matched,
    }


def _load(path: Path | None) -> Catalog | int:
    try:
        return load_catalog(path) if path is not None else default_catalog()
    except CatalogError as exc:
        return fail(f"目录无效，无法查询（共 {len(exc.errors)} 个问题，可用 govdesk catalog validate 查看）")


def _search(args: argparse.Namespace) -> int:
    catalog = _load(args.catalog)
    if isinstance(catalog, int):
        return catalog
    hits = CatalogIndex(catalog).search(args.query, department=args.department, limit=args.limit)
    if args.json:
        print_json([_item_json(h.item, h.score, h.matched) for h in hits])
    else:
        for h in hits:
            it = h.item
            print(f"{it.code}  {it.name}  {it.department.name}  {_limit_text(it)}")
        if not hits:
            where = f"（部门 {args.department}）" if args.department else ""
            print(f"没有找到与“{args.query}”相符的事项{where}")
    return 0 if hits else 1


def _validate(args: argparse.Namespace) -> int:
    try:
        catalog = load_catalog(args.path)
    except CatalogError as exc:
        if args.json:
            print_json(
                {
                    "valid": False,
                    "problems": [
                        {
                            "file": p.file,
                            "item_code": p.item_code,
                            "item_name": p.item_name,
                            "field": p.field,
                            "message": p.message,
                            "text": str(p),
                        }
                        for p in exc.errors
                    ],
                }
            )
        else:
            print(f"目录无效：共 {len(exc.errors)} 个问题")
            for problem in exc.errors:
                print(problem)
        return 1
    n_items, n_depts, n_bundles = len(catalog.items), len(catalog.departments()), len(catalog.bundles)
    if args.json:
        print_json(
            {"valid": True, "version": catalog.version, "items": n_items, "departments": n_depts, "bundles": n_bundles}
        )
    else:
        print(f"目录有效：{n_items} 个事项，{n_depts} 个部门，{n_bundles} 个一件事（版本 {catalog.version}）")
    return 0
