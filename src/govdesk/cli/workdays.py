"""``govdesk workdays``: working-day arithmetic on the shipped calendar (法定工作日, with 调休).

    govdesk workdays add DATE N [--json] [--calendar FILE ...]
    govdesk workdays between DATE DATE [--json] [--calendar FILE ...]

Exit codes: 0 answered (a date after the published years is answered on a provisional year, marked 暂定 and
``"provisional": true`` in JSON); 1 a date before the calendar's first year or an unusable calendar file (message
on stderr);
2 bad arguments (a malformed date, a negative or non-integer N, a calendar file that does not exist), with usage.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from govdesk.cli._output import fail, print_json
from govdesk.domain.calendar import (
    CalendarDataError,
    CalendarRangeError,
    WorkCalendar,
    load_calendar,
    parse_iso_date,
    weekday_name,
)
from govdesk.domain.statutory import PROVISIONAL_NOTE
from govdesk.shipped import default_calendar


def date_arg(text: str) -> date:
    """A YYYY-MM-DD date, for argparse ``type=``."""
    parsed = parse_iso_date(text)
    if parsed is not None:
        return parsed
    raise argparse.ArgumentTypeError(f"“{text}”不是有效的日期，请写成 YYYY-MM-DD，例如 2026-02-13")


def count_arg(text: str) -> int:
    """A number of working days: 0 or a positive integer, for argparse ``type=``."""
    try:
        value = int(text, 10)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是整数：工作日数应为 0 或正整数") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"工作日数不能为负数：{value}")
    return value


def file_arg(text: str) -> Path:
    """An existing calendar file, for argparse ``type=``."""
    path = Path(text)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"找不到工作日历文件：{text}")
    return path


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="以 JSON 输出（供脚本使用）")
    common.add_argument(
        "--calendar",
        metavar="FILE",
        type=file_arg,
        action="append",
        default=[],
        help="另外载入的工作日历文件（cn-YYYY.json，可重复）；与内置日历同年的以此文件为准",
    )
    parser = subparsers.add_parser(
        "workdays",
        help="按法定工作日（含调休）推算日期",
        description="按法定工作日推算：周末、法定节假日不计，调休上班日计入。起始日（受理当日）不计。",
    )
    actions = parser.add_subparsers(dest="workdays_action", metavar="操作", required=True, parser_class=type(parser))
    add = actions.add_parser(
        "add",
        parents=[common],
        help="起始日之后第 N 个工作日",
        description="求起始日之后第 N 个工作日（起始日不计；N 为 0 时即起始日）。",
    )
    add.add_argument("start", metavar="DATE", type=date_arg, help="起始日，YYYY-MM-DD")
    add.add_argument("n", metavar="N", type=count_arg, help="工作日数（0 或正整数）")
    add.set_defaults(func=run_add)
    between = actions.add_parser(
        "between",
        parents=[common],
        help="两个日期之间的工作日数",
        description="统计两个日期之间的工作日数：不含起始日，含结束日；结束日早于起始日时为负数。",
    )
    between.add_argument("start", metavar="DATE", type=date_arg, help="起始日，YYYY-MM-DD")
    between.add_argument("end", metavar="DATE", type=date_arg, help="结束日，YYYY-MM-DD")
    between.set_defaults(func=run_between)


def _calendar(extra: list[Path]) -> WorkCalendar:
    calendar = default_calendar()
    if extra:
        calendar = calendar.merged(load_calendar(extra))
    return calendar


def _provisional_note(calendar: WorkCalendar, *days: date) -> str:
    """ "" or a line saying which years are provisional (the answer still stands: exit 0)."""
    last = max(days)
    if not calendar.is_provisional(last):
        return ""
    years = "、".join(str(y) for y in range(calendar.last_day.year + 1, last.year + 1))
    return (
        f"注意：{years} 年的节假日安排尚未载入，按《全国年节及纪念日放假办法》推算（{PROVISIONAL_NOTE}）；"
        f"日历 {calendar.version_for(last)}"
    )


def run_add(args: argparse.Namespace) -> int:
    start: date = args.start
    n: int = args.n
    try:
        calendar = _calendar(args.calendar)
        result = calendar.add_workdays(start, n)
    except (CalendarRangeError, CalendarDataError) as exc:
        return fail(str(exc))
    if args.json:
        doc: dict[str, object] = {
            "start": start.isoformat(),
            "n": n,
            "result": result.isoformat(),
            "provisional": calendar.is_provisional(max(start, result)),
            "calendar_version": calendar.version_for(start, result),
        }
        if doc["provisional"]:
            doc["earliest"] = calendar.earliest_view(start).add_workdays(start, n).isoformat()
        print_json(doc)
    else:
        mark = "（暂定）" if calendar.is_provisional(max(start, result)) else ""
        print(f"{start.isoformat()} 之后第 {n} 个工作日是 {result.isoformat()}（{weekday_name(result)}）{mark}")
        note = _provisional_note(calendar, start, result)
        if note:
            earliest = calendar.earliest_view(start).add_workdays(start, n)
            print(f"{note}；如调休安排不利，最早可能为 {earliest.isoformat()}")
    return 0


def run_between(args: argparse.Namespace) -> int:
    start: date = args.start
    end: date = args.end
    try:
        calendar = _calendar(args.calendar)
        count = calendar.workdays_between(start, end)
    except (CalendarRangeError, CalendarDataError) as exc:
        return fail(str(exc))
    if args.json:
        print_json(
            {
                "start": start.isoformat(),
                "end": end.isoformat(),
                "workdays": count,
                "provisional": calendar.is_provisional(max(start, end)),
                "calendar_version": calendar.version_for(start, end),
            }
        )
    else:
        note = "不含起始日" if end >= start else "不含起始日；结束日早于起始日，故为负数"
        mark = "（暂定）" if calendar.is_provisional(max(start, end)) else ""
        print(f"{start.isoformat()} 至 {end.isoformat()} 之间有 {count} 个工作日{mark}（{note}）")
        provisional = _provisional_note(calendar, start, end)
        if provisional:
            print(provisional)
    return 0
