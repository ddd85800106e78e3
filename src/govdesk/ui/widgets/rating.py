"""Where the applicant rates (好差评, GB/T 39734-2020): behind one interface, so the clerk's page never holds the
rating and cannot set it.

- ``ApplicantScreen``: the applicant's page, full screen on a second screen facing them when one is attached
  (another ``QScreen``), else a large-text window for the clerk to turn towards them.
- ``SimulatedRatingDevice``: a rating device (评价器) as the vendors' boxes behave — asked for a rating, it answers
  when its buttons are pressed (``press``). Tests and the demo use it; a real device's adapter (serial or network,
  each vendor differs) implements the same three methods.

Signals of every ``RatingDevice``: ``rated(str, int, list, str)`` — the case id asked about, the rating
(满意度 code, 1 = 非常满意), the reasons ticked and the comment; ``withdrawn(str)`` — the request for that case was
taken back (the applicant left without rating).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from govdesk.ui.widgets.rating_page import ApplicantRatingPage, Check, NeedsReason


class RatingDevice(QObject):
    """The interface (see the module docstring). ``source`` is recorded with the rating."""

    rated = Signal(str, int, list, str)
    withdrawn = Signal(str)
    source = ""

    def ask(self, case_id: str, subject: str) -> None:  # pragma: no cover - the interface
        """Ask the applicant to rate ``case_id``; ``subject`` tells them what (case number, item)."""
        raise NotImplementedError

    def withdraw(self) -> None:  # pragma: no cover - the interface
        """Take back the open request (the applicant left)."""
        raise NotImplementedError

    def where(self) -> str:  # pragma: no cover - the interface
        """Where the applicant rates, in the clerk's words ("请申请人在…上评价")."""
        raise NotImplementedError


class SimulatedRatingDevice(RatingDevice):
    """A 评价器 without hardware: ``press`` is the applicant pressing its buttons."""

    source = "device"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.asked: str | None = None  # the case id asked about
        self.subject = ""

    def ask(self, case_id: str, subject: str) -> None:
        self.asked, self.subject = case_id, subject

    def withdraw(self) -> None:
        if self.asked is not None:
            case_id, self.asked = self.asked, None
            self.withdrawn.emit(case_id)

    def where(self) -> str:
        return self.tr("评价器")

    def press(self, rating: int, reasons: Sequence[str] = (), comment: str = "") -> bool:
        """The applicant rates; False when nothing was asked (the device ignores the press)."""
        if self.asked is None:
            return False
        case_id, self.asked = self.asked, None
        self.rated.emit(case_id, rating, list(reasons), comment)
        return True


class ApplicantScreen(RatingDevice):
    """The applicant's page on the second screen, or a large-text window for the clerk to turn round."""

    source = "screen"

    def __init__(self, clerk_window: QWidget, check: Check, needs_reason: NeedsReason) -> None:
        super().__init__(clerk_window)
        self._clerk_window = clerk_window
        self.asked: str | None = None
        self.page = ApplicantRatingPage(check, needs_reason)
        self.page.setWindowTitle(self.tr("服务评价"))
        self.page.setWindowFlag(Qt.WindowType.Window, True)
        self.page.rated.connect(self._rated)
        clerk_window.destroyed.connect(self.page.deleteLater)

    def applicant_screen(self) -> QScreen | None:
        """A screen other than the clerk's, if one is attached."""
        handle = self._clerk_window.window().windowHandle()
        mine = handle.screen() if handle is not None else QGuiApplication.primaryScreen()
        others = [s for s in QGuiApplication.screens() if s is not mine]
        return others[0] if others else None

    def where(self) -> str:
        if self.applicant_screen() is not None:
            return self.tr("面向申请人的评价屏")
        return self.tr("评价窗口（请将屏幕转向申请人）")

    def ask(self, case_id: str, subject: str) -> None:
        self.asked = case_id
        self.page.start(subject)
        screen = self.applicant_screen()
        if screen is not None:
            self.page.setScreen(screen)
            self.page.setGeometry(screen.geometry())
            self.page.showFullScreen()
        else:
            clerk = self._clerk_window.window().geometry()
            self.page.resize(clerk.width() * 3 // 4, clerk.height() * 3 // 4)
            self.page.move(clerk.center() - self.page.rect().center())
            self.page.showNormal()
        self.page.raise_()
        self.page.activateWindow()

    def withdraw(self) -> None:
        self.page.hide()
        if self.asked is not None:
            case_id, self.asked = self.asked, None
            self.withdrawn.emit(case_id)

    def _rated(self, rating: int, reasons: list[str], comment: str) -> None:
        if not self.page.isFullScreen():  # the window turned to the applicant goes; their own screen says thanks
            self.page.hide()
        if self.asked is not None:
            case_id, self.asked = self.asked, None
            self.rated.emit(case_id, rating, reasons, comment)
