"""``govdesk check-id NUMBER [--type KIND] [--json]``: check an identity number, credit code or phone.

Exit 0 when valid, 1 when invalid (the reason on stdout, one line in Chinese), 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any

from govdesk.cli._output import print_json
from govdesk.domain.clock import CST
from govdesk.domain.codes import id_type_code
from govdesk.domain.identity import KIND_NAMES, IdCheck, IdKind, check, detect

_KIND_CHOICES = [k.value for k in IdKind if k is not IdKind.UNKNOWN]


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check-id",
        help="核验证件号码、统一社会信用代码或手机号码",
        description="核验证件号码、统一社会信用代码或手机号码。有效时退出码为 0，无效为 1。",
    )
    parser.add_argument("number", metavar="NUMBER", help="要核验的号码")
    kinds = "，".join(f"{k}={KIND_NAMES[IdKind(k)]}" for k in _KIND_CHOICES)
    parser.add_argument(
        "--type",
        dest="kind",
        choices=_KIND_CHOICES,
        metavar="KIND",
        help=f"号码类型（不给时按号码形状自动识别）：{kinds}",
    )
    parser.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    parser.set_defaults(func=run)


def summary(result: IdCheck) -> str:
    """One line a clerk reads: "有效：居民身份证，1949-12-31 出生，女，北京市" or "无效：<reason>"."""
    if not result.valid:
        return f"无效：{result.reason}"
    parts = [result.kind_name]
    if result.birth_date is not None:
        parts.append(f"{result.birth_date.isoformat()} 出生")
    if result.sex is not None:
        parts.append(result.sex)
    if result.region is not None:
        parts.append(result.region.province)
    line = "有效：" + "，".join(parts)
    if result.note:
        line += f"（{result.note}）"
    return line


def as_json(result: IdCheck) -> dict[str, Any]:
    data: dict[str, Any] = {
        "valid": result.valid,
        "kind": result.kind.value,
        "kind_name": result.kind_name,
        "reason": result.reason,
        "normalized": result.normalized,
    }
    if result.birth_date is not None:
        data["birth_date"] = result.birth_date.isoformat()
    if result.sex is not None:
        data["sex"] = result.sex
    if result.region is not None:
        data["region"] = {"code": result.region.code, "province": result.region.province}
    id_type = id_type_code(result)
    if id_type is not None:
        data["id_type"] = id_type
    if result.note:
        data["note"] = result.note
    return data


def run(args: argparse.Namespace) -> int:
    # the CLI may read the clock; the domain is given the date: China's day, as the clerk's (a machine's own date is
    # its zone's: one set to UTC is still on China's yesterday after 16:00 UTC)
    today = datetime.now(CST).date()
    result = detect(args.number, today) if args.kind is None else check(args.number, IdKind(args.kind), today)
    if args.json:
        print_json(as_json(result))
    else:
        sys.stdout.write(summary(result) + "\n")
    return 0 if result.valid else 1
