"""``govdesk central``: run and administer the reference central server.

    govdesk central serve [--db URL] [--host 127.0.0.1] [--port 8765] [--auto-approve-seconds N] [--sms-log PATH]
                          [--tls-cert FILE --tls-key FILE] [--workers N] [--max-concurrent N] [--retry-after S]
                          [--max-connections N] [--metrics-token-file FILE] [--log-level info]
    govdesk central init-db [--db URL]
    govdesk central center add CODE NAME
    govdesk central user add USERNAME --name 张三 --role intake --center CODE [--department CODE|*] [--password-stdin]
    govdesk central user set-department USERNAME CODE|*
    govdesk central user set-phone USERNAME PHONE
    govdesk central user list
    govdesk central user revoke USERNAME
    govdesk central calendar publish FILE.json [--by NAME]
    govdesk central department add CODE --name 名称 --center CODE [--webhook URL] | list | revoke KEY_ID

The database defaults to ``$GOVDESK_CENTRAL_DB`` or a SQLite file in the user data directory. The server's modules
are imported only when a central command runs, so the rest of the program does not pay for FastAPI at start.
Exit codes: 0 done, 1 refused (with a Chinese reason), 2 bad arguments.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from govdesk.cli import serve_load
from govdesk.cli._output import fail

ROLES = ("intake", "issuing", "supervisor", "back_office", "admin")


def default_db_url() -> str:
    env = os.environ.get("GOVDESK_CENTRAL_DB")
    if env:
        return env
    from platformdirs import user_data_path

    return f"sqlite:///{user_data_path('govdesk-central', appauthor=False) / 'central.db'}"


def _db_url(args: argparse.Namespace) -> str:
    url: str = args.db or default_db_url()
    if "://" not in url:  # a bare file path
        url = f"sqlite:///{url}"
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    return url


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("central", help="中心服务器（同步、后台审批）", description="运行和管理中心服务器。")
    commands = parser.add_subparsers(dest="central_command", metavar="操作", parser_class=type(parser))
    commands.required = True
    db_help = "数据库（sqlite:///路径 或 postgresql+psycopg://...；默认 $GOVDESK_CENTRAL_DB 或用户数据目录）"

    serve = commands.add_parser("serve", help="启动中心服务器", description="启动中心服务器（启动时自动升级数据库）。")
    serve.add_argument("--db", metavar="URL", help=db_help)
    serve.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1）")
    serve.add_argument("--port", type=int, default=8765, help="端口（默认 8765）")
    serve.add_argument(
        "--auto-approve-seconds", type=float, metavar="N", help="演示用：提交后台 N 秒后自动准予并出结果"
    )
    serve.add_argument("--sms-log", metavar="PATH", help="短信日志文件（默认不写文件，仅记入数据库）")
    serve.add_argument(
        "--device-approval",
        choices=("admin", "auto"),
        default="admin",
        help="新设备登记：admin（默认，须管理员用 govdesk central device approve 批准）或 auto（演示用，自动批准）",
    )
    serve.add_argument(
        "--device-scope",
        choices=("station", "center"),
        default="station",
        help="新设备的同步范围：station（默认，窗口电脑只接收本工作站的办件和全中心待领取的结果）或 center（全中心，"
        "如只有大厅和督查席位的中心）；单台设备用 govdesk central device scope 设置",
    )
    serve.add_argument(
        "--tls-cert", metavar="FILE", help="由本服务器提供 https：证书文件（PEM，须与 --tls-key 同时给出）"
    )
    serve.add_argument("--tls-key", metavar="FILE", help="由本服务器提供 https：私钥文件（PEM，不加密）")
    serve_load.add_arguments(serve)
    serve.set_defaults(func=run_serve)

    init_db = commands.add_parser("init-db", help="创建或升级数据库", description="创建或升级中心数据库到最新结构。")
    init_db.add_argument("--db", metavar="URL", help=db_help)
    init_db.set_defaults(func=run_init_db)

    center = commands.add_parser("center", help="中心管理", description="中心（政务服务中心、便民服务中心）管理。")
    center_cmds = center.add_subparsers(dest="center_command", metavar="操作", parser_class=type(parser))
    center_cmds.required = True
    center_add = center_cmds.add_parser("add", help="添加中心", description="添加一个中心。")
    center_add.add_argument("code", metavar="CODE", help="中心代码（字母和数字）")
    center_add.add_argument("name", metavar="NAME", help="中心名称")
    center_add.add_argument("--db", metavar="URL", help=db_help)
    center_add.set_defaults(func=run_center_add)

    user = commands.add_parser("user", help="用户管理", description="中心服务器的用户管理。")
    user_cmds = user.add_subparsers(dest="user_command", metavar="操作", parser_class=type(parser))
    user_cmds.required = True
    user_add = user_cmds.add_parser("add", help="添加用户", description="添加用户；密码从标准输入读取或交互输入。")
    user_add.add_argument("username", metavar="USERNAME", help="用户名")
    user_add.add_argument("--name", required=True, help="姓名，如 张三")
    user_add.add_argument("--role", required=True, choices=ROLES, help="角色")
    user_add.add_argument("--center", required=True, metavar="CODE", help="所属中心代码")
    user_add.add_argument(
        "--department",
        default="",
        metavar="CODE",
        help="后台审批账号的所属部门（事项目录的部门编码；* 表示本中心全部部门）",
    )
    user_add.add_argument("--password-stdin", action="store_true", help="从标准输入读取密码（一行）")
    user_add.add_argument("--db", metavar="URL", help=db_help)
    user_add.set_defaults(func=run_user_add)
    user_list = user_cmds.add_parser("list", help="列出用户", description="列出所有用户。")
    user_list.add_argument("--db", metavar="URL", help=db_help)
    user_list.set_defaults(func=run_user_list)
    user_dept = user_cmds.add_parser(
        "set-department",
        help="设置后台审批账号的所属部门",
        description="设置后台审批账号的所属部门：此后该账号只能查看和办理本部门事项的办件"
        "（* 表示本中心全部部门），立即生效。",
    )
    user_dept.add_argument("username", metavar="USERNAME", help="用户名")
    user_dept.add_argument("department", metavar="CODE", help="部门编码（与事项目录一致），或 *")
    user_dept.add_argument("--db", metavar="URL", help=db_help)
    user_dept.set_defaults(func=run_user_set_department)
    user_phone = user_cmds.add_parser(
        "set-phone",
        help="登记工作人员的手机号码",
        description="登记工作人员的手机号码：现场监督的催办短信只发往中心登记的号码。",
    )
    user_phone.add_argument("username", metavar="USERNAME", help="用户名")
    user_phone.add_argument("phone", metavar="PHONE", help="11 位手机号码")
    user_phone.add_argument("--db", metavar="URL", help=db_help)
    user_phone.set_defaults(func=run_user_set_phone)
    user_revoke = user_cmds.add_parser("revoke", help="停用用户", description="停用用户并立即注销其全部登录。")
    user_revoke.add_argument("username", metavar="USERNAME", help="用户名")
    user_revoke.add_argument("--db", metavar="URL", help=db_help)
    user_revoke.set_defaults(func=run_user_revoke)

    from govdesk.cli.department import register as register_department

    register_department(commands, type(parser), db_help)

    calendar = commands.add_parser("calendar", help="工作日历发布", description="向各窗口发布工作日历。")
    calendar_cmds = calendar.add_subparsers(dest="calendar_command", metavar="操作", parser_class=type(parser))
    calendar_cmds.required = True
    publish = calendar_cmds.add_parser(
        "publish",
        help="发布一年（或更正一年）的工作日历",
        description="发布工作日历文件（govdesk calendar import 的输出，或 cn-YYYY.json）：与中心已发布的各年合并后"
        "作为新版本发布，各窗口下次同步时载入。缺少法定节假日、年份不连续或版本已发布过的，拒绝发布。",
    )
    publish.add_argument("file", metavar="FILE.json", type=_calendar_file, help="工作日历文件")
    publish.add_argument("--by", metavar="NAME", help="记录的发布人（默认为当前操作系统用户）")
    publish.add_argument("--db", metavar="URL", help=db_help)
    publish.set_defaults(func=run_calendar_publish)

    from govdesk.cli.central_devices import register_device_commands

    register_device_commands(commands, db_help, type(parser))

    from govdesk.cli.central_notice_keys import register_notice_key_commands

    register_notice_key_commands(commands, db_help, type(parser))


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from govdesk.central.app import SERVE_OPTIONS_ENV, app_from_environment
    from govdesk.central.context import SecretError, load_secret
    from govdesk.central.logconfig import log_config
    from govdesk.cli.serve_tls import TlsOptionError, tls_options

    try:
        tls = tls_options(args.tls_cert, args.tls_key)
    except TlsOptionError as exc:
        return fail(f"错误：{exc}", 2)
    url = _db_url(args)
    try:
        serve_load.check(args, url)
    except serve_load.ServeOptionError as exc:
        return fail(f"错误：{exc}", 2)
    options = serve_load.app_options(args, url)
    os.environ[SERVE_OPTIONS_ENV] = serve_load.options_env(options)
    running: dict[str, Any] = {
        **serve_load.uvicorn_options(args),
        "host": args.host,
        "port": args.port,
        "ws": "none",
        "log_config": log_config(args.log_level),
        "ssl_certfile": tls.get("ssl_certfile"),
        "ssl_keyfile": tls.get("ssl_keyfile"),
    }
    with serve_load.multiprocess_metrics(args.workers):
        try:
            load_secret(url)  # every process needs the signing key: a missing one is said once, here
            # One process: the app is made here, so a database that cannot be migrated is said before "started".
            app = app_from_environment() if args.workers == 1 else None
        except SecretError as exc:  # the token signing key lives outside the database (GOVDESK_CENTRAL_SECRET_FILE)
            return fail(f"错误：{exc}")
        scheme = "https" if tls else "http"
        processes = f"，{args.workers} 个进程" if args.workers > 1 else ""
        sys.stdout.write(f"中心服务器启动：{scheme}://{args.host}:{args.port}/ （数据库 {_masked(url)}{processes}）\n")
        sys.stdout.flush()
        if app is not None:
            uvicorn.run(app, **running)
        else:
            uvicorn.run("govdesk.central.app:app_from_environment", factory=True, workers=args.workers, **running)
    return 0


def _masked(url: str) -> str:
    """The database URL without a password."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}:***@{host}"
    return url


