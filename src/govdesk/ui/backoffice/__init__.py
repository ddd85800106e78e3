"""The 后台审批 workspace (role back_office): the department's queue, the scanned materials, 补正, steps, decision,
result — at the central server, through ``services.backoffice`` and the operations gateway."""

from __future__ import annotations

from typing import Any


def create_workspace(context: Any) -> Any:
    from govdesk.ui.backoffice.workspace import BackOfficeWorkspace

    return BackOfficeWorkspace(context)
