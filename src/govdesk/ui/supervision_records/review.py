"""The 卷宗评查 page: draw a sample of the cases finished in a period from a seed the reviewers agree on (a second
reviewer with the same seed draws the same files), open each file, and record 合格 / 基本合格 / 不合格 with the
problems found (regulation 000 Art. 51).

Signals: ``case_requested(str)`` — open the case view of the selected file.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govdesk.domain.clock import CST
from govdesk.domain.file_review import REVIEW_ISSUES, FileReview, ReviewFinding, Verdict, issue_label
from govdesk.services.supervision_records import Saved, SupervisionRecords
from govdesk.ui import reflow, tables
from govdesk.ui.i18n import say
from govdesk.ui.operations import operations_for
from govdesk.ui.supervision_records.common import MessageLine


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class FileReviewPage(QWidget):
    """See the module docstring."""

    case_requested = Signal(str)

    def __init__(self, service: SupervisionRecords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.review: FileReview | None = None
        self.labels: dict[str, tuple[str, str, str]] = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        today = service.clock.now().astimezone(CST).date()
        self.seed = QLineEdit(self)
        self.seed.setObjectName("reviewSeed")
        self.seed.setPlaceholderText(
            self.tr("例如：{month} 第一组（第二位评查人用同一种子抽到同样的卷宗）").format(
                month=self.tr("{year}年{month}月").format(year=today.year, month=f"{today.month:02d}")
            )
        )
        last_month_end = today.replace(day=1) - timedelta(days=1)  # the usual period: last month
        self.start = QDateEdit(_qdate(last_month_end.replace(day=1)), self)
        self.end = QDateEdit(_qdate(last_month_end), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.sample_size = QSpinBox(self)
        self.sample_size.setRange(1, 200)
        self.sample_size.setValue(10)
        self.draw_button = QPushButton(self.tr("抽取卷宗(&D)"), self)
        self.draw_button.setObjectName("drawSampleButton")
        form.addRow(self.tr("抽样种子："), self.seed)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("至"), self))
        period.addWidget(self.end)
        period.addWidget(QLabel(self.tr("办结的办件中抽取"), self))
        period.addWidget(self.sample_size)
        period.addWidget(QLabel(self.tr("件"), self))
        period.addWidget(self.draw_button)
        period.addStretch(1)
        form.addRow(self.tr("范围："), period)
        layout.addLayout(form)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("sampleTable")
        headers = [self.tr("办件编号"), self.tr("申请人"), self.tr("状态"), self.tr("评查结论")]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tables.fit(self.table)  # (the sample: every case shown, the page scrolls; ui/tables.py)
        layout.addWidget(self.table)
        finding = QHBoxLayout()
        self.verdict = QComboBox(self)
        self.verdict.setObjectName("verdictCombo")
        for v in Verdict:
            self.verdict.addItem(say(v.label), v.value)
        self.issues = QListWidget(self)
        self.issues.setObjectName("issuesList")
        tables.fit(self.issues)  # (every issue shown, wrapped)
        for issue in REVIEW_ISSUES:
            item = QListWidgetItem(say(issue_label(issue)), self.issues)
            item.setData(Qt.ItemDataRole.UserRole, issue)  # what the finding records
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.note = QLineEdit(self)
        self.note.setObjectName("reviewNote")
        self.note.setPlaceholderText(self.tr("情况说明"))
        self.record_button = QPushButton(self.tr("记录结论(&R)"), self)
        self.record_button.setObjectName("recordFindingButton")
        self.open_button = QPushButton(self.tr("查看卷宗(&O)"), self)
        side = QVBoxLayout()
        side.addWidget(self.verdict)
        side.addWidget(self.note)
        side.addWidget(self.record_button)
        side.addWidget(self.open_button)
        finding.addWidget(self.issues, 1)
        finding.addLayout(side)
        layout.addLayout(finding)
        for line in (period, finding):  # (narrow: stacked, a label above its field; 适老化, ui/reflow.py)
            reflow.side_by_side(line)
        reflow.wrap_forms(self)
        self.message = MessageLine("reviewMessage", self)
        layout.addWidget(self.message)
        self.draw_button.clicked.connect(self.draw)
        self.record_button.clicked.connect(self.record)
        self.open_button.clicked.connect(self._open_case)
        self._show()

    def draw(self) -> None:
        seed, size = self.seed.text(), self.sample_size.value()
        start, end = _date(self.start.date()), _date(self.end.date())
        operations_for(self).run(
            self,
            lambda: self.service.start_review(seed, start, end, size),
            success=self._drawn,
            failure=self.message.refused,
        )

    def _drawn(self, review: FileReview) -> None:
        self.review = review
        self.labels = operations_for(self).query(self, lambda: self.service.case_labels(review.sample)) or {}
        self._show()
        self.message.say(self.tr("已抽取 {n} 件卷宗（种子：{seed}）").format(n=len(review.sample), seed=review.seed))

    def _show(self) -> None:
        review = self.review
        sample = review.sample if review is not None else ()
        self.table.setRowCount(len(sample))
        for r, case_id in enumerate(sample):
            case_no, name, state = self.labels.get(case_id, (case_id[:8], "", ""))
            found = review.findings.get(case_id) if review is not None else None
            verdict = say(found.verdict.label) if found is not None else self.tr("未评查")
            for c, text in enumerate((case_no, name, state, verdict)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, case_id)
                self.table.setItem(r, c, item)
        done = review is not None and not review.remaining()
        self.record_button.setEnabled(review is not None and not done)
        self.open_button.setEnabled(review is not None)

    def selected_case(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def record(self) -> None:
        review, case_id = self.review, self.selected_case()
        if review is None or case_id is None:
            self.message.say(self.tr("请先在列表中选择一件卷宗"), error=True)
            return
        items = [self.issues.item(i) for i in range(self.issues.count())]
        ticked = tuple(
            str(i.data(Qt.ItemDataRole.UserRole))
            for i in items
            if i is not None and i.checkState() == Qt.CheckState.Checked
        )
        finding = ReviewFinding(case_id, Verdict(self.verdict.currentData()), ticked, self.note.text())
        operations_for(self).run(
            self,
            lambda: self.service.record_finding(review.review_id, finding),
            success=self._recorded,
            failure=self.message.refused,
        )

    def _recorded(self, saved: Saved) -> None:
        self.review = operations_for(self).query(self, lambda: self.service.review(saved.record_id))
        self.note.clear()
        for i in range(self.issues.count()):
            item = self.issues.item(i)
            if item is not None:
                item.setCheckState(Qt.CheckState.Unchecked)
        self._show()
        left = len(self.review.remaining()) if self.review is not None else 0
        self.message.say(
            self.tr("已记录。还有 {n} 件未评查。").format(n=left) if left else self.tr("本次评查已全部完成。")
        )

    def _open_case(self) -> None:
        case_id = self.selected_case()
        if case_id is not None:
            self.case_requested.emit(case_id)