def run_init_db(args: argparse.Namespace) -> int:
    from govdesk.central.migrate import open_database

    url = _db_url(args)
    engine, _ = open_database(url)
    engine.dispose()
    sys.stdout.write(f"数据库已就绪：{_masked(url)}\n")
    return 0


def _admin(args: argparse.Namespace, action: Any) -> int:
    from govdesk.central.admin import AdminError
    from govdesk.central.migrate import open_database

    engine, sessions = open_database(_db_url(args))
    try:
        with sessions() as session, session.begin():
            action(session, datetime.now(UTC))
    except AdminError as exc:
        return fail(f"错误：{exc}")
    finally:
        engine.dispose()
    return 0


def run_center_add(args: argparse.Namespace) -> int:
    from govdesk.central.admin import add_center

    code = _admin(args, lambda session, now: add_center(session, args.code, args.name, now))
    if code == 0:
        sys.stdout.write(f"已添加中心 {args.code}（{args.name}）\n")
    return code


def _read_password(from_stdin: bool) -> str | None:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("密码：")
    if getpass.getpass("再次输入密码：") != first:
        return None
    return first


def run_user_add(args: argparse.Namespace) -> int:
    from govdesk.central.admin import ROLE_LABELS, add_user

    password = _read_password(args.password_stdin)
    if password is None:
        return fail("错误：两次输入的密码不一致")
    code = _admin(
        args,
        lambda session, now: add_user(
            session, args.username, args.name, args.role, args.center, password, now, department=args.department
        ),
    )
    if code == 0:
        where = f"，部门 {_department_words(args.department.strip())}" if args.role == "back_office" else ""
        sys.stdout.write(
            f"已添加用户 {args.username}（{args.name}，{ROLE_LABELS[args.role]}，中心 {args.center}{where}）\n"
        )
    return code


