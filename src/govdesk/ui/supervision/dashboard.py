"""The supervision dashboard page: a period (今日/本周/本月/自定义), the figures per window and per clerk, and the
超期预警 cards; the lists page and the ratings page show the rest of the same ``Dashboard``.

Every service call goes through the operations gateway (``ui/operations.py``). The page says whose figures it
shows (本机缓存 or 中心服务器) and as of when.

Signals: ``dashboard_loaded(Dashboard)`` after each refresh; ``case_requested(str)`` when a row is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from govdesk.domain.clock import minute_text
from govdesk.services.supervision import SupervisionService, period_for
from govdesk.services.supervision_types import (
    Dashboard,
    GroupBy,
    Level,
    Period,
    PeriodKind,
    WarningCard,
)
from govdesk.ui import reflow, tables
from govdesk.ui.i18n import error_text, say
from govdesk.ui.operations import Lane, operations_for
from govdesk.ui.rows_model import RowsTableModel
from govdesk.ui.supervision.models import FiguresModel, WarningGroupsModel, WarningsModel


def table(
    model: RowsTableModel,
    name: str,
    opened: Callable[[QModelIndex], None] | None = None,
    *,
    text: tuple[int, ...] | None = None,
    most: int = 0,
    wrap: tuple[int, ...] = (),
    merge: dict[int, tuple[int, ...]] | None = None,
) -> QTableView:
    """A read-only table of the page: its columns fit and ``text`` (default the last) wraps, never a sideways scroll
    bar; as tall as its rows (``most``: as tall as that many at most; ``ui/tables.py``)."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(False)
    view.verticalHeader().setVisible(False)
    tables.fit(view, text=text, most=most, wrap=wrap, merge=merge)
    if opened is not None:
        view.doubleClicked.connect(opened)
    return view


