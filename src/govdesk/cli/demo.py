"""``govdesk demo``: the program on its embedded default, with nothing to configure.

An embedded central server on loopback (its own SQLite file), a demo center with one user per role, the demo
catalog and sample cases in several states, and a demo back office that approves submitted cases by itself after a
set delay. The window logs in as the intake clerk at once, so intake → back office → result handoff can be seen in
minutes. Everything lives under one base directory (kept between runs; ``--fresh`` starts over).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

DEMO_CENTER = ("41122101", "渑池县政务服务中心")
DEMO_PASSWORD = "demo1234"
#: username, display name, role
DEMO_USERS: tuple[tuple[str, str, str], ...] = (
    ("wangli", "王丽", "intake"),
    ("sunhong", "孙红", "intake"),
    ("zhoujun", "周军", "intake"),
    ("wuting", "吴婷", "intake"),
    ("liming", "李明", "issuing"),
    ("zhaoqiang", "赵强", "supervisor"),
    ("qianmin", "钱敏", "supervisor"),
    ("chenjing", "陈静", "back_office"),
    ("admin", "管理员", "admin"),
)
#: The demo staff's mobile numbers as the center registered them (``govdesk central user set-phone``): a supervisor's
#: 催办 reminder goes there (the demo's gateway only logs it).
DEMO_PHONES: dict[str, str] = {
    "wangli": "13800000001",
    "sunhong": "13800000002",
    "zhoujun": "13800000003",
    "wuting": "13800000004",
    "liming": "13800000005",
    "chenjing": "13800000008",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="演示：内置中心服务器、演示用户、事项目录和示例办件",
        description="启动带内置中心服务器的演示环境，无需任何配置。",
    )
    # The window's flags default to SUPPRESS, so one given before the sub-command (``govdesk --lang en demo``,
    # parsed by the top-level parser) is not overwritten by this parser's default.
    parser.add_argument(
        "--basedir", type=Path, metavar="目录", default=argparse.SUPPRESS, help="演示数据目录（默认在用户数据目录下）"
    )
    parser.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        default=argparse.SUPPRESS,
        help="界面语言（只用于本次运行，默认取设置中的语言）",
    )
    parser.add_argument("--fresh", action="store_true", help="清空演示数据，从头开始")
    parser.add_argument("--port", type=int, default=0, help="内置中心服务器端口（默认自动选择空闲端口）")
    parser.add_argument(
        "--auto-approve-seconds",
        type=float,
        default=None,
        metavar="N",
        help="演示用自动审批：流转后台 N 秒后自动走完认领、审查、决定、制证、结果已出"
        "（默认关闭：以后台用户 chenjing 登录审批）",
    )
    parser.add_argument(
        "--user",
        default="wangli",
        choices=[u for u, _, _ in DEMO_USERS],
        help="以哪个演示用户登录（默认受理员 wangli）",
    )
    parser.add_argument(
        "--log-json", action="store_true", default=argparse.SUPPRESS, help="按行输出 JSON 格式日志（供自动测试读取）"
    )
    parser.set_defaults(func=run_demo)
    sub = parser.add_subparsers(dest="demo_command", metavar="seed")
    seed = sub.add_parser(
        "seed",
        help="生成可复现的演示历史（各种状态、超期与临近超期、容缺、两次告知、延后告知、好差评及差评跟进）",
        description="在演示数据目录的窗口数据库中生成一段真实感的办件历史（同一种子得到同样的历史），"
        "并把同一段历史按发生时间送入内置中心服务器（中心、用户、事项目录、各窗口设备与后台审批），供全中心统计。",
    )
    seed.add_argument("--basedir", type=Path, metavar="目录", required=True, help="演示数据目录")
    seed.add_argument("--cases", type=int, default=300, metavar="N", help="办件数（默认 300）")
    seed.add_argument("--days", type=int, default=30, metavar="D", help="跨越的工作日数（默认 30）")
    seed.add_argument("--seed", type=int, default=13, metavar="S", help="随机种子（默认 13）")
    seed.add_argument("--today", metavar="YYYY-MM-DD", help="历史的最后一天（默认今天）")
    seed.set_defaults(func=run_seed)


def default_basedir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("govdesk-demo", appauthor=False))


def run_demo(args: argparse.Namespace) -> int:
    """The window shows first; the embedded central server and the simulated queue system start after its first
    paint, as a step of the program's start-up (``app.run``'s ``before_database``; issue 15), and stop when it ends.
    """
    from govdesk import app

    basedir: Path = getattr(args, "basedir", None) or default_basedir()
    if args.fresh and basedir.exists():
        shutil.rmtree(basedir)
    basedir.mkdir(parents=True, exist_ok=True)
    started: list[Any] = []  # what start_backend started, stopped in reverse order at the end

    def start_backend(store: Any) -> None:
        from govdesk.central.embedded import EmbeddedCentral
        from govdesk.devices.queue_server import SimulatedQueueServer

        central = EmbeddedCentral.start(
            basedir / "central.sqlite",
            args.port,
            auto_approve_seconds=args.auto_approve_seconds,
            sms_log=basedir / "sms.log",
        )
        started.append(central)
        queue = SimulatedQueueServer().start()  # the hall's 叫号机: applicants waiting with tickets A001…
        started.append(queue)
        queue.issue("A", 20)
        seed_central(central)
        prepare_window(basedir, central.url, queue.url, store=store)
        sys.stdout.write(banner(central.url, basedir) + f"  叫号系统（模拟）：{queue.url}\n")
        sys.stdout.flush()

    try:
        gui_args = ["--basedir", str(basedir)] + (["--log-json"] if getattr(args, "log_json", False) else [])
        language = getattr(args, "lang", None)
        if language:
            gui_args += ["--lang", language]
        return app.run(gui_args, autologin=(args.user, DEMO_PASSWORD), before_database=start_backend)
    finally:
        for server in reversed(started):
            server.stop()


def run_seed(args: argparse.Namespace) -> int:
    """``govdesk demo seed``: the history in the window's store (through the real services), and the embedded
    server's center, users and catalog. Refuses a database that already holds cases (nothing is mixed in)."""
    from datetime import date, time

    from govdesk.central.demo_history import replay
    from govdesk.central.embedded import EmbeddedCentral
    from govdesk.domain.clock import CST, FixedClock
    from govdesk.services.demo_seed import seed_history
    from govdesk.services.runtime import Runtime
    from govdesk.services.settings import AppPaths, SettingsStore
    from govdesk.store.history import event_log

    if args.cases < 1 or args.days < 1:
        sys.stderr.write("办件数和工作日数都必须是正整数\n")
        return 2
    try:
        today = date.fromisoformat(args.today) if args.today else datetime.now(CST).date()
    except ValueError:
        sys.stderr.write(f"日期“{args.today}”的格式不对，应为 YYYY-MM-DD，例如 2026-12-04\n")
        return 2
    basedir: Path = args.basedir
    basedir.mkdir(parents=True, exist_ok=True)
    paths = AppPaths.for_basedir(basedir).ensure()
    store = SettingsStore(paths.settings_file)
    settings = store.load()
    settings.center_code = DEMO_CENTER[0]
    settings.window_number = settings.window_number or "1"
    store.save()
    clock = FixedClock(datetime.combine(today, time(8, 0), tzinfo=CST))
    runtime = Runtime.open(paths.default_db, paths.data_dir, settings, clock=clock)
    try:
        if runtime.store.count_cases():
            sys.stderr.write(f"{paths.default_db} 中已有办件，未生成演示历史；请换一个空的数据目录\n")
            return 1
        report = seed_history(runtime, clock, cases=args.cases, days=args.days, seed=args.seed, today=today)
        history = event_log(runtime.store)
    finally:
        runtime.close()
    # the same history at the embedded center, as the hall's windows and back office sent and made it
    central = EmbeddedCentral.start(basedir / "central.sqlite", 0, sms_log=basedir / "sms.log")
    try:
        seed_central(central)
        replayed = replay(central.central, DEMO_CENTER[0], ((e.document, e.from_window) for e in history))
    finally:
        central.stop()
    sys.stdout.write(report.summary() + f"\n{replayed.summary()}\n数据库：{paths.default_db}\n")
    return 0 if not replayed.refused else 1


