"""Helpers of the UI tests: wait for the operations gateway (``ui/operations.py``) to finish what a click started."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from govdesk.ui.operations import operations


def settle(qtbot: QtBot, timeout_ms: int = 15_000) -> None:
    """Wait until every call the page handed to the gateway has finished and its callbacks ran."""
    qtbot.waitUntil(lambda: operations().running() == 0, timeout=timeout_ms)


def settle_now(timeout_s: float = 15.0) -> None:
    """``settle`` for helpers that have no ``qtbot`` (a key press helper): process events until the gateway is idle."""
    deadline = time.monotonic() + timeout_s
    while operations().running():
        if time.monotonic() > deadline:
            raise AssertionError("the operations gateway did not finish in time")
        QCoreApplication.processEvents()
        time.sleep(0.002)


def trigger_in_loop(
    loop: asyncio.AbstractEventLoop, action: QAction, then: Callable[[], Awaitable[None]], timeout_s: float = 60.0
) -> None:
    """Trigger ``action`` from a callback of the running asyncio loop, as a menu or a key does in the program (a
    dialog it opens steps the sync tasks with the loop running, never inside another task), then run ``then()`` in
    the same run of the loop: qasync steps tasks on Qt events even while the loop is not running, where they fail
    ("no running event loop"), so a test must not leave the loop while sync work is under way."""
    done: asyncio.Future[None] = loop.create_future()
    waiting: list[asyncio.Future[None]] = []

    async def after() -> None:
        try:
            await asyncio.wait_for(then(), timeout_s)
        except BaseException as error:  # the test's assertion, said where the test called this
            done.set_exception(error)
        else:
            done.set_result(None)

    def fire() -> None:
        action.trigger()
        waiting.append(asyncio.ensure_future(after()))

    loop.call_soon(fire)
    loop.run_until_complete(done)
