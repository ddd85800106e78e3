"""``govdesk central device list|approve|reenrol|scope``: an admin's device commands (``central.quarantine``)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import Any

from govdesk.cli._output import fail


def register_device_commands(commands: Any, db_help: str, parser_class: type) -> None:
    device = commands.add_parser("device", help="设备管理", description="窗口电脑（设备）的登记批准、隔离与重新登记。")
    cmds = device.add_subparsers(dest="device_command", metavar="操作", parser_class=parser_class)
    cmds.required = True
    listing = cmds.add_parser("list", help="列出设备", description="列出设备及其状态（等待批准、正常、已隔离…）。")
    listing.add_argument("--center", metavar="CODE", help="只列出该中心的设备")
    listing.add_argument(
        "--status", choices=("pending", "active", "quarantined", "reenrol", "retired"), help="只列出该状态的设备"
    )
    listing.add_argument("--db", metavar="URL", help=db_help)
    listing.set_defaults(func=run_device_list)
    approve = cmds.add_parser("approve", help="批准设备登记", description="批准一台等待批准的新设备，它随即可以同步。")
    reenrol = cmds.add_parser(
        "reenrol",
        help="重新登记被隔离的设备",
        description="核对后允许一台被隔离的设备（如从旧备份恢复的电脑）重新登记：它下次联系中心时得到新的设备编号和"
        "工作站编号，并补传尚未被中心接收的办件。",
    )
    for sub, func in ((approve, run_device_approve), (reenrol, run_device_reenrol)):
        sub.add_argument("device_id", metavar="DEVICE_ID", help="设备编号（见 govdesk central device list）")
        sub.add_argument("--by", metavar="NAME", default="", help="记录的操作人（默认为当前操作系统用户）")
        sub.add_argument("--db", metavar="URL", help=db_help)
        sub.set_defaults(func=func)
    scope = cmds.add_parser(
        "scope",
        help="设置设备的同步范围",
        description="station：窗口电脑，只接收本工作站受理的办件、全中心待领取的结果和中心的目录、日历、消息（默认）；"
        "center：大厅或督查席位，接收全中心的办件变化。",
    )
    scope.add_argument("device_id", metavar="DEVICE_ID", help="设备编号（见 govdesk central device list）")
    scope.add_argument("scope", choices=("station", "center"), help="同步范围")
    scope.add_argument("--by", metavar="NAME", default="", help="记录的操作人（默认为当前操作系统用户）")
    scope.add_argument("--db", metavar="URL", help=db_help)
    scope.set_defaults(func=run_device_scope)


def _by(args: argparse.Namespace) -> str:
    from govdesk.cli.central import _os_user

    return f"命令行：{args.by or _os_user()}"[:64]


def _with_session(args: argparse.Namespace, action: Any) -> int:
    from govdesk.central.migrate import open_database
    from govdesk.central.quarantine import DeviceAdminError
    from govdesk.cli.central import _db_url

    engine, sessions = open_database(_db_url(args))
    try:
        with sessions() as session, session.begin():
            action(session, datetime.now(UTC))
    except DeviceAdminError as exc:
        return fail(f"错误：{exc}")
    finally:
        engine.dispose()
    return 0


def _cst(at: datetime | None) -> str:
    from govdesk.domain.clock import minute_text

    return minute_text(at) if at else "—"


def run_device_list(args: argparse.Namespace) -> int:
    from govdesk.central.quarantine import list_devices

    found: list[Any] = []
    code = _with_session(args, lambda session, _now: found.extend(list_devices(session, args.center, args.status)))
    if code:
        return code
    if not found:
        sys.stdout.write("没有设备\n")
        return 0
    sys.stdout.write("设备编号\t中心\t工作站\t范围\t名称\t状态\t时间\t说明\n")
    for d in found:
        note = d.status_reason + (f"；已由 {d.replaced_by} 替代" if d.replaced_by else "")
        sys.stdout.write(
            f"{d.device_id}\t{d.center_code}\t{d.station_code}\t{_SCOPE_LABELS.get(d.scope, d.scope)}\t{d.name}\t"
            f"{d.status_label}\t{_cst(d.status_at)}\t{note}\n"
        )
    return 0


def run_device_approve(args: argparse.Namespace) -> int:
    from govdesk.central.quarantine import approve

    done: list[Any] = []
    code = _with_session(args, lambda session, now: done.append(approve(session, args.device_id, _by(args), now)))
    if code == 0:
        sys.stdout.write(f"已批准设备 {args.device_id}（工作站 {done[0].station_code}），它下次同步时即可上传\n")
    return code


def run_device_reenrol(args: argparse.Namespace) -> int:
    from govdesk.central.quarantine import allow_reenrol

    done: list[Any] = []
    code = _with_session(args, lambda session, now: done.append(allow_reenrol(session, args.device_id, _by(args), now)))
    if code == 0:
        sys.stdout.write(
            f"已允许设备 {args.device_id}（原工作站 {done[0].station_code}）重新登记："
            "它下次联系中心时将得到新的设备编号和工作站编号，并补传尚未被中心接收的办件\n"
        )
    return code


_SCOPE_LABELS = {"station": "本工作站", "center": "全中心"}


def run_device_scope(args: argparse.Namespace) -> int:
    from govdesk.central.quarantine import set_scope

    done: list[Any] = []
    code = _with_session(
        args, lambda session, now: done.append(set_scope(session, args.device_id, args.scope, _by(args), now))
    )
    if code == 0:
        sys.stdout.write(
            f"设备 {args.device_id}（工作站 {done[0].station_code}）的同步范围已设为"
            f"{_SCOPE_LABELS[args.scope]}，它下次同步时生效\n"
        )
    return code
