"""The clerk's side of 好差评 on the result window: ask the applicant to rate (after a hand-over, or again with
请申请人评价), and learn only THAT they rated — never how (GB/T 39734-2020: staff must not interfere with or watch
the rating). The rating itself goes from the ``RatingDevice`` straight to ``EvaluationService``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QPushButton

from govdesk.domain.case import Case
from govdesk.services.errors import GovdeskError
from govdesk.services.evaluation import EvaluationService
from govdesk.ui.operations import operations_for
from govdesk.ui.widgets.rating import RatingDevice

log = logging.getLogger(__name__)

OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b00020;"
INFO_STYLE = "color: #5f6368;"


class RatingControl(QObject):
    """Drives ``status`` and ``ask_button`` of the page; see the module docstring."""

    def __init__(
        self,
        status: QLabel,
        ask_button: QPushButton,
        evaluation: EvaluationService | None,
        device: RatingDevice | None,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.status = status
        self.ask_button = ask_button
        self.evaluation = evaluation
        self.device: RatingDevice | None = None
        self.case: Case | None = None
        self.waiting_for: str | None = None  # the case id the applicant was asked about
        self.set_device(device)

    def set_device(self, device: RatingDevice | None) -> None:
        """Where the applicant rates (None: nowhere at this window)."""
        if self.device is not None:
            self.device.rated.disconnect(self._rated)
            self.device.withdrawn.disconnect(self._withdrawn)
        self.device = device
        if device is not None:
            device.rated.connect(self._rated)
            device.withdrawn.connect(self._withdrawn)
        self._show()

    def show_case(self, case: Case | None) -> None:
        self.case = case
        self._show()

    def ask(self, case: Case | None) -> None:
        """Ask the applicant of ``case`` to rate, on their screen or device."""
        if case is None or self.device is None or self.evaluation is None:
            return
        if self.evaluation.is_rated(case.case_id):
            self._show()
            return
        if self.waiting_for is not None and self.waiting_for != case.case_id:
            self.device.withdraw()  # the last applicant left without rating
        self.waiting_for = case.case_id
        subject = self.tr("办件编号：{case_no}").format(case_no=case.case_no)
        self.device.ask(case.case_id, subject)
        self._show()

    def _rated(self, case_id: str, rating: int, reasons: list[str], comment: str) -> None:
        if case_id == self.waiting_for:
            self.waiting_for = None
        if self.evaluation is None:
            return
        source = self.device.source if self.device is not None else ""
        evaluation = self.evaluation

        def refused(error: GovdeskError) -> None:
            log.warning("rating of %s not recorded: %s", case_id, error)
            if self.case is not None and self.case.case_id == case_id:
                self._set(self.tr("评价未能记录：{error}").format(error=error), ERROR_STYLE)

        operations_for(self.status).run(
            self.status,  # the rating's line: what is said about it is said there
            lambda: evaluation.rate(case_id, rating, comment, reasons, source=source),
            success=lambda _rated: self._show(),
            failure=refused,
        )

    def _withdrawn(self, case_id: str) -> None:
        if case_id == self.waiting_for:
            self.waiting_for = None
        self._show()

    def _show(self) -> None:
        case = self.case
        ready = self.device is not None and self.evaluation is not None
        self.ask_button.setEnabled(ready and case is not None)
        if case is None:
            self._set("", INFO_STYLE)
        elif not ready:
            self._set(self.tr("本窗口未连接评价器或评价屏，请引导申请人通过其他渠道评价。"), INFO_STYLE)
        elif self.evaluation is not None and self.evaluation.is_rated(case.case_id):
            self.ask_button.setEnabled(False)
            self._set(self.tr("申请人已评价。"), OK_STYLE)
        elif self.waiting_for == case.case_id and self.device is not None:
            self._set(self.tr("请申请人在{where}上评价……").format(where=self.device.where()), INFO_STYLE)
        else:
            self._set(self.tr("出件后请申请人本人评价（工作人员不得代评或干预）。"), INFO_STYLE)

    def _set(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)
