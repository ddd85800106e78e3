"""``govdesk db verify [--db PATH] [--json]``: check the local database and its hash-chained event log.

Exit 0 when everything is intact, 1 when something is broken (each problem named, in Chinese), 2 for bad
arguments or a database file that does not exist. Nothing in the file is changed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from govdesk.cli._output import fail, print_json
from govdesk.services.credentials import database_key
from govdesk.store.paths import default_db_path
from govdesk.store.verify import verify_database


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("db", help="本地数据库维护", description="本地数据库维护。")
    commands = parser.add_subparsers(dest="db_command", metavar="操作", parser_class=type(parser))
    commands.required = True
    verify = commands.add_parser(
        "verify",
        help="检查数据库完整性、外键和事件链",
        description="检查数据库完整性（integrity_check）、外键（foreign_key_check）和事件哈希链。"
        "完好时退出码为 0，发现问题为 1，参数错误或文件不存在为 2。不会改动数据库。",
    )
    verify.add_argument("--db", type=Path, metavar="PATH", help=f"数据库文件（默认 {default_db_path()}）")
    verify.add_argument(
        "--center-key",
        metavar="FILE",
        help="中心公钥文件（GET /api/v1/trust/center-key 的回答，或其中 public_key 的 base64 文本）；"
        "默认使用本机首次同步时保存的公钥",
    )
    verify.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    verify.set_defaults(func=run_verify)


def stored_database_key(path: Path) -> bytes | None:
    """The database's key from this user's OS keyring (never made here: the command changes nothing)."""
    key, _warning = database_key(path, create=False)
    return key


def read_center_key(path: Path) -> bytes:
    """The raw Ed25519 key from a file holding the center's answer (JSON) or the base64 text alone."""
    import base64
    import json

    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError as error:
        raise ValueError(f"读不到文件（{error.strerror or error}）") from error
    if text.startswith("{"):
        try:
            text = str(json.loads(text)["public_key"])
        except (ValueError, KeyError, TypeError) as error:
            raise ValueError("不是中心公钥的 JSON（缺少 public_key）") from error
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError as error:
        raise ValueError("不是 base64 文本") from error
    if len(raw) != 32:
        raise ValueError(f"应为 32 字节的 Ed25519 公钥，实为 {len(raw)} 字节")
    return raw


def run_verify(args: argparse.Namespace) -> int:
    path: Path = args.db or default_db_path()
    if not path.is_file():
        return fail(f"找不到数据库文件：{path}", code=2)
    center_key: bytes | None = None
    if args.center_key:
        try:
            center_key = read_center_key(Path(args.center_key))
        except ValueError as error:
            return fail(f"中心公钥文件 {args.center_key} 无法使用：{error}", code=2)
    report = verify_database(path, stored_database_key(path), center_key)
    if args.json:
        print_json(report.to_json())
    elif report.ok:
        sys.stdout.write(f"数据库完好：{report.cases} 个办件，{report.events} 条事件，链校验通过\n")
        anchors = report.anchors
        if anchors is not None and anchors.receipts:
            source = "所给的中心公钥" if anchors.key_source == "given" else "本机保存的中心公钥"
            sys.stdout.write(
                f"中心回执 {anchors.receipts} 份（以{source}核对签名），"
                f"第 1 至 {anchors.anchored_to} 条事件与中心签收时一致\n"
            )
        else:
            sys.stdout.write("尚无中心回执：事件链只经本机校验\n")
    else:
        sys.stdout.write(f"数据库有问题：{path}\n")
        for line in report.problems():
            sys.stdout.write(f"- {line}\n")
    return 0 if report.ok else 1
