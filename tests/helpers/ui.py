"""Helpers of the UI tests: wait for the operations gateway (``ui/operations.py``) to finish what a click started."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication
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
