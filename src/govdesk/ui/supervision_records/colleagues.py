"""The 同事记录 page: the other supervisors' 现场巡查, 卷宗评查 and 差评跟进 of this center, read from the central
server (read-only; the center checks the role and keeps every read to the caller's center). The list is newest
first, read a page at a time as the supervisor scrolls (the center's keyset pages; "共 N 条，已显示 K 条"); the record
chosen is shown in full on the right, with its photos when the center has them.

Every call goes through the operations gateway's network lane; an unreachable center or a missing login is said on
the page in words (the records live at the center only).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from govdesk.domain.clock import minute_text
from govdesk.services.errors import GovdeskError
from govdesk.services.supervision_colleagues import (
    FILE_REVIEW,
    FOLLOW_UP,
    INSPECTION,
    ColleagueDetail,
    ColleagueEntry,
    ColleagueList,
    ColleaguePager,
    ColleagueRecords,
)
from govdesk.ui import reflow, tables
from govdesk.ui.i18n import QT_TRANSLATE_NOOP, say
from govdesk.ui.operations import Lane, operations_for
from govdesk.ui.rows_model import Index, RowsTableModel
from govdesk.ui.supervision_records.common import MessageLine

CONTEXT = "Supervision"


class ColleaguesModel(RowsTableModel):
    """The entries read so far. When the view wants more (Qt's ``canFetchMore``/``fetchMore``) the model emits
    ``more_wanted(object pager)`` and the page reads the next page through the gateway (never on the GUI thread),
    then hands it back with ``append_page``."""

    more_wanted = Signal(object)  # ColleaguePager
    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("Supervision", "类别"),
        QT_TRANSLATE_NOOP("Supervision", "记录人"),
        QT_TRANSLATE_NOOP("Supervision", "中心收到"),
        QT_TRANSLATE_NOOP("Supervision", "状态"),
        QT_TRANSLATE_NOOP("Supervision", "办件/版本"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.pager: ColleaguePager | None = None  # reads the next page; None: every entry is held
        self.loading = False  # a page asked for and not back yet (asked once)

    def set_first_page(self, found: ColleagueList) -> None:
        self.set_rows(list(found.entries))
        self.total = max(found.total, len(self.rows))
        self.pager = found.pager if found.more else None
        self.loading = False

    def append_page(self, pager: ColleaguePager, found: ColleagueList) -> bool:
        """The page ``pager`` read; False (nothing changed) when the list was read again meanwhile."""
        if pager is not self.pager:
            return False
        self.loading = False
        self.pager = pager if found.more else None
        if found.entries:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(found.entries) - 1)
            self.rows.extend(found.entries)
            self.endInsertRows()
        self.total = max(found.total, len(self.rows))
        return True

    def fetch_failed(self) -> None:
        self.loading = False  # asked again when the view next wants more

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.pager is not None and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self.pager is not None:
            self.loading = True
            self.more_wanted.emit(self.pager)

    def cell(self, row: ColleagueEntry, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (row.kind_label, row.author_name, minute_text(row.at), row.state, row.about)
        return say(values[column])  # the service's words in the UI language; data as it is


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
        tables.scrolls_upright(self.view)  # (read a page at a time as it scrolls: upright only; ui/tables.py)
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
        self.model.more_wanted.connect(self._fetch_more)

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
        self.model.set_first_page(found)
        self._count()
        self._show(None)

    def _fetch_more(self, pager: ColleaguePager) -> None:
        """The next page, asked by the list as it scrolls to its end (off the GUI thread; one at a time)."""
        service = self.service()
        if service is None:
            self.model.fetch_failed()
            return

        def arrived(found: ColleagueList) -> None:
            if self.model.append_page(pager, found):
                self._count()

        def failed(error: GovdeskError) -> None:
            self.model.fetch_failed()
            self.message.refused(error)

        operations_for(self).run(
            self, lambda: service.next_page(pager), success=arrived, failure=failed, lane=Lane.NETWORK
        )

    def _count(self) -> None:
        """How many the center holds and how many are shown ("共 N 条，已显示 K 条"), as of the first page."""
        held, total = len(self.model.rows), self.model.total
        text = self.tr("中心服务器上同事的记录共 {n} 条").format(n=total)
        if held < total:
            text += self.tr("，已显示 {k} 条（向下滚动读取其余）").format(k=held)
        if self.shown is not None:
            text += self.tr("，截至 {time}").format(time=minute_text(self.shown.as_of))
        self.message.say(text)

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
        self.text.setPlainText("\n".join(say(line) for line in (detail.title, "", *detail.lines)))
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
