"""The case view: one case's whole story, read-only, from the keyboard (Esc closes, Ctrl+Tab / Ctrl+PgDn turn
the tabs, Alt+letter reaches each button).

It shows what ``CaseStoryService.story`` says, nothing more: 概况 (applicant masked, items, deadlines with their
explanation, the 容缺 promise, hand-off, rating), 材料, 办理记录 (every event in China Standard Time) and 通知书
(open the archived PDF; 补打). The two acts it allows are the service's and are recorded: 显示 (the applicant's ID
number and phone unmasked) and 补打.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from govdesk.services.case_story import CaseStory, CaseStoryService, Row
from govdesk.services.result_files import ResultDocument
from govdesk.services.settings import SettingsStore
from govdesk.ui import tables
from govdesk.ui.caseview.models import (
    EVENT_HEADERS,
    MATERIAL_HEADERS,
    NOTICE_HEADERS,
    TextRowsModel,
    event_rows,
    material_rows,
    notice_rows,
)
from govdesk.ui.caseview.result_file import ResultFileDialog
from govdesk.ui.dialogs import GovDialog
from govdesk.ui.i18n import error_text, say
from govdesk.ui.operations import Lane, operations_for

RED, GREEN = "#b00020", "#1b5e20"


def _table(parent: QWidget, name: str, model: TextRowsModel) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    # (the last column wraps: a history's long lines were cut to "…" in a narrow dialog or in large text; the list
    # scrolls upright in its tab, never sideways: ui/tables.py)
    tables.scrolls_upright(table)
    return table


class CaseViewDialog(GovDialog):
    """See the module docstring. ``CaseViewDialog.show_case(parent, service, case_id)`` opens it (window-modal,
    without blocking the event loop). ``reprint_printer``: the printer to use for 补打 instead of
    asking with the print dialog (set by whoever knows it: a window with one fixed printer, a test)."""

    dialog_id = "case_view"

    def __init__(
        self,
        parent: QWidget,
        service: CaseStoryService,
        case_id: str,
        verdict: str = "",
        verdict_ok: bool = True,
        settings_store: SettingsStore | None = None,
    ) -> None:
        super().__init__(parent, settings_store)
        self.service = service
        self.case_id = case_id
        self.reprint_printer: QPrinter | None = None
        self.result_dialog: ResultFileDialog | None = None
        self.story: CaseStory = service.story(case_id)
        self.setWindowTitle(self.tr("办件 {case_no}").format(case_no=self.story.case_no))
        layout = QVBoxLayout(self)

        self.title_label = QLabel(self)
        self.title_label.setObjectName("caseTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)  # (the case number, then its state: in English in large text, two lines)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title_label)
        self.verdict_label = QLabel(say(verdict) if verdict else "", self)  # a notice check (a keyed Message)
        self.verdict_label.setObjectName("verdictLabel")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setStyleSheet(f"color: {GREEN if verdict_ok else RED};")
        self.verdict_label.setVisible(bool(verdict))
        layout.addWidget(self.verdict_label)
        self.attention_label = QLabel(self)  # the back office's 补正: the case needs this window's attention
        self.attention_label.setObjectName("attentionLabel")
        self.attention_label.setWordWrap(True)
        self.attention_label.setStyleSheet(f"color: {RED}; font-weight: bold;")
        layout.addWidget(self.attention_label)
        self.answer_button = QPushButton(self.tr("补正材料已收齐，恢复计时(&B)"), self)
        self.answer_button.setObjectName("answerCorrectionButton")
        self.answer_button.setToolTip(self.tr("申请人已按后台要求补正：恢复计时，办件回到后台继续审批（记录经办人）"))
        self.answer_button.clicked.connect(self.answer_correction)
        layout.addWidget(self.answer_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.result_file_button = QPushButton(self.tr("查看办理结果文件(&V)"), self)
        self.result_file_button.setObjectName("resultFileButton")
        self.result_file_button.setToolTip(self.tr("后台上传的证照或批文扫描件：出件前与纸质结果核对"))
        self.result_file_button.clicked.connect(self.show_result_file)
        layout.addWidget(self.result_file_button, 0, Qt.AlignmentFlag.AlignLeft)

        reveal_row = QHBoxLayout()
        self.reveal_button = QPushButton(self.tr("显示证件号码和电话(&S)"), self)
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setToolTip(self.tr("仅在办事需要时查看；每次查看都会记录经办人和时间（个人信息保护）"))
        self.reveal_button.clicked.connect(self.reveal)
        reveal_row.addWidget(self.reveal_button)
        self.revealed_label = QLabel(self)
        self.revealed_label.setObjectName("revealedLabel")
        self.revealed_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        reveal_row.addWidget(self.revealed_label, 1)
        layout.addLayout(reveal_row)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.overview = QTextBrowser(self)
        self.overview.setObjectName("overview")
        self.overview.setOpenLinks(False)
        self.tabs.addTab(self.overview, self.tr("概况(&1)"))
        self.materials_model = TextRowsModel(MATERIAL_HEADERS, self)
        self.materials_table = _table(self, "materialsTable", self.materials_model)
        self.tabs.addTab(self.materials_table, self.tr("材料(&2)"))
        self.events_model = TextRowsModel(EVENT_HEADERS, self)
        self.events_table = _table(self, "eventsTable", self.events_model)
        self.tabs.addTab(self.events_table, self.tr("办理记录(&3)"))
        self.tabs.addTab(self._notices_page(), self.tr("通知书(&4)"))
        layout.addWidget(self.tabs, 1)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.setTabOrder(self.reveal_button, self.tabs)
        self.show_story(self.story)
        # Most of the main window (1366×768 leaves room for the toolbar), never larger than needed to read, nor than
        # the window (its tables wrap to fit, ui/reflow.py)
        em = self.fontMetrics().horizontalAdvance("中")
        host = parent.window().size()
        width = min(em * 100, max(em * 60, int(host.width() * 0.85)), host.width())
        self.resize(width, min(em * 60, max(em * 36, int(host.height() * 0.85)), host.height()))

    def _notices_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        self.notices_model = TextRowsModel(NOTICE_HEADERS, self)
        self.notices_table = _table(page, "noticesTable", self.notices_model)
        self.notices_table.activated.connect(lambda _index: self.open_pdf())
        box.addWidget(self.notices_table)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("打开 PDF(&O)"), page)
        self.open_button.setObjectName("openPdfButton")
        self.open_button.clicked.connect(self.open_pdf)
        self.reprint_button = QPushButton(self.tr("补打(&R)"), page)
        self.reprint_button.setObjectName("reprintButton")
        self.reprint_button.setToolTip(self.tr("按原内容重新打印，纸面标题注明“补打”，并记录经办人"))
        self.reprint_button.clicked.connect(self.reprint)
        row.addWidget(self.open_button)
        row.addWidget(self.reprint_button)
        row.addStretch(1)
        box.addLayout(row)
        self.notices_empty = QLabel(self.tr("本机没有该办件已出具通知书的存档。"), page)
        box.addWidget(self.notices_empty)
        return page

    # --- showing ---

    def show_story(self, story: CaseStory) -> None:
        self.story = story
        self.title_label.setText(
            self.tr("办件 {case_no}　{state}").format(case_no=story.case_no, state=say(story.state))
        )
        self.overview.setHtml(self._overview_html(story))
        asked = [r for r in story.attention if r.label == "后台要求补正"]
        self.attention_label.setText(
            self.tr("需要处理：后台要求补正 {what}（计时已中止）").format(what="；".join(r.value for r in asked))
            if asked
            else ""
        )
        self.attention_label.setVisible(bool(asked))
        self.answer_button.setVisible(bool(asked))
        self.result_file_button.setVisible(story.result_file is not None)
        self.materials_model.set_rows(material_rows(story.materials))
        self.events_model.set_rows(event_rows(story.events))
        self.notices_model.set_rows(notice_rows(story.notices))
        has = bool(story.notices)
        self.notices_empty.setVisible(not has)
        self.open_button.setEnabled(has)
        self.reprint_button.setEnabled(has)
        if has and not self.notices_table.currentIndex().isValid():
            self.notices_table.selectRow(0)

    def _overview_html(self, story: CaseStory) -> str:
        parts: list[str] = []

        def section(title: str, rows: Sequence[Row]) -> None:
            if not rows:
                return
            parts.append(f"<h3>{html.escape(title)}</h3><table cellspacing='0' cellpadding='3'>")
            for r in rows:
                note = f"<br><span style='color:#555'>{html.escape(say(r.note))}</span>" if r.note else ""
                parts.append(
                    f"<tr><td valign='top' style='color:#333'><nobr>{html.escape(say(r.label))}</nobr></td>"
                    f"<td>{html.escape(say(r.value))}{note}</td></tr>"
                )
            parts.append("</table>")

        section(self.tr("需要处理"), story.attention)
        section(self.tr("申请人"), story.applicant)
        section(self.tr("事项"), story.items)
        section(self.tr("期限"), story.deadlines)
        if story.dates_note:
            parts.append(f"<p style='color:#8a4b00'>{html.escape(say(story.dates_note))}</p>")
        section(self.tr("容缺承诺"), story.commitment)
        section(self.tr("后台办理进度"), story.back_office)
        section(self.tr("出件"), story.handoff)
        section(self.tr("评价"), story.rating)
        return "".join(parts)

    def say(self, text: str, ok: bool) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {GREEN if ok else RED};")

    # --- the recorded acts ---

    def answer_correction(self) -> None:
        """补正 answered: recorded through the operations gateway (a store write, off the GUI thread)."""
        case_id = self.case_id

        def answered(story: CaseStory) -> None:
            self.show_story(story)
            self.say(self.tr("已恢复计时，办件回到后台继续审批（同步后后台可见）"), True)

        operations_for(self).run(
            self,
            lambda: self.service.answer_correction(case_id),
            success=answered,
            failure=lambda exc: self.say(error_text(exc), False),
            label=self.tr("正在记录补正…"),
        )

    def show_result_file(self) -> None:
        """The result document, from this PC's copy or fetched from the center (the network lane: never waits
        here); said under the dialog when it cannot be had (offline, not there)."""
        case_no = self.story.case_no

        def show(document: ResultDocument) -> None:
            self.result_dialog = ResultFileDialog(self, case_no, document)
            self.result_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.result_dialog.open()
            self.say(self.tr("已显示办理结果文件"), True)

        operations_for(self).run(
            self, lambda: self.service.result_document(self.case_id), success=show,
            failure=lambda error: self.say(error_text(error), False), label=self.tr("正在取回办理结果文件…"),
            lane=Lane.NETWORK,
        )  # fmt: skip

    def reveal(self) -> None:
        shown = operations_for(self).query(
            self, lambda: self.service.reveal(self.case_id), failure=lambda exc: self.say(error_text(exc), False)
        )
        if shown is None:
            return
        self.revealed_label.setText(
            self.tr("证件号码：{id}　联系电话：{phone}（本次查看已记录）").format(
                id=shown.id_number or self.tr("无"), phone=shown.phone or self.tr("无")
            )
        )
        self.reveal_button.setEnabled(False)
        self.show_story(self.service.story(self.case_id))

    def _current_notice(self) -> int:
        index = self.notices_table.currentIndex()
        return index.row() if index.isValid() and index.row() < len(self.story.notices) else -1

    def open_pdf(self) -> None:
        row = self._current_notice()
        if row < 0:
            return
        notice = self.story.notices[row]
        # the archive is sealed at rest: the viewer gets a decrypted copy in the private viewing folder (emptied at
        # lock, logout and exit: services.viewing); a copy that cannot be made is said here
        copy = operations_for(self).query(
            self, lambda: self.service.view_copy(notice), failure=lambda exc: self.say(error_text(exc), False)
        )
        if copy is None:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            self.say(self.tr("无法打开 PDF（本机没有 PDF 阅读程序？）：{path}").format(path=str(notice.pdf)), False)

    def reprint(self) -> None:
        row = self._current_notice()
        if row < 0:
            return
        notice = self.story.notices[row]
        printer = self.reprint_printer
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if not QPrintDialog(printer, self).exec():
                return
        # Printed off the GUI thread (the gateway's store lane: one at a time; Qt paints on a QPrinter from any one
        # thread), so a slow printer never freezes the window; a refusal is said here.
        case_id = self.case_id

        def printed(kept: Path) -> None:
            self.show_story(self.service.story(case_id))
            self.notices_table.selectRow(row)
            self.say(
                self.tr("已补打{title}（已记录；补打件存档：{path}）").format(title=notice.title, path=kept.name), True
            )

        operations_for(self).run(
            self,
            lambda: self.service.reprint(case_id, notice, printer),
            success=printed,
            failure=lambda exc: self.say(error_text(exc), False),
            label=self.tr("正在补打…"),
        )

    @classmethod
    def show_case(
        cls, parent: QWidget, service: CaseStoryService, case_id: str, verdict: str = "", verdict_ok: bool = True
    ) -> CaseViewDialog:
        dialog = cls(parent, service, case_id, verdict, verdict_ok)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.tabs.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        return dialog
