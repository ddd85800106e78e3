"""The login dialog: username and password for the central server.

The dialog only gathers input and shows the answer; logging in is ``services.auth.AuthService.login``, run in an
executor by the sync controller so the window never waits on the network.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from govdesk.ui.dialogs import GovDialog
from govdesk.ui.generated.ui_login import Ui_LoginDialog


class LoginDialog(GovDialog):
    """Asks for a username and password. ``credentials()`` gives them after ``exec()`` returned Accepted."""

    dialog_id: ClassVar[str] = "login"

    def __init__(self, parent: QWidget, server_url: str, username: str = "", message: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("登录中心服务器"))
        self.ui.serverLabel.setText(self.tr("中心服务器：{url}").format(url=server_url))
        self.ui.userEdit.setText(username)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("稍后登录"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.show_message(message)
        (self.ui.passwordEdit if username else self.ui.userEdit).setFocus()
        width = self.fontMetrics().horizontalAdvance("M" * 36)
        self.ui.userEdit.setMinimumWidth(width // 2)

    def show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))
        self.ui.messageLabel.setStyleSheet("color: #b00020;" if text else "")

    def credentials(self) -> tuple[str, str]:
        return self.ui.userEdit.text().strip(), self.ui.passwordEdit.text()

    @classmethod
    def ask(cls, parent: QWidget, server_url: str, username: str = "", message: str = "") -> tuple[str, str] | None:
        """Show the dialog; the typed username and password, or None if the clerk chose to log in later."""
        dialog = cls(parent, server_url, username, message)
        try:
            return dialog.credentials() if dialog.exec() == GovDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
