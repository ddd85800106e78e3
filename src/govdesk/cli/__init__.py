"""The ``govdesk`` command: a stable contract that scripts and admins rely on.

Each sub-command lives in its own module below ``govdesk.cli`` and exposes ``register(subparsers)``,
which adds its parser and sets ``func`` (taking the parsed namespace, returning an exit code).
Exit codes: 0 success, 1 a negative answer (invalid, broken), 2 bad arguments (with usage).
Output is in Chinese unless ``--lang en`` is given where a command supports it.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from govdesk import __version__, app

#: Sub-command name -> the module that registers it, in the order ``--help`` lists them. A command's module is
#: imported only when that command runs (or for ``--help``), so ``govdesk check-id`` does not pay for SQLAlchemy,
#: Qt or pypinyin.
COMMANDS: dict[str, str] = {
    "check-id": "govdesk.cli.check_id",
    "workdays": "govdesk.cli.workdays",
    "calendar": "govdesk.cli.calendar",
    "catalog": "govdesk.cli.catalog",
    "db": "govdesk.cli.db",
    "central": "govdesk.cli.central",
    "notice": "govdesk.cli.notice",
    "case": "govdesk.cli.case",
    "demo": "govdesk.cli.demo",
    "report": "govdesk.cli.report",
}
COMMAND_MODULES: tuple[str, ...] = tuple(COMMANDS.values())


class ChineseArgumentParser(argparse.ArgumentParser):
    """argparse with its fixed words in Chinese; errors exit 2 with the usage, as argparse does."""

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "用法:", 1)

    def format_help(self) -> str:
        text = super().format_help()
        for en, zh in (
            ("usage:", "用法:"),
            ("positional arguments:", "参数:"),
            ("options:", "选项:"),
            ("show this help message and exit", "显示此帮助并退出"),
        ):
            text = text.replace(en, zh)
        return text

    def error(self, message: str) -> None:  # type: ignore[override]
        for en, zh in (
            ("the following arguments are required:", "缺少参数:"),
            ("unrecognized arguments:", "无法识别的参数:"),
            ("invalid choice:", "无效的选择:"),
            ("argument ", "参数 "),
            ("expected one argument", "需要一个值"),
            ("invalid int value:", "不是整数:"),
            ("(choose from", "（可选："),
        ):
            message = message.replace(en, zh)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: 错误: {message}\n")


def build_parser(only: str | None = None) -> ChineseArgumentParser:
    """The whole parser, or (``only``) the top level plus the one sub-command about to run."""
    parser = ChineseArgumentParser(
        prog="govdesk",
        description="govdesk 政务服务窗口工作台。不带子命令时启动图形界面。",
    )
    parser.add_argument("--version", action="version", version=f"govdesk {__version__}", help="显示版本并退出")
    app.add_gui_arguments(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="子命令", parser_class=ChineseArgumentParser)
    for command, module in COMMANDS.items():
        if only is None or command == only:
            importlib.import_module(module).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    tokens = list(argv) if argv is not None else sys.argv[1:]
    chosen = next((t for t in tokens if t in COMMANDS), None)
    if chosen is None and "--version" in tokens:  # argparse would say the same after importing every command
        print(f"govdesk {__version__}")
        return 0
    if chosen is None and not any(t in ("-h", "--help", "--version") for t in tokens):
        _, unknown = app.build_parser().parse_known_args(tokens)
        if not unknown:  # only GUI flags (or nothing): start the program without importing any sub-command
            return app.run(tokens)
    parser = build_parser(chosen)  # the full parser only for help and errors
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        # No sub-command: the GUI. Only GUI flags can be in argv here; app.run parses them again.
        return app.run(list(argv) if argv is not None else sys.argv[1:])
    return int(func(args))
