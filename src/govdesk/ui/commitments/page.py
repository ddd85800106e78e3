"""The 承诺跟踪 page: open 容缺 promises and deferred notices (colour by urgency), supplementing with an optional scan,
closing, reminders, overdue processing and revocation, and delays with the printed 延期办理告知书.

Supplementing records a material only on an explicit choice (a scan chosen, or "无扫描件"); a cancel records
nothing (``scan.ask_scan``). A delay's new date defaults to the latest the item allows (《行政许可法》 art. 42, counted
in working days by the calendar) and names who approved it. Each message sits beside what it concerns (the find
box and the list's buttons, the materials, the delay form), green for success and red for an error, and goes
when another case is selected.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidgetItem, QWidget

from govdesk.domain.case import Case
from govdesk.domain.notices import DelayNotice, RejectionNotice
from govdesk.services.commitments import (
    DUE_SOON_DAYS,
    CommitmentService,
    FollowUp,
    FollowUpKind,
    OverdueReport,
)
from govdesk.ui import reflow, tables
from govdesk.ui.commitments.models import FollowUpModel, days_words
from govdesk.ui.commitments.scan import ScanAnswer, ask_scan
from govdesk.ui.generated.ui_commitments import Ui_CommitmentsPage
from govdesk.ui.i18n import error_text, say
from govdesk.ui.operations import operations_for

T = TypeVar("T")

#: Asks whether a scan comes with a material (and which): ``scan.ask_scan``, or a test's own answer.
ScanAsker = Callable[[QWidget, str], ScanAnswer]
NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # a material list item's material name
SUCCESS_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b00020;"


class CommitmentsPage(QWidget):
    """Signals: ``notice_ready(object)`` — a notice (延期办理告知书, 撤销告知) to archive and print."""

    notice_ready = Signal(object)

    def __init__(
        self, service: CommitmentService, ask_scan: ScanAsker = ask_scan, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.ask_scan = ask_scan
        self._shown_case = ""  # the case the messages are about
        self.ui = Ui_CommitmentsPage()
        self.ui.setupUi(self)
        self.model = FollowUpModel(self)
        self.ui.table.setModel(self.model)
        header = self.ui.table.horizontalHeader()
        header.setResizeContentsPrecision(0)  # columns sized by the rows in view, not every row fetched
        tables.fit(self.ui.missingList, most=6)  # (a case's materials to supply, wrapped: up to six shown)
        # (fetched as it scrolls: scrolls upright, never sideways; narrow, the case number, the kind and the days
        # left wrap between words, and the days left and the status go under the due date in its cell, ui/tables.py)
        tables.scrolls_upright(
            self.ui.table,
            wrap=(FollowUpModel.CASE, FollowUpModel.KIND, FollowUpModel.LEFT),
            merge={FollowUpModel.DUE: (FollowUpModel.LEFT, FollowUpModel.STATUS)},
        )
        self.ui.table.verticalHeader().hide()
        today = service.today()
        self.ui.newDateEdit.setDate(QDate(today.year, today.month, today.day))
        ui = self.ui
        ui.delayCaseEdit.editingFinished.connect(self._delay_case_entered)
        ui.refreshButton.clicked.connect(self.refresh)
        ui.remindButton.clicked.connect(self.remind)
        ui.overdueButton.clicked.connect(self.process_overdue)
        ui.supplementButton.clicked.connect(self.supplement)
        ui.closeButton.clicked.connect(self.close_commitment)
        ui.revokeButton.clicked.connect(self.revoke)
        ui.delayButton.clicked.connect(self.delay)
        ui.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self._build_find_box()
        self._reflow()
        self.refresh()

    def _reflow(self) -> None:
        """Narrow (large text at 1366×768, 150 %): the message and the legend go under the find box and its
        buttons, the buttons under the find box, the delay form under the materials, and a label above its field
        (适老化: the page never scrolls sideways; ``ui/reflow.py``)."""
        ui = self.ui
        top = ui.topButtons
        find_row, message_row = QHBoxLayout(), QHBoxLayout()
        for widget in (self.find_edit, ui.refreshButton, ui.remindButton, ui.overdueButton):
            top.removeWidget(widget)
            find_row.addWidget(widget)
        find_row.addStretch(0)
        for label in (ui.topMessage, ui.legendLabel):
            top.removeWidget(label)
        top.removeItem(ui.topSpacer)
        message_row.addWidget(ui.topMessage, 1)
        message_row.addWidget(ui.legendLabel, 3)  # (room to stay on one line where there is room)
        ui.legendLabel.setWordWrap(True)
        ui.legendLabel.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addLayout(find_row)
        top.addLayout(message_row, 1)
        ui.pageLayout.setStretchFactor(ui.splitter, 1)  # (height to spare goes to the list, never between rows)
        reflow.side_by_side(top)
        reflow.side_by_side(ui.detailLayout)
        reflow.side_by_side(find_row)
        reflow.side_by_side(ui.materialButtons)
        reflow.wrap_forms(self)
        # (the materials above the delay form: their labels and form wrapped, in the splitter under the list)
        reflow.as_tall_as_its_text(ui.detailPane, ui.detailLayout)

    def _build_find_box(self) -> None:
        """A box for a scanned notice or a typed case number, ID or name (built here: the form predates it)."""
        box = QLineEdit(self)
        box.setObjectName("findEdit")
        box.setPlaceholderText(self.tr("扫描通知书条码或二维码，或输入办件编号、证件号码、姓名"))
        box.setClearButtonEnabled(True)
        box.setMinimumWidth(box.fontMetrics().averageCharWidth() * 36)
        box.returnPressed.connect(lambda: self.find_text(box.text()))
        self.ui.topButtons.insertWidget(0, box)
        self.find_edit = box

    def find_text(self, text: str) -> bool:
        """Select the case ``text`` names in the list; a notice QR's signature check is shown."""
        lookup = self._read(lambda: self.service.find(text), self.ui.topMessage)
        if lookup is None:
            return False
        verdict = lookup.verdict_words
        listed = set(self.model.ids)  # every case on the list, shown yet or not
        hit = next((c for c in lookup.cases if c.case_id in listed), None)
        if hit is None:
            if lookup.cases:
                c = lookup.cases[0]
                words = self.tr("办件 {case_no}（{name}）不在承诺跟踪列表中：没有未结的容缺承诺或待告知事项")
                words = words.format(case_no=c.case_no, name=c.applicant_name)
            elif lookup.elsewhere is not None:
                words = say(lookup.elsewhere)
            elif lookup.code is not None:
                words = self.tr("本机找不到办件 {case_no}").format(case_no=lookup.code.case_no)
            else:
                words = self.tr("找不到办件“{text}”").format(text=text.strip())
            self._say(f"{verdict}；{words}" if verdict else words, error=True, beside=self.ui.topMessage)
            return False
        self.select_case(hit.case_id)
        self.find_edit.clear()
        authentic = lookup.verdict is None or lookup.verdict.ok
        found = verdict or self.tr("已找到办件 {case_no}").format(case_no=hit.case_no)
        self._say(found, error=not authentic, beside=self.ui.topMessage)
        return True

    def selected(self) -> FollowUp | None:
        index = self.ui.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def refresh(self) -> None:
        """The list again, ids first (every case on it, never capped); rows are made as they are shown."""
        keep = self.selected()
        ids = operations_for(self).query(self, self.service.follow_up_ids) or []
        self.model.set_ids(ids, self._rows_of, key=lambda f: f.case_id)
        self._show_count()
        if keep is not None:
            self.select_case(keep.case_id)
        self._show_selected()

    def _rows_of(self, case_ids: Sequence[str]) -> list[FollowUp]:
        """The rows the table is about to show (a read through the gateway: a refusal is said at the top)."""
        rows = operations_for(self).query(
            self,
            lambda: self.service.follow_ups_of(case_ids),
            failure=lambda error: self._say(error_text(error), error=True, beside=self.ui.topMessage),
        )
        return rows or []

    def _show_count(self) -> None:
        self.ui.legendLabel.setText(
            self.tr("共 {n} 件（最早到期的在前）　黄色：{days}个工作日内到期　红色：已逾期").format(
                n=self.model.total, days=DUE_SOON_DAYS
            )
        )
        self._legend_width()

    def _legend_width(self) -> None:
        """The legend beside the buttons only with half its line's width at least: else it goes under them, on a
        line of its own (it is read at a glance; five short lines of it were not)."""
        legend = self.ui.legendLabel
        legend.setMinimumWidth(self.fontMetrics().horizontalAdvance(legend.text()) // 2)  # (its font is the page's)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "model"):
            self._legend_width()

    def select_case(self, case_id: str) -> None:
        """Select ``case_id`` in the list (its row fetched if it is further down than shown so far)."""
        row = self.model.row_of(case_id)
        if row is not None:
            self.ui.table.setCurrentIndex(self.model.index(row, 0))

    def _show_selected(self) -> None:
        f = self.selected()
        ui = self.ui
        if (f.case_id if f is not None else "") != self._shown_case:
            self._shown_case = f.case_id if f is not None else ""
            self._clear_messages()
            if f is not None:
                ui.delayCaseEdit.setText(f.case_no)
                self._offer_delay(f.case_id)
        ui.missingList.clear()
        is_commitment = f is not None and f.kind is FollowUpKind.COMMITMENT
        for widget in (ui.supplementButton, ui.closeButton, ui.revokeButton):
            widget.setEnabled(is_commitment)
        if f is None:
            ui.detailLabel.setText(self.tr("在上方列表中选择一个办件。"))
            return
        ui.detailLabel.setText(
            f"{f.case_no}  {f.applicant_name}  {f.phone_masked}\n"
            + self.tr("自 {since} 起，期限 {due}（{left}），办件状态：{state}").format(
                since=f.since.isoformat(),
                due=f.due_date.isoformat() + (self.tr("（暂定）") if f.provisional else ""),
                left=days_words(f.days_left),
                state=say(f.state_label),
            )
        )
        for code, name in f.missing:
            item = QListWidgetItem(self.tr("待补：{name}").format(name=name), ui.missingList)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setData(NAME_ROLE, name)
        for code, name, when in f.supplemented:
            item = QListWidgetItem(
                self.tr("已补：{name}（{date}）").format(name=name, date=when.isoformat()), ui.missingList
            )
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setData(NAME_ROLE, name)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        if ui.missingList.count():
            ui.missingList.setCurrentRow(0)

    def supplement(self) -> None:
        """Record the selected promised material as supplemented, on the clerk's explicit choice of a scan or of
        none; a cancel records nothing and says so."""
        f = self.selected()
        item = self.ui.missingList.currentItem()
        beside = self.ui.materialsMessage
        if f is None or item is None or not (item.flags() & Qt.ItemFlag.ItemIsEnabled):
            self._say(self.tr("请先选择待补的材料"), error=True, beside=beside)
            return
        code, name = item.data(Qt.ItemDataRole.UserRole), str(item.data(NAME_ROLE))
        answer = self.ask_scan(self, name)
        if not answer.record:
            self._say(self.tr("已取消，未登记补交：{name}").format(name=name), error=True, beside=beside)
            return
        words = self.tr("已登记补交：{name}（附扫描件）") if answer.path else self.tr("已登记补交：{name}（无扫描件）")

        def done(_case: object) -> None:
            self.refresh()  # the list items are rebuilt
            self._say(words.format(name=name), beside=beside)

        case_id, path = f.case_id, answer.path
        self._run(lambda: self.service.supplement(case_id, code, path), done, beside, self.tr("正在登记补交…"))

    def close_commitment(self) -> None:
        f = self.selected()
        if f is None:
            return
        words = self.tr("办件 {case_no} 的容缺承诺已办结，结果可以发放。").format(case_no=f.case_no)

        def done(_case: object) -> None:
            self.refresh()  # the case leaves the list: its messages go with it, so the outcome is told at the top
            self._say(words, beside=self.ui.topMessage)

        case_id = f.case_id
        self._run(lambda: self.service.close(case_id), done, self.ui.materialsMessage)

    def remind(self) -> None:
        def done(sent: list[str]) -> None:
            if sent:
                self._say(self.tr("已排队 {n} 条到期提醒短信。").format(n=len(sent)), beside=self.ui.topMessage)
            else:
                self._say(self.tr("今天没有需要提醒的承诺。"), beside=self.ui.topMessage)

        self._run(self.service.send_reminders, done, self.ui.topMessage)

    def process_overdue(self) -> None:
        def done(report: OverdueReport) -> None:
            if report.to_revoke:
                words = self.tr("新标记逾期 {n} 件；{revoke} 件按事项规定应撤销受理，请选中后点“撤销容缺受理”。")
            else:
                words = self.tr("新标记逾期 {n} 件。")
            self.refresh()
            self._say(words.format(n=len(report.marked), revoke=len(report.to_revoke)), beside=self.ui.topMessage)

        self._run(self.service.process_overdue, done, self.ui.topMessage)

    def revoke(self) -> None:
        f = self.selected()
        if f is None:
            return
        words = self.tr("办件 {case_no} 的容缺受理已撤销，告知书已生成。").format(case_no=f.case_no)

        def done(result: tuple[Case, RejectionNotice | None]) -> None:
            notice = result[1]
            if notice is not None:
                self.notice_ready.emit(notice)
            self.refresh()  # the case leaves the list: told at the top
            self._say(words, beside=self.ui.topMessage)

        case_id = f.case_id
        self._run(lambda: self.service.revoke(case_id), done, self.ui.materialsMessage, self.tr("正在撤销…"))

    # ------------------------------------------------------------------ delays

    def _delay_case(self) -> str | None:
        """The case id the delay form names, or None (said beside the form)."""
        text = self.ui.delayCaseEdit.text().strip()
        found = self._read(lambda: self.service.find(text), self.ui.delayMessage) if text else None
        if text and found is None:
            return None
        cases = found.cases if found is not None else []
        if len(cases) != 1:
            words = self.tr("找不到办件“{text}”，请输入或扫描办件编号").format(text=text)
            self._say(words, error=True, beside=self.ui.delayMessage)
            return None
        return cases[0].case_id

    def _delay_case_entered(self) -> None:
        """A number typed or scanned into the delay form: offer that case's allowed extension."""
        case_id = self._delay_case() if self.ui.delayCaseEdit.text().strip() else None
        if case_id is not None:
            self._offer_delay(case_id)

    def _offer_delay(self, case_id: str) -> None:
        """Default the new date to the latest the item allows, and say how that was counted."""
        ui = self.ui
        failed: list[str] = []
        limit = operations_for(self).query(
            self, lambda: self.service.extension_limit(case_id), failure=lambda e: failed.append(error_text(e))
        )
        if failed:  # (a deadline already passed: said here, before anything is typed; the date is not offered)
            ui.delayLimitLabel.setText(failed[0])
            return
        if limit is None:
            ui.delayLimitLabel.setText(self.tr("该办件没有承诺办结日期，不能延期。"))
            return
        if limit.days == 0:
            ui.delayLimitLabel.setText(self.tr("本事项不允许延期办理。"))
            return
        latest = limit.latest
        ui.newDateEdit.setDate(QDate(latest.year, latest.month, latest.day))
        ui.delayLimitLabel.setText(
            self.tr("依{basis}，自原承诺日期 {base} 起最多延长 {days} 个工作日，即最晚至 {latest}{note}。").format(
                basis=limit.basis,
                base=limit.base.isoformat(),
                days=limit.days,
                latest=latest.isoformat(),
                note=self.tr("（暂定）") if limit.provisional else "",
            )
        )

    def delay(self) -> None:
        ui = self.ui
        case_id = self._delay_case()
        if case_id is None:
            return
        qd: QDate = ui.newDateEdit.date()
        new_date = date(qd.year(), qd.month(), qd.day())
        reason, approver = ui.delayReasonEdit.text(), ui.approverEdit.text()

        def done(result: tuple[Case, DelayNotice | None, object]) -> None:
            case, notice = result[0], result[1]
            if notice is not None:
                self.notice_ready.emit(notice)
            ui.delayReasonEdit.clear()
            self._say(
                self.tr("办件 {case_no} 已延期至 {date}，延期办理告知书已生成，短信已排队。").format(
                    case_no=case.case_no, date=case.promised_date
                ),
                beside=ui.delayMessage,
            )

        self._run(
            lambda: self.service.delay(case_id, new_date, reason, approver), done, ui.delayMessage, self.tr("正在延期…")
        )

    def _read(self, call: Callable[[], T], beside: QLabel) -> T | None:
        """A quick read through the gateway (inline); a refusal is said ``beside`` what it concerns."""
        return operations_for(self).query(
            self, call, failure=lambda error: self._say(error_text(error), error=True, beside=beside)
        )

    def _run(self, call: Callable[[], T], done: Callable[[T], None], beside: QLabel, label: str = "") -> None:
        """Run a use case through the operations gateway; a refusal is said ``beside`` what it concerns."""
        operations_for(self).run(
            self,
            call,
            success=done,
            failure=lambda error: self._say(error_text(error), error=True, beside=beside),
            label=label,
        )

    # ------------------------------------------------------------------ messages

    def messages(self) -> dict[str, str]:
        """The messages shown now, by where they sit ("top", "materials", "delay")."""
        ui = self.ui
        shown = {"top": ui.topMessage, "materials": ui.materialsMessage, "delay": ui.delayMessage}
        return {where: label.text() for where, label in shown.items() if label.text()}

    def _clear_messages(self) -> None:
        for label in (self.ui.topMessage, self.ui.materialsMessage, self.ui.delayMessage):
            label.clear()
            label.setStyleSheet("")

    def say_at_top(self, text: str, error: bool = False) -> None:
        """``text`` at the top of the page (what the workspace has to say: a notice archived or printed)."""
        self._say(text, error, beside=self.ui.topMessage)

    def _say(self, text: str, error: bool = False, *, beside: QLabel) -> None:
        """``text`` beside what it concerns, green for a success and red for an error; the page's other messages
        go (they were about something earlier)."""
        self._clear_messages()
        beside.setText(text)
        beside.setStyleSheet(ERROR_STYLE if error else SUCCESS_STYLE)