class DashboardPage(QWidget):
    dashboard_loaded = Signal(object)  # Dashboard
    case_requested = Signal(str)  # case_id
    export_requested = Signal()
    remind_requested = Signal(object)  # WarningCard

    def __init__(
        self,
        service: Callable[[], SupervisionService],
        loader: Callable[[SupervisionService, Period], Dashboard] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        #: How the figures are fetched: the window's own store (default), or the center's server with the store as
        #: the cache (``services.supervision_center.dashboard``, on the network lane).
        self.loader = loader
        self.dashboard: Dashboard | None = None
        self.failed = ""  # the last refusal said on the page
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.period = QComboBox()
        self.period.setObjectName("periodCombo")
        for kind, text in (
            (PeriodKind.DAY, self.tr("今日")),
            (PeriodKind.WEEK, self.tr("本周")),
            (PeriodKind.MONTH, self.tr("本月")),
            (PeriodKind.RANGE, self.tr("自定义时段")),
        ):
            self.period.addItem(text, kind.value)
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setVisible(False)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.setObjectName("refreshButton")
        self.export_button = QPushButton(self.tr("导出报表…"))
        self.export_button.setObjectName("exportButton")
        self.source = QLabel()
        self.source.setObjectName("sourceLabel")
        bar.addWidget(QLabel(self.tr("时段：")))
        bar.addWidget(self.period)
        bar.addWidget(self.first)
        bar.addWidget(QLabel("—"))
        bar.addWidget(self.last)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.export_button)
        bar.addStretch(1)
        # (narrow, as in large text at 1366×768: the source goes under the period, wrapped; ``ui/reflow.py``)
        top = QHBoxLayout()
        top.addLayout(bar)
        top.addWidget(self.source, 1)
        self.source.setWordWrap(True)
        layout.addLayout(top)

        self.summary = QLabel()
        self.summary.setObjectName("summaryLabel")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.windows_model = FiguresModel(self)
        self.clerks_model = FiguresModel(self)
        self.warnings_model = WarningsModel(self)
        split = QSplitter(Qt.Orientation.Vertical)
        figures = QGroupBox(self.tr("各窗口、各工作人员办件量"))
        fl = QHBoxLayout(figures)
        at_top = Qt.AlignmentFlag.AlignTop  # (each as tall as its rows: side by side, their tops in line)
        # (narrow, as in English in large text: each folded in two, the window and clerk repeated; ui/tables.py)
        fl.addWidget(tables.fold(table(self.windows_model, "windowsTable"), keep=2), 0, at_top)
        fl.addWidget(tables.fold(table(self.clerks_model, "clerksTable"), keep=2), 0, at_top)
        split.addWidget(figures)
        # (the colours' meaning under the title, wrapped: a group box is never narrower than its title)
        cards = QGroupBox(self.tr("超期预警"))
        cl = QVBoxLayout(cards)
        legend = QLabel(self.tr("红牌：已超期；黄牌：承诺时限已过大半；环节超时：后台未按时认领。"))
        legend.setObjectName("warningsLegend")
        legend.setWordWrap(True)
        cl.addWidget(legend)
        grouping = QHBoxLayout()
        self.group_by = QComboBox()
        self.group_by.setObjectName("warningGroupBy")
        for by, text in (
            (None, self.tr("不分组")),
            (GroupBy.DEPARTMENT, self.tr("按部门")),
            (GroupBy.CLERK, self.tr("按经办人")),
            (GroupBy.ITEM, self.tr("按事项")),
        ):
            self.group_by.addItem(text, by.value if by is not None else "")
        grouping.addWidget(QLabel(self.tr("分组：")))
        grouping.addWidget(self.group_by)
        grouping.addStretch(1)
        cl.addLayout(grouping)
        self.groups_model = WarningGroupsModel(self)
        cards_split = QSplitter(Qt.Orientation.Horizontal)
        # (the cards: a county has thousands, fetched as the table scrolls; ten rows shown, the rest scroll upright)
        self.groups_view = table(self.groups_model, "warningGroupsTable", text=(0,), most=10)
        self.groups_view.setVisible(False)
        self.groups_view.setAccessibleName(self.tr("超期预警分组及件数"))
        # (narrow: the case number wraps; narrower still, the applicant goes under it and the department under the
        # item, in their cells; ui/tables.py)
        self.warnings_view = table(
            self.warnings_model, "warningsTable", self._open, text=(2, 7), most=10, wrap=(1,), merge={1: (5,), 2: (3,)}
        )
        cards_split.addWidget(self.groups_view)
        cards_split.addWidget(self.warnings_view)
        cards_split.setStretchFactor(0, 1)  # a third: a clerk's name and window and four counts in large text
        cards_split.setStretchFactor(1, 2)
        cl.addWidget(cards_split)
        #: the group whose cards are shown: (by, key); None: every card
        self.chosen_group: tuple[GroupBy, str] | None = None
        self._choosing = False
        self.by_department = QLabel()
        self.by_department.setObjectName("byDepartmentLabel")
        self.by_department.setWordWrap(True)
        cl.addWidget(self.by_department)
        actions = QHBoxLayout()
        self.open_button = QPushButton(self.tr("查看办件"))
        self.open_button.setObjectName("openCaseButton")
        self.remind_button = QPushButton(self.tr("短信提醒经办人…"))
        self.remind_button.setObjectName("remindButton")
        actions.addWidget(self.open_button)
        actions.addWidget(self.remind_button)
        actions.addStretch(1)
        cl.addLayout(actions)
        split.addWidget(cards)
        split.setStretchFactor(1, 1)  # (the figures as tall as their rows; the cards get the rest)
        layout.addWidget(split, 1)
        for row in (top, fl, actions):
            reflow.side_by_side(row)

        self.period.currentIndexChanged.connect(self._period_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export_requested)
        self.open_button.clicked.connect(lambda: self._open(self.warnings_view.currentIndex()))
        self.remind_button.clicked.connect(self._remind)
        self.group_by.currentIndexChanged.connect(self._grouping_changed)
        self.groups_view.selectionModel().currentRowChanged.connect(self._group_row_chosen)

    def _period_changed(self) -> None:
        custom = self.period.currentData() == PeriodKind.RANGE.value
        for edit in (self.first, self.last):
            edit.setVisible(custom)
        if custom:
            today = self.service().today()
            self.first.setDate(QDate(today.year, today.month, 1))
            self.last.setDate(QDate(today.year, today.month, today.day))
        else:
            self.refresh()

    def _chosen(self) -> tuple[PeriodKind, date, date]:
        kind = PeriodKind(self.period.currentData())
        first = date.fromisoformat(self.first.date().toString("yyyy-MM-dd"))
        last = date.fromisoformat(self.last.date().toString("yyyy-MM-dd"))
        return kind, first, last

    def refresh(self) -> None:
        """Load the figures of the chosen period through the gateway: a range that is not one is said on the page
        like any other refusal (``show_failure``), and what was shown stays."""
        service = self.service()
        kind, first, last = self._chosen()
        loader = self.loader
        if loader is None:
            operations_for(self).run(
                self,
                lambda: service.dashboard(period_for(kind, service.today(), first, last)),
                success=self.show_dashboard,
                failure=self.show_failure,
                label=self.tr("正在统计…"),
            )
            return
        operations_for(self).run(
            self,
            lambda: loader(service, period_for(kind, service.today(), first, last)),
            success=self.show_dashboard,
            failure=self.show_failure,
            label=self.tr("正在向中心服务器取数…"),
            lane=Lane.NETWORK,
        )

    def show_failure(self, error: Exception) -> None:
        """Said on the page, in words (a clerk of another role, a database problem); what was shown stays."""
        self.summary.setText(error_text(error))
        self.failed = error_text(error)

    def show_dashboard(self, dashboard: Dashboard) -> None:
        self.dashboard = dashboard
        self.windows_model.set_rows([*dashboard.by_window, dashboard.totals])
        self.clerks_model.set_rows(list(dashboard.by_clerk))
        self._show_groups(keep=self.chosen_group)
        self.source.setText(
            self.tr("数据来源：{source}，截至 {time}").format(
                source=say(dashboard.source), time=minute_text(dashboard.as_of)
            )
        )
        t = dashboard.totals
        self.summary.setText(
            self.tr(
                "{period}：收件 {intakes} 件，受理 {accepted} 件，容缺受理 {conditional} 件，一次性告知 {notices} 件，"
                "不予受理 {refusals} 件，出件 {handoffs} 件，待领取 {waiting} 件。"
                "超期预警：红牌 {red} 件，黄牌 {yellow} 件，环节超时 {step} 件。"
            ).format(
                period=say(dashboard.period.label),
                intakes=t.intakes,
                accepted=t.accepted,
                conditional=t.conditional,
                notices=t.notices,
                refusals=t.refusals,
                handoffs=t.handoffs,
                waiting=t.waiting,
                red=dashboard.count(Level.RED),
                yellow=dashboard.count(Level.YELLOW),
                step=dashboard.count(Level.STEP),
            )
        )
        self.dashboard_loaded.emit(dashboard)

    # --- the cards, grouped -------------------------------------------------------------------------------------

    def grouping(self) -> GroupBy | None:
        value = str(self.group_by.currentData() or "")
        return GroupBy(value) if value else None

    def _grouping_changed(self) -> None:
        self._show_groups(keep=None)

    def _show_groups(self, keep: tuple[GroupBy, str] | None) -> None:
        """The groups of the grouping chosen with their counts (none: every card); the group shown before stays
        chosen when it is still there, else every card is shown."""
        dashboard = self.dashboard
        if dashboard is None:
            return
        by = self.grouping()
        self.groups_view.setVisible(by is not None)
        chosen: tuple[GroupBy, str] | None = None
        if by is not None:
            self._choosing = True  # the row is chosen here: its signal shows nothing twice
            try:
                self.groups_model.set_groups(by, dashboard.groups(by))
                row = 0
                if keep is not None and keep[0] is by:
                    row = next((n for n, g in enumerate(self.groups_model.rows) if n and g.key == keep[1]), 0)
                self.groups_view.selectRow(row)
            finally:
                self._choosing = False
            chosen = (by, self.groups_model.rows[row].key) if row else None
        self._show_cards(chosen)

    def _group_row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        by = self.grouping()
        if by is None or not current.isValid() or self._choosing:
            return
        key = self.groups_model.rows[current.row()].key
        self._show_cards((by, key) if current.row() else None)

    def choose_group(self, by: GroupBy, key: str) -> None:
        """Show the cards of one group (as a click on its row does)."""
        self.group_by.setCurrentIndex(self.group_by.findData(by.value))
        row = next((n for n, g in enumerate(self.groups_model.rows) if n and g.key == key), None)
        if row is None:
            raise KeyError(key)
        self.groups_view.selectRow(row)

    def _show_cards(self, chosen: tuple[GroupBy, str] | None) -> None:
        """The cards of the group chosen (every card when None), most urgent first: the first at once, the rest
        made as the table scrolls (a county has thousands)."""
        dashboard = self.dashboard
        if dashboard is None:
            return
        self.chosen_group = chosen
        total, fetch = dashboard.warnings_of(*chosen) if chosen is not None else dashboard.warnings_of(None)
        self.warnings_model.set_source(total, lambda offset, limit: list(fetch(offset, limit)))
        if chosen is not None:
            group = next(g for g in self.groups_model.rows[1:] if g.key == chosen[1])  # (row 0: every card)
            self.by_department.setText(
                self.tr(
                    "{kind}“{name}”：共 {n} 件（红牌 {red} 件、黄牌 {yellow} 件、环节超时 {step} 件），最紧急的在前；"
                    "全部 {all} 件"
                ).format(
                    kind=self.groups_model.words(WarningGroupsModel.HEADINGS[chosen[0]]),
                    name=group.label,
                    n=total,
                    red=group.red,
                    yellow=group.yellow,
                    step=group.step,
                    all=dashboard.warning_total,
                )
            )
            return
        departments = "；".join(
            self.tr("{department} 红牌 {red} 件、黄牌 {yellow} 件").format(department=d, red=red, yellow=yellow)
            for d, red, yellow in dashboard.warnings_by_department
        )
        self.by_department.setText(
            self.tr("共 {n} 件，最紧急的在前。按部门：{departments}").format(
                n=dashboard.warning_total, departments=departments or self.tr("无")
            )
        )

    def current_card(self) -> WarningCard | None:
        index = self.warnings_view.currentIndex()
        if not index.isValid():
            return None
        card: WarningCard = self.warnings_model.rows[index.row()]
        return card

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            case_id = index.model().data(index, Qt.ItemDataRole.UserRole)
            if case_id:
                self.case_requested.emit(str(case_id))

    def _remind(self) -> None:
        card = self.current_card()
        if card is not None:
            self.remind_requested.emit(card)
