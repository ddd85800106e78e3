"""好差评 by the applicant themself (GB/T 39734-2020): the large-text page turned to them (no second screen here),
a bad rating asking what went wrong before it is sent, the rating recorded from the page with its source, and the
clerk's page told only that a rating was given. The page is grabbed at 1366×768 for a look."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from govdesk.domain.evaluation import BAD_REASONS, rating_label
from govdesk.store.store import Store
from govdesk.ui.handoff.page import HandoffPage
from govdesk.ui.widgets.rating import ApplicantScreen
from govdesk.ui.widgets.rating_page import RATING_WORDS, REASON_WORDS
from tests.helpers.ui import settle
from tests.services.test_handoff import APPLICANT_ID, make_case
from tests.ui.test_handoff import ctrl_enter, services

# the offscreen platform cannot raise a window (the applicant's page is raised on a real screen)
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", r"This plugin does not support raise\(\)"
)
__all__ = ["services"]


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    image = widget.grab()
    assert not image.isNull()
    folder = os.environ.get("GOVDESK_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(folder) / f"{name}.png"))


def test_the_applicant_rates_on_their_own_page(qtbot: QtBot, services, store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    case = make_case(store, clock)
    page = HandoffPage(services[0], services[1], lambda notice: "")
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    screen = ApplicantScreen(page, services[1].check, services[1].needs_reason)
    page.rating.set_device(screen)
    assert len(QGuiApplication.screens()) == 1 and screen.applicant_screen() is None  # one screen: turn it round
    page.open_case(case.case_id)
    qtbot.keyClicks(page.ui.idEdit, APPLICANT_ID)
    page.ui.signedOnPaperCheck.setChecked(True)
    ctrl_enter(page)
    applicant = screen.page
    qtbot.waitExposed(applicant)
    assert applicant.isVisible() and not applicant.isFullScreen()
    assert case.case_no in applicant.subject.text()
    assert "转向申请人" in page.ui.ratingStatus.text()
    for widget in (applicant, *applicant.level_buttons, *applicant.reason_buttons):  # large text for the applicant
        assert widget.font().pointSizeF() >= 2 * page.font().pointSizeF()
    applicant.resize(1366, 768)
    shot(applicant, "rating-1-levels")

    qtbot.mouseClick(applicant.level_buttons[4], Qt.MouseButton.LeftButton)  # 5 非常不满意
    assert applicant.stack.currentIndex() == 1  # a bad rating asks what went wrong
    qtbot.mouseClick(applicant.submit_button, Qt.MouseButton.LeftButton)
    assert "差评请勾选或说明不满意的原因" in applicant.problem_label.text()
    assert not services[1].is_rated(case.case_id)  # nothing recorded yet
    qtbot.mouseClick(applicant.reason_buttons[0], Qt.MouseButton.LeftButton)  # 等候时间过长
    assert applicant.problem_label.text() == ""
    shot(applicant, "rating-2-what-went-wrong")
    qtbot.mouseClick(applicant.submit_button, Qt.MouseButton.LeftButton)
    settle(qtbot)

    assert not applicant.isVisible()
    stored = store.load_case(case.case_id)
    assert stored is not None
    payload = stored.events[-1].payload
    assert stored.events[-1].kind == "case.evaluated"
    assert payload["rating"] == 5 and payload["reasons"] == ["等候时间过长"] and payload["source"] == "screen"
    assert payload["national_rating"] == "1"  # the national interface counts 5 = 非常满意
    assert page.ui.ratingStatus.text() == "申请人已评价。"  # the clerk learns that, not how
    assert not page.ui.askRatingButton.isEnabled()


def test_a_good_rating_is_sent_at_once(qtbot: QtBot, services, store: Store, clock) -> None:  # type: ignore[no-untyped-def]
    case = make_case(store, clock)
    page = HandoffPage(services[0], services[1], lambda notice: "")
    qtbot.addWidget(page)
    screen = ApplicantScreen(page, services[1].check, services[1].needs_reason)
    page.rating.set_device(screen)
    page.open_case(case.case_id)
    qtbot.mouseClick(page.ui.askRatingButton, Qt.MouseButton.LeftButton)  # 请申请人评价: asked again by the clerk
    with qtbot.waitSignal(screen.rated):
        qtbot.mouseClick(screen.page.level_buttons[0], Qt.MouseButton.LeftButton)  # 1 非常满意
    settle(qtbot)
    stored = store.load_case(case.case_id)
    assert stored is not None and stored.events[-1].payload["rating"] == 1


def test_the_rating_words_marked_for_translation_are_the_domains() -> None:
    """The page shows the domain's rating words in the UI language and records the Chinese: the lists must match."""
    assert tuple(rating_label(r) for r in range(1, 6)) == RATING_WORDS
    assert REASON_WORDS == BAD_REASONS
