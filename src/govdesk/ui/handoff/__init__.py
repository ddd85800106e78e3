"""出件: the result window workspace (issue 6). ``create_workspace(context)`` is what the shell's registry calls."""

from __future__ import annotations

from govdesk.ui.context import AppContext
from govdesk.ui.handoff.workspace import HandoffWorkspace

__all__ = ["HandoffWorkspace", "create_workspace"]


def create_workspace(context: AppContext) -> HandoffWorkspace:
    return HandoffWorkspace(context)
