"""中心服务器设置: the center's address and the CA bundle (an intranet's own root certificate), with a file chooser.

The dialog gathers input and shows the service's answer (``services.server_settings``) beside each field, in red,
keeping what was typed; it closes only when both are fit and saved. The sync controller applies the result.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from govdesk.services.server_settings import check_server_settings, save_server_settings
from govdesk.services.settings import SettingsStore
from govdesk.ui.dialogs import GovDialog

ERROR_STYLE = "color: #b00020;"


class ServerSettingsDialog(GovDialog):
    """``ask()`` returns None (cancelled) or whether the address changed (it takes effect at the next start)."""

    dialog_id: ClassVar[str] = "server_settings"

    def __init__(self, parent: QWidget, store: SettingsStore, reason: str = "") -> None:
        super().__init__(parent, store)
        self.store = store
        self.address_changed = False
        self.setWindowTitle(self.tr("中心服务器设置"))
        layout = QVBoxLayout(self)
        self.reason = QLabel(reason, self)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(ERROR_STYLE)
        self.reason.setVisible(bool(reason))
        layout.addWidget(self.reason)
        form = QFormLayout()
        self.server_edit = QLineEdit(store.settings.server_url, self)
        self.server_edit.setPlaceholderText("https://zwfw.example.gov.cn")
        self.server_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 44))
        self.server_problem = self._problem_label()
        form.addRow(self.tr("服务器地址："), self._with_problem(self.server_edit, self.server_problem))
        self.ca_edit = QLineEdit(store.settings.ca_bundle, self)
        self.ca_edit.setPlaceholderText(self.tr("不填写时使用系统信任的证书颁发机构"))
        self.browse = QPushButton(self.tr("选择…"), self)
        self.browse.clicked.connect(self._choose_bundle)
        row = QHBoxLayout()
        row.addWidget(self.ca_edit, 1)
        row.addWidget(self.browse)
        self.ca_problem = self._problem_label()
        field = QWidget(self)
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.ca_problem)
        form.addRow(self.tr("CA 根证书："), field)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "政务内网使用本单位自建证书时，请选择管理员提供的根证书文件（PEM 格式）。"
                "证书验证始终开启；明文 http 只允许本机地址。更改服务器地址后须重新启动程序。"
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _with_problem(self, edit: QWidget, problem: QLabel) -> QWidget:
        """The field with its problem under it (a row of its own would not grow with the wrapped text)."""
        field = QWidget(self)
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(edit)
        column.addWidget(problem)
        return field

    def _problem_label(self) -> QLabel:
        label = QLabel("", self)
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.setVisible(False)
        return label

    def _choose_bundle(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("选择 CA 根证书"),
            self.ca_edit.text(),
            self.tr("证书文件 (*.pem *.crt *.cer);;所有文件 (*)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if path:
            self.ca_edit.setText(path)

    def show_problems(self, server: str, ca: str) -> None:
        for label, text in ((self.server_problem, server), (self.ca_problem, ca)):
            label.setText(text)
            label.setVisible(bool(text))
        self.adjustSize()

    def save(self) -> None:
        """Check, show what is wrong beside its field (nothing typed is lost), else keep both and close."""
        problems = check_server_settings(self.server_edit.text(), self.ca_edit.text())
        self.show_problems(problems.server_url, problems.ca_bundle)
        if not problems.ok:
            return
        try:
            self.address_changed = save_server_settings(self.store, self.server_edit.text(), self.ca_edit.text())
        except (OSError, ValueError) as error:
            self.show_problems(str(error) if isinstance(error, ValueError) else "", "")
            if isinstance(error, OSError):
                self.reason.setText(self.tr("设置无法保存：{error}").format(error=error.strerror or error))
                self.reason.setVisible(True)
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget, store: SettingsStore, reason: str = "") -> bool | None:
        dialog = cls(parent, store, reason)
        try:
            return dialog.address_changed if dialog.exec() == GovDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
