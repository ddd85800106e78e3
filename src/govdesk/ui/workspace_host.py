"""The main window's workspaces, made late (issue 15: start-up).

- A workspace's page is made, and put in the window's stack, when the workspace is first shown (``page``).
- At start-up the window shows locked before any workspace module is imported: ``defer`` keeps what makes them, and
  ``ensure`` hosts them at a later start-up step, or at the first unlock at the latest, as the window's constructor
  would have (the last workspace shown again; the role's workspaces only; while locked, left again at once, as at a
  locked start).

The main window owns one ``WorkspaceHost``; its ``defer_workspaces`` and ``ensure_workspaces`` are this one's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from govdesk.ui.mainwindow import MainWindow
    from govdesk.ui.workspace import Workspace


class WorkspaceHost:
    """See the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._pending: Callable[[], list[Workspace]] | None = None

    def page(self, workspace: Workspace) -> QWidget:
        """The workspace's page in the stack, made (and added) on its first show."""
        page = workspace.widget()
        stack = self.window.ui.workspaceStack
        if stack.indexOf(page) < 0:
            stack.addWidget(page)
        return page

    def defer(self, make: Callable[[], list[Workspace]]) -> None:
        """Host the workspaces ``make`` returns later: at ``ensure``, or at the first unlock, whichever comes first."""
        self._pending = make

    def ensure(self) -> bool:
        """Host the deferred workspaces now; False when none were waiting."""
        make, self._pending = self._pending, None
        if make is None:
            return False
        window = self.window
        workspaces = make()
        for workspace in workspaces:
            window.add_workspace(workspace)
        for workspace in workspaces:
            workspace.attach(window)
        if window.current_workspace() is None:
            window.show_workspace(window.context.settings.last_workspace)
        if window.role is not None:
            window.apply_role(window.role)
        if window.locked:
            current = window.current_workspace()
            if current is not None:
                current.deactivated()
            window.enable_workspace_actions(False)
        return True
