"""``govdesk calendar``: turn the State Council's holiday notice into a working-day calendar file.

    govdesk calendar import NOTICE.txt [--out FILE.json] [--calendar FILE ...]
    govdesk calendar load FILE.json [--db PATH]

NOTICE.txt is the text of 《国务院办公厅关于YYYY年部分节假日安排的通知》 as published (UTF-8, or GB18030 as Windows
Notepad saves Chinese). The year is written in the format of ``resources/calendars/`` (to FILE.json, or to stdout),
ready for ``govdesk central calendar publish`` or ``govdesk workdays --calendar``.

If the notice starts 元旦 in the previous December, those days belong to the previous year: the output is then a
JSON list of two documents, the previous year as already loaded (the shipped years and ``--calendar`` files) with
those days added, and the notice's year. Without the previous year loaded the import is refused: nothing of it is
dropped or guessed.

``load`` is the admin's way at a window PC while the program is closed (in the program: 文件 › 载入节假日安排…):
the year is kept in the local database beside the shipped ones, and every open case whose deadline was counted on a
provisional year is recounted at once (one event each). Whoever can run it can open the database file anyway; it
acts as an admin named after the OS user.

Exit codes: 0 written / loaded; 1 refused (the notice's line and the reason on stderr); 2 bad arguments.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from dataclasses import replace
from pathlib import Path

from govdesk.cli._output import fail
from govdesk.cli.workdays import file_arg
from govdesk.domain.calendar import CalendarDataError, CalendarYear, load_calendar
from govdesk.domain.calendar_notice import NoticeError, NoticeImport, amend_previous_year, parse_notice
from govdesk.shipped import default_calendar
from govdesk.store.paths import default_db_path


def notice_arg(text: str) -> Path:
    path = Path(text)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"找不到通知文件：{text}")
    return path


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "calendar",
        help="导入国务院办公厅节假日安排通知",
        description="工作日历：把国务院办公厅关于年度节假日安排的通知转换为工作日历文件。",
    )
    actions = parser.add_subparsers(dest="calendar_action", metavar="操作", required=True, parser_class=type(parser))
    imp = actions.add_parser(
        "import",
        help="读取通知全文，写出该年的工作日历（cn-YYYY.json 格式）",
        description="读取《国务院办公厅关于YYYY年部分节假日安排的通知》全文，核对后写出该年的工作日历。"
        "读不懂的行、天数不符、星期写错、调休上班日不是周末、缺少法定节假日，一律拒绝并指出行号。",
    )
    imp.add_argument("notice", metavar="NOTICE.txt", type=notice_arg, help="通知全文（文本文件）")
    imp.add_argument("--out", metavar="FILE.json", type=Path, help="写入此文件（默认输出到标准输出）")
    imp.add_argument(
        "--calendar",
        metavar="FILE",
        type=file_arg,
        action="append",
        default=[],
        help="另外载入的工作日历文件（仅当通知含上一年 12 月的日子时用于补入上一年，可重复）",
    )
    imp.set_defaults(func=run_import)
    load = actions.add_parser(
        "load",
        help="在本机载入工作日历文件，暂定期限随即重新计算（程序须先退出）",
        description="把工作日历文件（如 calendar import 的输出）载入本机数据库：跨入该年、按暂定安排计算的期限"
        "随即按正式安排重新计算，每个办件记一条事件。程序运行时请改用“文件 › 载入节假日安排…”。",
    )
    load.add_argument("file", metavar="FILE.json", type=file_arg, help="工作日历文件（一年一个对象，或对象列表）")
    load.add_argument("--db", type=Path, metavar="PATH", help=f"数据库文件（默认 {default_db_path()}）")
    load.set_defaults(func=run_load)


def _read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")  # Notepad's "ANSI" on a Chinese Windows


def _with_previous(imported: NoticeImport, extra: list[Path]) -> list[CalendarYear]:
    """The notice's year, preceded by the previous year amended if the notice gives it days."""
    if not imported.previous_holidays and not imported.previous_makeups:
        return [imported.year]
    wanted = imported.year.year - 1
    loaded = [*(load_calendar(extra).years if extra else ()), *default_calendar().years]  # --calendar first
    previous = next((cy for cy in loaded if cy.year == wanted), None)
    days = "、".join(d.isoformat() for d in sorted({*imported.previous_holidays, *imported.previous_makeups}))
    if previous is None:
        raise CalendarDataError(
            f"通知中的 {days} 属于 {wanted} 年，而 {wanted} 年的工作日历没有载入，无法补入：请用 --calendar 提供"
            f" cn-{wanted}.json（这些日子既不会并入 {imported.year.year} 年，也不会被丢弃）"
        )
    return [amend_previous_year(previous, imported), imported.year]


