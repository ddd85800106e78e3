"""设置 (Ctrl+,; Ctrl+Shift+, opens it on the server page): everything a window sets, on four pages.

中心服务器 (address, CA bundle, 测试连接), 本窗口 (center, window, idle lock), 打印 (printer, paper, template directory,
the notice header and seal), 界面 (language, text size, theme). The dialog gathers input and shows the service's
answer (``services.window_settings``) beside each field, in red and with a "⚠" (never colour alone), keeping
everything typed; it closes only when every field is fit and saved, and its ``answer()`` is the names of the settings
that changed (the main window applies text size and theme, the sync controller a new address or CA bundle, at once).
测试连接 is a real request to the address as typed, run off the GUI thread (the operations gateway's network lane).
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from govdesk.printing.templates import shipped_dir
from govdesk.services.settings import SettingsStore
from govdesk.services.window_settings import (
    MAX_IDLE_MINUTES,
    ConnectionResult,
    WindowSettingsForm,
    check_form,
    form_from,
    probe_center,
    read_header,
    save_form,
)
from govdesk.ui.dialogs import GovDialog
from govdesk.ui.i18n import error_text, say
from govdesk.ui.operations import Lane, operations_for

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"
#: Pages, by the key ``page`` names.
PAGES = ("server", "window", "printing", "display", "supervision")


class SettingsDialog(GovDialog):
    """``ask(parent, store, page=, reason=)``: None (cancelled) or the frozenset of the names that changed."""

    dialog_id: ClassVar[str] = "settings"

    def __init__(self, parent: QWidget, store: SettingsStore, *, page: str = "", reason: str = "") -> None:
        super().__init__(parent, store)
        self.store = store
        self.changed: frozenset[str] = frozenset()
        self.header = read_header(store.settings.template_dir, shipped_dir())
        form = form_from(store, self.header)
        self.setWindowTitle(self.tr("设置"))
        self.edits: dict[str, QWidget] = {}
        self.problems: dict[str, QLabel] = {}
        self.page_of: dict[str, int] = {}
        em = self.fontMetrics().horizontalAdvance("中")

        self.setMinimumWidth(em * 40)
        layout = QVBoxLayout(self)
        self.reason = QLabel(reason, self)
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(ERROR_STYLE)
        self.reason.setVisible(bool(reason))
        layout.addWidget(self.reason)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("设置页"))
        layout.addWidget(self.tabs, 1)

        # --- 中心服务器 ---
        server_page, server_form = self._page(self.tr("中心服务器"))
        self.server_edit = self._line("server_url", form.server_url, self.tr("服务器地址"))
        self.server_edit.setPlaceholderText("https://zwfw.example.gov.cn")
        self.server_edit.setMinimumWidth(em * 26)
        self._row(server_form, self.tr("服务器地址(&A)："), "server_url", self.server_edit)
        self.ca_edit = self._line("ca_bundle", form.ca_bundle, self.tr("CA 根证书文件"))
        self.ca_edit.setPlaceholderText(self.tr("不填写时使用系统信任的证书颁发机构"))
        self.browse = self._button(self.tr("选择…"), self.tr("选择 CA 根证书文件"), self._choose_bundle)
        self._row(server_form, self.tr("CA 根证书(&B)："), "ca_bundle", self.ca_edit, self.browse)
        self.test_button = self._button(self.tr("测试连接(&T)"), self.tr("测试连接"), self.test_connection)
        self.test_result = QLabel("", server_page)
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        server_form.addRow(self.test_button, self.test_result)
        self._note(
            server_form,
            self.tr(
                "政务内网使用本单位自建证书时，请选择管理员提供的根证书文件（PEM 格式）。证书验证始终开启；"
                "明文 http 只允许本机地址。保存后立即生效：更换服务器后须在新服务器上重新登录。"
            ),
        )

        # --- 本窗口 ---
        _window_page, window_form = self._page(self.tr("本窗口"))
        self.center_edit = self._line("center_code", form.center_code, self.tr("中心代码"))
        self.center_edit.setPlaceholderText(self.tr("8 位数字，如 41122101"))
        self._row(window_form, self.tr("中心代码(&Z)："), "center_code", self.center_edit)
        self.window_edit = self._line("window_number", form.window_number, self.tr("窗口号"))
        self.window_edit.setPlaceholderText(self.tr("如 3"))
        self._row(window_form, self.tr("窗口号(&W)："), "window_number", self.window_edit)
        self.idle_edit = self._line("idle_lock_minutes", form.idle_lock_minutes, self.tr("无操作自动锁定（分钟）"))
        self.idle_edit.setToolTip(self.tr("0 至 {most} 分钟；0 为不自动锁定").format(most=MAX_IDLE_MINUTES))
        self._row(window_form, self.tr("无操作自动锁定(&L)："), "idle_lock_minutes", self.idle_edit, self._unit())
        self._note(window_form, self.tr("中心代码和窗口号印在新办件的编号和通知书上，重新启动程序后用于新办件。"))

        # --- 打印 ---
        _print_page, print_form = self._page(self.tr("打印"))
        self.printer_combo = QComboBox(self)
        self.printer_combo.setAccessibleName(self.tr("通知书打印机"))
        self.printer_combo.addItem(self.tr("系统默认打印机"), "")
        for name in QPrinterInfo.availablePrinterNames():
            self.printer_combo.addItem(name, name)
        if form.notice_printer and self.printer_combo.findData(form.notice_printer) < 0:
            missing = self.tr("{name}（未安装）").format(name=form.notice_printer)
            self.printer_combo.addItem(missing, form.notice_printer)
        self.printer_combo.setCurrentIndex(max(0, self.printer_combo.findData(form.notice_printer)))
        self.edits["notice_printer"] = self.printer_combo
        self._row(print_form, self.tr("打印机(&P)："), "notice_printer", self.printer_combo)
        self.paper_combo = QComboBox(self)
        self.paper_combo.setAccessibleName(self.tr("纸张"))
        self.paper_combo.addItem(self.tr("A4（210×297 毫米）"), "A4")
        self.paper_combo.addItem(self.tr("A5（148×210 毫米，按比例缩小）"), "A5")
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(form.paper_size)))
        self.edits["paper_size"] = self.paper_combo
        self._row(print_form, self.tr("纸张(&S)："), "paper_size", self.paper_combo)
        self.template_edit = self._line("template_dir", form.template_dir, self.tr("通知书模板目录"))
        self.template_edit.setPlaceholderText(self.tr("不填写时使用程序自带的模板"))
        browse_dir = self._button(self.tr("选择…"), self.tr("选择通知书模板目录"), self._choose_templates)
        self._row(print_form, self.tr("模板目录(&M)："), "template_dir", self.template_edit, browse_dir)
        self.header_name_edit = self._line("header_name", form.header_name, self.tr("通知书抬头：中心名称"))
        self._row(print_form, self.tr("抬头名称(&N)："), "header_name", self.header_name_edit)
        self.header_address_edit = self._line("header_address", form.header_address, self.tr("通知书抬头：地址"))
        self._row(print_form, self.tr("地址(&D)："), "header_address", self.header_address_edit)
        self.header_phone_edit = self._line("header_phone", form.header_phone, self.tr("通知书抬头：联系电话"))
        self._row(print_form, self.tr("联系电话(&E)："), "header_phone", self.header_phone_edit)
        self.seal_edit = self._line("seal_image", form.seal_image, self.tr("印章图片文件"))
        self.seal_edit.setPlaceholderText(self.tr("透明底 PNG；不填写时不印章"))
        browse_seal = self._button(self.tr("选择…"), self.tr("选择印章图片"), self._choose_seal)
        self._row(print_form, self.tr("印章图片(&G)："), "seal_image", self.seal_edit, browse_seal)

        # --- 界面 ---
        _display_page, display_form = self._page(self.tr("界面"))
        self.language_combo = self._combo(
            "language", form.language, self.tr("界面语言"), [(self.tr("简体中文"), "zh_CN"), ("English", "en")]
        )
        self._row(display_form, self.tr("界面语言(&Y)："), "language", self.language_combo)
        self.text_size_combo = self._combo(
            "text_size",
            form.text_size,
            self.tr("字号"),
            [(self.tr("标准字号"), "normal"), (self.tr("大字模式（适老化，正文 18 磅以上）"), "large")],
        )
        self._row(display_form, self.tr("字号(&X)："), "text_size", self.text_size_combo)
        self.theme_combo = self._combo(
            "theme",
            form.theme,
            self.tr("配色"),
            [(self.tr("标准配色"), "standard"), (self.tr("高对比度（黑白）"), "high_contrast")],
        )
        self._row(display_form, self.tr("配色(&C)："), "theme", self.theme_combo)
        self._note(
            display_form,
            self.tr(
                "字号和配色保存后立即生效，也可随时按 Ctrl+Shift+T（大字）、Ctrl+Shift+H（高对比度）切换。"
                "界面语言在重新启动程序后生效。"
            ),
        )

        # --- 现场监督 (issue 13: the thresholds of 超期预警) ---
        _watch_page, watch_form = self._page(self.tr("现场监督"))
        self.yellow_edit = self._line(
            "supervision_yellow_percent", form.supervision_yellow_percent, self.tr("黄牌预警：承诺时限已用百分比")
        )
        self._row(
            watch_form,
            self.tr("黄牌预警(&Y)："),
            "supervision_yellow_percent",
            self.yellow_edit,
            QLabel(self.tr("% 承诺时限已用"), self),
        )
        self.claim_edit = self._line(
            "supervision_claim_workdays", form.supervision_claim_workdays, self.tr("后台认领时限（工作日）")
        )
        self._row(
            watch_form,
            self.tr("后台认领时限(&B)："),
            "supervision_claim_workdays",
            self.claim_edit,
            QLabel(self.tr("个工作日内未认领计为环节超时"), self),
        )
        self._note(
            watch_form,
            self.tr(
                "现场监督的超期预警（红牌：已超期；黄牌：承诺时限已用到上述比例；环节超时：后台未按时认领），保存后刷新总览即按新的阈值计算。"
            ),
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if page in PAGES:
            self.tabs.setCurrentIndex(PAGES.index(page))
        self.tabs.currentChanged.connect(lambda _index: self._fit())

    def _fit(self) -> None:
        """Room for the page shown and the words under its fields (the dialog grows; it never cuts them)."""
        page = self.tabs.currentWidget()
        page.updateGeometry()
        layout = self.layout()
        assert layout is not None
        layout.activate()
        width = max(self.width(), self.minimumSizeHint().width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else self.sizeHint().height()
        self.resize(width, max(self.height(), height, self.minimumSizeHint().height()))

    # --- building ---

    def _page(self, title: str) -> tuple[QWidget, QFormLayout]:
        page = QWidget(self.tabs)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.tabs.addTab(page, title)
        self._form_page = self.tabs.count() - 1
        return page, form

    def _line(self, name: str, text: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(f"{name}Edit")
        edit.setAccessibleName(accessible)
        self.edits[name] = edit
        return edit

    def _combo(self, name: str, value: str, accessible: str, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(accessible)
        for text, data in choices:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        self.edits[name] = combo
        return combo

    def _button(self, text: str, accessible: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def _unit(self) -> QLabel:
        return QLabel(self.tr("分钟（0 为不锁定）"), self)

    def _row(self, form: QFormLayout, label: str, name: str, field: QWidget, *extra: QWidget) -> None:
        """A row: the label (its mnemonic jumps to the field), the field and anything beside it, its problem under."""
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(field, 1)
        for widget in extra:
            line.addWidget(widget)
        column.addLayout(line)
        problem = QLabel("", holder)
        problem.setObjectName(f"{name}Problem")
        problem.setWordWrap(True)
        problem.setStyleSheet(ERROR_STYLE)
        problem.setVisible(False)
        column.addWidget(problem)
        caption = QLabel(label, self)
        caption.setBuddy(field)
        form.addRow(caption, holder)
        self.problems[name] = problem
        self.page_of[name] = self._form_page

    def _note(self, form: QFormLayout, text: str) -> None:
        note = QLabel(text, self)
        note.setWordWrap(True)
        form.addRow(note)

    # --- choosing files ---

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

    def _choose_templates(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("选择通知书模板目录"), self.template_edit.text(), QFileDialog.Option.DontUseNativeDialog
        )
        if path:
            self.template_edit.setText(path)

    def _choose_seal(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("选择印章图片"),
            self.seal_edit.text(),
            self.tr("图片 (*.png *.jpg *.jpeg)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if path:
            self.seal_edit.setText(path)

    # --- the form ---

    def form(self) -> WindowSettingsForm:
        values: dict[str, str] = {}
        for name, widget in self.edits.items():
            if isinstance(widget, QLineEdit):
                values[name] = widget.text()
            elif isinstance(widget, QComboBox):
                values[name] = str(widget.currentData() or "")
            elif isinstance(widget, QSpinBox):
                values[name] = str(widget.value())
        return WindowSettingsForm(**values)

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each problem beside its field (with a sign, not colour alone); the first one's page is shown."""
        for name, label in self.problems.items():
            text = problems.get(name, "")
            label.setText(f"⚠ {say(text)}" if text else "")
            label.setVisible(bool(text))
        self._fit()
        first = next((name for name in self.problems if name in problems), None)
        if first is not None:
            self.tabs.setCurrentIndex(self.page_of[first])
            self.edits[first].setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        """Check, show what is wrong beside its field (nothing typed is lost), else keep everything and close."""
        form = self.form()
        problems = check_form(form)
        self.show_problems(problems)
        if problems:
            return
        try:
            self.changed = save_form(self.store, form, self.header, own_templates_dir(self.store.path))
        except ValueError as error:
            self.reason.setText(error_text(error))
            self.reason.setVisible(True)
            return
        except OSError as error:
            self.reason.setText(self.tr("设置无法保存：{error}").format(error=error.strerror or error))
            self.reason.setVisible(True)
            return
        self.accept()

    def answer(self) -> frozenset[str]:
        return self.changed

    # --- 测试连接 ---

    def test_connection(self) -> None:
        """A real request to the address and CA bundle as typed (not yet saved), off the GUI thread."""
        server, ca = self.server_edit.text(), self.ca_edit.text()
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("正在连接 {server} …").format(server=server.strip()))
        operations_for(self).run(
            self,
            lambda: probe_center(server, ca),
            success=self._tested,
            lane=Lane.NETWORK,
        )

    def _tested(self, result: ConnectionResult) -> None:
        self.test_button.setEnabled(True)
        sign = "✔" if result.ok else "⚠"
        self.test_result.setText(f"{sign} {say(result.words)}")
        self.test_result.setStyleSheet(OK_STYLE if result.ok else ERROR_STYLE)

    @classmethod
    def ask(cls, parent: QWidget, store: SettingsStore, *, page: str = "", reason: str = "") -> frozenset[str] | None:
        dialog = cls(parent, store, page=page, reason=reason)
        try:
            return dialog.answer() if dialog.exec() == GovDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def own_templates_dir(settings_file: Path) -> Path:
    """Where the window keeps its own notice header when no template directory is set: beside its settings."""
    return settings_file.parent / "templates"
