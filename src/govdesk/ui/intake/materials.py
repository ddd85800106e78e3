"""The materials table (申请材料): every material that applies, with what the window holds of it.

Rows come from ``preview().assessment.applicable`` (a bundle's shared materials once); the state of each row is the
draft's ``MaterialRecord``. 免提交 materials (data sharing, regulation 000, Art. 31) are shown as such and never
asked; one vouched for by the 电子证照 library shows its licence number. The 扫描件 column counts the pages captured
for each material. Keyboard on the table: Space cycles 已收取 / 缺少, D marks 不符合要求 and opens the reason, 1 / 2 / 3
pick 原件 / 复印件 / 电子件 (and mark it received), S (or a double click on 扫描件) captures its pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from govdesk.domain.attachments import page_count
from govdesk.domain.case import MaterialRecord, MaterialStatus
from govdesk.domain.catalog import Material, MaterialForm
from govdesk.ui import tables
from govdesk.ui.i18n import QT_TRANSLATE_NOOP
from govdesk.ui.rows_model import set_heading

_Index = QModelIndex | QPersistentModelIndex

NAME, STATE, FORM, COPIES, NOTE, PAGES = range(6)
# The model's own words, marked for lupdate; shown through ``_words`` (``QCoreApplication.translate``).
_CONTEXT = "MaterialsModel"
HEADERS = (
    QT_TRANSLATE_NOOP("MaterialsModel", "材料"),
    QT_TRANSLATE_NOOP("MaterialsModel", "状态"),
    QT_TRANSLATE_NOOP("MaterialsModel", "形式"),
    QT_TRANSLATE_NOOP("MaterialsModel", "份数"),
    QT_TRANSLATE_NOOP("MaterialsModel", "说明 / 不符合要求的原因"),
    QT_TRANSLATE_NOOP("MaterialsModel", "扫描件"),
)

STATE_WORDS = {
    MaterialStatus.PENDING: QT_TRANSLATE_NOOP("MaterialsModel", "待核验"),
    MaterialStatus.RECEIVED: QT_TRANSLATE_NOOP("MaterialsModel", "已收取"),
    MaterialStatus.SUPPLEMENTED: QT_TRANSLATE_NOOP("MaterialsModel", "已补齐"),
    MaterialStatus.SHARED: QT_TRANSLATE_NOOP("MaterialsModel", "免提交"),
    MaterialStatus.MISSING: QT_TRANSLATE_NOOP("MaterialsModel", "缺少"),
    MaterialStatus.DEFECTIVE: QT_TRANSLATE_NOOP("MaterialsModel", "不符合要求"),
    MaterialStatus.WAIVED: QT_TRANSLATE_NOOP("MaterialsModel", "容缺"),
}
FORM_WORDS = {
    MaterialForm.ORIGINAL: QT_TRANSLATE_NOOP("MaterialsModel", "原件"),
    MaterialForm.COPY: QT_TRANSLATE_NOOP("MaterialsModel", "复印件"),
    MaterialForm.ELECTRONIC: QT_TRANSLATE_NOOP("MaterialsModel", "电子件"),
}
FORM_KEYS = {
    Qt.Key.Key_1: MaterialForm.ORIGINAL,
    Qt.Key.Key_2: MaterialForm.COPY,
    Qt.Key.Key_3: MaterialForm.ELECTRONIC,
}
COLOURS = {
    MaterialStatus.RECEIVED: QColor("#e6f4ea"),
    MaterialStatus.SUPPLEMENTED: QColor("#e6f4ea"),
    MaterialStatus.SHARED: QColor("#e8f0fe"),
    MaterialStatus.MISSING: QColor("#fff4e5"),
    MaterialStatus.DEFECTIVE: QColor("#fdecea"),
}
REASON_NEEDED = QT_TRANSLATE_NOOP("MaterialsModel", "请填写不符合要求的原因")


def _words(text: str) -> str:
    """One of this module's marked words in the UI language."""
    return QCoreApplication.translate(_CONTEXT, text)


