"""``govdesk case``: find a case and read its whole story, for admins, on the service behind the case view.

    govdesk case find QUERY [--db PATH] [--json]     办件编号（任意写法或扫码内容）、身份证号、姓名开头或电话
    govdesk case show CASE_NO [--db PATH] [--json]   一个办件的全部经过

Personal data is always masked here (ID numbers, phones; names in the list of hits): the command line has no
显示 button, and its output ends up in terminals and files. Nothing is written to the database.
Exit codes: 0 found, 1 not found (or several cases where one was asked for), 2 bad arguments (a malformed case
number, a database file that does not exist).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from govdesk.cli._output import fail, print_json


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "case",
        help="查找办件、查看办件全过程（个人信息遮蔽）",
        description="查找办件、查看办件全过程。个人信息一律遮蔽，不改动数据库。",
    )
    actions = parser.add_subparsers(dest="case_action", metavar="操作", required=True, parser_class=type(parser))
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, metavar="PATH", help="数据库文件（默认为本机数据目录中的 govdesk.sqlite）")
    common.add_argument("--json", action="store_true", help="以 JSON 输出（供脚本使用）")
    find = actions.add_parser(
        "find",
        parents=[common],
        help="按办件编号、身份证号、姓名开头或电话查找",
        description="按办件编号（带不带连字符、大小写均可，或通知书二维码内容）、完整身份证号、姓名开头或电话查找办件。"
        "找到为 0，找不到为 1，参数错误为 2。",
    )
    find.add_argument("query", metavar="QUERY", help="查找内容")
    find.set_defaults(func=run_find)
    show = actions.add_parser(
        "show",
        parents=[common],
        help="显示一个办件的全过程",
        description="显示办件的状态、申请人（遮蔽）、事项、材料、期限及其计算说明、全部记录、已出具的通知书、"
        "容缺承诺、出件和评价。找到为 0，找不到为 1，参数错误为 2。",
    )
    show.add_argument("case_no", metavar="CASE_NO", help="办件编号（或扫码内容）")
    show.set_defaults(func=run_show)


def _service(args: argparse.Namespace) -> Any:
    from govdesk.domain.events import Actor, Role
    from govdesk.domain.notices import CenterProfile
    from govdesk.printing.signing import KEY_FILE_NAME
    from govdesk.services.case_story import CaseStoryService
    from govdesk.services.reference_data import effective_catalog
    from govdesk.services.window import WindowContext
    from govdesk.store.paths import default_db_path
    from govdesk.store.store import SystemClock, open_store

    path: Path = args.db or default_db_path()
    if not path.is_file():
        return None
    from govdesk.cli.db import stored_database_key

    store = open_store(path, key=stored_database_key(path))
    data_dir = path.parent
    actor = Actor("cli", "命令行", Role.ADMIN, "", "")
    window = WindowContext(actor=actor, center=CenterProfile("", "", ""))
    key = data_dir / "keys" / KEY_FILE_NAME
    return CaseStoryService(store, effective_catalog(store), SystemClock(), window, key, data_dir / "notices")


def _found(args: argparse.Namespace, text: str) -> tuple[Any, Any, int]:
    """(service, Found, 0) or (None, None, exit code) after saying why."""
    from govdesk.services.case_story import CaseLookupError

    service = _service(args)
    if service is None:
        return None, None, fail(f"找不到数据库文件：{args.db}", code=2)
    try:
        found = service.find(text)
    except CaseLookupError as exc:
        service.store.close()
        return None, None, fail(str(exc), code=2)
    return service, found, 0


def run_find(args: argparse.Namespace) -> int:
    service, found, code = _found(args, args.query)
    if service is None:
        return code
    service.store.close()
    if args.json:
        print_json({"query": args.query, "verdict": found.verdict, "cases": [f.to_json() for f in found.cases]})
    else:
        if found.verdict:
            sys.stdout.write(found.verdict + "\n")
        if not found.cases:
            sys.stdout.write(f"没有找到办件：{args.query}\n")
        else:
            sys.stdout.write(f"找到 {len(found.cases)} 个办件：\n")
        for f in found.cases:
            sys.stdout.write(f"{f.case_no}  {f.applicant}  {f.state}  {f.items}  收件 {f.received}\n")
    return 0 if found.cases else 1


def run_show(args: argparse.Namespace) -> int:
    service, found, code = _found(args, args.case_no)
    if service is None:
        return code
    try:
        if len(found.cases) != 1:
            if args.json:
                print_json({"query": args.case_no, "cases": [f.to_json() for f in found.cases]})
            if not found.cases:
                return fail(f"没有找到办件：{args.case_no}")
            numbers = "、".join(f.case_no for f in found.cases)
            return fail(f"“{args.case_no}”对应 {len(found.cases)} 个办件（{numbers}），请给出办件编号")
        story = service.story(found.cases[0].case_id)
    finally:
        service.store.close()
    if args.json:
        print_json(story.to_json())
    else:
        sys.stdout.write(format_story(story))
    return 0


def format_story(story: Any) -> str:
    lines = [f"办件 {story.case_no}  状态：{story.state}"]

    def section(title: str, rows: list[Any]) -> None:
        if not rows:
            return
        lines.append(f"\n【{title}】")
        for r in rows:
            lines.append(f"  {r.label}：{r.value}" + (f"（{r.note}）" if r.note else ""))

    section("申请人", story.applicant)
    section("事项", story.items)
    section("材料", story.materials)
    section("期限", story.deadlines)
    if story.dates_note:
        lines.append(f"  提示：{story.dates_note}")
    section("容缺承诺", story.commitment)
    section("出件", story.handoff)
    section("评价", story.rating)
    if story.notices:
        lines.append("\n【已出具的通知书】")
        for n in story.notices:
            lines.append(f"  {n.issued_on}  {n.title}（第 {n.number} 份）  {n.pdf}")
    lines.append("\n【办理记录】（北京时间）")
    for e in story.events:
        where = f" {e.window}" if e.window else ""
        lines.append(f"  {e.when}  {e.who}（{e.role}{where}）  {e.what}")
    return "\n".join(lines) + "\n"