def _summary(imported: NoticeImport, years: list[CalendarYear]) -> list[str]:
    cy = imported.year
    published = f"，{cy.published.isoformat()} 发布" if cy.published else ""
    lines = [
        f"已读取 {cy.year} 年节假日安排：{cy.source}{published}。"
        f"放假 {len(cy.holidays)} 天，调休上班 {len(cy.makeup_workdays)} 天"
    ]
    lines += [f"未计入（不是放假安排）：第 {n} 行“{sentence}”" for n, sentence in imported.not_counted]
    if len(years) > 1:
        lines.append(
            f"注意：通知中 {years[0].year} 年 12 月的日子已补入同一文件中的 {years[0].year} 年工作日历"
            f"（在已载入的 {years[0].year} 年安排上增加），发布时两年一并发布"
        )
    return lines


def run_import(args: argparse.Namespace) -> int:
    path: Path = args.notice
    try:
        text = _read(path)
    except (OSError, UnicodeDecodeError) as exc:
        return fail(f"无法读取通知文件 {path}：{exc}")
    try:
        imported = parse_notice(text)
        years = _with_previous(imported, args.calendar)
    except NoticeError as exc:
        return fail(f"无法导入 {path}：{exc}")
    except CalendarDataError as exc:
        return fail(f"无法导入 {path}：{exc}")
    docs = [cy.to_json() for cy in years]
    output = json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2) + "\n"
    summary = _summary(imported, years)
    if args.out is None:
        sys.stdout.write(output)
        sys.stderr.write("".join(f"{line}\n" for line in summary))
        return 0
    try:
        args.out.write_text(output, encoding="utf-8")
    except OSError as exc:
        return fail(f"无法写入 {args.out}：{exc.strerror or exc}")
    sys.stdout.write("".join(f"{line}\n" for line in [*summary, f"已写入 {args.out}"]))
    return 0


def run_load(args: argparse.Namespace) -> int:
    from govdesk.domain.events import Role
    from govdesk.services.deadline_recount import RecountError
    from govdesk.services.runtime import Runtime
    from govdesk.services.settings import Settings
    from govdesk.store.errors import StoreError, StoreLocked

    db: Path = args.db or default_db_path()
    if not db.is_file():
        return fail(f"找不到数据库文件：{db}", code=2)
    try:
        runtime = Runtime.open(db, db.parent, Settings())
    except StoreLocked:
        return fail("本机的 govdesk 正在使用该数据库：请在程序中用“文件 › 载入节假日安排…”，或先退出程序再试")
    except StoreError as exc:
        return fail(f"无法打开数据库 {db}：{exc}")
    try:
        actor = runtime.window.actor
        who = getpass.getuser()
        runtime.set_clerk(replace(actor, clerk_id=f"cli:{who}", clerk_name=f"命令行管理员（{who}）", role=Role.ADMIN))
        report = runtime.load_calendar_file(args.file)
    except (CalendarDataError, RecountError) as exc:
        return fail(f"未载入 {args.file}：{exc}")
    finally:
        runtime.close()
    years = "、".join(str(cy.year) for cy in load_calendar([args.file]).years)
    if report is None:
        print(f"已载入 {years} 年节假日安排；本机没有需要重新计算的暂定期限。")
    else:
        print(report.message())
        for moved in report.moved:
            print(f"- {moved.case_no}：{moved.summary()}")
    return 0
