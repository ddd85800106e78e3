"""Workspaces: what the main window hosts (综合受理, 出件, 承诺跟踪, 现场监督).

The main window only hosts workspaces; each workspace wires itself (Spyder's plugins; STYLE.md's warning about
2,500-line main windows). A workspace package ``govdesk.ui.<key>`` exposes ``create_workspace(context)``
returning a ``Workspace``. ``WORKSPACE_REGISTRY`` lists the workspaces in navigation order; an entry whose
package does not exist yet is shown as a visible "即将推出" page (``ComingSoonWorkspace``) — a registry entry
waiting for its package, not a feature.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from govdesk.services.changes import Changes
from govdesk.ui.context import AppContext
from govdesk.ui.generated.ui_comingsoon import Ui_ComingSoonPage
from govdesk.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from govdesk.ui.mainwindow import MainWindow

log = logging.getLogger(__name__)


CONTEXT = "Workspaces"


class Workspace(QObject):
    """Base class of a workspace. Subclasses set ``key`` and ``title_source`` and implement ``create_widget``.

    Hooks, all optional: ``actions()`` (shown in the 工作区 menu and toolbar while the workspace is active),
    ``attach(window)`` (connect to the window's signals, e.g. ``case_search_requested``), ``activated()`` /
    ``deactivated()`` (also when the window locks and unlocks), ``clerk_changed()``, and
    ``handle_global_action(action_id)`` for the global 打印 / 新建受理 commands. Which roles see a workspace is
    ``services.roles.WORKSPACES_BY_ROLE``.
    """

    key: str = ""
    # Untranslated (Chinese) title; translated in context ``Workspaces``.
    title_source: str = ""
    icon_pixmap: QStyle.StandardPixmap = QStyle.StandardPixmap.SP_FileDialogContentsView

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._widget: QWidget | None = None

    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title_source)

    def icon(self) -> QIcon:
        style = QApplication.style()
        return style.standardIcon(self.icon_pixmap) if style is not None else QIcon()

    def widget(self) -> QWidget:
        """The workspace's page, created on first use."""
        if self._widget is None:
            self._widget = self.create_widget()
            self._widget.setObjectName(f"workspace_{self.key}")
        return self._widget

    def create_widget(self) -> QWidget:
        raise NotImplementedError

    def actions(self) -> list[QAction]:
        return []

    def attach(self, window: MainWindow) -> None:
        """Connect to the window's signals. Called once, after the window has built its frame."""

    def activated(self) -> None:
        """The workspace became the visible one."""

    def deactivated(self) -> None:
        """Another workspace became the visible one."""

    def changes_made(self, changes: Changes, initiator: QObject | None) -> None:
        """A use case run through the operations gateway changed ``changes`` (``initiator``: the page that ran it,
        possibly this workspace's own). Refresh what shows them, keeping what the clerk is typing."""

    def cases_changed(self) -> None:
        """Cases changed underneath the workspace (a sync pulled decisions or results ready): refresh what it
        lists, keeping what the clerk is typing."""

    def handle_global_action(self, action_id: str) -> bool:
        """Handle a global command (``ActionId`` value) for this workspace; False if it does not apply."""
        return False

    def clerk_changed(self) -> None:
        """Another clerk logged in (切换用户, or the first login): refresh what depends on who works (their own
        drafts), keeping the window's open work on screen (AB岗)."""


@dataclass(frozen=True, slots=True)
class WorkspaceEntry:
    key: str
    title_source: str
    module: str
    icon_pixmap: QStyle.StandardPixmap
    # The workspace's own page answers the toolbar's 查找办件 while it is shown; elsewhere the case view opens.
    finds_cases: bool = False


WORKSPACE_REGISTRY: tuple[WorkspaceEntry, ...] = (
    WorkspaceEntry(
        "intake",
        QT_TRANSLATE_NOOP("Workspaces", "综合受理"),
        "govdesk.ui.intake",
        QStyle.StandardPixmap.SP_FileDialogNewFolder,
    ),
    WorkspaceEntry(
        "handoff",
        QT_TRANSLATE_NOOP("Workspaces", "出件"),
        "govdesk.ui.handoff",
        QStyle.StandardPixmap.SP_DialogApplyButton,
        finds_cases=True,
    ),
    WorkspaceEntry(
        "commitments",
        QT_TRANSLATE_NOOP("Workspaces", "承诺跟踪"),
        "govdesk.ui.commitments",
        QStyle.StandardPixmap.SP_FileDialogDetailedView,
        finds_cases=True,
    ),
    WorkspaceEntry(
        "backoffice",
        QT_TRANSLATE_NOOP("Workspaces", "后台审批"),
        "govdesk.ui.backoffice",
        QStyle.StandardPixmap.SP_FileDialogListView,
    ),
    WorkspaceEntry(
        "supervision",
        QT_TRANSLATE_NOOP("Workspaces", "现场监督"),
        "govdesk.ui.supervision",
        QStyle.StandardPixmap.SP_FileDialogInfoView,
    ),
)


class ComingSoonWorkspace(Workspace):
    """The page of a registry entry whose package is not written yet: says "即将推出", does nothing else."""

    coming_soon = True

    def __init__(self, entry: WorkspaceEntry, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        self.key = entry.key
        self.title_source = entry.title_source
        self.icon_pixmap = entry.icon_pixmap

    def create_widget(self) -> QWidget:
        page = QWidget()
        ui = Ui_ComingSoonPage()
        ui.setupUi(page)
        ui.titleLabel.setText(self.title())
        font = QFont(ui.titleLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        ui.titleLabel.setFont(font)
        soon = QFont(ui.comingSoonLabel.font())
        soon.setPointSizeF(soon.pointSizeF() * 1.3)
        ui.comingSoonLabel.setFont(soon)
        page.setProperty("comingSoon", True)
        self._ui = ui
        return page


def create_workspaces(context: AppContext, parent: QObject | None = None) -> list[Workspace]:
    """One workspace per registry entry: the package's own if it exists, else the "即将推出" page."""
    workspaces: list[Workspace] = []
    for entry in WORKSPACE_REGISTRY:
        try:
            module = importlib.import_module(entry.module)
        except ModuleNotFoundError as exc:  # guards the registry, not a service: a workspace package not shipped
            if exc.name != entry.module:
                raise  # the package exists but something it imports is missing: a real error
            log.info("workspace %s: package %s not present; showing 即将推出", entry.key, entry.module)
            workspaces.append(ComingSoonWorkspace(entry, context, parent))
            continue
        factory = getattr(module, "create_workspace", None)
        if factory is None:
            log.warning("workspace %s: %s has no create_workspace(); showing 即将推出", entry.key, entry.module)
            workspaces.append(ComingSoonWorkspace(entry, context, parent))
            continue
        workspace = factory(context)
        if parent is not None:
            workspace.setParent(parent)
        workspaces.append(workspace)
    return workspaces
