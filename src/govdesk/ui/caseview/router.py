"""The toolbar's 查找办件 (Ctrl+F) from every workspace: one hit opens the case view, several a chooser list.

A workspace whose own page looks cases up (``WorkspaceEntry.finds_cases``: the result window, the commitments
page) answers the search itself while it is shown; everywhere else this router does. It runs the look-up through
``CaseStoryService`` (built from the window's runtime on first use; the clerk and catalog are taken afresh each
time, so a login or a new catalog version is followed) and says in the status bar what it did not find.

Signals:
    case_opened(str): the case view was opened on this case id (tests, and the window's own log).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

from govdesk.ui.i18n import error_text, say
from govdesk.ui.operations import operations_for

if TYPE_CHECKING:
    from govdesk.services.case_story import CaseStoryService, Found
    from govdesk.ui.caseview.chooser import CaseChooserDialog
    from govdesk.ui.caseview.dialog import CaseViewDialog
    from govdesk.ui.mainwindow import MainWindow

log = logging.getLogger(__name__)


def self_searching() -> frozenset[str]:
    """The workspaces that answer 查找办件 themselves while shown (read from the registry when first searched: the
    router is made with the main window, before the first paint, and the registry's module is not needed then)."""
    from govdesk.ui.workspace import WORKSPACE_REGISTRY

    return frozenset(e.key for e in WORKSPACE_REGISTRY if e.finds_cases)


MESSAGE_MS = 8000


class CaseSearchRouter(QObject):
    """See the module docstring. Created by the main window, which it listens to."""

    case_opened = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._service: CaseStoryService | None = None
        self.view: CaseViewDialog | None = None
        self.chooser: CaseChooserDialog | None = None
        window.case_search_requested.connect(self.search)

    def service(self) -> CaseStoryService | None:
        runtime: Any = getattr(self.window.context, "runtime", None)
        if runtime is None:
            return None
        if self._service is None:
            from govdesk.services.case_story import CaseStoryService

            notices = runtime.notices
            self._service = CaseStoryService(
                runtime.store,
                runtime.catalog,
                runtime.clock,
                runtime.window,
                notices.key_path,
                notices.archive_dir,
                notices,
            )
        self._service.window = runtime.window  # the clerk logged in now records what is seen and reprinted
        self._service.catalog = runtime.catalog
        self._service.calendar = runtime.calendar  # answering a back-office 补正 counts working days
        return self._service

    @Slot(str)
    def search(self, text: str) -> None:
        workspace = self.window.current_workspace()
        if workspace is not None and workspace.key in self_searching() and not getattr(workspace, "coming_soon", False):
            return
        service = self.service()
        if service is None:
            self._say(self.tr("本机数据库尚未打开，不能查找办件"))
            return
        found = operations_for(self.window).query(
            self.window, lambda: service.find(text), failure=lambda exc: self._say(error_text(exc))
        )
        if found is not None:
            self.show_found(text, found)

    def show_found(self, text: str, found: Found) -> None:
        if not found.cases:
            extra = f"（{found.verdict}）" if found.verdict else ""
            words = say(found.elsewhere) if found.elsewhere else self.tr("没有找到办件：{text}").format(text=text)
            self._say(words + extra)
        elif len(found.cases) == 1:
            self.open_case(found.cases[0].case_id, found.verdict, found.verdict_ok)
        else:
            from govdesk.ui.caseview.chooser import CaseChooserDialog

            self.chooser = CaseChooserDialog.choose(self.window, text, found.cases)
            self.chooser.chosen.connect(self.open_case)

    @Slot(str)
    def open_case(self, case_id: str, verdict: str = "", verdict_ok: bool = True) -> None:
        from govdesk.ui.caseview.dialog import CaseViewDialog

        service = self.service()
        if service is None:
            return
        view = operations_for(self.window).query(
            self.window,
            lambda: CaseViewDialog.show_case(self.window, service, case_id, verdict, verdict_ok),
            failure=lambda exc: self._say(error_text(exc)),
        )
        if view is None:
            return
        self.view = view
        log.info("case view opened", extra={"event": "case_view_opened"})
        self.case_opened.emit(case_id)

    def _say(self, text: str) -> None:
        self.window.status_bar.showMessage(text, MESSAGE_MS)
