"""``govdesk central notice-key list|revoke``: an admin's commands on the windows' notice signing keys
(``govdesk.central.trust_records``; the same as ``POST /api/v1/admin/notice-keys/revoke``).

A revoked key's notices dated before its 失效日 stay genuine, those dated on or after it do not
(``domain.trust.judge_revoked``); the window makes a new key and has it certified at its next sync round."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime, time
from typing import Any

from govdesk.cli._output import fail


def register_notice_key_commands(commands: Any, db_help: str, parser_class: type) -> None:
    from govdesk.domain.trust import REVOCATION_REASONS

    parser = commands.add_parser(
        "notice-key", help="通知书签名密钥", description="中心为各窗口颁发的通知书签名密钥证书：查看与吊销。"
    )
    cmds = parser.add_subparsers(dest="notice_key_command", metavar="操作", parser_class=parser_class)
    cmds.required = True
    listing = cmds.add_parser(
        "list", help="列出已颁发的证书", description="列出中心颁发的通知书签名密钥证书及其吊销情况。"
    )
    listing.add_argument("--center", metavar="CODE", help="只列出该中心的")
    listing.add_argument("--device", metavar="DEVICE_ID", help="只列出该设备的")
    listing.add_argument("--db", metavar="URL", help=db_help)
    listing.set_defaults(func=run_list)
    reasons = "；".join(f"{code}：{words}" for code, words in REVOCATION_REASONS.items())
    revoke = cmds.add_parser(
        "revoke",
        help="吊销一台设备的通知书签名密钥",
        description="吊销中心为该设备颁发过证书、尚未吊销的全部通知书签名密钥。各窗口下次同步时得知；"
        "日期早于失效日的通知书仍认定为真实，失效日当天及以后的不再认定。该窗口下次同步时生成新密钥并取得新证书。",
    )
    revoke.add_argument("device_id", metavar="DEVICE_ID", help="设备编号（见 govdesk central device list）")
    revoke.add_argument("--reason", required=True, metavar="TEXT", help="吊销原因（记录在案，最多 200 字）")
    revoke.add_argument(
        "--reason-code", choices=tuple(REVOCATION_REASONS), default="other", help=f"原因类别（{reasons}）"
    )
    revoke.add_argument(
        "--invalid-from",
        metavar="YYYY-MM-DD",
        help="从哪一天（北京时间）起该密钥签发的通知书不再认定为真实（默认吊销之时；密钥可能早已泄露时填更早的日期）",
    )
    revoke.add_argument("--by", metavar="NAME", default="", help="记录的操作人（默认为当前操作系统用户）")
    revoke.add_argument("--db", metavar="URL", help=db_help)
    revoke.set_defaults(func=run_revoke)


def _open(args: argparse.Namespace) -> Any:
    from govdesk.central.migrate import open_database
    from govdesk.cli.central import _db_url

    return open_database(_db_url(args))


def _cst(at: datetime | None) -> str:
    from govdesk.domain.clock import minute_text

    return minute_text(at) if at else "—"


def run_list(args: argparse.Namespace) -> int:
    from govdesk.central.trust_records import list_keys

    engine, sessions = _open(args)
    try:
        with sessions() as session:
            views = list_keys(session, args.center, args.device)
    finally:
        engine.dispose()
    if not views:
        sys.stdout.write("没有颁发过通知书签名密钥证书\n")
        return 0
    sys.stdout.write("证书序号\t中心\t设备编号\t工作站\t密钥编号\t有效期至\t状态\n")
    for v in views:
        state = f"已于 {_cst(v.revoked_at)} 由 {v.revoked_by} 吊销（{v.reason}）" if v.revoked_at else "有效"
        sys.stdout.write(
            f"{v.serial}\t{v.center_code}\t{v.device_id}\t{v.station_code}\t{v.key_id}\t{_cst(v.not_after)}\t{state}\n"
        )
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    from govdesk.central.trust_records import RevokeRefused, revoke
    from govdesk.cli.central import _os_user
    from govdesk.domain.clock import CST

    invalid_from: datetime | None = None
    if args.invalid_from:
        try:
            day = date.fromisoformat(args.invalid_from)
        except ValueError:
            return fail(f"失效日“{args.invalid_from}”无效：请写成 YYYY-MM-DD", 2)
        invalid_from = datetime.combine(day, time(0), CST)
    now = datetime.now(UTC)
    by = f"命令行：{args.by or _os_user()}"[:64]
    engine, sessions = _open(args)
    try:
        with sessions() as session, session.begin():
            done = revoke(session, args.device_id, args.reason_code, args.reason, by, now, invalid_from=invalid_from)
    except RevokeRefused as error:
        return fail(f"错误：{error}")
    finally:
        engine.dispose()
    cutoff = done[0].invalid_from.astimezone(CST).date().isoformat()
    sys.stdout.write(
        f"已吊销设备 {args.device_id}（工作站 {done[0].station_code}）的 {len(done)} 把通知书签名密钥：\n"
        f"失效日 {cutoff} 之前签发的通知书仍认定为真实，当天及以后的不再认定；"
        "各窗口下次同步时得知，该窗口下次同步时将生成新密钥并取得新证书\n"
    )
    return 0
