"""The 现场监督 workspace (issue 13): the supervisor's dashboard, 超期预警 and the lists of what needs attention."""

from __future__ import annotations

from typing import Any

from govdesk.ui.supervision.workspace import SupervisionWorkspace


def create_workspace(context: Any) -> SupervisionWorkspace:
    return SupervisionWorkspace(context)


__all__ = ["SupervisionWorkspace", "create_workspace"]
