"""``govdesk central serve``'s options for a county's load (issue 17): processes, limits, logging, metrics.

    --workers N            server processes (uvicorn workers); more than one only on PostgreSQL
    --max-concurrent N     requests at work at once per process (503 with Retry-After beyond it)
    --retry-after S        the Retry-After of a 503, in seconds
    --max-connections N    connections per process (uvicorn's limit_concurrency: a plain 503 beyond it)
    --max-heavy-pushes N   large pushes (a township's backlog) at work at once per process (default: 1 on PostgreSQL)
    --metrics-token-file F who may read /metrics from another machine (a bearer token; central/metrics.py)
    --log-level LEVEL      info (default) logs a summary of the requests once a minute; debug logs every request

With ``--workers`` above one the processes are started by uvicorn and each builds its own app from the options passed
in the environment (``GOVDESK_CENTRAL_SERVE_OPTIONS``, read by ``central.app.app_from_environment``); their metrics
meet in a fresh folder named by ``PROMETHEUS_MULTIPROC_DIR`` (prometheus_client's multiprocess mode), removed when
the server stops.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

LOG_LEVELS = ("critical", "error", "warning", "info", "debug")
#: Connections one process keeps open at most; beyond it uvicorn answers 503 at once.
DEFAULT_MAX_CONNECTIONS = 1000
#: Seconds an idle keep-alive connection is kept (uvicorn's default is 5).
KEEP_ALIVE_SECONDS = 5
#: The largest request head (request line and headers) h11 buffers: uvicorn's default (16 KB) written down.
MAX_HEAD_BYTES = 16 * 1024


class ServeOptionError(Exception):
    """A serve option that cannot be used; the message is Chinese and says what to fix."""


def add_arguments(serve: argparse.ArgumentParser) -> None:
    from govdesk.central.backpressure import DEFAULT_MAX_CONCURRENT, DEFAULT_RETRY_AFTER

    serve.add_argument(
        "--workers", type=int, default=1, metavar="N", help="服务器进程数（默认 1；大于 1 须使用 PostgreSQL）"
    )
    serve.add_argument(
        "--max-concurrent",
        type=int,
        default=DEFAULT_MAX_CONCURRENT,
        metavar="N",
        help=f"每个进程同时处理的请求数上限，超出时答复 503 并告知稍后重试（默认 {DEFAULT_MAX_CONCURRENT}）",
    )
    serve.add_argument(
        "--retry-after",
        type=int,
        default=DEFAULT_RETRY_AFTER,
        metavar="S",
        help=f"繁忙（503）时告知窗口等待的秒数（默认 {DEFAULT_RETRY_AFTER}）",
    )
    serve.add_argument(
        "--max-connections",
        type=int,
        default=DEFAULT_MAX_CONNECTIONS,
        metavar="N",
        help=f"每个进程的连接数上限（默认 {DEFAULT_MAX_CONNECTIONS}）",
    )
    serve.add_argument(
        "--max-heavy-pushes",
        type=int,
        default=None,
        metavar="N",
        help="每个进程同时处理的大批量推送（乡镇积压补传）数上限（默认：PostgreSQL 为 1，SQLite 按写入顺序排队）",
    )
    serve.add_argument(
        "--metrics-token-file",
        metavar="FILE",
        help="监控令牌文件：持此令牌（Bearer）可从其他机器读取 /metrics；不设置时只允许本机读取",
    )
    serve.add_argument(
        "--log-level",
        choices=LOG_LEVELS,
        default="info",
        help="日志级别（默认 info：每分钟一条请求汇总；debug：每个请求）",
    )


def check(args: argparse.Namespace, db_url: str) -> None:
    """Refuse, in words, options that cannot work, before anything starts."""
    if args.workers < 1:
        raise ServeOptionError("--workers 须为 1 或更大的整数")
    if args.workers > 1 and db_url.startswith("sqlite"):
        raise ServeOptionError(
            f"--workers {args.workers}：SQLite 数据库只允许一个服务器进程写入，多个进程会互相等待甚至报错。"
            "请去掉 --workers，或改用 PostgreSQL（--db postgresql+psycopg://用户@主机/库名）"
        )
    if args.max_concurrent < 1:
        raise ServeOptionError("--max-concurrent 须为 1 或更大的整数")
    if args.retry_after < 1:
        raise ServeOptionError("--retry-after 须为 1 秒或更长")
    if args.max_connections < args.max_concurrent:
        raise ServeOptionError(
            f"--max-connections（{args.max_connections}）不能小于 --max-concurrent（{args.max_concurrent}）"
        )
    if args.max_heavy_pushes is not None and args.max_heavy_pushes < 1:
        raise ServeOptionError("--max-heavy-pushes 须为 1 或更大的整数")
    if args.metrics_token_file is not None:
        read_token(args.metrics_token_file)


def read_token(path: str) -> str:
    try:
        token = Path(path).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise ServeOptionError(f"--metrics-token-file 指定的文件无法读取：{path}（{exc}）") from exc
    if len(token) < 16:
        raise ServeOptionError(f"监控令牌文件 {path} 中的令牌过短：至少 16 个字符，建议随机生成 32 个以上")
    return token


def app_options(args: argparse.Namespace, db_url: str) -> dict[str, Any]:
    """What ``central.app.app_from_environment`` (and ``create_app``) takes, JSON-able for the worker processes."""
    return {
        "db_url": db_url,
        "auto_approve_seconds": args.auto_approve_seconds,
        "sms_log": args.sms_log,
        "max_concurrent": args.max_concurrent,
        "retry_after": args.retry_after,
        "max_heavy_pushes": args.max_heavy_pushes,
        "metrics_token_file": args.metrics_token_file,
        "device_approval": getattr(args, "device_approval", "admin"),
        "device_scope": getattr(args, "device_scope", "station"),
    }


def uvicorn_options(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "log_level": args.log_level,
        "access_log": False,  # every request at debug through central/metrics.py, a summary at info
        "limit_concurrency": args.max_connections,
        "timeout_keep_alive": KEEP_ALIVE_SECONDS,
        "h11_max_incomplete_event_size": MAX_HEAD_BYTES,
    }


@contextmanager
def multiprocess_metrics(workers: int) -> Iterator[None]:
    """For more than one worker: a fresh folder for the processes' metrics, named in the environment they inherit."""
    if workers <= 1:
        yield
        return
    from govdesk.central.metrics import MULTIPROC_ENV

    folder = tempfile.mkdtemp(prefix="govdesk-metrics-")
    previous = os.environ.get(MULTIPROC_ENV)
    os.environ[MULTIPROC_ENV] = folder
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(MULTIPROC_ENV, None)
        else:
            os.environ[MULTIPROC_ENV] = previous
        shutil.rmtree(folder, ignore_errors=True)


def options_env(options: dict[str, Any]) -> str:
    return json.dumps(options, ensure_ascii=False)