def _department_words(department: str) -> str:
    return "全部部门" if department == "*" else department or "未设置"


def run_user_set_department(args: argparse.Namespace) -> int:
    from govdesk.central.admin import set_department

    code = _admin(args, lambda session, _now: set_department(session, args.username, args.department))
    if code == 0:
        sys.stdout.write(
            f"已将用户 {args.username} 的所属部门设为 {_department_words(args.department.strip())}，立即生效\n"
        )
    return code


def run_user_set_phone(args: argparse.Namespace) -> int:
    from govdesk.central.admin import set_phone
    from govdesk.domain.identity.masking import mask_phone

    kept: list[str] = []
    code = _admin(args, lambda session, _now: kept.append(set_phone(session, args.username, args.phone)))
    if code == 0:
        sys.stdout.write(f"已登记用户 {args.username} 的手机号码 {mask_phone(kept[0])}，催办短信将发往该号码\n")
    return code


def run_user_list(args: argparse.Namespace) -> int:
    from govdesk.central.admin import ROLE_LABELS, list_users
    from govdesk.domain.identity.masking import mask_phone

    users: list[Any] = []
    code = _admin(args, lambda session, _now: users.extend(list_users(session)))
    if code:
        return code
    if not users:
        sys.stdout.write("还没有用户\n")
        return 0
    sys.stdout.write("用户名\t姓名\t角色\t中心\t部门\t手机\t状态\n")
    for u in users:
        status = "已停用" if u.revoked else "正常"
        department = _department_words(u.department) if u.role == "back_office" else "-"
        role = ROLE_LABELS.get(u.role, u.role)
        phone = mask_phone(u.phone) if u.phone else "未登记"
        sys.stdout.write(f"{u.username}\t{u.display_name}\t{role}\t{u.center_code}\t{department}\t{phone}\t{status}\n")
    return 0


