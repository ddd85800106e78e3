"""承诺跟踪: 容缺 promises, deferred notices and delays (issue 6). ``create_workspace(context)`` for the registry."""

from __future__ import annotations

from govdesk.ui.commitments.workspace import CommitmentsWorkspace
from govdesk.ui.context import AppContext

__all__ = ["CommitmentsWorkspace", "create_workspace"]


def create_workspace(context: AppContext) -> CommitmentsWorkspace:
    return CommitmentsWorkspace(context)
