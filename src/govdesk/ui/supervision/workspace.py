"""The 现场监督 workspace (role supervisor; admins too): pages in tabs.

``PAGES`` is how the workspace hosts more pages: each entry is a title and a factory taking the workspace and
returning a widget; a page that shows the loaded ``Dashboard`` has ``show_dashboard(dashboard)``, one that opens a
case emits ``case_requested(str)``. The inspection checklist, 卷宗评查 and 好差评 follow-up pages are added there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QStyle, QTabWidget, QWidget

from govdesk.services import supervision_center
from govdesk.services.auth import account_for
from govdesk.services.supervision import ClerkReminded, SupervisionService
from govdesk.services.supervision_colleagues import ColleagueRecords
from govdesk.services.supervision_records import SupervisionRecords
from govdesk.services.supervision_types import Dashboard, Period, WarningCard
from govdesk.services.supervision_warnings import Thresholds
from govdesk.ui.i18n import QT_TRANSLATE_NOOP
from govdesk.ui.operations import Lane, operations_for
from govdesk.ui.supervision.dashboard import DashboardPage
from govdesk.ui.supervision.lists import ListsPage, RatingsPage
from govdesk.ui.supervision_records.colleagues import ColleaguesPage
from govdesk.ui.supervision_records.followup import FollowUpPage
from govdesk.ui.supervision_records.inspection import InspectionPage
from govdesk.ui.supervision_records.review import FileReviewPage
from govdesk.ui.workspace import Workspace


def _lists(_ws: SupervisionWorkspace) -> QWidget:
    return ListsPage()


def _ratings(_ws: SupervisionWorkspace) -> QWidget:
    return RatingsPage()


def _records(ws: SupervisionWorkspace) -> SupervisionRecords:
    """The supervisor's records (现场巡查, 卷宗评查, 差评跟进), shared by their pages, recorded as the clerk now."""
    if ws.records is None:
        rt = ws.runtime
        ws.records = SupervisionRecords(rt.store, rt.calendar, rt.clock, rt.window)
    ws.records.window = ws.runtime.window
    return ws.records


def _inspection(ws: SupervisionWorkspace) -> QWidget:
    return InspectionPage(_records(ws))


def _review(ws: SupervisionWorkspace) -> QWidget:
    return FileReviewPage(_records(ws))


def _follow_up(ws: SupervisionWorkspace) -> QWidget:
    return FollowUpPage(_records(ws))


def _colleagues(ws: SupervisionWorkspace) -> QWidget:
    return ColleaguesPage(ws.colleague_records)


#: (untranslated title, factory) of the pages after the dashboard, in tab order.
PAGES: list[tuple[str, Callable[[SupervisionWorkspace], QWidget]]] = [
    (QT_TRANSLATE_NOOP("Supervision", "容缺与告知"), _lists),
    (QT_TRANSLATE_NOOP("Supervision", "好差评"), _ratings),
    (QT_TRANSLATE_NOOP("Supervision", "差评跟进"), _follow_up),
    (QT_TRANSLATE_NOOP("Supervision", "现场巡查"), _inspection),
    (QT_TRANSLATE_NOOP("Supervision", "卷宗评查"), _review),
    (QT_TRANSLATE_NOOP("Supervision", "同事记录"), _colleagues),
]


