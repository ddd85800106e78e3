"""When a look-up finds several cases: a list to choose from with the keyboard (↑/↓, Enter opens, Esc closes).

Signals:
    chosen(str): the case id the clerk picked (Enter, double-click or 查看).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from govdesk.services.case_story import FoundCase
from govdesk.services.settings import SettingsStore
from govdesk.ui import tables
from govdesk.ui.caseview.models import found_model
from govdesk.ui.dialogs import GovDialog


class CaseChooserDialog(GovDialog):
    """See the module docstring. ``CaseChooserDialog.choose(parent, query, cases)`` opens it (not modal)."""

    dialog_id = "case_chooser"
    chosen = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        query: str,
        cases: Sequence[FoundCase],
        settings_store: SettingsStore | None = None,
    ) -> None:
        super().__init__(parent, settings_store)
        self.setWindowTitle(self.tr("选择办件"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("找到 {n} 个办件（姓名已遮蔽）。用 ↑↓ 选择，回车查看，Esc 关闭。").format(n=len(cases)),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.model = found_model(cases, self)
        table = QTableView(self)
        table.setObjectName("chooserTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        # (never sideways; narrow, the case number wraps after its centre code, the state and item between words:
        # ui/tables.py)
        tables.scrolls_upright(table, wrap=(0, 2, 3))
        table.activated.connect(self._pick)
        layout.addWidget(table)
        self.table = table
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("查看"), QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        buttons.accepted.connect(lambda: self._pick(table.currentIndex()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.model.rowCount():
            table.selectRow(0)
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        em = self.fontMetrics().horizontalAdvance("中")
        host = parent.window().size()  # (never larger than the window: its columns wrap to fit, ui/reflow.py)
        self.resize(min(em * 60, host.width()), min(em * 24, host.height()))

    def _pick(self, index: QModelIndex) -> None:
        case_id = self.model.id_at(index.row()) if index.isValid() else None
        if case_id is None:
            return
        self.chosen.emit(case_id)
        self.accept()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Enter in the table opens the current row (QTableView's "activated" on Enter depends on the style).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self._pick(self.table.currentIndex())
            return
        super().keyPressEvent(event)

    @classmethod
    def choose(cls, parent: QWidget, query: str, cases: Sequence[FoundCase]) -> CaseChooserDialog:
        dialog = cls(parent, query, cases)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.table.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        return dialog
