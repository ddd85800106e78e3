"""The lock screen: what the main window shows instead of its workspaces while nobody is logged in.

At start, after a lock (idle or 锁定), at 切换用户 (AB岗) and after 注销 the workspaces, the navigation and the
search box are replaced by this page. It shows no applicant data: the program's name, what happened, the
central server's address and a username and password (the password field never echoes). It only gathers input;
the session controller (``ui.session``) logs in.

Signals:
    login_requested(str, str): username and password typed, 登录 pressed (or Enter).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


class LockMode(StrEnum):
    START = "start"  # the program just started
    LOCKED = "locked"  # idle, or 锁定 (Ctrl+L)
    SWITCH = "switch"  # 切换用户 (AB岗)
    SIGNED_OUT = "signed_out"  # 注销


class LockScreen(QWidget):
    """See the module docstring."""

    login_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.mode = LockMode.START
        fm = self.fontMetrics()

        self.title = QLabel(self.tr("政务服务窗口工作台"), self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.state = QLabel(self)
        self.state.setObjectName("lockState")
        self.state.setWordWrap(True)
        self.server = QLabel(self)
        self.server.setObjectName("lockServer")
        self.server.setStyleSheet("color: palette(mid);")
        self.user_edit = QLineEdit(self)
        self.user_edit.setObjectName("lockUser")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("lockPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_button = QPushButton(self.tr("登录(&L)"), self)
        self.login_button.setObjectName("lockLogin")
        self.login_button.setDefault(True)
        self.message = QLabel(self)
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")

        panel = QFrame(self)
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
        panel.setFixedWidth(fm.horizontalAdvance("M") * 40)
        form = QFormLayout()
        form.addRow(self.tr("用户名(&U)："), self.user_edit)
        form.addRow(self.tr("密码(&P)："), self.password_edit)
        inner = QVBoxLayout(panel)
        inner.setSpacing(fm.height() // 2)
        inner.setContentsMargins(fm.height(), fm.height(), fm.height(), fm.height())
        for widget in (self.title, self.state, self.server):
            inner.addWidget(widget)
        inner.addLayout(form)
        inner.addWidget(self.login_button, 0, Qt.AlignmentFlag.AlignRight)
        inner.addWidget(self.message)
        inner.addWidget(self.hint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.login_button.clicked.connect(self._submit)
        self.user_edit.returnPressed.connect(self.password_edit.setFocus)
        self.password_edit.returnPressed.connect(self._submit)
        self.show_message("")

    def show_mode(
        self, mode: LockMode, *, server_url: str, username: str = "", clerk_name: str = "", offline_days: int = 7
    ) -> None:
        """Set what the page says; the password is always cleared."""
        self.mode = mode
        texts = {
            LockMode.START: self.tr("请登录后开始工作。"),
            LockMode.LOCKED: self.tr("窗口已锁定，办件信息已隐藏。{name}或接班的工作人员登录后继续。"),
            LockMode.SWITCH: self.tr(
                "切换用户（AB岗）：接班的工作人员登录后，接续本窗口未办完的工作；此后的每项操作都记录在接班人名下。"
            ),
            LockMode.SIGNED_OUT: self.tr("{name}已注销。请登录后继续工作。"),
        }
        self.state.setText(texts[mode].format(name=clerk_name or self.tr("原工作人员")))
        self.set_server_url(server_url)
        self.hint.setText(
            self.tr("连不上中心服务器时，{days} 天内在本机联网登录过的账号可离线登录。").format(days=offline_days)
        )
        self.user_edit.setText(username)
        self.password_edit.clear()
        self.show_message("")
        self.set_busy(False)

    def set_server_url(self, server_url: str) -> None:
        """The central server's address shown (it changed while the page was up: the demo's server started)."""
        self.server.setText(self.tr("中心服务器：{url}").format(url=server_url))

    def focus_first(self) -> None:
        (self.password_edit if self.user_edit.text() else self.user_edit).setFocus(Qt.FocusReason.OtherFocusReason)

    def show_message(self, text: str, error: bool = True) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setStyleSheet("color: #b00020;" if text and error else "")

    def show_startup_failure(self, error: str) -> None:
        """A part of start-up after the window showed failed (``app.boot.Startup``): the login stays disabled and the
        page says why and what to do."""
        self.set_busy(True)
        self.login_button.setText(self.tr("登录(&L)"))
        self.show_message(
            self.tr("程序未能完成启动：{error}。请重新启动程序；如仍不能使用，请联系管理员。").format(error=error)
        )

    def set_busy(self, busy: bool) -> None:
        self.login_button.setEnabled(not busy)
        self.login_button.setText(self.tr("正在登录…") if busy else self.tr("登录(&L)"))

    @Slot()
    def _submit(self) -> None:
        if not self.login_button.isEnabled():
            return
        username, password = self.user_edit.text().strip(), self.password_edit.text()
        if not username or not password:
            self.show_message(self.tr("请输入用户名和密码"))
            return
        self.password_edit.clear()
        self.login_requested.emit(username, password)
