"""综合受理: the intake workspace (issue 4). ``create_workspace(context)`` is what the shell's registry calls."""

from __future__ import annotations

from govdesk.ui.context import AppContext
from govdesk.ui.intake.workspace import IntakeWorkspace

__all__ = ["IntakeWorkspace", "create_workspace"]


def create_workspace(context: AppContext) -> IntakeWorkspace:
    return IntakeWorkspace(context)
