"""Keeps the window on the newest holiday arrangement (issue 10).

After start-up, and after every sync round that pulled changes (a published calendar is one), the runtime takes a
newly arrived year and recounts the deadlines that were counted on a provisional one (off the GUI thread: it is one
store transaction over every open case). What was recounted is said in the status bar, and the workspaces refresh
(the 期限调整 list shows the cases, with the SMS to offer). For admins and supervisors, a banner in the status bar
says when next year's arrangement is still missing, from 1 November, and what to do; an admin can load the year
at the window (文件 › 载入节假日安排…) before the center publishes it.

Signals:
    recounted(object): a ``RecountReport`` (some open cases were recounted on a newly loaded year).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from govdesk.domain.clock import CST
from govdesk.domain.events import Role
from govdesk.services.deadline_recount import RecountReport, missing_year_warning
from govdesk.services.errors import GovdeskError
from govdesk.ui.i18n import error_text, say
from govdesk.ui.operations import Operation, operations_for
from govdesk.ui.statusbar import ElidedLabel

if TYPE_CHECKING:
    from govdesk.services.runtime import Runtime
    from govdesk.ui.mainwindow import MainWindow

log = logging.getLogger(__name__)
_BANNER_STYLE = "QLabel { background: #fff3cd; color: #664d03; padding: 0 0.5em; }"


class CalendarWatch(QObject):
    recounted = Signal(object)

    def __init__(self, window: MainWindow, runtime: Runtime, today: Callable[[], date] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.runtime = runtime
        self._today = today or (lambda: datetime.now(CST).date())
        self._op: Operation[RecountReport | None] | None = None  # the check or load running, if any
        self.banner = ElidedLabel(window.status_bar)  # the whole text is its tooltip
        self.banner.setObjectName("calendarBanner")
        self.banner.setStyleSheet(_BANNER_STYLE)
        self.banner.hide()
        window.status_bar.add_banner(self.banner)
        self.load_action = QAction(self.tr("载入节假日安排…"), window)
        self.load_action.setObjectName("loadCalendarAction")
        self.load_action.setToolTip(
            self.tr("载入国务院办公厅公布的节假日安排（工作日历 JSON 文件），暂定期限随即重新计算")
        )
        self.load_action.triggered.connect(self.ask_file)
        menu = window.ui.menuFile
        first = menu.actions()[0] if menu.actions() else None
        if first is not None:
            menu.insertAction(first, self.load_action)
        else:
            menu.addAction(self.load_action)
        self.load_action.setVisible(False)

    def check(self) -> None:
        """Look for a newly arrived year (in the background, through the operations gateway); the banner follows at
        once."""
        self.update_banner()
        if self._op is not None and not self._op.done():
            return  # one recount at a time; the next round looks again
        self._op = operations_for(self.window).run(
            self.window,
            self.runtime.reload_calendar,
            success=self._reloaded,
            failure=lambda error: self.window.status_bar.showMessage(error_text(error), 60000),
        )

    def _reloaded(self, report: RecountReport | None) -> None:
        self.update_banner()
        if report is not None:
            self._show(report)

    def _show(self, report: RecountReport) -> None:
        self.window.status_bar.showMessage(say(report.message()), 120000)
        for workspace in self.window.workspaces():
            workspace.cases_changed()
        self.recounted.emit(report)

    def ask_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("选择节假日安排文件"), "", self.tr("工作日历 (*.json)")
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """An admin loads a year's arrangement (validated, kept, open cases recounted), in the background."""
        self._op = operations_for(self.window).run(
            self.window,
            lambda: self.runtime.load_calendar_file(path),
            success=self._loaded,
            failure=self._refused,
            label=self.tr("正在载入节假日安排并重新计算期限…"),
        )

    def _refused(self, error: GovdeskError) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("节假日安排未载入"), error_text(error), parent=self.window)
        box.setObjectName("calendarLoadRefused")
        box.open()

    def _loaded(self, report: RecountReport | None) -> None:
        self.update_banner()
        if report is not None:
            self._show(report)
        else:
            self.window.status_bar.showMessage(self.tr("节假日安排已载入，没有需要重新计算的暂定期限。"), 60000)

    def update_banner(self) -> None:
        role = self.runtime.window.actor.role
        self.load_action.setVisible(role is Role.ADMIN)  # the service checks the role too
        warning = missing_year_warning(self.runtime.calendar, self._today(), role)
        if warning:
            self.banner.setText(say(warning))  # the service's words (a keyed Message) in the clerk's language
        self.banner.setVisible(bool(warning))

    async def wait(self) -> None:
        """Until the check or load running is done (tests await it on the program's loop)."""
        while self._op is not None and not self._op.done():
            await asyncio.sleep(0.01)
