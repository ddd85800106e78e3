"""情形引导: the situation questions of the chosen items as radio groups (a combo when there are many options).

A question shared by several items of a bundle (same key) is asked once. Answers go into the draft at once and the
page recomputes the materials (regulation 002, 三 (一): the materials follow the applicant's situation).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from govdesk.domain.catalog import ServiceItem, SituationQuestion
from govdesk.ui import reflow

#: Up to this many options are shown as radio buttons; more go into a combo box.
MAX_RADIOS = 4


class SituationPanel(QWidget):
    """The questions of the current items.

    Signals:
        answer_changed(str, str): the clerk answered question ``key`` with option ``value``.
    """

    answer_changed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._groups: dict[str, QButtonGroup | QComboBox] = {}
        self._signature: tuple[str, ...] = ()
        self._empty = QLabel(self.tr("所选事项没有需要选择的情形"), self)
        self._empty.setWordWrap(True)  # (never wider than the form: English in large text at 1,100 px)
        self._layout.addWidget(self._empty)

    @staticmethod
    def questions_of(items: Sequence[ServiceItem]) -> list[SituationQuestion]:
        seen: dict[str, SituationQuestion] = {}
        for item in items:
            for q in item.questions:
                seen.setdefault(q.key, q)
        return list(seen.values())

    def set_items(self, items: Sequence[ServiceItem], answers: Mapping[str, str]) -> None:
        questions = self.questions_of(items)
        signature = tuple(q.key for q in questions)
        if signature != self._signature:
            self._rebuild(questions)
            self._signature = signature
        self.set_answers(answers)

    def _rebuild(self, questions: list[SituationQuestion]) -> None:
        while self._layout.count() > 1:
            layout_item = self._layout.takeAt(1)
            widget = layout_item.widget() if layout_item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleted later, it was still drawn over the "no situations" line meanwhile
                widget.deleteLater()
        self._groups.clear()
        self._empty.setVisible(not questions)
        for q in questions:
            row = QWidget(self)
            row.setObjectName(f"situation_{q.key}")
            box = QHBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            label = QLabel(q.text, row)
            label.setWordWrap(True)
            box.addWidget(label, 2)
            if len(q.options) <= MAX_RADIOS:
                group = QButtonGroup(row)
                for i, opt in enumerate(q.options):
                    radio = QRadioButton(opt.label, row)
                    radio.setObjectName(f"situation_{q.key}_{opt.value}")
                    radio.setProperty("optionValue", opt.value)
                    group.addButton(radio, i)
                    box.addWidget(radio)
                group.idClicked.connect(lambda i, key=q.key, g=group: self._radio_clicked(key, g, i))
                self._groups[q.key] = group
                label.setBuddy(group.buttons()[0])
            else:
                combo = QComboBox(row)
                combo.setObjectName(f"situation_{q.key}")
                for opt in q.options:
                    combo.addItem(opt.label, opt.value)
                combo.activated.connect(lambda i, key=q.key, c=combo: self.answer_changed.emit(key, c.itemData(i)))
                self._groups[q.key] = combo
                label.setBuddy(combo)
                box.addWidget(combo, 3)
            box.addStretch(1)
            self._layout.addWidget(row)
            reflow.side_by_side(box)  # (narrow: the options under the question; 适老化, ui/reflow.py)

    def _radio_clicked(self, key: str, group: QButtonGroup, index: int) -> None:
        button = group.button(index)
        if button is not None:
            self.answer_changed.emit(key, str(button.property("optionValue")))

    def set_answers(self, answers: Mapping[str, str]) -> None:
        for key, widget in self._groups.items():
            value = answers.get(key, "")
            if isinstance(widget, QComboBox):
                i = widget.findData(value)
                if i >= 0:
                    widget.setCurrentIndex(i)
                continue
            for button in widget.buttons():
                if button.property("optionValue") == value and not button.isChecked():
                    button.setChecked(True)
