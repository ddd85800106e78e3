"""The result window page: scan or pick a result, notify by SMS, hand it over (window / proxy / EMS / locker) with
the collector's signature and the applicant's rating, print the 领取回执. Keyboard-first: the scan box has the focus,
Enter opens the case, Alt+1..4 pick the method, Ctrl+Enter hands over. Every rule is in ``HandoffService``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QSizePolicy, QTableWidgetItem, QWidget

from govdesk.domain.case import Agent, Case
from govdesk.domain.delivery import MailAddress
from govdesk.domain.evaluation import BAD_FROM, BAD_REASONS, rating_label
from govdesk.domain.identity import mask_id, mask_phone
from govdesk.domain.notices import Notice
from govdesk.domain.recompute import dates_note
from govdesk.services.evaluation import EvaluationError, EvaluationService
from govdesk.services.handoff import HandoffError, HandoffResult, HandoffService
from govdesk.ui.forms import form_class
from govdesk.ui.handoff.models import ReadyModel
from govdesk.ui.i18n import QT_TRANSLATE_NOOP

# The rating words of the domain (``rating_label``, ``BAD_REASONS``), marked so the page can show them in the UI
# language; the Chinese original is what is recorded (tests/ui/test_handoff.py checks both lists match).
RATING_WORDS = (
    QT_TRANSLATE_NOOP("HandoffPage", "非常满意"),
    QT_TRANSLATE_NOOP("HandoffPage", "满意"),
    QT_TRANSLATE_NOOP("HandoffPage", "基本满意"),
    QT_TRANSLATE_NOOP("HandoffPage", "不满意"),
    QT_TRANSLATE_NOOP("HandoffPage", "非常不满意"),
)
REASON_WORDS = (
    QT_TRANSLATE_NOOP("HandoffPage", "等候时间过长"),
    QT_TRANSLATE_NOOP("HandoffPage", "工作人员态度不好"),
    QT_TRANSLATE_NOOP("HandoffPage", "办事指南不清楚、一次告知不到位"),
    QT_TRANSLATE_NOOP("HandoffPage", "要求提交清单以外的材料"),
    QT_TRANSLATE_NOOP("HandoffPage", "超过承诺时限"),
    QT_TRANSLATE_NOOP("HandoffPage", "多次往返"),
    QT_TRANSLATE_NOOP("HandoffPage", "结果有错误"),
    QT_TRANSLATE_NOOP("HandoffPage", "其他"),
)


def _words(text: str) -> str:
    """A domain word marked above, in the UI language (unmarked words stay as they are)."""
    return QCoreApplication.translate("HandoffPage", text)


class HandoffPage(QWidget):
    """Signals: ``handed_off(str)`` — a case id was handed over; ``notice_ready(object)`` — a notice to print."""

    handed_off = Signal(str)
    notice_ready = Signal(object)

    def __init__(
        self,
        service: HandoffService,
        evaluation: EvaluationService | None = None,
        printer: Callable[[Notice], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.evaluation = evaluation
        self.printer = printer
        self.case: Case | None = None
        self.last_result: HandoffResult | None = None
        self.ui: Any = form_class("handoff", "Ui_HandoffPage")()
        self.ui.setupUi(self)
        self.model = ReadyModel(self)
        self.ui.readyTable.setModel(self.model)
        self.ui.readyTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.readyTable.verticalHeader().hide()
        self.ui.smsTable.setColumnCount(4)
        self.ui.smsTable.setHorizontalHeaderLabels([self.tr("类别"), self.tr("手机"), self.tr("状态"), self.tr("内容")])
        self.ui.smsTable.horizontalHeader().setStretchLastSection(True)
        self.ui.smsTable.verticalHeader().hide()
        self.ui.ratingCombo.addItem(self.tr("（未评价）"), 0)
        for r in range(1, 6):
            self.ui.ratingCombo.addItem(f"{r} {_words(rating_label(r))}", r)
        for reason in BAD_REASONS:
            item = QListWidgetItem(_words(reason), self.ui.reasonsList)
            item.setData(Qt.ItemDataRole.UserRole, reason)  # the recorded reason stays the domain's Chinese
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        fm = self.fontMetrics()
        self.ui.reasonsList.setMaximumHeight(fm.height() * 5)
        self.ui.smsTable.setMaximumHeight(fm.height() * 6)
        self.ui.leftPane.setMinimumWidth(fm.averageCharWidth() * 48)
        self.ui.smsTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.smsTable.setWordWrap(False)
        self.ui.smsTable.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.ui.detailScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        policy = self.ui.methodTabs.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Maximum)
        self.ui.methodTabs.setSizePolicy(policy)
        self.ui.splitter.setSizes([fm.averageCharWidth() * 60, fm.averageCharWidth() * 120])
        self._connect()
        self.refresh()
        self._show_case(None)

    def _connect(self) -> None:
        ui = self.ui
        ui.scanEdit.returnPressed.connect(self.open_from_scan)
        ui.refreshButton.clicked.connect(self.refresh)
        ui.readyTable.doubleClicked.connect(self._open_selected)
        ui.readyTable.activated.connect(self._open_selected)
        ui.notifyButton.clicked.connect(self.notify)
        ui.resendButton.clicked.connect(self.resend)
        ui.handOffButton.clicked.connect(self.hand_off)
        ui.clearSignatureButton.clicked.connect(ui.signaturePad.clear)
        ui.ratingCombo.currentIndexChanged.connect(self._rating_changed)
        ui.confirmButton.clicked.connect(self.confirm)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.hand_off)
        QShortcut(QKeySequence("F3"), self, lambda: ui.scanEdit.setFocus(Qt.FocusReason.ShortcutFocusReason))

    # --- list and opening ---

    def refresh(self) -> None:
        self.model.set_rows(self.service.ready())
        conflicts = self.service.conflicts()
        self.ui.conflictLabel.setText("\n".join(c.words for c in conflicts))
        self.ui.conflictLabel.setStyleSheet("color: #b00020;" if conflicts else "")

    def open_from_scan(self) -> None:
        """A notice's barcode or QR, or a number, ID, phone or name typed; a QR's signature is shown checked."""
        self.open_text(self.ui.scanEdit.text())

    def open_text(self, text: str) -> bool:
        try:
            opened = self.service.open_scanned(text)
        except HandoffError as error:
            self._say(str(error), error=True)
            return False
        self.ui.scanEdit.clear()
        self._show_case(opened.case)
        if opened.verdict:
            self._say(opened.verdict, error=not opened.authentic)
        return True

    def open_case(self, case_id: str) -> None:
        self._show_case(self.service.load(case_id))

    def _open_selected(self) -> None:
        index = self.ui.readyTable.currentIndex()
        if index.isValid():
            self.open_case(self.model.data(index, Qt.ItemDataRole.UserRole))

    def _show_case(self, case: Case | None) -> None:
        self.case = case
        ui = self.ui
        ui.signaturePad.clear()
        ui.ratingCombo.setCurrentIndex(0)
        for edit in (
            ui.idEdit,
            ui.proxyNameEdit,
            ui.proxyIdEdit,
            ui.proxyPhoneEdit,
            ui.authorizationEdit,
            ui.trackingEdit,
            ui.cellEdit,
            ui.commentEdit,
        ):
            edit.clear()
        for i in range(ui.reasonsList.count()):
            ui.reasonsList.item(i).setCheckState(Qt.CheckState.Unchecked)
        if case is None:
            ui.caseInfo.setText(self.tr("请扫描通知书条码或在左侧列表中选择待领取的结果。"))
            ui.blockedLabel.setText("")
            ui.smsTable.setRowCount(0)
            ui.handOffButton.setEnabled(False)
            return
        a = case.applicant
        unregistered = self.tr("（未登记）")
        lines = [
            self.tr("办件编号：{case_no}").format(case_no=case.case_no),
            self.tr("申请人：{name}  证件：{id}  手机：{phone}").format(
                name=a.name,
                id=mask_id(a.id_number) or unregistered,
                phone=mask_phone(a.phone) if a.phone else unregistered,
            ),
        ]
        if case.agent:
            lines.append(
                self.tr("代办人：{name}（{id}）").format(name=case.agent.name, id=mask_id(case.agent.id_number))
            )
        lines.append(
            self.tr("办理结果：{result}  状态：{state}").format(result=case.result_name or "—", state=case.state_label)
        )
        dates = dates_note(case)  # a date still 暂定, or moved when the year's holiday arrangement came (issue 10)
        if dates:
            lines.append(dates)
        ui.caseInfo.setText("\n".join(lines))
        blocked = self.service.blocked_reason(case)
        ui.blockedLabel.setText(blocked)
        ui.blockedLabel.setStyleSheet("color: #b00020; font-weight: bold;" if blocked else "")
        ui.handOffButton.setEnabled(not blocked)
        ui.recipientEdit.setText(a.name)
        ui.recipientPhoneEdit.setText(a.phone)
        ui.lockerInfo.setText(self.tr("存入后系统自动生成6位取件码，并以短信发送给申请人。"))
        self._show_sms()
        ui.idEdit.setFocus()
        ui.detailScroll.verticalScrollBar().setValue(0)

    def _show_sms(self) -> None:
        if self.case is None:
            return
        history = self.service.sms.history(self.case.case_id)
        table = self.ui.smsTable
        table.setRowCount(len(history))
        for row, h in enumerate(history):
            for col, text in enumerate((h.purpose_label, h.phone_masked, h.status_label, h.text)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, h.sms_id)
                table.setItem(row, col, item)
        for col in range(3):
            table.resizeColumnToContents(col)

    # --- actions ---

    def notify(self) -> None:
        if self.case is None:
            return
        try:
            self.service.notify_ready(self.case.case_id)
        except HandoffError as error:
            self._say(str(error), error=True)
            return
        self._show_sms()
        self._say(self.tr("领取通知短信已排队，联网后经中心发送。"))

    def resend(self) -> None:
        item = self.ui.smsTable.item(self.ui.smsTable.currentRow(), 0)
        if item is None:
            self._say(self.tr("请先在短信列表中选择要重发的短信"), error=True)
            return
        self.service.sms.resend(item.data(Qt.ItemDataRole.UserRole), self.service.window.actor.clerk_id)
        self._show_sms()
        self._say(self.tr("已重新排队发送。"))

    def _rating_changed(self) -> None:
        bad = (self.ui.ratingCombo.currentData() or 0) >= BAD_FROM
        self.ui.reasonsList.setEnabled(bad)
        self.ui.reasonsLabel.setEnabled(bad)

    def _rating(self) -> tuple[int, str, list[str]]:
        ui = self.ui
        reasons = [
            str(ui.reasonsList.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(ui.reasonsList.count())
            if ui.reasonsList.item(i).checkState() == Qt.CheckState.Checked
        ]
        return int(ui.ratingCombo.currentData() or 0), ui.commentEdit.text(), reasons

    def hand_off(self) -> None:
        if self.case is None or not self.ui.handOffButton.isEnabled():
            return
        ui = self.ui
        rating, comment, reasons = self._rating()
        if rating >= BAD_FROM and not reasons and not comment.strip():
            self._say(self.tr("差评请勾选或说明不满意的原因，以便核实整改"), error=True)
            return
        signature = ui.signaturePad.png_bytes() or None
        case_id = self.case.case_id
        tab = ui.methodTabs.currentWidget().objectName()
        try:
            if tab == "windowTab":
                result = self.service.hand_over_window(case_id, ui.idEdit.text(), signature)
            elif tab == "proxyTab":
                proxy = Agent(
                    ui.proxyNameEdit.text().strip(),
                    "111",
                    ui.proxyIdEdit.text().strip(),
                    ui.proxyPhoneEdit.text().strip(),
                    ui.authorizationEdit.text().strip(),
                )
                result = self.service.hand_over_proxy(case_id, proxy, signature)
            elif tab == "emsTab":
                address = MailAddress(
                    ui.recipientEdit.text(),
                    ui.recipientPhoneEdit.text(),
                    ui.provinceEdit.text(),
                    ui.cityEdit.text(),
                    ui.districtEdit.text(),
                    ui.streetEdit.text(),
                    ui.postcodeEdit.text(),
                )
                result = self.service.mail(case_id, address, ui.trackingEdit.text())
            else:
                result = self.service.put_in_locker(case_id, ui.cellEdit.text())
        except HandoffError as error:
            self._say(str(error), error=True)
            return
        self.last_result = result
        collector = result.case.handoff_details.get("collector_name", "")
        if collector:
            words = self.tr("办件 {case_no} 已出件（{collector}）。").format(
                case_no=result.case.case_no, collector=collector
            )
        else:  # EMS and locker: nobody collected it at the window
            words = self.tr("办件 {case_no} 已出件。").format(case_no=result.case.case_no)
        if rating and self.evaluation is not None:
            try:
                self.evaluation.rate(case_id, rating, comment, reasons)
                words += self.tr("评价：{label}。").format(label=_words(rating_label(rating)))
            except EvaluationError as error:
                words += self.tr("评价未记录：{error}").format(error=error)
        if result.receipt is not None:
            self.notice_ready.emit(result.receipt)
            if self.printer is not None:
                self.printer(result.receipt)
        self.handed_off.emit(case_id)
        self.refresh()
        self._show_case(self.service.load(case_id))
        self._say(words)
        ui.scanEdit.setFocus()

    def confirm(self) -> None:
        """EMS delivered / locker emptied, as reported later."""
        if self.case is None:
            return
        try:
            if self.case.handoff_method == "ems":
                self.service.confirm_delivery(self.case.case_id, self.service.today())
            else:
                self.service.record_locker_pickup(self.case.case_id)
        except HandoffError as error:
            self._say(str(error), error=True)
            return
        self._say(self.tr("已登记送达结果，将同步反馈至中心。"))

    def _say(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
