"""The hall's queue at this window (叫号): a strip that shows the ticket called now with its waiting time, and the
four operations — 叫号 (F7), 重呼 (F8), 转窗 (F9, then the window number and Enter), 过号 (F10).

The keys are the main window's registered actions (``ui/actions.py``, listed in the F1 help);
``bind_queue_actions`` routes them to the workspace shown, which hands them to its panel (``QueuePanel.handle``).
The panel holds no rule: it hands the ``QueueDesk`` (``services/hall_queue.py``) calls to the operations gateway's
network lane (``ui/operations.py``), one call at a time, and shows what came back; a queue system that is down,
fails or talks garbage is said in words beside the buttons (the gateway's ``failure``) and the window goes on
without a ticket. No busy dialog: the clerk works on while the queue system answers (its progress is said inline).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from govdesk.domain.queue import QueueTicket
from govdesk.services.errors import GovdeskError
from govdesk.services.hall_queue import QueueDesk
from govdesk.ui.actions import ActionId
from govdesk.ui.i18n import error_text
from govdesk.ui.operations import Lane, Operation, State, operations_for

OK_STYLE = "QLabel { color: #1e6b30; }"
ERROR_STYLE = "QLabel { color: #b00020; background: #fdecea; padding: 2px 4px; }"
BUSY_STYLE = "QLabel { color: #5f6368; }"

QUEUE_ACTIONS = (ActionId.QUEUE_CALL, ActionId.QUEUE_RECALL, ActionId.QUEUE_TRANSFER, ActionId.QUEUE_NO_SHOW)


def describe_wait(seconds: int) -> tuple[int, int]:
    """(minutes, seconds) of a waiting time, for display."""
    return divmod(max(0, seconds), 60)


class QueuePanel(QFrame):
    """See the module docstring.

    Signals:
        ticket_called(object): a ticket (``QueueTicket``) was called to this window.
        ticket_released(str): the ticket with this number left this window (转窗 or 过号).
    """

    ticket_called = Signal(object)
    ticket_released = Signal(str)

    def __init__(self, desk: QueueDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("queuePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._op: Operation[Any] | None = None
        layout = QHBoxLayout(self)
        fm = self.fontMetrics()
        layout.setContentsMargins(fm.averageCharWidth(), fm.height() // 5, fm.averageCharWidth(), fm.height() // 5)

        title = QLabel(self.tr("叫号"), self)
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        self.ticket_label = QLabel(self)
        self.ticket_label.setObjectName("queueTicketLabel")
        big = QFont(bold)
        big.setPointSizeF(big.pointSizeF() * 1.4)
        self.ticket_label.setFont(big)
        self.ticket_label.setMinimumWidth(fm.averageCharWidth() * 10)
        self.info_label = QLabel(self)
        self.info_label.setObjectName("queueInfoLabel")

        self.call_button = self._button("queueCallButton", self.tr("叫号 F7"), self.call_next)
        self.recall_button = self._button("queueRecallButton", self.tr("重呼 F8"), self.recall)
        self.transfer_button = self._button("queueTransferButton", self.tr("转窗 F9"), self.start_transfer)
        self.no_show_button = self._button("queueNoShowButton", self.tr("过号 F10"), self.no_show)
        self.transfer_edit = QLineEdit(self)
        self.transfer_edit.setObjectName("queueTransferEdit")
        self.transfer_edit.setPlaceholderText(self.tr("转到几号窗口？回车确认，Esc 取消"))
        self.transfer_edit.setMaximumWidth(fm.averageCharWidth() * 30)
        self.transfer_edit.returnPressed.connect(lambda: self.transfer(self.transfer_edit.text()))
        self.transfer_edit.installEventFilter(self)
        self.transfer_edit.hide()
        self.message_label = QLabel(self)
        self.message_label.setObjectName("queueMessageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        layout.addWidget(title)
        layout.addWidget(self.ticket_label)
        layout.addWidget(self.info_label)
        for button in (self.call_button, self.recall_button, self.transfer_button, self.no_show_button):
            layout.addWidget(button)
        layout.addWidget(self.transfer_edit)
        layout.addWidget(self.message_label, 1)
        self._show_ticket()

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the keys do it; a click must not steal the form's focus
        button.clicked.connect(lambda: slot())
        return button

    # ------------------------------------------------------------------ the four operations

    def handle(self, action_id: str) -> bool:
        """A registered queue key (F7–F10) pressed while this panel's workspace is shown."""
        handlers: dict[str, Callable[[], object]] = {
            ActionId.QUEUE_CALL.value: self.call_next,
            ActionId.QUEUE_RECALL.value: self.recall,
            ActionId.QUEUE_TRANSFER.value: self.start_transfer,
            ActionId.QUEUE_NO_SHOW.value: self.no_show,
        }
        handler = handlers.get(action_id)
        if handler is None:
            return False
        handler()
        return True

    def call_next(self) -> None:
        self._run(self.tr("正在叫号…"), self.desk.call_next, self._called)

    def recall(self) -> None:
        self._run(self.tr("正在重呼…"), self.desk.recall, self._recalled)

    def start_transfer(self) -> None:
        """F9: ask for the window number inline (Enter confirms, Esc cancels)."""
        if self.desk.current is None:
            self._say(self.tr("当前没有正在办理的号票，不能转窗：请先叫号（F7）"), error=True)
            return
        self.transfer_edit.clear()
        self.transfer_edit.show()
        self.transfer_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def transfer(self, to_window: str) -> None:
        target = to_window.strip()
        text = self.tr("{no} 已转到 {to} 号窗口")
        self._run(
            self.tr("正在转窗…"),
            lambda: self.desk.transfer(target),
            lambda ticket: self._released(ticket, text.format(no=ticket.number, to=target)),
        )

    def no_show(self) -> None:
        text = self.tr("{no} 已过号")
        self._run(
            self.tr("正在过号…"),
            self.desk.no_show,
            lambda ticket: self._released(ticket, text.format(no=ticket.number)),
        )

    def running(self) -> Operation[Any] | None:
        """The call to the queue system under way, if any."""
        return self._op if self._op is not None and not self._op.done() else None

    def pending(self) -> asyncio.Future[Any]:
        """The call running now as an asyncio future (done when none; the same one while it runs): tests and code on
        the qasync loop await it."""
        gateway = operations_for(self)
        if self._op is not None:
            return gateway.wait(self._op)
        done: asyncio.Future[Any] = asyncio.get_event_loop().create_future()
        done.set_result(None)
        return done

    # ------------------------------------------------------------------ running a call

    def _run(self, busy_text: str, call: Callable[[], Any], done: Callable[[Any], None]) -> None:
        if self.running() is not None:
            self._say(self.tr("正在与叫号系统通信，请稍候"), error=False)
            return
        self._set_busy(True)
        self.message_label.setStyleSheet(BUSY_STYLE)
        self.message_label.setText(busy_text)
        self._op = operations_for(self).run(
            self,
            call,
            success=done,
            failure=self._failed,
            done=self._ended,
            lane=Lane.NETWORK,
            background=True,  # the clerk works on while the queue system answers
        )

    def _failed(self, error: GovdeskError) -> None:
        self._say(error_text(error), error=True)

    def _ended(self, op: Operation[Any]) -> None:
        if op.state is State.FAILED and not isinstance(op.error, GovdeskError):
            self._say(op.message, error=True)  # a bug: the gateway logged it and said it over the window too
        self._set_busy(False)
        self._show_ticket()

    def _called(self, ticket: QueueTicket | None) -> None:
        if ticket is None:
            self._say(self.tr("没有人在等候"))
            return
        self._say(self.tr("已呼叫 {no}，请到本窗口办理").format(no=ticket.number))
        self.ticket_called.emit(ticket)

    def _recalled(self, ticket: QueueTicket) -> None:
        self._say(self.tr("已重呼 {no}").format(no=ticket.number))

    def _released(self, ticket: QueueTicket, text: str) -> None:
        self.transfer_edit.hide()
        self.transfer_edit.clear()
        self._say(text)
        self.ticket_released.emit(ticket.number)

    # ------------------------------------------------------------------ showing

    def _set_busy(self, busy: bool) -> None:
        for button in (self.call_button, self.recall_button, self.transfer_button, self.no_show_button):
            button.setEnabled(not busy)
        self.transfer_edit.setReadOnly(busy)

    def _show_ticket(self) -> None:
        ticket = self.desk.current
        self.ticket_label.setText(ticket.number if ticket is not None else self.tr("无号票"))
        parts = []
        if ticket is not None:
            minutes, seconds = describe_wait(ticket.waiting_seconds)
            parts.append(self.tr("已等候 {m} 分 {s} 秒").format(m=minutes, s=seconds))
        if self.desk.waiting is not None:
            parts.append(self.tr("还有 {n} 人等候").format(n=self.desk.waiting))
        self.info_label.setText(" · ".join(parts))

    def _say(self, text: str, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message_label.setText(text)

    def message(self) -> str:
        return str(self.message_label.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        escape = (
            isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape
        )
        if watched is self.transfer_edit and escape:
            self.transfer_edit.hide()
            self.transfer_edit.clear()
            self._say(self.tr("已取消转窗"))
            return True
        return False


def with_queue_panel(page: QWidget, panel: QueuePanel) -> QWidget:
    """``page`` with ``panel`` above it (for pages whose own layout is not ours to change); the panel is shown only
    when the hall has a queue system configured."""
    host = QWidget()
    host.setObjectName("queueHost")
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(panel)
    layout.addWidget(page, 1)
    panel.setVisible(panel.desk.available)
    return host


def bind_queue_actions(window: Any) -> None:
    """Route the registered queue keys (F7–F10) to the workspace shown; said in the status bar when it has no
    queue. Idempotent: every workspace with a queue panel calls it from ``attach``."""
    if window.property("queueActionsBound"):
        return
    window.setProperty("queueActionsBound", True)
    for action_id in QUEUE_ACTIONS:
        window.actions_registry[action_id].triggered.connect(lambda _=False, a=action_id: _route(window, a))


def _route(window: Any, action_id: ActionId) -> None:
    workspace = window.current_workspace()
    if workspace is None or not workspace.handle_global_action(action_id.value):
        text = QCoreApplication.translate(
            "QueuePanel", "叫号在综合受理和出件工作区使用，且须设置叫号系统地址（设置文件的 queue_server_url）"
        )
        window.status_bar.showMessage(text, 8000)
