"""The result window page: scan or pick a result, notify by SMS, hand it over (window / proxy / EMS / locker) with
the collector's signature (on the pad, or on the printed receipt), print the 领取回执, and ask the applicant to rate
the service on their own screen or device (``RatingDevice``: the clerk learns only that a rating was given).
Keyboard-first: the scan box has the focus, Enter opens the case, Alt+1..4 pick the method, Ctrl+Enter hands over.

Messages sit beside what they concern (the scan box, the SMS box, the method's fields, the signature, the action
buttons), in the colour of what happened, and go when another case is opened. Every rule is in ``HandoffService``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidgetItem,
    QWidget,
)

from govdesk.domain.case import Agent, Case
from govdesk.domain.delivery import MailAddress
from govdesk.domain.identity import mask_id, mask_phone
from govdesk.domain.notices import Notice
from govdesk.domain.recompute import dates_note
from govdesk.services.delivery import DeliveryService
from govdesk.services.errors import GovdeskError
from govdesk.services.evaluation import EvaluationService
from govdesk.services.handoff import HandoffError, HandoffResult, HandoffService
from govdesk.ui import reflow, tables
from govdesk.ui.actions import ShortcutId, make_shortcut
from govdesk.ui.generated.ui_handoff import Ui_HandoffPage
from govdesk.ui.handoff.models import ReadyModel
from govdesk.ui.handoff.rating import RatingControl
from govdesk.ui.i18n import error_text, say
from govdesk.ui.operations import operations_for
from govdesk.ui.widgets.rating import RatingDevice

T = TypeVar("T")

#: The colours of what happened: done (green), refused or wrong (red), for information (grey).
OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b00020;"
INFO_STYLE = "color: #5f6368;"

#: Prints a receipt: returns a problem in words, "" when it printed, or None when the print goes on off the GUI thread
#: (the workspace's, through the operations gateway): ``HandoffPage.receipt_printed`` then tells how it ended.
Printer = Callable[[Notice], str | None]

# The results the list shows at least, whole (also in large text, where the list goes above the case).
LIST_ROWS_SHOWN = 3


_FIT_CASE = QEvent.Type(QEvent.registerEventType())


class HandoffPage(QWidget):
    """Signals: ``handed_off(str)`` — a case id was handed over; ``notice_ready(object)`` — a notice to print."""

    handed_off = Signal(str)
    notice_ready = Signal(object)

    def __init__(
        self,
        service: HandoffService,
        evaluation: EvaluationService | None = None,
        printer: Printer | None = None,
        parent: QWidget | None = None,
        rating_device: RatingDevice | None = None,
        delivery: DeliveryService | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.delivery = delivery if delivery is not None else DeliveryService(service)  # EMS and locker
        self.evaluation = evaluation
        self.printer = printer
        self._handed_words = ""  # what was said of the last hand-over (its receipt's print is added when known)
        self.case: Case | None = None
        self.last_result: HandoffResult | None = None
        self.ui = Ui_HandoffPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = ReadyModel(self)
        ui.readyTable.setModel(self.model)
        ui.readyTable.verticalHeader().hide()
        # the results waiting fill their column and scroll upright (a day's worth); the item's name wraps, no table
        # scrolls sideways, the SMS of a case are all shown (适老化; ui/tables.py)
        tables.scrolls_upright(
            ui.readyTable,
            text=(ReadyModel.ITEM_COLUMN - 1, ReadyModel.ITEM_COLUMN),
            wrap=(ReadyModel.CASE_COLUMN, ReadyModel.APPLICANT_COLUMN, ReadyModel.WAIT_COLUMN),
            rows=LIST_ROWS_SHOWN,
        )
        ui.smsTable.setColumnCount(4)
        ui.smsTable.setHorizontalHeaderLabels([self.tr("类别"), self.tr("手机"), self.tr("状态"), self.tr("内容")])
        ui.smsTable.verticalHeader().hide()
        tables.fit(ui.smsTable)
        self._size_from_font()
        ui.detailScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.signedOnPaperCheck.setToolTip(self.tr("领取人在打印的领取回执上亲笔签字后，由工作人员勾选确认"))
        policy = ui.methodTabs.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Maximum)
        ui.methodTabs.setSizePolicy(policy)
        tab_pages = ui.methodTabs.findChild(QStackedWidget)
        if tab_pages is not None:  # (as tall as the method shown: 本人领取's one field, not EMS's six)
            reflow.current_page_only(tab_pages)
        self.tab_pages = tab_pages
        self._pin_footer()
        # narrow (large text at 1366×768, 150 %): a row of buttons stacks, a label goes above its field (适老化: the
        # page never scrolls sideways; ``ui/reflow.py``)
        rows = (ui.actionButtons, self.action_pair, ui.ratingLayout, ui.smsButtons, ui.signatureButtons)
        for row in (*rows, self.list_heading):
            reflow.side_by_side(row)
        # last: the list of results above the case when even stacked rows leave the two too wide (large text at
        # 1366×768, where a full case number alone takes a third of the width): the list never scrolls sideways,
        # and the case below it has the page's width, whole, in what scrolls (``_fit_case``)
        reflow.side_by_side(ui.splitter)
        reflow.never_sideways(self.page_scroll)
        reflow.never_sideways(ui.detailScroll)  # (beside the list only where the case has its width)
        self._stacked: bool | None = None  # (the case's pane as laid out last: below the list, or beside it)
        self._scroll_focus = ui.detailScroll.focusPolicy()
        self._fitting_case = False
        self._fit_pending = False
        ui.methodTabs.currentChanged.connect(lambda _index: QCoreApplication.postEvent(self, QEvent(_FIT_CASE)))
        for watched in (ui.detailScroll, ui.detailPane, ui.splitter):
            watched.installEventFilter(self)
        ui.ratingLayout.setStretch(0, 1)  # (the rating's state takes the width, its button as wide as its words)
        reflow.wrap_forms(self)
        ui.readyLabel.setWordWrap(True)
        em = self.fontMetrics().averageCharWidth()
        ui.splitter.setSizes([em * 84, em * 100])
        self.messages: tuple[QLabel, ...] = (
            ui.messageLabel,
            ui.smsMessage,
            ui.methodMessage,
            ui.signatureMessage,
            ui.actionMessage,
        )
        self.rating = RatingControl(ui.ratingStatus, ui.askRatingButton, evaluation, rating_device, self)
        self._connect()
        self.refresh()
        self._show_case(None)

    def _size_from_font(self) -> None:
        """Sizes in characters and lines of the current font (again when the text size changes)."""
        ui = self.ui
        fm = self.fontMetrics()
        # (the list's least width is its columns', ui/tables.py; the pane is never narrower than 44 characters)
        ui.scanEdit.setMinimumWidth(fm.averageCharWidth() * 44)
        ui.signaturePad.setMaximumHeight(max(fm.height() * 6, ui.signaturePad.minimumSizeHint().height()))

    def hasHeightForWidth(self) -> bool:
        """False: the page is as tall as the window gives it, its parts share that height among them (the
        workspaces' stack asks every page, shown or not, for its height at a width once the page shown has a
        height for width: the tallest page of another workspace made this one scroll, its buttons out of sight)."""
        return False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "rating"):
            self._size_from_font()
            sizes = self.ui.splitter.sizes()
            if all(sizes):  # (laid out already: a page never shown keeps the sizes it was made with)
                self.ui.splitter.setSizes(sizes)  # each pane at least its new minimum

    def _pin_footer(self) -> None:
        """The rating and the 出件 buttons with their message stay in sight under the list and the case, across the
        page: at 1366×768, and in large text, the clerk never scrolls to hand a result over or to ask for the rating.
        Above them the list and the case scroll together (``page_scroll``): side by side (the case in its own
        scrolling pane), or, where the page is too narrow for both (large text), the case under the list, whole,
        so that one scroll shows the list's first rows and then the case (no box of a few lines scrolling within a
        page; 适老化, regulation 000 Art. 9)."""
        ui = self.ui
        layout = ui.pageLayout
        layout.removeWidget(ui.splitter)
        layout.setDirection(QBoxLayout.Direction.TopToBottom)
        margins = layout.contentsMargins()  # (no empty band above the page and below its buttons: a list row more)
        layout.setContentsMargins(margins.left(), 0, margins.right(), 0)
        area = QScrollArea(self)
        area.setObjectName("pageScroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(ui.splitter)
        # (as tall as the page gives it: not as its content, which would make the page itself scroll and take the
        # pinned buttons out of sight)
        area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        layout.addWidget(area, 1)
        for item in (ui.ratingBox, ui.actionButtons, ui.actionMessage):
            if isinstance(item, QWidget):
                ui.detailLayout.removeWidget(item)
                layout.addWidget(item)
            else:
                ui.detailLayout.removeItem(item)
                layout.addLayout(item)
        self.page_scroll = area
        # 出件 first, then the other two as a pair: where the three do not fit in a row (English large text at
        # 1,100 px, 150 %) 出件 goes above the pair, two lines of buttons rather than three
        pair = QHBoxLayout()
        pair.setObjectName("actionPair")
        for button in (ui.mailingListButton, ui.confirmButton):
            ui.actionButtons.removeWidget(button)
            pair.addWidget(button)
        ui.actionButtons.setStretch(0, 1)
        ui.actionButtons.addLayout(pair, 2)
        self.action_pair = pair
        # the list's heading with its 刷新 button beside it (a line less above the list; stacked when narrow)
        heading = QHBoxLayout()
        heading.setObjectName("listHeading")
        ui.leftLayout.removeWidget(ui.refreshButton)
        index = ui.leftLayout.indexOf(ui.readyLabel)
        ui.leftLayout.removeWidget(ui.readyLabel)
        heading.addWidget(ui.readyLabel, 1)
        heading.addWidget(ui.refreshButton)
        ui.leftLayout.insertLayout(index, heading)
        self.list_heading = heading
        ui.readyLabel.setBuddy(ui.readyTable)  # (the list's name, as the heading above it was before)

    # --- the case under the list (narrow) or beside it ---

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show)
        if event.type() in kinds and not self._fitting_case and not self._fit_pending:
            self._fit_pending = True  # (once the layouts' own updates are done)
            QCoreApplication.postEvent(self, QEvent(_FIT_CASE))
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == _FIT_CASE:
            self._fit_pending = False
            self._fit_case()
            return True
        return super().event(event)

    def stacked(self) -> bool:
        """The case lies under the list (the page is too narrow for both side by side)."""
        return not reflow.is_side_by_side(self.ui.splitter)

    def _fit_case(self) -> None:
        """Under the list the case's pane is as tall as the case (it does not scroll: the page does); beside the
        list it scrolls on its own, the list beside it keeping its place."""
        ui = self.ui
        scroll = ui.detailScroll
        stacked = self.stacked()
        self._fitting_case = True
        try:
            self._fit_tabs()
            if stacked != self._stacked:
                self._stacked = stacked
                policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if stacked else Qt.ScrollBarPolicy.ScrollBarAsNeeded
                scroll.setVerticalScrollBarPolicy(policy)
                # (a stop of its own only where it scrolls: the arrow keys scroll it)
                scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus if stacked else self._scroll_focus)
                scroll.verticalScrollBar().setValue(0)
            need = 0
            if stacked:
                layout = ui.detailPane.layout()
                width = scroll.viewport().width()
                if layout is not None and layout.hasHeightForWidth():
                    need = layout.totalHeightForWidth(width)
                need = max(need, ui.detailPane.minimumSizeHint().height()) + 2 * scroll.frameWidth()
            if scroll.minimumHeight() != need:
                scroll.setMinimumHeight(need)
        finally:
            self._fitting_case = False

    def _fit_tabs(self) -> None:
        """The methods' tabs as tall as the method shown needs at its width (a tab widget asks for its tallest
        page: EMS's six fields left a box of empty lines under 本人领取's one)."""
        tabs, pages = self.ui.methodTabs, self.tab_pages
        page = tabs.currentWidget()
        if pages is None or page is None:
            return
        layout = page.layout()
        need = page.sizeHint().height()
        if layout is not None and layout.hasHeightForWidth() and page.width() > 0:
            need = max(layout.totalHeightForWidth(page.width()), layout.totalMinimumSize().height())
        chrome = tabs.minimumSizeHint().height() - pages.minimumSizeHint().height()
        most = max(tabs.minimumSizeHint().height(), chrome + need)
        if tabs.maximumHeight() != most:
            tabs.setMaximumHeight(most)

    def _case_into_view(self) -> None:
        """Under the list, a case opened is scrolled to: its details at the top, its first field in sight."""
        if not self.stacked() or self.case is None:
            return
        ui = self.ui
        self._fit_case()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # (laid out at the case's height)
        area = self.page_scroll
        content = area.widget()
        if content is None:
            return
        target = ui.detailScroll.mapTo(content, ui.detailScroll.rect().topLeft()).y()
        focus = QApplication.focusWidget()
        if focus is not None and content.isAncestorOf(focus):  # (its first field whole, the details above it)
            bottom = focus.mapTo(content, focus.rect().bottomLeft()).y() + 8
            target = max(target, bottom - area.viewport().height())
        area.verticalScrollBar().setValue(target)

    def _connect(self) -> None:
        ui = self.ui
        ui.scanEdit.returnPressed.connect(self.open_from_scan)
        ui.idEdit.returnPressed.connect(self.check_collector)  # a card reader ends the number with Enter
        ui.refreshButton.clicked.connect(self.refresh)
        ui.readyTable.doubleClicked.connect(self._open_selected)
        ui.readyTable.activated.connect(self._open_selected)
        ui.notifyButton.clicked.connect(self.notify)
        ui.resendButton.clicked.connect(self.resend)
        ui.handOffButton.clicked.connect(self.hand_off)
        ui.clearSignatureButton.clicked.connect(ui.signaturePad.clear)
        ui.signaturePad.changed.connect(lambda: self._say(ui.signatureMessage, ""))
        ui.signedOnPaperCheck.toggled.connect(lambda _on: self._say(ui.signatureMessage, ""))
        ui.askRatingButton.clicked.connect(lambda: self.rating.ask(self.case))
        ui.confirmButton.clicked.connect(self.confirm)
        make_shortcut(ShortcutId.HANDOFF_CONFIRM, self, self.hand_off, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        make_shortcut(ShortcutId.HANDOFF_SCAN, self, lambda: ui.scanEdit.setFocus(Qt.FocusReason.ShortcutFocusReason))

    # --- list and opening ---

    def refresh(self) -> None:
        ops = operations_for(self)
        total = ops.query(self, self.service.ready_count) or 0
        self.model.set_source(total, lambda offset, limit: self.service.ready(limit, offset))
        self.ui.readyLabel.setText(self.tr("待领取的办理结果（共 {n} 件，等候最久的在前）").format(n=total))
        conflicts = ops.query(self, self.service.conflicts) or []
        self.ui.conflictLabel.setText("\n".join(c.words for c in conflicts))
        self.ui.conflictLabel.setStyleSheet(ERROR_STYLE if conflicts else "")
        self.ui.conflictLabel.setVisible(bool(conflicts))  # (no empty line under the list)

    def open_from_scan(self) -> None:
        """A notice's barcode or QR, or a number, ID, phone or name typed; a QR's signature is shown checked."""
        self.open_text(self.ui.scanEdit.text())

    def open_text(self, text: str) -> bool:
        opened = operations_for(self).query(
            self,
            lambda: self.service.open_scanned(text),
            failure=lambda error: self._say(self.ui.messageLabel, error_text(error), ERROR_STYLE),
        )
        if opened is None:
            return False
        self.ui.scanEdit.clear()
        self._show_case(opened.case)
        if opened.verdict:
            self._say(self.ui.messageLabel, say(opened.verdict), OK_STYLE if opened.authentic else ERROR_STYLE)
        return True

    def open_case(self, case_id: str) -> None:
        self._show_case(operations_for(self).query(self, lambda: self.service.load(case_id)))

    def _open_selected(self) -> None:
        index = self.ui.readyTable.currentIndex()
        if index.isValid():
            self.open_case(self.model.data(index, Qt.ItemDataRole.UserRole))

    def _show_case(self, case: Case | None) -> None:
        ui = self.ui
        if case is None or self.case is None or case.case_id != self.case.case_id:
            for label in self.messages:  # another case: what was said about the last one goes
                self._say(label, "")
        self.case = case
        ui.signaturePad.clear()
        ui.signedOnPaperCheck.setChecked(False)
        for edit in (
            ui.idEdit,
            ui.proxyNameEdit,
            ui.proxyIdEdit,
            ui.proxyPhoneEdit,
            ui.authorizationEdit,
            ui.trackingEdit,
            ui.cellEdit,
        ):
            edit.clear()
        self.rating.show_case(case)
        if case is None:
            ui.methodTabs.setVisible(True)
            ui.signatureBox.setVisible(True)
            ui.caseInfo.setText(self.tr("请扫描通知书条码或在列表中选择待领取的结果。"))
            ui.blockedLabel.setText("")
            ui.blockedLabel.setVisible(False)
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
            self.tr("办理结果：{result}  状态：{state}").format(
                result=case.result_name or "—", state=say(case.state_label)
            )
        )
        dates = dates_note(case)  # a date still 暂定, or moved when the year's holiday arrangement came (issue 10)
        if dates:
            lines.append(dates)
        ui.caseInfo.setText("\n".join(lines))
        done = self.service.handed_off_note(case)
        blocked = "" if done else self.service.blocked_reason(case)
        ui.blockedLabel.setText(say(done or blocked))
        ui.blockedLabel.setVisible(bool(done or blocked))  # (no empty line between the case and its SMS)
        ui.blockedLabel.setStyleSheet(OK_STYLE if done else (ERROR_STYLE + " font-weight: bold;" if blocked else ""))
        ui.handOffButton.setEnabled(not (done or blocked))
        for box in (ui.methodTabs, ui.signatureBox):  # nothing to fill in for a result that cannot go now
            box.setVisible(not (done or blocked))
        ui.recipientEdit.setText(a.name)
        ui.recipientPhoneEdit.setText(a.phone)
        code = self.delivery.locker_code(case.case_id) if case.handoff_method == "locker" else ""
        ui.lockerInfo.setText(
            self.tr("取件码：{code}（已短信发送给申请人）").format(code=code)
            if code
            else self.tr("存入后系统自动生成6位取件码，显示在此处，并以短信发送给申请人。")
        )
        self._show_sms()
        ui.idEdit.setFocus()
        ui.detailScroll.verticalScrollBar().setValue(0)
        QTimer.singleShot(0, self, self._case_into_view)  # (laid out for the case first)

    def _show_sms(self) -> None:
        if self.case is None:
            return
        history = self.service.sms.history(self.case.case_id)
        table = self.ui.smsTable
        table.setRowCount(len(history))
        for row, h in enumerate(history):
            for col, text in enumerate((h.purpose_label, h.phone_masked, h.status_label, h.text)):
                item = QTableWidgetItem(say(text))
                item.setData(Qt.ItemDataRole.UserRole, h.sms_id)
                table.setItem(row, col, item)
        for col in range(3):
            table.resizeColumnToContents(col)

    # --- actions ---

    def notify(self) -> None:
        if self.case is None:
            return

        def done(_result: object) -> None:
            self._show_sms()
            self._say(self.ui.smsMessage, self.tr("领取通知短信已排队，联网后经中心发送。"), OK_STYLE)

        case_id = self.case.case_id
        self._run(lambda: self.service.notify_ready(case_id), done, self.ui.smsMessage)

    def resend(self) -> None:
        item = self.ui.smsTable.item(self.ui.smsTable.currentRow(), 0)
        if item is None:
            self._say(self.ui.smsMessage, self.tr("请先在短信列表中选择要重发的短信"), ERROR_STYLE)
            return
        sms_id, clerk = item.data(Qt.ItemDataRole.UserRole), self.service.window.actor.clerk_id

        def done(_result: object) -> None:
            self._show_sms()
            self._say(self.ui.smsMessage, self.tr("已重新排队发送。"), OK_STYLE)

        self._run(lambda: self.service.sms.resend(sms_id, clerk), done, self.ui.smsMessage)

    def hand_off(self) -> None:
        """出件 by the chosen method (Ctrl+Enter); a case that cannot go says why beside the button."""
        if self.case is None:
            self._say(self.ui.messageLabel, self.tr("请先扫描通知书条码或在列表中选择办件"), ERROR_STYLE)
            return
        ui = self.ui
        if not ui.handOffButton.isEnabled():
            self._say(ui.actionMessage, ui.blockedLabel.text(), ERROR_STYLE)
            return
        for label in self.messages[2:]:
            self._say(label, "")
        call = self._hand_over(self.case.case_id)  # the form read here, on the GUI thread
        operations_for(self).run(
            self,
            call,
            success=self._handed_over,
            failure=self._refused,
            label=self.tr("正在办理出件…"),
        )

    def check_collector(self) -> None:
        """本人领取: the ID number read or typed is checked against the applicant's at once (Enter, as a card reader
        sends it), not only at 出件; a match is said and the signature is next, a mismatch is said in red."""
        if self.case is None:
            return
        ui = self.ui
        case_id, id_number = self.case.case_id, ui.idEdit.text()
        ops = operations_for(self)

        def check() -> bool:
            self.service.check_collector(case_id, id_number)
            return True

        if ops.query(self, check, failure=self._refused):
            self._say(ui.methodMessage, self.tr("证件号码与申请人一致，请申请人签名后出件。"), OK_STYLE)
            ui.signaturePad.setFocus(Qt.FocusReason.OtherFocusReason)

    def _handed_over(self, result: HandoffResult) -> None:
        ui = self.ui
        self.last_result = result
        case = result.case
        collector = case.handoff_details.get("collector_name", "")
        words = [
            self.tr("办件 {case_no} 已出件（{collector}）。").format(case_no=case.case_no, collector=collector)
            if collector
            else self.tr("办件 {case_no} 已出件。").format(case_no=case.case_no)  # EMS, locker: nobody at the window
        ]
        if result.pickup_code:
            words.append(self.tr("取件码 {code}，请告知申请人（已短信发送）。").format(code=result.pickup_code))
        if result.receipt is not None:
            self.notice_ready.emit(result.receipt)
        self.handed_off.emit(case.case_id)
        self.refresh()
        self._show_case(self.service.load(case.case_id))
        self._handed_words = "".join(words)
        self._say(ui.actionMessage, self._handed_words, OK_STYLE)
        if result.receipt is not None and self.printer is not None:
            problem = self.printer(result.receipt)
            if problem is not None:
                self.receipt_printed(problem)
        self.rating.ask(self.case)
        ui.scanEdit.setFocus()

    def receipt_printed(self, problem: str) -> None:
        """The receipt of the hand-over just said went to the printer ("") or did not (why, in words)."""
        words = self._handed_words
        if problem:
            self._say(self.ui.actionMessage, words + "\n" + problem, ERROR_STYLE)
        else:
            self._say(self.ui.actionMessage, words + self.tr("领取回执已送打印。"), OK_STYLE)

    def _hand_over(self, case_id: str) -> Callable[[], HandoffResult]:
        """The hand-over the form describes, as a call for the gateway (what the clerk entered is read now)."""
        ui = self.ui
        signature = ui.signaturePad.png_bytes() or None
        on_paper = bool(ui.signedOnPaperCheck.isChecked())
        tab = ui.methodTabs.currentWidget().objectName()
        if tab == "windowTab":
            id_number = ui.idEdit.text()
            return lambda: self.service.hand_over_window(case_id, id_number, signature, on_paper)
        if tab == "proxyTab":
            proxy = Agent(
                ui.proxyNameEdit.text().strip(),
                "111",
                ui.proxyIdEdit.text().strip(),
                ui.proxyPhoneEdit.text().strip(),
                ui.authorizationEdit.text().strip(),
            )
            return lambda: self.service.hand_over_proxy(case_id, proxy, signature, on_paper)
        if tab == "emsTab":
            address = MailAddress(
                ui.recipientEdit.text(),
                ui.recipientPhoneEdit.text(),
                ui.provinceEdit.text(),
                ui.cityEdit.text(),
                ui.districtEdit.text(),
                ui.streetEdit.text(),
                ui.postcodeEdit.text(),
            )
            tracking = ui.trackingEdit.text()
            return lambda: self.delivery.mail(case_id, address, tracking)
        cell = ui.cellEdit.text()
        return lambda: self.delivery.put_in_locker(case_id, cell)

    def _refused(self, error: GovdeskError) -> None:
        """The service's refusal, beside what it concerns, with the focus there."""
        ui = self.ui
        field = error.field if isinstance(error, HandoffError) else ""
        if field == "signature":
            self._say(ui.signatureMessage, error_text(error), ERROR_STYLE)
            ui.signaturePad.setFocus()
            return
        if field == "blocked":
            self._say(ui.actionMessage, error_text(error), ERROR_STYLE)
            return
        self._say(ui.methodMessage, error_text(error), ERROR_STYLE)
        first = {
            "windowTab": ui.idEdit,
            "proxyTab": ui.proxyNameEdit,
            "emsTab": ui.trackingEdit,
            "lockerTab": ui.cellEdit,
        }.get(ui.methodTabs.currentWidget().objectName())
        if first is not None:
            first.setFocus()

    def confirm(self) -> None:
        """EMS delivered / locker emptied, as reported later."""
        if self.case is None:
            return
        case_id, ems = self.case.case_id, self.case.handoff_method == "ems"
        today = self.service.today()

        def confirm() -> object:
            if ems:
                return self.delivery.confirm_delivery(case_id, today)
            return self.delivery.record_locker_pickup(case_id)

        def done(_result: object) -> None:
            self._say(self.ui.actionMessage, self.tr("已登记送达结果，将同步反馈至中心。"), OK_STYLE)

        self._run(confirm, done, self.ui.actionMessage)

    def _run(self, call: Callable[[], T], done: Callable[[T], None], beside: QLabel) -> None:
        """A use case through the operations gateway; a refusal is said ``beside`` what it concerns."""
        operations_for(self).run(
            self, call, success=done, failure=lambda error: self._say(beside, error_text(error), ERROR_STYLE)
        )

    @staticmethod
    def _say(label: QLabel, text: str, style: str = INFO_STYLE) -> None:
        label.setText(text)
        label.setStyleSheet(style if text else "")
        label.setVisible(bool(text))
        # inside the detail scroll area a wrapped label is laid out at its one-line minimum (the scroll area does not
        # ask for height-for-width): a long message (a printer's failure) was cut to half a line
        wrapped = text and label.wordWrap() and label.width() > 0
        label.setMinimumHeight(label.heightForWidth(label.width()) if wrapped else 0)
