"""The window's printer as set in 设置 → 打印 (``Settings.notice_printer``, ``paper_size``): used when none was chosen
in this session's print dialog (the dialog opens on it). An uninstalled printer is never guessed at: the system's
default is used then, and the settings dialog says "（未安装）" beside the name."""

from __future__ import annotations

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from govdesk.services.settings import Settings

PAPER = {"A4": QPageSize.PageSizeId.A4, "A5": QPageSize.PageSizeId.A5}


def settings_printer(settings: Settings | None) -> QPrinter | None:
    """A printer for ``settings``: the named one if installed, else the system's default; None when there is none."""
    name = settings.notice_printer if settings is not None else ""
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo()
    if info.isNull():
        info = QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    set_paper(printer, settings.paper_size if settings is not None else "A4")
    return printer


def set_paper(printer: QPrinter, paper_size: str) -> None:
    printer.setPageSize(QPageSize(PAPER.get(paper_size, QPageSize.PageSizeId.A4)))