class SupervisionWorkspace(Workspace):
    key = "supervision"
    title_source = QT_TRANSLATE_NOOP("Workspaces", "现场监督")
    icon_pixmap = QStyle.StandardPixmap.SP_FileDialogInfoView

    def __init__(self, context: Any, runtime: Any = None, parent: QObject | None = None) -> None:
        super().__init__(context, parent)
        self.runtime: Any = runtime if runtime is not None else getattr(context, "runtime", None)
        self.dashboard_page: DashboardPage | None = None
        self.pages: list[QWidget] = []
        self.tabs: QTabWidget | None = None
        self._loaded = False
        self.exported: tuple[Path, Path] | None = None  # the last report written (PDF, xlsx)
        self.records: SupervisionRecords | None = None  # the inspection, file review and follow-up pages' service
        self.reminder_box: QMessageBox | None = None  # the last reminder's confirmation
        self.reminded: ClerkReminded | None = None  # the last reminder the center sent

    def service(self) -> SupervisionService:
        rt = self.runtime
        settings = getattr(self.context, "settings", None)  # the settings dialog's 超期预警 thresholds
        thresholds = (
            Thresholds(settings.supervision_yellow_percent / 100, settings.supervision_claim_workdays)
            if settings is not None
            else None
        )
        return SupervisionService(rt.store, rt.catalog, rt.calendar, rt.clock, rt.window, thresholds)

    def center_loader(self) -> Callable[[SupervisionService, Period], Dashboard] | None:
        """The center's figures when this window has a server and a keyring; None: the window's store only."""
        context = self.context
        settings = getattr(context, "settings", None)
        credentials = getattr(context, "credentials", None)
        if settings is None or not settings.server_url:
            return None

        def load(service: SupervisionService, period: Period) -> Dashboard:
            creds = credentials or getattr(context, "credentials", None)
            if creds is None:  # the keyring is probed just after start: until then, the cache
                return supervision_center.dashboard(service, None, period)
            center = supervision_center.CenterFigures(
                settings.server_url, creds, account_for(settings.server_url), settings.ca_bundle
            )
            return supervision_center.dashboard(service, center, period)

        return load

    def colleague_records(self) -> ColleagueRecords | None:
        """The other supervisors' records at the center, read as the clerk now logged in (None: no server set)."""
        context = self.context
        settings = getattr(context, "settings", None)
        credentials = getattr(context, "credentials", None)
        if settings is None or not settings.server_url or credentials is None:
            return None
        rt = self.runtime
        store = rt.store

        def case_nos(case_ids: Sequence[str]) -> dict[str, str]:
            found = {case_id: store.load_case(case_id) for case_id in case_ids}
            return {case_id: case.case_no for case_id, case in found.items() if case is not None}

        return ColleagueRecords(
            settings.server_url,
            credentials,
            account_for(settings.server_url),
            rt.window.actor.clerk_id,
            settings.ca_bundle,
            case_nos,
        )

    def create_widget(self) -> QWidget:
        if self.runtime is None:
            label = QLabel(
                self.tr("现场监督暂不可用：本机数据库尚未打开。请重新启动程序；如仍不能使用，请联系管理员。")
            )
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            return label
        self.tabs = QTabWidget()
        self.tabs.setObjectName("supervisionTabs")
        self.dashboard_page = DashboardPage(self.service, self.center_loader())
        self.dashboard_page.case_requested.connect(self.open_case)
        self.dashboard_page.remind_requested.connect(self.remind)
        self.dashboard_page.export_requested.connect(self.export)
        self.tabs.addTab(self.dashboard_page, self.tr("总览"))
        for title, factory in PAGES:
            page = factory(self)
            self.pages.append(page)
            self.tabs.addTab(page, QCoreApplication.translate("Supervision", title))  # marked in that context
            if hasattr(page, "case_requested"):
                page.case_requested.connect(self.open_case)
            if hasattr(page, "show_dashboard"):
                self.dashboard_page.dashboard_loaded.connect(page.show_dashboard)
        self.tabs.currentChanged.connect(self._tab_shown)
        return self.tabs

    def _tab_shown(self, index: int) -> None:
        """A records page shown is read again (another supervisor's records may have come with the sync)."""
        page = self.tabs.widget(index) if self.tabs is not None else None
        for name in ("refresh", "refresh_history"):
            again = getattr(page, name, None)
            if callable(again):
                again()
                return

    def activated(self) -> None:
        if self.dashboard_page is not None and not self._loaded:
            self._loaded = True
            self.dashboard_page.refresh()

    def cases_changed(self) -> None:
        if self.dashboard_page is not None and self._loaded:
            self.dashboard_page.refresh()

    def clerk_changed(self) -> None:
        if self.records is not None and self.runtime is not None:
            self.records.window = self.runtime.window
        self.cases_changed()

    # --- acting -------------------------------------------------------------------------------------------------

    def open_case(self, case_id: str) -> None:
        from govdesk.services.case_story import CaseStoryService
        from govdesk.ui.caseview.dialog import CaseViewDialog

        rt = self.runtime
        notices = rt.notices
        service = CaseStoryService(
            rt.store, rt.catalog, rt.clock, rt.window, notices.key_path, notices.archive_dir, notices
        )
        CaseViewDialog.show_case(self.widget(), service, case_id)

    def reminder_sender(self) -> supervision_center.CenterReminders | None:
        """The center's reminder endpoint with the logged-in clerk's keyring tokens; None: no server set (the
        service says the reminder was not sent)."""
        context = self.context
        settings = getattr(context, "settings", None)
        credentials = getattr(context, "credentials", None)
        if settings is None or not settings.server_url or credentials is None:
            return None
        return supervision_center.CenterReminders(
            settings.server_url, credentials, account_for(settings.server_url), settings.ca_bundle
        )

    def remind(self, card: WarningCard) -> None:
        """Ask first, showing whom and which case; the reminder goes when the supervisor confirms."""
        page = self.dashboard_page
        assert page is not None
        due = card.due.isoformat() if card.due else self.tr("未登记")
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("短信提醒经办人"), "", QMessageBox.StandardButton.NoButton, page
        )
        box.setObjectName("remindConfirm")
        box.setText(
            self.tr("给 {clerk}（{window}）发送催办短信？").format(
                clerk=card.clerk_name or card.clerk_id or self.tr("（未登记经办人）"), window=card.window or "—"
            )
        )
        box.setInformativeText(
            self.tr(
                "办件：{case_no}（{item}）\n预警：{level}，{note}\n承诺办结日期：{due}\n\n"
                "短信由中心服务器按中心登记的工作人员手机号码发送，内容由中心统一生成。"
            ).format(case_no=card.case_no, item=card.item_name, level=card.level_label, note=card.note, due=due)
        )
        send = box.addButton(self.tr("发送催办短信"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(send)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            if box.clickedButton() is send:
                self.send_reminder(card)

        box.finished.connect(answered)
        self.reminder_box = box
        box.open()

    def send_reminder(self, card: WarningCard) -> None:
        """Through the center, online (the network lane); the outcome said on the page in words."""
        service, center = self.service(), self.reminder_sender()
        page = self.dashboard_page
        assert page is not None

        def sent(done: ClerkReminded) -> None:
            page.summary.setText(
                self.tr("催办短信已发送给 {clerk}（{phone}）：办件 {case_no}").format(
                    clerk=done.clerk_name, phone=done.phone, case_no=done.case_no
                )
            )
            self.reminded = done

        operations_for(page).run(
            page,
            lambda: service.remind_clerk(card, center),
            success=sent,
            failure=page.show_failure,
            label=self.tr("正在经中心服务器发送催办短信…"),
            lane=Lane.NETWORK,
        )

    def export(self) -> None:
        page = self.dashboard_page
        if page is None or page.dashboard is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            page, self.tr("导出现场监督报表"), self.tr("现场监督报表.pdf"), self.tr("PDF 报表 (*.pdf)")
        )
        if path:
            self.export_to(page.dashboard, Path(path))

    def export_to(self, dashboard: Dashboard, pdf: Path) -> None:
        """The PDF and, beside it, the .xlsx of the same report."""
        from govdesk.printing.report_pdf import render_report_pdf
        from govdesk.services.supervision_report import build_report, write_xlsx

        page = self.dashboard_page
        assert page is not None
        records, center = _records(self), self.runtime.window.center.name
        pdf = pdf.with_suffix(".pdf")

        def write() -> tuple[Path, Path]:
            follow_ups = records.rectification(dashboard.period.first, dashboard.period.last)
            report = build_report(dashboard, center, follow_ups)
            return render_report_pdf(report, pdf), write_xlsx(report, pdf.with_suffix(".xlsx"))

        def done(paths: tuple[Path, Path]) -> None:
            page.summary.setText(self.tr("报表已导出：{pdf}、{xlsx}").format(pdf=paths[0], xlsx=paths[1].name))
            self.exported = paths

        operations_for(page).run(page, write, success=done, label=self.tr("正在生成报表…"))
