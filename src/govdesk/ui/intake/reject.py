"""The reject panel's fields beyond the reason (不予受理): where to apply instead and the review body.

《行政许可法》 art. 32 (二): a matter not within the organ's competence is rejected at once, telling the applicant
which organ to apply to; 《行政复议法》 art. 20: the notice names the review body. The service checks both
(``IntakeService.decide``); this only gathers them and marks the field an error names.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from govdesk.services.intake import RejectionDetails

ERROR_STYLE = "border: 2px solid #b00020;"


class RejectFields:
    """Two rows added under the reason combo of the reject panel's form layout; ``fields`` maps the service's field
    names ("reason", "competent_authority", "review_body") to their widgets."""

    def __init__(self, parent: QWidget, layout: QFormLayout, reason: QComboBox) -> None:
        width = parent.fontMetrics().averageCharWidth() * 30
        self.authority_edit = QLineEdit(parent)
        self.authority_edit.setObjectName("competentAuthorityEdit")
        self.authority_edit.setPlaceholderText(QCoreApplication.translate("RejectFields", "不属本机关职权范围时必填"))
        self.authority_edit.setMinimumWidth(width)
        self.review_edit = QLineEdit(parent)
        self.review_edit.setObjectName("reviewBodyEdit")
        self.review_edit.setMinimumWidth(width)
        layout.addRow(QCoreApplication.translate("RejectFields", "有权机关(&J)"), self.authority_edit)
        layout.addRow(QCoreApplication.translate("RejectFields", "复议机关(&V)"), self.review_edit)
        for edit in (self.authority_edit, self.review_edit):
            edit.textEdited.connect(lambda _text, e=edit: e.setStyleSheet(""))
        reason.editTextChanged.connect(lambda _text: reason.setStyleSheet(""))
        self.fields: dict[str, QWidget] = {
            "reason": reason,
            "competent_authority": self.authority_edit,
            "review_body": self.review_edit,
        }

    def details(self) -> RejectionDetails:
        return RejectionDetails(self.authority_edit.text().strip(), self.review_edit.text().strip())

    def set_default_review_body(self, body: str) -> None:
        """The center's usual review body, printed when the clerk names no other."""
        if body:
            self.review_edit.setPlaceholderText(
                QCoreApplication.translate("RejectFields", "默认：{body}").format(body=body)
            )
        else:
            self.review_edit.setPlaceholderText(
                QCoreApplication.translate("RejectFields", "必填：作出决定的机关的行政复议机关")
            )

    def mark(self, field: str) -> QWidget | None:
        """Mark the field an error names (red border until edited) and give it the focus."""
        widget = self.fields.get(field)
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
            widget.setFocus()
        return widget

    def marked(self) -> list[str]:
        return [name for name, widget in self.fields.items() if widget.styleSheet()]

    def clear(self) -> None:
        self.authority_edit.clear()
        self.review_edit.clear()
        for widget in self.fields.values():
            widget.setStyleSheet("")
