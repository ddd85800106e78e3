"""The 后台审批 page: the department's queue on the left (oldest first, deadlines shown), the chosen case on the right
(its scanned materials page by page; claim, 补正, 办理环节, decision, result, result ready; its progress).

Thin: every call is a ``BackOfficeService`` call run through the operations gateway's network lane; a refusal or an
offline line is said in red under the page and nothing typed is cleared (the 补正 dialog reopens with what was in it).

Signals: ``case_shown(str case_id)`` — a case's detail arrived and is on screen.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from govdesk.domain.backoffice import STEP_LABELS, CorrectionItem, Step
from govdesk.domain.clock import minute_text
from govdesk.services.backoffice import BackOfficeService, CaseView, QueuePage, StepDone
from govdesk.services.errors import GovdeskError
from govdesk.ui import reflow, tables
from govdesk.ui.backoffice.correction import CorrectionDialog
from govdesk.ui.backoffice.models import QueueModel
from govdesk.ui.backoffice.viewer import MaterialsViewer
from govdesk.ui.i18n import error_text, say
from govdesk.ui.operations import Lane, operations_for

RED, GREEN = "#b00020", "#1b5e20"
_DECIDABLE = ("submitted", "in_review")
_DECIDED = ("approved", "denied")


class BackOfficePage(QWidget):
    case_shown = Signal(str)

    def __init__(self, service: BackOfficeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.view: CaseView | None = None
        self.result_file: Path | None = None  # the result document chosen, sent with 附办理结果
        self.pending_correction: tuple[list[CorrectionItem], str] | None = None
        self.last_message = ""
        self._step_just_done = False  # a step of the clerk finished; the queue is being read again
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._queue_side())
        splitter.addWidget(self._case_side())
        em = self.fontMetrics().horizontalAdvance("中")
        splitter.setSizes([em * 50, em * 60])  # the queue wide enough for its deadline, number, item and state
        layout.addWidget(splitter, 1)
        reflow.side_by_side(splitter)  # (the case under the queue, when even stacked rows leave it too wide)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        self._enable()

    # ------------------------------------------------------------------ building

    def _queue_side(self) -> QWidget:
        side = QWidget(self)
        box = QVBoxLayout(side)
        self.queue_title = QLabel(self.tr("本部门待办（最早流转的在前）"), side)
        self.queue_title.setObjectName("queueTitle")
        box.addWidget(self.queue_title)
        row = QHBoxLayout()
        self.department_edit = QLineEdit(side)
        self.department_edit.setObjectName("departmentEdit")
        self.department_edit.setPlaceholderText(self.tr("部门编码（空：本中心全部部门）"))
        self.department_edit.returnPressed.connect(self.refresh)
        self.refresh_button = QPushButton(self.tr("刷新(&R)"), side)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.department_edit, 1)
        row.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignRight)
        box.addLayout(row)
        self.queue_model = QueueModel(self)
        self.queue_model.more_wanted.connect(self._fetch_more)
        self.queue_table = QTableView(side)
        self.queue_table.setObjectName("queueTable")
        self.queue_table.setModel(self.queue_model)
        self.queue_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue_table.verticalHeader().hide()
        tables.scrolls_upright(self.queue_table, text=2)  # (the queue scrolls upright, never sideways; 事项 wraps)
        self.queue_table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._row_chosen(cur.row()))
        box.addWidget(self.queue_table, 1)
        self.count_label = QLabel(side)
        self.count_label.setObjectName("queueCount")
        box.addWidget(self.count_label)
        return side

    def _case_side(self) -> QWidget:
        side = QWidget(self)
        box = QVBoxLayout(side)
        self.case_label = QLabel(self.tr("请在左侧选择一件办件"), side)
        self.case_label.setObjectName("caseLabel")
        self.case_label.setWordWrap(True)
        self.case_label.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(self.case_label)
        self.tabs = QTabWidget(side)
        self.tabs.setObjectName("caseTabs")
        self.viewer = MaterialsViewer(side)
        self.viewer.setObjectName("materialsViewer")
        self.viewer.page_wanted.connect(self._fetch_page)
        self.tabs.addTab(self.viewer, self.tr("扫描材料(&1)"))
        self.tabs.addTab(self._actions(side), self.tr("审批办理(&2)"))
        self.progress = QTextBrowser(side)
        self.progress.setObjectName("progressView")
        self.tabs.addTab(self.progress, self.tr("办理进度(&3)"))
        box.addWidget(self.tabs, 1)
        return side

    def _actions(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        box = QVBoxLayout(page)
        top = QHBoxLayout()
        self.claim_button = QPushButton(self.tr("认领审查(&C)"), page)
        self.claim_button.setObjectName("claimButton")
        self.claim_button.clicked.connect(self.claim)
        self.correction_button = QPushButton(self.tr("要求补正…(&B)"), page)
        self.correction_button.setObjectName("correctionButton")
        self.correction_button.clicked.connect(self.ask_correction)
        top.addWidget(self.claim_button)
        top.addWidget(self.correction_button)
        top.addStretch(1)
        box.addLayout(top)

        steps = QGroupBox(self.tr("记录办理环节"), page)
        row = QHBoxLayout(steps)
        self.step_combo = QComboBox(steps)
        self.step_combo.setObjectName("stepCombo")
        for step in Step:
            self.step_combo.addItem(say(STEP_LABELS[step]), step.value)
        self.step_note = QLineEdit(steps)
        self.step_note.setObjectName("stepNote")
        self.step_note.setPlaceholderText(self.tr("意见（可空）"))
        self.step_note.setMaxLength(500)
        self.step_button = QPushButton(self.tr("记录(&S)"), steps)
        self.step_button.setObjectName("stepButton")
        self.step_button.clicked.connect(self.record_step)
        row.addWidget(self.step_combo)
        row.addWidget(self.step_note, 1)
        row.addWidget(self.step_button)
        box.addWidget(steps)

        decision = QGroupBox(self.tr("审批决定"), page)
        form = QFormLayout(decision)
        choice = QHBoxLayout()
        self.approve_radio = QRadioButton(self.tr("准予许可(&Y)"), decision)
        self.approve_radio.setObjectName("approveRadio")
        self.deny_radio = QRadioButton(self.tr("不予许可(&D)"), decision)
        self.deny_radio.setObjectName("denyRadio")
        self.approve_radio.setChecked(True)
        group = QButtonGroup(decision)
        group.addButton(self.approve_radio)
        group.addButton(self.deny_radio)
        choice.addWidget(self.approve_radio)
        choice.addWidget(self.deny_radio)
        choice.addStretch(1)
        form.addRow(self.tr("决定"), choice)
        self.result_name_edit = QLineEdit(decision)
        self.result_name_edit.setObjectName("resultNameEdit")
        self.result_name_edit.setMaxLength(200)
        form.addRow(self.tr("结果名称(&M)"), self.result_name_edit)
        self.reason_edit = QLineEdit(decision)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setMaxLength(1000)
        self.reason_edit.setPlaceholderText(self.tr("不予许可时必填"))
        form.addRow(self.tr("理由(&L)"), self.reason_edit)
        self.decide_button = QPushButton(self.tr("作出决定(&J)"), decision)
        self.decide_button.setObjectName("decideButton")
        self.decide_button.clicked.connect(self.decide)
        decide_row = QHBoxLayout()
        decide_row.addWidget(self.decide_button)
        decide_row.addStretch(1)
        form.addRow("", decide_row)
        box.addWidget(decision)

        result = QGroupBox(self.tr("办理结果"), page)
        form = QFormLayout(result)
        self.licence_edit = QLineEdit(result)
        self.licence_edit.setObjectName("licenceEdit")
        self.licence_edit.setMaxLength(64)
        self.licence_edit.setPlaceholderText(self.tr("证照或批文编号"))
        form.addRow(self.tr("证照编号(&Z)"), self.licence_edit)
        file_row = QHBoxLayout()
        self.result_file_label = QLabel(self.tr("未选择（可不附）"), result)
        self.result_file_label.setObjectName("resultFileLabel")
        self.result_file_label.setWordWrap(True)
        self.result_file_button = QPushButton(self.tr("选择文件…(&W)"), result)
        self.result_file_button.setObjectName("resultFileButton")
        self.result_file_button.setToolTip(
            self.tr("证照或批文的扫描件（JPEG、PNG 或 PDF），随办理结果上传，窗口出件时可查看")
        )
        self.result_file_button.clicked.connect(self.choose_result_file)
        file_row.addWidget(self.result_file_label, 1)
        file_row.addWidget(self.result_file_button)
        form.addRow(self.tr("结果文件"), file_row)
        buttons = QHBoxLayout()
        self.result_button = QPushButton(self.tr("附办理结果(&A)"), result)
        self.result_button.setObjectName("resultButton")
        self.result_button.clicked.connect(self.attach_result)
        self.ready_button = QPushButton(self.tr("结果已出，转窗口出件(&T)"), result)
        self.ready_button.setObjectName("readyButton")
        self.ready_button.clicked.connect(self.mark_ready)
        buttons.addWidget(self.result_button)
        buttons.addWidget(self.ready_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        box.addWidget(result)
        box.addStretch(1)
        # narrow (large text at 1366×768, 150 %): rows of buttons stack, labels go above their fields (适老化: the
        # page never scrolls sideways; ``ui/reflow.py``)
        for line in (top, row, buttons, file_row, choice):
            reflow.side_by_side(line)
        reflow.wrap_forms(page)
        return page

    # ------------------------------------------------------------------ the queue

    def refresh(self) -> None:
        """The queue's first page again (the rest comes as the list is scrolled)."""
        department = self.department_edit.text().strip()
        operations_for(self).run(
            self, lambda: self.service.queue_page(department), success=self._queued, failure=self._failed,
            label=self.tr("正在读取待办…"), lane=Lane.NETWORK,
        )  # fmt: skip

    def _queued(self, page: QueuePage) -> None:
        current = self.view.detail.case_id if self.view else ""
        self.queue_model.set_first_page(page)
        self._show_scope(page)
        self._count()
        row = self.queue_model.row_of(current)
        if row >= 0:
            self.queue_table.selectionModel().blockSignals(True)
            self.queue_table.selectRow(row)
            self.queue_table.selectionModel().blockSignals(False)
            if not self._step_just_done:  # the clerk's 刷新: the open case as it is now too (a step read it already)
                self.open_case(current)
        elif current and self._step_just_done:
            # The clerk's step took the case out of the queue (its result ready): its buttons are disabled and Qt
            # passed the focus on to whatever came next in the chain (the main window's search box). The next thing
            # to do is the next case: the list has it.
            # Without opening one: a view given the focus makes its first row current (which would open it); the
            # clerk reads what was done and presses ↓ for the oldest case.
            selection = self.queue_table.selectionModel()
            selection.blockSignals(True)
            self.queue_table.setFocus(Qt.FocusReason.OtherFocusReason)
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            selection.blockSignals(False)
        self._step_just_done = False

    def _fetch_more(self, cursor: str) -> None:
        """The next page, asked by the list as it scrolls to its end (off the GUI thread; one at a time)."""
        department = self.department_edit.text().strip()

        def arrived(page: QueuePage) -> None:
            if self.queue_model.append_page(cursor, page):
                self._count()

        def failed(error: GovdeskError) -> None:
            self.queue_model.fetch_failed()
            self._failed(error)

        operations_for(self).run(
            self, lambda: self.service.queue_page(department, cursor), success=arrived, failure=failed,
            lane=Lane.NETWORK,
        )  # fmt: skip

    def _show_scope(self, page: QueuePage) -> None:
        """A reviewer of one department sees its name (the server holds them to it); one of every department may
        narrow the list by a department's code."""
        if page.one_department:
            name = page.department_name or page.department
            self.queue_title.setText(self.tr("{dept} 待办（最早流转的在前）").format(dept=name))
        else:
            self.queue_title.setText(self.tr("本中心各部门待办（最早流转的在前）"))
        self.department_edit.setVisible(not page.one_department)

    def _count(self) -> None:
        model = self.queue_model
        held, total = len(model.rows), model.total
        overdue = sum(1 for r in model.rows if r.overdue)
        text = self.tr("共 {n} 件").format(n=total)
        if held < total:
            text += self.tr("，已显示 {k} 件（向下滚动读取其余）").format(k=held)
        if overdue:
            partial = self.tr("，已显示的办件中 {k} 件已超期") if held < total else self.tr("，{k} 件已超期")
            text += partial.format(k=overdue)
        self.count_label.setText(text)

    def _row_chosen(self, row: int) -> None:
        case_id = self.queue_model.case_id(row)
        if case_id:
            self.open_case(case_id)

    def open_case(self, case_id: str) -> None:
        operations_for(self).run(
            self, lambda: self.service.case(case_id), success=self._show_case, failure=self._failed,
            label=self.tr("正在读取办件…"), lane=Lane.NETWORK,
        )  # fmt: skip

    # ------------------------------------------------------------------ one case

    def _show_case(self, view: CaseView) -> None:
        same = self.view is not None and self.view.detail.case_id == view.detail.case_id
        self.view = view
        d = view.detail
        due = d.promised_date.isoformat() if d.promised_date else self.tr("未记录")
        legal = d.statutory_date.isoformat() if d.statutory_date else self.tr("未记录")
        template = self.tr("<b>办件 {no}</b>　{item}　<b>{state}</b><br>申请人 {who}　承诺办结 {due}　法定时限 {legal}")
        head = template.format(
            no=html.escape(d.case_no), item=html.escape(view.item), state=html.escape(say(view.state_label)),
            who=html.escape(view.applicant), due=due, legal=legal,
        )  # fmt: skip
        if d.correction_open:
            asked = "；".join(f"{c.name}（{c.reason}）" for c in d.correction)
            head += "<br><span style='color:#8a4b00'>" + html.escape(
                self.tr("补正中，计时中止：{what}").format(what=asked)
            ) + "</span>"  # fmt: skip
        self.case_label.setText(head)
        if not same:
            names = {m.code: m.name for m in d.materials}
            self.viewer.set_pages(view.pages, names, view.pages_note)
            self.result_name_edit.setText(d.result_name or self.service.result_name_of(d.item_code))
            self.licence_edit.setText(d.licence_no)
            self.result_file = None
        self._show_result_file()
        self.progress.setHtml(self._progress_html(view))
        self._enable()
        self.case_shown.emit(d.case_id)

    def _progress_html(self, view: CaseView) -> str:
        if not view.detail.progress:
            return "<p>" + html.escape(self.tr("后台尚未办理。")) + "</p>"
        rows = "".join(
            f"<tr><td><nobr>{minute_text(p.at)}</nobr></td>"
            f"<td><nobr>{html.escape(p.who)}</nobr></td><td>{html.escape(p.words)}</td></tr>"
            for p in view.detail.progress
        )
        return f"<table cellpadding='3'>{rows}</table>"

    def _enable(self) -> None:
        d = self.view.detail if self.view else None
        state = d.state if d else ""
        stopped = bool(d and d.correction_open)
        self.claim_button.setEnabled(state == "submitted")
        self.correction_button.setEnabled(state in _DECIDABLE and not stopped)
        self.step_button.setEnabled(d is not None)
        self.decide_button.setEnabled(state in _DECIDABLE and not stopped)
        self.result_button.setEnabled(state in _DECIDED)
        self.result_file_button.setEnabled(state in _DECIDED)
        self.ready_button.setEnabled(state in _DECIDED)

    def _fetch_page(self, sha256: str) -> None:
        operations_for(self).run(
            self, lambda: self.service.page(sha256), success=lambda data: self.viewer.show_bytes(sha256, data),
            failure=lambda error: self.viewer.show_failure(error_text(error)), lane=Lane.NETWORK,
        )  # fmt: skip

    # ------------------------------------------------------------------ steps

    def _case_id(self) -> str:
        return self.view.detail.case_id if self.view else ""

    def _step(self, call: Any, label: str, after: Any = None) -> None:
        case_id = self._case_id()
        if not case_id:
            return

        def done(result: StepDone) -> None:
            if after is not None:
                after()
            self._done(result)

        operations_for(self).run(
            self, lambda: call(case_id), success=done, failure=self._failed, label=label, lane=Lane.NETWORK
        )

    def claim(self) -> None:
        self._step(self.service.claim, self.tr("正在认领…"))

    def record_step(self) -> None:
        step, note = Step(self.step_combo.currentData()), self.step_note.text()
        self._step(lambda cid: self.service.record_step(cid, step, note), self.tr("正在记录…"), self.step_note.clear)

    def decide(self) -> None:
        approve = self.approve_radio.isChecked()
        name, reason = self.result_name_edit.text(), self.reason_edit.text()

        def refused(error: GovdeskError) -> None:  # said under the page; the field at fault takes the cursor
            self._failed(error)
            (self.result_name_edit if approve else self.reason_edit).setFocus()

        def check() -> bool:
            self.service.check_decision(approve, name, reason)  # refused in words before anything is sent
            return True

        if operations_for(self).query(self, check, failure=refused):
            self._step(lambda cid: self.service.decide(cid, approve, name, reason), self.tr("正在提交决定…"))

    @staticmethod
    def ask_result_file(parent: QWidget) -> Path | None:
        """The result document to upload, chosen by the clerk (tests replace this)."""
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("BackOfficePage", "选择办理结果文件"),
            "",
            QCoreApplication.translate("BackOfficePage", "扫描件 (*.pdf *.jpg *.jpeg *.png)"),
        )
        return Path(name) if name else None

    def choose_result_file(self) -> None:
        chosen = self.ask_result_file(self)
        if chosen is None:
            return
        ref = operations_for(self).query(
            self, lambda: self.service.describe_result_file(chosen), failure=self._failed
        )  # checked now (type, size): a wrong file is said before anything is sent
        if ref is None:
            return
        self.result_file = chosen
        self._show_result_file()
        self.say(self.tr("已选择结果文件：{name}（点“附办理结果”上传）").format(name=chosen.name), True)

    def _show_result_file(self) -> None:
        d = self.view.detail if self.view else None
        if self.result_file is not None:
            text = self.tr("待上传：{name}").format(name=self.result_file.name)
        elif d is not None and d.result_sha256:
            kind = "PDF" if d.result_type == "application/pdf" else self.tr("图片")
            text = self.tr("已上传（{kind}），窗口出件时可查看").format(kind=kind)
        else:
            text = self.tr("未选择（可不附）")
        self.result_file_label.setText(text)

    def attach_result(self) -> None:
        licence, name, chosen = self.licence_edit.text(), self.result_name_edit.text(), self.result_file
        label = self.tr("正在上传结果文件并附办理结果…") if chosen else self.tr("正在附办理结果…")

        def sent() -> None:
            if self.result_file == chosen:
                self.result_file = None

        self._step(lambda cid: self.service.attach_result(cid, licence, name, chosen), label, sent)

    def mark_ready(self) -> None:
        self._step(self.service.mark_ready, self.tr("正在转窗口出件…"))

    def ask_correction(self) -> None:
        if self.view is None:
            return
        answer = CorrectionDialog.ask(
            self, self.view.detail.materials, self.service.check_correction, self.pending_correction
        )
        if answer is None:
            return
        self.pending_correction = answer  # kept until the server took it: a failure reopens the dialog with it
        items, note = answer
        self._step(
            lambda cid: self.service.ask_correction(cid, items, note), self.tr("正在退回补正…"),
            lambda: setattr(self, "pending_correction", None),
        )  # fmt: skip

    def _done(self, result: StepDone) -> None:
        self._step_just_done = True  # read by the refresh below (``_queued``)
        self.say(result.message, True)
        self.open_case(result.case_id)
        self.refresh()

    def _failed(self, error: GovdeskError) -> None:
        self.say(error_text(error), False)

    def say(self, text: str, ok: bool) -> None:
        text = say(text)  # a service's words (``domain.messages``) in the clerk's language
        self.last_message = text
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {GREEN if ok else RED};")
