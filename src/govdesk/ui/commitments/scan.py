"""补交材料: the clerk says whether a scan comes with the supplemented material, and picks it in Chinese.

Recording a material as supplemented is a fact; so it is recorded only on an explicit choice: a scan chosen, or
"无扫描件" pressed. Cancelling either dialog records nothing.

The file chooser is Qt's own widget dialog, never the platform's (a Windows dialog speaks the system's language,
GTK's its own): the same dialog everywhere, driven by tests. Qt's ``qtbase_zh_CN.qm`` (installed by ``ui.i18n``)
translates most of it; the strings it lacks are set here: the "Look in" and "Files of type" labels (the catalog
has them without their mnemonic only) and the file type column (``QAbstractFileIconProvider`` has no Chinese);
the size column (English units) is hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtWidgets import QDialog, QFileDialog, QFileIconProvider, QMessageBox, QTreeView, QWidget

from govdesk.ui.i18n import QT_TRANSLATE_NOOP

SIZE_COLUMN = 1  # of QFileSystemModel: name, size, type, date modified
SCAN_FILTER = QT_TRANSLATE_NOOP("ScanChooser", "图片或PDF (*.png *.jpg *.jpeg *.pdf)")


class ScanChoice(StrEnum):
    SCAN = "scan"  # a scan or photo comes with the material
    NONE = "none"  # the paper material came, without a scan (an explicit choice)
    CANCEL = "cancel"  # nothing is recorded


@dataclass(frozen=True, slots=True)
class ScanAnswer:
    choice: ScanChoice
    path: Path | None = None

    @property
    def record(self) -> bool:
        """Whether the material is to be recorded as supplemented."""
        return self.choice is not ScanChoice.CANCEL


class ChineseIconProvider(QFileIconProvider):
    """File types in Chinese (Qt's provider says "Folder" and "png File" whatever the language)."""

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("ScanChooser", "文件夹")
        suffix = info.suffix()
        return (
            QCoreApplication.translate("ScanChooser", "{suffix} 文件").format(suffix=suffix.upper())
            if suffix
            else QCoreApplication.translate("ScanChooser", "文件")
        )


class ScanFileDialog(QFileDialog):
    """Qt's own file dialog, Chinese throughout, for one existing image or PDF."""

    def __init__(self, parent: QWidget | None, directory: str = "") -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("ScanChooser", "选择扫描件或照片"),
            directory,
            QCoreApplication.translate("ScanChooser", SCAN_FILTER),
        )
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        self._icons = ChineseIconProvider()  # kept: the dialog does not own it
        self.setIconProvider(self._icons)
        labels = {
            QFileDialog.DialogLabel.LookIn: QCoreApplication.translate("ScanChooser", "查找范围(&L)："),
            QFileDialog.DialogLabel.FileName: QCoreApplication.translate("ScanChooser", "文件名(&N)："),
            QFileDialog.DialogLabel.FileType: QCoreApplication.translate("ScanChooser", "文件类型(&T)："),
            QFileDialog.DialogLabel.Accept: QCoreApplication.translate("ScanChooser", "打开(&O)"),
            QFileDialog.DialogLabel.Reject: QCoreApplication.translate("ScanChooser", "取消"),
        }
        for label, text in labels.items():
            self.setLabelText(label, text)
        tree = self.findChild(QTreeView, "treeView")
        if tree is not None:  # sizes print as "4 bytes" whatever the language; a clerk picks a scan by name and date
            tree.setColumnHidden(SIZE_COLUMN, True)

    @classmethod
    def ask(cls, parent: QWidget | None, directory: str = "") -> Path | None:
        dialog = cls(parent, directory)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            files = dialog.selectedFiles()
            return Path(files[0]) if files else None
        finally:
            dialog.deleteLater()


class ScanQuestion(QMessageBox):
    """补交“…”：附扫描件，无扫描件（仅登记纸质材料），或取消."""

    def __init__(self, parent: QWidget | None, material: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ScanChooser", "补交材料"))
        self.setIcon(QMessageBox.Icon.Question)
        self.setText(
            QCoreApplication.translate("ScanChooser", "登记补交“{name}”：是否附扫描件或照片？").format(name=material)
        )
        self.setInformativeText(QCoreApplication.translate("ScanChooser", "取消则不登记补交。"))
        self.scan_button = self.addButton(
            QCoreApplication.translate("ScanChooser", "选择扫描件(&S)…"), QMessageBox.ButtonRole.AcceptRole
        )
        self.none_button = self.addButton(
            QCoreApplication.translate("ScanChooser", "无扫描件，仅登记(&N)"), QMessageBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.addButton(
            QCoreApplication.translate("ScanChooser", "取消"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.scan_button)
        self.setEscapeButton(self.cancel_button)


def ask_scan(parent: QWidget | None, material: str) -> ScanAnswer:
    """Ask whether a scan comes with ``material``, then for the file; any cancel records nothing."""
    question = ScanQuestion(parent, material)
    try:
        question.exec()
        clicked = question.clickedButton()
    finally:
        question.deleteLater()
    if clicked is question.none_button:
        return ScanAnswer(ScanChoice.NONE)
    if clicked is not question.scan_button:
        return ScanAnswer(ScanChoice.CANCEL)
    path = ScanFileDialog.ask(parent)
    return ScanAnswer(ScanChoice.SCAN, path) if path is not None else ScanAnswer(ScanChoice.CANCEL)
