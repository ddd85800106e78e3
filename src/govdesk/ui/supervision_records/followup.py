"""The 差评跟进 page: every bad rating, oldest first, with its stage (待回访核实 / 待整改 / 待反馈 / 已办结) and
the date its stage is due (red when past); the next step recorded with what was found, done or said
(regulation 000 Art. 52).

Signals: ``case_requested(str)`` — open the case view of the selected rating's case.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govdesk.domain.clock import CST
from govdesk.domain.evaluation import rating_label
from govdesk.domain.rating_followup import BadRatingFollowUp, Stage, Step
from govdesk.services.supervision_records import Saved, SupervisionRecords
from govdesk.ui import reflow, tables
from govdesk.ui.i18n import say
from govdesk.ui.operations import operations_for
from govdesk.ui.supervision_records.common import MessageLine

OVERDUE = QColor("#b00020")


class FollowUpPage(QWidget):
    """See the module docstring."""

    case_requested = Signal(str)

    def __init__(self, service: SupervisionRecords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.rows: list[BadRatingFollowUp] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.open_only = QCheckBox(self.tr("只看未办结"), self)
        self.open_only.setChecked(True)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)  # (a long line in English: wrapped, never wider than the page)
        top.addWidget(self.open_only)
        top.addWidget(self.legend, 1)
        layout.addLayout(top)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("followUpTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("办件编号"),
                self.tr("评价"),
                self.tr("原因与意见"),
                self.tr("评价日期"),
                self.tr("阶段"),
                self.tr("期限"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tables.scrolls_upright(self.table, text=2)  # (a work list: upright only, the reasons wrap; ui/tables.py)
        layout.addWidget(self.table, 1)
        self.steps_label = QLabel(self)
        self.steps_label.setObjectName("followUpSteps")
        self.steps_label.setWordWrap(True)
        layout.addWidget(self.steps_label)
        row = QHBoxLayout()
        self.note = QLineEdit(self)
        self.note.setObjectName("followUpNote")
        self.note.setPlaceholderText(self.tr("写明回访、整改、解释或反馈的情况"))
        row.addWidget(self.note, 1)
        self.buttons: dict[Step, QPushButton] = {}
        for step in Step:
            button = QPushButton(say(step.label), self)
            button.setObjectName(f"step_{step.value}")
            button.clicked.connect(lambda _c=False, s=step: self.record(s))
            row.addWidget(button)
            self.buttons[step] = button
        self.open_button = QPushButton(self.tr("查看办件(&O)"), self)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.message = MessageLine("followUpMessage", self)
        layout.addWidget(self.message)
        for line in (row, top):  # (narrow: stacked; 适老化, ui/reflow.py)
            reflow.side_by_side(line)
        self.open_only.toggled.connect(lambda _on: self.refresh())
        self.table.itemSelectionChanged.connect(self._selected_changed)
        self.open_button.clicked.connect(self._open_case)
        self.refresh()

    def today(self) -> date:
        return self.service.clock.now().astimezone(CST).date()

    def refresh(self) -> None:
        only = self.open_only.isChecked()
        found = operations_for(self).query(
            self, lambda: self.service.follow_ups(open_only=only), failure=self.message.refused
        )
        keep = self.selected()
        self.rows = found or []
        limits = self.service.limits()
        self.legend.setText(
            self.tr("回访核实 {v} 个工作日内，整改和反馈 {r} 个工作日内（自评价之日起）；红色为已超期").format(
                v=limits.verify_days, r=limits.rectify_days
            )
        )
        self.table.setRowCount(len(self.rows))
        today = self.today()
        for r, f in enumerate(self.rows):
            due = f.due(self.service.calendar, limits)
            why = "、".join(f.reasons) + (f"；{f.comment}" if f.comment else "")
            cells = (
                f.case_no,
                say(rating_label(f.rating)),
                why,
                f.rated_on.isoformat(),
                say(f.stage.label),
                due.isoformat() if due else "—",
            )
            late = f.overdue(today, self.service.calendar, limits)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, f.case_id)
                if late and c in (4, 5):
                    item.setForeground(QBrush(OVERDUE))
                    item.setText(text + (self.tr("（已超期）") if c == 5 else ""))
                self.table.setItem(r, c, item)
        if keep is not None:
            self.select(keep.case_id)
        self._selected_changed()

    def selected(self) -> BadRatingFollowUp | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def select(self, case_id: str) -> None:
        for r, f in enumerate(self.rows):
            if f.case_id == case_id:
                self.table.selectRow(r)
                return

    def _selected_changed(self) -> None:
        f = self.selected()
        allowed = f.allowed() if f is not None else ()
        for step, button in self.buttons.items():
            button.setEnabled(step in allowed)
        self.open_button.setEnabled(f is not None)
        if f is None:
            self.steps_label.setText(self.tr("在列表中选择一条差评。"))
            return
        done = [
            self.tr("{when} {who} {step}：{note}").format(
                when=s.at.astimezone(CST).strftime("%m-%d %H:%M"),
                who=s.actor.clerk_name,
                step=say(s.step.label),
                note=s.note,
            )
            for s in f.steps
        ]
        self.steps_label.setText("\n".join(done) if done else self.tr("尚未回访。"))

    def record(self, step: Step) -> None:
        f = self.selected()
        if f is None:
            return
        note, case_id = self.note.text(), f.case_id
        operations_for(self).run(
            self,
            lambda: self.service.record_step(case_id, step, note),
            success=self._recorded,
            failure=self.message.refused,
        )

    def _recorded(self, saved: Saved) -> None:
        self.note.clear()
        self.refresh()
        self.select(saved.record_id)
        f = self.selected()
        closed = f is None or f.stage is Stage.CLOSED
        self.message.say(
            self.tr("已记录。差评已办结。")
            if closed
            else self.tr("已记录，下一步：{s}").format(
                s=self.tr("或").join(say(s.label) for s in f.allowed()) if f is not None else ""
            )
        )

    def _open_case(self) -> None:
        f = self.selected()
        if f is not None:
            self.case_requested.emit(f.case_id)