def banner(url: str, basedir: Path) -> str:
    users = "\n".join(f"    {u:<10} {name}（{role}）" for u, name, role in DEMO_USERS)
    return (
        f"govdesk 演示环境\n  中心服务器：{url}（后台审批：以 chenjing 登录，或加 --auto-approve-seconds N 自动审批）\n"
        f"  数据目录：{basedir}\n"
        f"  演示用户（密码均为 {DEMO_PASSWORD}）：\n{users}\n"
    )


def seed_central(central: Any) -> None:
    """The demo center, its users and the demo catalog (idempotent: a second run keeps what is there). The catalog
    tells the back office each item's department and result name (营业执照…)."""
    from govdesk.central import admin, distribution, licences
    from govdesk.central.db import DocumentRow
    from govdesk.domain.catalog_loader import catalog_to_json
    from govdesk.protocol import DocumentUpload
    from govdesk.services.demo_data import demo_holders
    from govdesk.shipped import default_catalog

    now = datetime.now(UTC)
    with central.central.tx() as session:
        existing = {u.username for u in admin.list_users(session)}
        if not existing:
            admin.add_center(session, *DEMO_CENTER, now)
        for username, name, role in DEMO_USERS:
            if username not in existing:
                admin.add_user(
                    session, username, name, role, DEMO_CENTER[0], DEMO_PASSWORD, now,
                    department="*" if role == "back_office" else "",  # the demo center's 综合审批: every department
                )  # fmt: skip
                if username in DEMO_PHONES:
                    admin.set_phone(session, username, DEMO_PHONES[username])
        catalog = default_catalog()
        published = session.query(DocumentRow).filter_by(doc_type="catalog", version=catalog.version).first()
        if published is None:
            upload = DocumentUpload(version=catalog.version, document=catalog_to_json(catalog))
            distribution.publish(central.central, session, "catalog", upload, by="演示")
        licences.seed_demo(session, demo_holders())  # the simulated 电子证照 library (issue 14)