class MaterialsModel(QAbstractTableModel):
    """Materials of the current intake. The records dict is the draft's own (edited in place).

    Signals:
        records_changed(): the clerk changed what the window holds (the page recomputes and saves).
    """

    records_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._materials: list[Material] = []
        self._records: dict[str, MaterialRecord] = {}
        # headings shown instead of the columns' own (a column with others merged under it, ``ui/tables.py``)
        self._headings: dict[int, str] = {}

    # --- contents ---

    def set_materials(self, materials: tuple[Material, ...], records: dict[str, MaterialRecord]) -> None:
        if [m.code for m in materials] == [m.code for m in self._materials] and records is self._records:
            self._materials = list(materials)
            if materials:
                self.dataChanged.emit(self.index(0, 0), self.index(len(materials) - 1, len(HEADERS) - 1))
            return
        self.beginResetModel()
        self._materials = list(materials)
        self._records = records
        self.endResetModel()

    def material(self, row: int) -> Material:
        return self._materials[row]

    def status(self, row: int) -> MaterialStatus:
        m = self._materials[row]
        if m.shared:
            return MaterialStatus.SHARED
        rec = self._records.get(m.code)
        return rec.status if rec is not None else MaterialStatus.PENDING

    def record(self, row: int) -> MaterialRecord | None:
        return self._records.get(self._materials[row].code)

    def row_of(self, code: str) -> int:
        """The row of the material ``code`` (the capture dialog and its tests find a material's row by it)."""
        return next(i for i, m in enumerate(self._materials) if m.code == code)

    def reasons_missing(self) -> list[str]:
        """Names of materials marked defective without a reason."""
        out = []
        for m in self._materials:
            rec = self._records.get(m.code)
            if rec is not None and rec.status is MaterialStatus.DEFECTIVE and not rec.reason.strip():
                out.append(m.name)
        return out

    # --- the clerk's actions ---

    def _put(self, row: int, **changes: Any) -> None:
        m = self._materials[row]
        if m.shared:
            return  # 免提交: never asked of the applicant
        rec = self._records.get(m.code) or MaterialRecord(m.code, m.name, form=m.forms[0], copies=m.copies)
        status: MaterialStatus = changes.get("status", rec.status)
        reason: str = changes.get("reason", rec.reason) if status is MaterialStatus.DEFECTIVE else ""
        form: MaterialForm = changes.get("form", rec.form or m.forms[0])
        copies: int = changes.get("copies", rec.copies or m.copies)
        self._records[m.code] = replace(rec, status=status, form=form, copies=copies, reason=reason)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        self.records_changed.emit()

    def cycle(self, row: int) -> None:
        """Space: 已收取 ↔ 缺少 (anything not received becomes received)."""
        received = self.status(row) is MaterialStatus.RECEIVED
        self._put(row, status=MaterialStatus.MISSING if received else MaterialStatus.RECEIVED)

    def mark_defective(self, row: int, reason: str = "") -> None:
        rec = self.record(row)
        self._put(row, status=MaterialStatus.DEFECTIVE, reason=reason or (rec.reason if rec else ""))

    def set_form(self, row: int, form: MaterialForm) -> None:
        status = self.status(row)
        keep = status if status is MaterialStatus.DEFECTIVE else MaterialStatus.RECEIVED
        self._put(row, form=form, status=keep)

    # --- Qt model ---

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._materials)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 6:
            return self._headings.get(section) or _words(HEADERS[section])
        return None

    def setHeaderData(
        self, section: int, orientation: Qt.Orientation, value: Any, role: int = Qt.ItemDataRole.DisplayRole
    ) -> bool:
        """A column's heading shown instead of its own, or its own again (None): narrow, the status names the form
        merged under it (``rows_model.set_heading``)."""
        return set_heading(self, self._headings, section, orientation, value, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NOTE and self.status(index.row()) is MaterialStatus.DEFECTIVE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == COPIES and self.status(index.row()) is not MaterialStatus.SHARED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._materials):
            return None
        row, col = index.row(), index.column()
        m, status, rec = self._materials[row], self.status(row), self.record(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(m, status, rec, col, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.BackgroundRole and status in COLOURS:
            return QBrush(COLOURS[status])
        if role == Qt.ItemDataRole.ForegroundRole and col == NOTE and self._reason_needed(status, rec):
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.ToolTipRole and col in (NAME, NOTE):
            return self._text(m, status, rec, NOTE, False) or m.name
        return None

    @staticmethod
    def _reason_needed(status: MaterialStatus, rec: MaterialRecord | None) -> bool:
        return status is MaterialStatus.DEFECTIVE and not (rec and rec.reason.strip())

    def _text(self, m: Material, status: MaterialStatus, rec: MaterialRecord | None, col: int, edit: bool) -> Any:
        if col == NAME:
            flags = (self.tr("（可选）") if not m.required else "") + (self.tr("（可容缺）") if m.waivable else "")
            return m.name + flags
        if col == STATE:
            return _words(STATE_WORDS[status])
        if col == FORM:
            if status is MaterialStatus.SHARED:
                return "—"
            form = rec.form if rec and rec.form else m.forms[0]
            return _words(FORM_WORDS[form])
        if col == COPIES:
            if status is MaterialStatus.SHARED:
                return "" if not edit else 0
            return rec.copies if rec and rec.copies else m.copies
        if col == PAGES:
            pages = page_count(rec.pages) if rec is not None else 0
            return self.tr("{n} 页").format(n=pages) if pages else ""
        if status is MaterialStatus.SHARED and rec is not None and rec.reference:
            return self.tr("已通过电子证照核验（证照编号 {no}）").format(no=rec.reference)
        if status is MaterialStatus.SHARED:
            if m.shared_source:
                return self.tr("数据共享获取（{source}），无需申请人提交").format(source=m.shared_source)
            return self.tr("数据共享获取，无需提交")
        if status is MaterialStatus.DEFECTIVE:
            reason = rec.reason if rec else ""
            return reason if (edit or reason.strip()) else _words(REASON_NEEDED)
        return m.requirements

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        editable = index.isValid() and bool(self.flags(index) & Qt.ItemFlag.ItemIsEditable)
        if role != Qt.ItemDataRole.EditRole or not editable:
            return False
        if index.column() == NOTE:
            self._put(index.row(), reason=str(value).strip())
            return True
        if index.column() == COPIES:
            try:
                copies = max(1, int(value))
            except (TypeError, ValueError):  # parses the cell the clerk typed (not a number: the edit is refused)
                return False
            self._put(index.row(), copies=copies)
            return True
        return False


class MaterialsView(QTableView):
    """The table with the intake's keyboard: Space, D, 1/2/3, S (see the module docstring).

    Signals:
        capture_requested(int): the clerk asked to capture (scan) the pages of the material in this row.
    """

    capture_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doubleClicked.connect(self._double_clicked)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        # every row shown, the name and the remark wrapping, never a sideways scroll bar: the form around scrolls
        # (issue 15: at 1366×768 six rows and more with an agent; the row being marked stays in sight, page.py)
        # (narrow: the status and form wrap too; narrower still — English in large text in a window 1,100 px wide —
        # the form goes under the status and the pages scanned under the material, in their cells)
        tables.fit(self, text=(NAME, NOTE), wrap=(STATE, FORM), merge={STATE: (FORM,), NAME: (PAGES,)})

    def materials(self) -> MaterialsModel:
        model = self.model()
        assert isinstance(model, MaterialsModel)
        return model

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentIndex().row()
        model = self.materials()
        actions: dict[Qt.Key, Callable[[], None]] = {
            Qt.Key.Key_Space: lambda: model.cycle(row),
            Qt.Key.Key_D: lambda: self._defective(row),
            Qt.Key.Key_S: lambda: self.capture_requested.emit(row),
        }
        for key, form in FORM_KEYS.items():
            actions[key] = lambda form=form: model.set_form(row, form)  # type: ignore[misc]
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if row >= 0 and key in actions and mods == Qt.KeyboardModifier.NoModifier:
            actions[key]()
            event.accept()
            return
        super().keyPressEvent(event)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() == PAGES:
            self.capture_requested.emit(index.row())

    def _defective(self, row: int) -> None:
        self.materials().mark_defective(row)
        index = self.materials().index(row, NOTE)
        self.setCurrentIndex(index)
        self.edit(index)
