"""The lists page (容缺承诺、延后告知与第三十二条、两次告知) and the 好差评 page of the supervision workspace; both
show the ``Dashboard`` the dashboard page loaded. Double-clicking a row asks for the case view.

Signals: ``case_requested(str)``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from govdesk.domain.clock import minute_text
from govdesk.services.supervision_types import Dashboard
from govdesk.ui import reflow
from govdesk.ui.supervision.dashboard import table
from govdesk.ui.supervision.models import RatingsModel, promises_model, twice_model, undecided_model


class ListsPage(QWidget):
    case_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.promises_model = promises_model(self)
        self.undecided_model = undecided_model(self)
        self.twice_model = twice_model(self)
        layout = QVBoxLayout(self)  # (each table as tall as its rows: the page scrolls, ui/tables.py)
        # (narrow: the case numbers wrap after their centre code; narrower still, the applicant goes under the case
        # number in its cell, ui/tables.py)
        for title, model, name, text, wrap in (
            (self.tr("容缺受理承诺（未履行）"), self.promises_model, "promisesTable", (1, 5), (0,)),
            (
                self.tr("延后告知逾期、行政许可法第三十二条五日将满"),
                self.undecided_model,
                "undecidedTable",
                (1, 5),
                (0,),
            ),
            (
                self.tr("一次告知不到位（第二次告知了第一次未列出的材料）"),
                self.twice_model,
                "twiceTable",
                (4, 5, 6),
                (0, 1),
            ),
        ):
            box, inside = titled_box(title)
            inside.addWidget(table(model, name, self._open, text=text, wrap=wrap, merge={0: (2,)}))
            layout.addWidget(box)
        layout.addStretch(1)

    def show_dashboard(self, dashboard: Dashboard) -> None:
        self.promises_model.set_rows(list(dashboard.promises))
        self.undecided_model.set_rows(list(dashboard.undecided))
        self.twice_model.set_rows(list(dashboard.twice_notified))

    def _open(self, index: QModelIndex) -> None:
        case_id = index.model().data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None
        if case_id:
            self.case_requested.emit(str(case_id))


def titled_box(title: str) -> tuple[QGroupBox, QVBoxLayout]:
    """A group under a title that wraps (a group box is never narrower than its own title: in English in large text
    a long one alone was wider than the page); the title is the group's accessible name as well. Returns the box
    and its layout, the title first in it."""
    box = QGroupBox()
    box.setAccessibleName(title)
    heading = QLabel(title)
    heading.setWordWrap(True)
    heading.setObjectName("boxTitle")
    layout = QVBoxLayout(box)
    layout.addWidget(heading)
    return box, layout


class RatingsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by_window = RatingsModel(self)
        self.by_clerk = RatingsModel(self)
        self.by_item = RatingsModel(self)
        self.bad = QLabel()
        self.bad.setObjectName("badRatingsLabel")
        self.bad.setWordWrap(True)
        self.bad.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        for title, model, name in (
            (self.tr("按窗口"), self.by_window, "ratingsByWindow"),
            (self.tr("按工作人员"), self.by_clerk, "ratingsByClerk"),
            (self.tr("按事项"), self.by_item, "ratingsByItem"),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(table(model, name, text=(0,)))
            row.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        reflow.side_by_side(row)  # (narrow: the three tables one under another; 适老化, ui/reflow.py)
        box, inside = titled_box(self.tr("差评（须调查核实、督促整改并反馈，条例第五十二条）"))
        inside.addWidget(self.bad)
        layout.addWidget(box)
        layout.addStretch(1)

    def show_dashboard(self, dashboard: Dashboard) -> None:
        self.by_window.set_rows(list(dashboard.ratings_by_window))
        self.by_clerk.set_rows(list(dashboard.ratings_by_clerk))
        self.by_item.set_rows(list(dashboard.ratings_by_item))
        lines = [
            self.tr("{at} {case_no}（{item}，{window} {clerk}）：{rating} 分 {reasons} {comment}").format(
                at=minute_text(b.at),
                case_no=b.case_no,
                item=b.item_name,
                window=b.window,
                clerk=b.clerk_name,
                rating=b.rating,
                reasons="、".join(b.reasons),
                comment=b.comment,
            )
            for b in dashboard.bad_ratings
        ]
        self.bad.setText("\n".join(lines) or self.tr("本时段没有差评"))