def prepare_window(basedir: Path, server_url: str, queue_url: str = "", *, store: Any = None) -> None:
    """The window's settings point at the embedded server (and the simulated queue system, when given); sample
    cases fill an empty local database. ``store``: the running program's ``SettingsStore`` (the demo prepares the
    window after it showed; the program holds the database's instance lock then), else the one under ``basedir``.
    """
    from dataclasses import replace

    from govdesk.domain.events import Role
    from govdesk.services.demo_data import seed_sample_cases
    from govdesk.services.runtime import Runtime
    from govdesk.services.settings import AppPaths, SettingsStore

    paths = AppPaths.for_basedir(basedir).ensure()
    running = store is not None
    if store is None:
        store = SettingsStore(paths.settings_file)
        store.load()
    settings = store.settings
    settings.server_url = server_url
    settings.center_code = DEMO_CENTER[0]
    settings.window_number = settings.window_number or "1"
    if queue_url:
        settings.queue_server_url = queue_url
    store.save()
    runtime = Runtime.open(paths.default_db, paths.data_dir, settings, lock=not running)
    try:
        # the samples are taken in by the demo's intake clerk, a real user of the embedded server (never "demo")
        username, name, role = DEMO_USERS[0]
        actor = runtime.window.actor
        runtime.set_clerk(replace(actor, clerk_id=username, clerk_name=name, role=Role(role)))
        if seed_sample_cases(runtime):
            _sat_at_this_pc(runtime, server_url, username)
    finally:
        runtime.close()


def _sat_at_this_pc(runtime: Any, server_url: str, username: str) -> None:
    """The samples' clerk logged in at this PC while the line was up, and registered it, as at a window's first
    start: the center then records the samples under their name whoever pushes them (AB岗, ``central.writers``;
    ``demo --user liming`` pushes them). On a thread of its own: the program's event loop may be running here."""
    import asyncio
    import logging
    import threading

    from govdesk.services.credentials import MemoryOnlyCredentialStore
    from govdesk.services.sync_service import make_engine
    from govdesk.sync.errors import DevicePending, SyncError

    engine = make_engine(runtime.store, server_url, MemoryOnlyCredentialStore(), "demo-setup")

    async def register() -> None:
        try:
            engine.client.login(username, DEMO_PASSWORD)
            await engine.register()
        except DevicePending:
            pass  # bound all the same; the program's first round registers it again
        except SyncError as error:  # the demo goes on: the samples are pushed under whoever logs in
            logging.getLogger(__name__).warning("the demo's PC not registered for %s: %s", username, error)
        finally:
            await engine.aclose()
            engine.client.close()

    worker = threading.Thread(target=asyncio.run, args=(register(),), name="demo-register")
    worker.start()
    worker.join()
