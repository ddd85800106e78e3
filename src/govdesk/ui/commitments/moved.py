"""期限调整: the cases whose dates the official holiday arrangement moved (issue 10), each with what moved and why.

A promised date that moved later is the applicant's to know: 短信告知申请人 queues the SMS, once, on the clerk's
word (never silently; ``DeadlineRecountService.tell_applicant``). The list is the service's; the panel holds no rule.

Signals: ``count_changed(int)`` — how many rows still wait for the clerk (a promised date later, applicant not told).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from govdesk.domain.clock import minute_text
from govdesk.services.deadline_recount import DeadlineRecountService, MovedCase
from govdesk.ui import reflow
from govdesk.ui.i18n import QT_TRANSLATE_NOOP, error_text
from govdesk.ui.operations import operations_for
from govdesk.ui.rows_model import RowsTableModel

CONTEXT = "MovedDeadlinesModel"


class MovedDeadlinesModel(RowsTableModel):
    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("MovedDeadlinesModel", "办件编号"),
        QT_TRANSLATE_NOOP("MovedDeadlinesModel", "申请人"),
        QT_TRANSLATE_NOOP("MovedDeadlinesModel", "调整内容"),
        QT_TRANSLATE_NOOP("MovedDeadlinesModel", "重新计算时间"),
        QT_TRANSLATE_NOOP("MovedDeadlinesModel", "短信告知"),
    )

    rows: list[MovedCase]

    def cell(self, m: MovedCase, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if m.told:
                told = QCoreApplication.translate("MovedDeadlinesModel", "已告知")
            elif m.promised_later:
                told = QCoreApplication.translate("MovedDeadlinesModel", "待告知（办结日期推后）")
            else:
                told = QCoreApplication.translate("MovedDeadlinesModel", "无需告知")
            when = minute_text(m.recounted_at)
            return (m.case_no, m.applicant_name, m.summary(), when, told)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return m.reason
        if role == Qt.ItemDataRole.UserRole:
            return m.event_id
        return None


class MovedDeadlinesPanel(QWidget):
    count_changed = Signal(int)

    def __init__(self, service: DeadlineRecountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setObjectName("movedDeadlinesPanel")
        self.intro = QLabel(
            self.tr(
                "国务院办公厅公布节假日安排后，按暂定安排计算的期限已重新计算。下列办件的日期有调整；"
                "承诺办结日期推后的，请短信或当面告知申请人。"
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.model = MovedDeadlinesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("movedTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel(self.tr("没有因节假日安排调整期限的办件。"), self)
        self.tell_button = QPushButton(self.tr("短信告知申请人"), self)
        self.tell_button.setObjectName("tellApplicantButton")
        self.tell_button.setToolTip(self.tr("将办结日期调整的短信排队发送给所选办件的申请人（仅发送一次）"))
        self.message = QLabel(self)
        self.message.setObjectName("movedMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.tell_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        reflow.side_by_side(buttons)  # (narrow: stacked; 适老化, ui/reflow.py)
        self.tell_button.clicked.connect(self.tell)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.refresh()

    def selected(self) -> MovedCase | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def refresh(self) -> None:
        keep = self.selected()
        self.model.set_rows(self.service.moved_cases())
        has_rows = bool(self.model.rows)
        self.empty.setVisible(not has_rows)
        self.table.setVisible(has_rows)
        for row, m in enumerate(self.model.rows):
            if keep is not None and m.case_id == keep.case_id:
                self.table.setCurrentIndex(self.model.index(row, 0))
        self._selection_changed()
        self.count_changed.emit(sum(1 for m in self.model.rows if m.promised_later and not m.told))

    def _selection_changed(self) -> None:
        m = self.selected()
        self.tell_button.setEnabled(m is not None and m.promised_later and not m.told)
        self.message.clear()  # a message belongs to the row it was about

    def tell(self) -> None:
        m = self.selected()
        if m is None:
            return

        def told(phone: str) -> None:
            self.refresh()
            self._say(self.tr("已排队发送短信至 {phone}（办件 {case_no}）。").format(phone=phone, case_no=m.case_no))

        event_id = m.event_id
        operations_for(self).run(
            self,
            lambda: self.service.tell_applicant(event_id),
            success=told,
            failure=lambda error: self._say(error_text(error), error=True),
        )

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
