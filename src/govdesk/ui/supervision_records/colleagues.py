"""The 同事记录 page: the other supervisors' 现场巡查, 卷宗评查 and 差评跟进 of this center, read from the central
server (read-only; the center checks the role and keeps every read to the caller's center). The list is newest
first; the record chosen is shown in full on the right, with its photos when the center has them.

Every call goes through the operations gateway's network lane; an unreachable center or a missing login is said on
the page in words (the records live at the center only).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from govdesk.services.supervision_colleagues import (
    FILE_REVIEW,
    FOLLOW_UP,
    INSPECTION,
    ColleagueDetail,
    ColleagueEntry,
    ColleagueList,
    ColleagueRecords,
)
from govdesk.ui import reflow
from govdesk.ui.i18n import QT_TRANSLATE_NOOP
from govdesk.ui.operations import Lane, operations_for
from govdesk.ui.rows_model import RowsTableModel
from govdesk.ui.supervision_records.common import MessageLine

CONTEXT = "Supervision"


class ColleaguesModel(RowsTableModel):
    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("Supervision", "类别"),
        QT_TRANSLATE_NOOP("Supervision", "记录人"),
        QT_TRANSLATE_NOOP("Supervision", "中心收到"),
        QT_TRANSLATE_NOOP("Supervision", "状态"),
        QT_TRANSLATE_NOOP("Supervision", "办件/版本"),
    )

    def cell(self, row: ColleagueEntry, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (row.kind_label, row.author_name, row.at.strftime("%Y-%m-%d %H:%M"), row.state, row.about)
        return values[column]


class ColleaguesPage(QWidget):
    """See the module docstring. ``service()`` gives the reader (None: this PC has no central server set)."""

    def __init__(self, service: Callable[[], ColleagueRecords | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.shown: ColleagueList | None = None
        self.detail: ColleagueDetail | None = None
        self.photos: dict[str, bytes] = {}
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kind = QComboBox(self)
        self.kind.setObjectName("colleaguesKind")
        for text, value in (
            (self.tr("全部"), ""),
            (self.tr("现场巡查"), INSPECTION),
            (self.tr("卷宗评查"), FILE_REVIEW),
            (self.tr("差评跟进"), FOLLOW_UP),
        ):
            self.kind.addItem(text, value)
        self.refresh_button = QPushButton(self.tr("刷新"), self)
        self.refresh_button.setObjectName("colleaguesRefresh")
        bar.addWidget(QLabel(self.tr("类别："), self))
        bar.addWidget(self.kind)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.message = MessageLine("colleaguesMessage", self)
        layout.addWidget(self.message)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.model = ColleaguesModel(self)
        self.view = QTableView(split)
        self.view.setObjectName("colleaguesTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.clicked.connect(self._chosen)
        self.view.activated.connect(self._chosen)
        split.addWidget(self.view)
        right = QWidget(split)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.text = QTextBrowser(right)
        self.text.setObjectName("colleaguesDetail")
        self.text.setPlaceholderText(self.tr("选择左侧的一条记录查看（只读）"))
        rl.addWidget(self.text, 3)
        self.photo_strip = QWidget(right)
        self.photo_row = QHBoxLayout(self.photo_strip)
        self.photo_row.addStretch(1)
        scroll = QScrollArea(right)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.photo_strip)
        scroll.setMinimumHeight(self.fontMetrics().height() * 8)
        rl.addWidget(scroll, 1)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 4)
        layout.addWidget(split, 1)
        scroll.setProperty("govdeskScrollsSideways", True)  # (a strip of photos scrolls along)
        for line in (bar, split):  # (narrow: stacked; 适老化, ui/reflow.py)
            reflow.side_by_side(line)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        service = self.service()
        if service is None:
            words = self.tr("本机未设置中心服务器：同事的记录只保存在中心服务器，设置并登录后可查看")
            self.message.say(words, error=True)
            return
        kind = str(self.kind.currentData() or "") or None
        operations_for(self).run(
            self,
            lambda: service.entries(kind),
            success=self._listed,
            failure=self.message.refused,
            label=self.tr("正在向中心服务器取同事的记录…"),
            lane=Lane.NETWORK,
        )

    def _listed(self, found: ColleagueList) -> None:
        self.shown = found
        self.model.set_rows(list(found.entries))
        more = self.tr("（只列出最近的，更早的请按类别查看）") if found.more else ""
        self.message.say(
            self.tr("中心服务器上同事的记录 {n} 条，截至 {time}{more}").format(
                n=len(found.entries), time=found.as_of.strftime("%Y-%m-%d %H:%M"), more=more
            )
        )
        self._show(None)

    def _chosen(self, index: QModelIndex) -> None:
        service = self.service()
        if not index.isValid() or service is None:
            return
        entry: ColleagueEntry = self.model.rows[index.row()]
        operations_for(self).run(
            self,
            lambda: service.detail(entry),
            success=self._show,
            failure=self.message.refused,
            label=self.tr("正在取这条记录…"),
            lane=Lane.NETWORK,
        )

    def _show(self, detail: ColleagueDetail | None) -> None:
        self.detail = detail
        self._clear_photos()
        if detail is None:
            self.text.clear()
            return
        self.text.setPlainText("\n".join((detail.title, "", *detail.lines)))
        service = self.service()
        if detail.photos and service is not None:
            wanted = detail.photos
            operations_for(self).run(
                self,
                lambda: service.photos(wanted),
                success=self._show_photos,
                failure=self.message.refused,
                lane=Lane.NETWORK,
            )

    def _clear_photos(self) -> None:
        self.photos = {}
        while self.photo_row.count() > 1:
            item = self.photo_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _show_photos(self, photos: dict[str, bytes]) -> None:
        self._clear_photos()
        self.photos = photos
        side = self.fontMetrics().height() * 7
        for digest, data in photos.items():
            label = QLabel(self.photo_strip)
            label.setObjectName(f"photo-{digest[:12]}")
            pixmap = QPixmap()
            if pixmap.loadFromData(data):
                label.setPixmap(pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
            else:
                label.setText(self.tr("（照片无法显示）"))
            label.setToolTip(digest)
            self.photo_row.insertWidget(self.photo_row.count() - 1, label)
            label.show()