def run_user_revoke(args: argparse.Namespace) -> int:
    from govdesk.central.admin import revoke_user

    code = _admin(args, lambda session, now: revoke_user(session, args.username, now))
    if code == 0:
        sys.stdout.write(f"已停用用户 {args.username}，其全部登录已注销\n")
    return code


def _calendar_file(text: str) -> Path:
    from govdesk.cli.workdays import file_arg

    return file_arg(text)


def run_calendar_publish(args: argparse.Namespace) -> int:
    from govdesk.central.distribution import publish_calendar_years
    from govdesk.central.errors import ApiError
    from govdesk.central.migrate import open_database
    from govdesk.domain.calendar import CalendarDataError, load_calendar

    try:
        years = load_calendar([args.file])
    except CalendarDataError as exc:
        return fail(f"错误：{exc}")
    by = f"命令行：{args.by or _os_user()}"[:64]
    engine, sessions = open_database(_db_url(args))
    try:
        with sessions() as session, session.begin():
            view = publish_calendar_years(session, datetime.now(UTC), years, by)
    except ApiError as exc:
        return fail(f"错误：{exc.message_zh}")
    finally:
        engine.dispose()
    published = "、".join(str(cy.year) for cy in years.years)
    held = "、".join(str(doc["year"]) for doc in view.document["years"])
    sys.stdout.write(f"已发布工作日历 {view.version}：{published} 年（中心现有 {held} 年），各窗口下次同步时载入\n")
    return 0


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "未知用户"
