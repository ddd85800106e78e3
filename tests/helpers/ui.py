"""Helpers of the UI tests: wait for the operations gateway (``ui/operations.py``) to finish what a click started."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from govdesk.ui.operations import operations


def settle(qtbot: QtBot, timeout_ms: int = 15_000) -> None:
    """Wait until every call the page handed to the gateway has finished and its callbacks ran."""
    qtbot.waitUntil(lambda: operations().running() == 0, timeout=timeout_ms)
