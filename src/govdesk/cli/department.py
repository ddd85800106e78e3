"""``govdesk central department``: credentials of the departmental interface (统一受理接口, regulation 000 Art. 31).

    govdesk central department add CODE --name 市场监督管理局 --center CENTER [--webhook URL] [--by NAME]
    govdesk central department list
    govdesk central department revoke KEY_ID

``add`` prints the key (``<key id>.<secret>``) and, with ``--webhook``, the webhook's signing secret ONCE: only their
hashes stay in the database. Exit codes: 0 done, 1 refused (with a Chinese reason), 2 bad arguments.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from govdesk.cli._output import fail


def register(commands: Any, parser_class: Any, db_help: str) -> None:
    dept = commands.add_parser(
        "department", help="部门接入（统一受理接口）", description="自建审批系统的部门接入凭据：签发、列出、停用。"
    )
    cmds = dept.add_subparsers(dest="department_command", metavar="操作", parser_class=parser_class)
    cmds.required = True
    add = cmds.add_parser("add", help="签发部门接入凭据", description="为一个部门签发接入凭据（密钥只显示一次）。")
    add.add_argument("code", metavar="CODE", help="部门编码（与事项目录一致，如 SCJG）")
    add.add_argument("--name", required=True, help="部门名称，如 市场监督管理局")
    add.add_argument("--center", required=True, metavar="CODE", help="所属中心代码")
    add.add_argument("--webhook", default="", metavar="URL", help="新办件回调地址（https；可不设，改用轮询）")
    add.add_argument("--by", default="", metavar="NAME", help="签发人（留痕）")
    add.add_argument("--db", metavar="URL", help=db_help)
    add.set_defaults(func=run_add)
    listing = cmds.add_parser("list", help="列出部门接入凭据", description="列出全部部门接入凭据及回调投递情况。")
    listing.add_argument("--db", metavar="URL", help=db_help)
    listing.set_defaults(func=run_list)
    revoke = cmds.add_parser("revoke", help="停用部门接入凭据", description="停用一个部门接入凭据，立即生效。")
    revoke.add_argument("key_id", metavar="KEY_ID", help="凭据编号（dk_ 开头）")
    revoke.add_argument("--db", metavar="URL", help=db_help)
    revoke.set_defaults(func=run_revoke)


def _run(args: argparse.Namespace, action: Any) -> int:
    from datetime import UTC, datetime

    from govdesk.central.departments import AdminRefused
    from govdesk.central.migrate import open_database
    from govdesk.cli.central import _db_url

    engine, sessions = open_database(_db_url(args))
    try:
        with sessions() as session, session.begin():
            action(session, datetime.now(UTC))
    except AdminRefused as exc:
        return fail(f"错误：{exc}")
    finally:
        engine.dispose()
    return 0


def run_add(args: argparse.Namespace) -> int:
    from govdesk.central.departments import add_department

    issued: list[Any] = []

    def add(session: Any, now: Any) -> None:
        issued.append(
            add_department(session, args.center, args.code, args.name, now, webhook_url=args.webhook, by=args.by)
        )

    code = _run(args, add)
    if code == 0:
        got = issued[0]
        sys.stdout.write(f"已为部门 {args.code}（{args.name}，中心 {args.center}）签发接入凭据 {got.key_id}\n")
        sys.stdout.write(f"接入密钥（只显示这一次，请妥善交给部门）：{got.key}\n")
        if got.webhook_secret:
            sys.stdout.write(f"回调签名密钥（只显示这一次）：{got.webhook_secret}\n")
    return code


def run_list(args: argparse.Namespace) -> int:
    from govdesk.central.departments import list_departments
    from govdesk.central.webhooks import backlog

    lines: list[str] = []

    def listing(session: Any, _now: Any) -> None:
        for d in list_departments(session):
            counts = backlog(session, d.id)
            hook = d.webhook_url or "（轮询）"
            status = "已停用" if d.revoked else "正常"
            lines.append(
                f"{d.key_id}\t{d.code}\t{d.name}\t{d.center_code}\t{status}\t{hook}\t"
                f"待投递 {counts['pending']}，已投递 {counts['delivered']}，失败 {counts['failed']}"
            )

    code = _run(args, listing)
    if code:
        return code
    if not lines:
        sys.stdout.write("还没有部门接入凭据\n")
        return 0
    sys.stdout.write("凭据编号\t部门编码\t部门名称\t中心\t状态\t回调\t投递\n")
    sys.stdout.write("".join(line + "\n" for line in lines))
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    from govdesk.central.departments import revoke_department

    code = _run(args, lambda session, now: revoke_department(session, args.key_id, now))
    if code == 0:
        sys.stdout.write(f"已停用部门接入凭据 {args.key_id}，立即生效\n")
    return code
