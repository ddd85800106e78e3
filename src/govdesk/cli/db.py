"""``govdesk db verify [--db PATH] [--center-key FILE] [--center URL --user NAME] [--json]``: check the local database
and its hash-chained event log; with ``--center``, against the receipts the center kept for this PC too.

Exit 0 when everything is intact, 1 when something is broken (each problem named, in Chinese), 2 for bad
arguments or a database file that does not exist. Nothing in the file is changed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from govdesk.cli._output import fail, print_json
from govdesk.cli.report import PASSWORD_ENV
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
    verify.add_argument(
        "--center",
        metavar="URL",
        help="与中心保存的回执核对（中心服务器地址；以本中心的管理员或监督账号登录）：本机回执或其覆盖的事件被删除时指出",
    )
    verify.add_argument(
        "--user", metavar="USERNAME", help=f"--center 时登录的用户名（密码取自环境变量 {PASSWORD_ENV} 或提示输入）"
    )
    verify.add_argument("--ca-bundle", metavar="FILE", default="", help="--center 时核对中心证书所用的 CA 证书（PEM）")
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
    key = stored_database_key(path)
    center_receipts, unknown = None, None
    if args.center:
        fetched = _from_center(args, path, key)
        if isinstance(fetched, int):
            return fetched
        if center_key is not None and center_key != fetched.center_key:
            return fail("所给的中心公钥与中心服务器答复的公钥不同：请核实中心服务器地址和公钥文件", code=2)
        center_key, center_receipts, unknown = fetched.center_key, fetched.receipts, fetched.unknown
    report = verify_database(path, key, center_key, center_receipts, unknown)
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
        if report.center is not None and report.center.center_receipts:
            sys.stdout.write(
                f"与中心核对：中心为本机保存回执 {report.center.center_receipts} 份，本机全部持有，"
                f"第 1 至 {report.center.anchored_to} 条事件与中心签收时一致\n"
            )
        elif report.center is not None:
            sys.stdout.write("与中心核对：中心尚未为本机签发回执\n")
    else:
        sys.stdout.write(f"数据库有问题：{path}\n")
        for line in report.problems():
            sys.stdout.write(f"- {line}\n")
    return 0 if report.ok else 1


def _from_center(args: argparse.Namespace, path: Path, key: bytes | None) -> Any:
    """The center's receipts for this file's devices, or an exit code after saying why not."""
    import getpass
    import os

    from govdesk.services.receipt_audit import AuditError, fetch_center_receipts
    from govdesk.store.errors import StoreError
    from govdesk.store.verify import read_device_ids

    if not args.user:
        return fail("与中心核对需要 --user 用户名（本中心的管理员或监督账号）", code=2)
    try:
        devices = read_device_ids(path, key)
    except StoreError as error:
        return fail(f"无法读取数据库：{error}", code=2)
    if not devices:
        return fail("数据库中没有设备编号：无法向中心查询回执", code=2)
    password = os.environ.get(PASSWORD_ENV) or getpass.getpass(f"{args.user} 的密码：")
    try:
        return fetch_center_receipts(args.center, args.user, password, devices, args.ca_bundle)
    except AuditError as error:
        return fail(str(error), code=2)
