"""需处理的记录: every record the center refused or answered with a conflict, with both sides where the center named
them — what this window did (by whom, when) and what the center had decided (by whom, in which role, when) — and
the center's words (issue 17, G5: "shown in needs attention with both sides"). The status bar counts them
("N 条需处理") and its 查看 button, or Ctrl+Shift+N, opens this list; 查看办件 opens the case.

Read through the operations gateway (``services.attention.attention_rows``); nothing here decides anything.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govdesk.domain.clock import CST
from govdesk.domain.transitions import kind_label
from govdesk.services.attention import AttentionItem, Side
from govdesk.ui import tables
from govdesk.ui.i18n import say
from govdesk.ui.operations import operations_for

__all__ = ["AttentionDialog"]


class AttentionDialog(QDialog):
    """The list (oldest first); ``case_requested(case_no)`` when the clerk asks to see a record's case (the main
    window looks it up as its search box would)."""

    case_requested = Signal(str)

    CASE, DONE, OUTCOME, CENTER, WORDS = range(5)

    def __init__(self, parent: QWidget, read: Callable[[], list[tuple[AttentionItem, str]]]) -> None:
        super().__init__(parent)
        self.setObjectName("attentionDialog")
        self.setWindowTitle(self.tr("需处理的记录"))
        self.read = read  # the records with their case numbers (``services.attention.attention_rows``)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("attentionSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("attentionTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("办件编号"), self.tr("本机所做"), self.tr("结果"), self.tr("中心的决定"), self.tr("中心的说明")]
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("需处理的记录"))
        tables.scrolls_upright(self.table, text=(self.CENTER, self.WORDS))
        self.table.doubleClicked.connect(lambda _index: self._open())
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = buttons.addButton(self.tr("查看办件(&O)"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("attentionOpenCase")
        self.open_button.clicked.connect(self._open)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.numbers: list[str] = []
        self.resize(self.fontMetrics().averageCharWidth() * 150, self.fontMetrics().height() * 24)
        self.refresh()

    def refresh(self) -> None:
        ops = operations_for(self)
        found = ops.query(self, self.read)
        rows = found or []
        self.numbers = [case_no for _item, case_no in rows]
        self.table.setRowCount(len(rows))
        for r, (item, case_no) in enumerate(rows):
            cells = (
                case_no or item.case_id[:8],
                _side_words(item.window, item.kind),
                self.tr("冲突") if item.status == "conflict" else self.tr("被拒收"),
                _side_words(item.center, ""),
                say(item.words),
            )
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(r, c, cell)
        self.summary.setText(
            self.tr("共 %n 条记录未被中心接收。本机的记录都已保留；请核对办件，必要时与后台或中心联系。", "", len(rows))
            if rows
            else self.tr("没有需处理的记录。")
        )
        self.table.resizeRowsToContents()  # (who and when on lines of their own, the center's words wrapped)
        self.open_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def _open(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.numbers) and self.numbers[row]:
            self.case_requested.emit(self.numbers[row])


def _side_words(side: Side | None, kind: str) -> str:
    """What was done, by whom (in which role), when: in the clerk's language (the labels are the domain's)."""
    if side is None:
        return say(kind_label(kind)) if kind else ""
    who = " ".join(part for part in (say(side.role), side.by) if part)
    return "\n".join(part for part in (say(side.what), who, _when(side.at)) if part)


def _when(text: str) -> str:
    try:
        return datetime.fromisoformat(text).astimezone(CST).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return text[:32]
