"""What the supervisor's pages share: the line that says what happened, green or red."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from govdesk.services.errors import GovdeskError
from govdesk.ui.i18n import error_text

OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b00020;"


class MessageLine(QLabel):
    """Says the outcome of the page's last action: green for done, red for a refusal (the gateway's failure)."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)

    def say(self, text: str, error: bool = False) -> None:
        self.setText(text)
        self.setStyleSheet(ERROR_STYLE if error else OK_STYLE)

    def refused(self, error: GovdeskError) -> None:
        self.say(error_text(error), error=True)
