"""The 后台审批 workspace: hosts ``BackOfficePage`` on a ``BackOfficeService`` made from the window's server address,
the logged-in clerk's token (keyring) and the runtime's clock, catalog and calendar. Without a server address or a
database it says so in words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QStyle, QWidget

from govdesk.services.backoffice import BackOfficeService
from govdesk.services.changes import ChangeKind, Changes
from govdesk.ui.backoffice.page import BackOfficePage
from govdesk.ui.i18n import QT_TRANSLATE_NOOP
from govdesk.ui.workspace import Workspace


class BackOfficeWorkspace(Workspace):
    key = "backoffice"
    title_source = QT_TRANSLATE_NOOP("Workspaces", "后台审批")
    icon_pixmap = QStyle.StandardPixmap.SP_FileDialogListView

    def __init__(self, context: Any, service: BackOfficeService | None = None, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        self.service = service
        self.page: BackOfficePage | None = None

    def _make_service(self) -> BackOfficeService | None:
        runtime = getattr(self.context, "runtime", None)
        credentials = getattr(self.context, "credentials", None)
        settings = getattr(self.context, "settings", None)
        server = getattr(settings, "server_url", "") if settings is not None else ""
        if runtime is None or credentials is None or not server:
            return None
        return BackOfficeService.connect(
            server, credentials, runtime.clock, catalog=runtime.catalog, calendar=runtime.calendar,
            ca_bundle=getattr(settings, "ca_bundle", ""),
        )  # fmt: skip

    def create_widget(self) -> QWidget:
        if self.service is None:
            self.service = self._make_service()
        if self.service is None:
            label = QLabel(
                self.tr("后台审批须连接中心服务器：本机尚未设置中心服务器地址（server_url）或尚未登录。请联系管理员。")
            )
            label.setObjectName("backOfficeUnavailable")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            return label
        self.page = BackOfficePage(self.service)
        return self.page

    def activated(self) -> None:
        if self.page is not None:
            self.page.refresh()

    def cases_changed(self) -> None:
        self.activated()

    def changes_made(self, changes: Changes, initiator: QObject | None) -> None:
        if self.page is not None and initiator is not self.page and changes.touches(ChangeKind.CASES):
            self.page.refresh()
