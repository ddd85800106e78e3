"""``govdesk report supervision``: the supervision report for a period, as PDF and/or xlsx, from a window's database
(``--db``) or from the central server's statistics (``--server``, logging in as a supervisor or admin)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from govdesk.cli._output import fail

PASSWORD_ENV = "GOVDESK_PASSWORD"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("report", help="报表：现场监督月报等", description="生成报表。")
    commands = parser.add_subparsers(dest="report_command", metavar="报表", parser_class=type(parser))
    commands.required = True
    sup = commands.add_parser(
        "supervision",
        help="现场监督报表（PDF 含图表 / xlsx）",
        description="各窗口、各工作人员办件量，超期预警，容缺承诺，延后告知，一次告知，好差评；导出 PDF 和/或 xlsx。",
    )
    source = sup.add_mutually_exclusive_group(required=True)
    source.add_argument("--db", type=Path, metavar="FILE", help="窗口的本机数据库文件（govdesk.sqlite）")
    source.add_argument("--server", metavar="URL", help="中心服务器地址（统计全中心；需监督或管理员账号）")
    sup.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD", help="开始日期")
    sup.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD", help="结束日期（含）")
    sup.add_argument("--pdf", type=Path, metavar="FILE.pdf", help="输出 PDF（含图表）")
    sup.add_argument("--xlsx", type=Path, metavar="FILE.xlsx", help="输出 xlsx 表格")
    sup.add_argument(
        "--user", metavar="USERNAME", help=f"--server 时登录的用户名（密码取自环境变量 {PASSWORD_ENV} 或提示输入）"
    )
    sup.add_argument("--as-of", metavar="YYYY-MM-DD", help="--db 时超期预警按哪一天计算（默认今天）")
    sup.add_argument("--center-name", default="", metavar="NAME", help="报表上的中心名称")
    sup.set_defaults(func=run_supervision)


def _day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{what}“{text}”的格式不对，应为 YYYY-MM-DD，例如 2026-11-30") from None


def run_supervision(args: argparse.Namespace) -> int:
    from govdesk.domain.clock import CST
    from govdesk.services.errors import GovdeskError
    from govdesk.services.supervision import SupervisionError, period_for
    from govdesk.services.supervision_types import PeriodKind

    if args.pdf is None and args.xlsx is None:
        return fail("请用 --pdf 和/或 --xlsx 指定输出文件", 2)
    try:
        first, last = _day(args.first, "开始日期"), _day(args.last, "结束日期")
        as_of = _day(args.as_of, "--as-of 日期") if args.as_of else datetime.now(CST).date()
        period = period_for(PeriodKind.RANGE, as_of, first, last)
    except (ValueError, SupervisionError) as error:
        return fail(str(error), 2)
    try:
        follow_ups = None  # the center's report: each supervisor's PC keeps its follow-ups
        if args.db is not None:
            dashboard, center, follow_ups = _from_db(args.db, period, as_of)
        else:
            dashboard, center = _from_server(args, period)
    except GovdeskError as error:
        return fail(str(error), 1)
    return _write(dashboard, args.center_name or center, args.pdf, args.xlsx, follow_ups)


def _from_db(path: Path, period: Any, as_of: date) -> tuple[Any, str, Any]:
    from govdesk.domain.clock import CST, FixedClock
    from govdesk.domain.events import Actor, Role
    from govdesk.services.notices import NoticeService
    from govdesk.services.reference_data import effective_calendar, effective_catalog
    from govdesk.services.supervision import SupervisionError, SupervisionService
    from govdesk.services.supervision_records import SupervisionRecords
    from govdesk.services.window import WindowContext
    from govdesk.store.store import open_store

    if not path.is_file():
        raise SupervisionError(f"找不到数据库文件 {path}")
    store = open_store(path)
    try:
        center = NoticeService(path.parent).center()
        actor = Actor("report", "报表", Role.ADMIN, "", "")
        clock = FixedClock(datetime.combine(as_of, time(17, 30), tzinfo=CST))
        calendar, window = effective_calendar(store), WindowContext(actor, center)
        service = SupervisionService(store, effective_catalog(store), calendar, clock, window)
        follow_ups = SupervisionRecords(store, calendar, clock, window).rectification(period.first, period.last)
        return service.dashboard(period), center.name, follow_ups
    finally:
        store.close()


def _from_server(args: argparse.Namespace, period: Any) -> tuple[Any, str]:
    from govdesk.services.supervision import SupervisionError
    from govdesk.services.supervision_center import center_only, login_and_fetch
    from govdesk.shipped import default_catalog

    if not args.user:
        raise SupervisionError("从中心服务器取数需要 --user 用户名")
    password = os.environ.get(PASSWORD_ENV) or getpass.getpass(f"{args.user} 的密码：")
    stats = login_and_fetch(args.server, args.user, password, period)
    return center_only(period, stats, default_catalog()), f"中心 {stats.center_code}"


def _write(dashboard: Any, center: str, pdf: Path | None, xlsx: Path | None, follow_ups: Any = None) -> int:
    from govdesk.printing.errors import PrintError
    from govdesk.services.supervision_report import ReportError, build_report, write_xlsx

    report = build_report(dashboard, center, follow_ups)
    try:
        if xlsx is not None:
            write_xlsx(report, xlsx)
            sys.stdout.write(f"已生成 {xlsx}\n")
        if pdf is not None:
            from govdesk.cli.notice import _qt_app
            from govdesk.printing.report_pdf import render_report_pdf

            _app = _qt_app()
            render_report_pdf(report, pdf)
            sys.stdout.write(f"已生成 {pdf}\n")
    except (ReportError, PrintError) as error:
        return fail(str(error), 1)
    return 0
