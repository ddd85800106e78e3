"""Messages of the domain and the services said in the UI language (``domain.messages``; ``ui.i18n.say``;
``ui.operations.message_for``), through the real intake page with the real English translation loaded."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from govdesk.domain.case import CaseState
from govdesk.domain.identity import messages as id_messages
from govdesk.domain.messages import Message
from govdesk.services.intake import IntakeError, IntakeService
from govdesk.services.notices import NoticeService
from govdesk.store.store import Store
from govdesk.ui.i18n import install_translators, remove_translators
from govdesk.ui.intake.idcard import SimulatedIdCardReader
from govdesk.ui.intake.page import IntakePage
from govdesk.ui.operations import message_for
from tests.helpers.ui import settle, settle_now
from tests.services.test_handoff import PROXY_ID, make_case
from tests.ui.test_handoff import (  # noqa: F401 - the hand-over page's fixtures
    calendar,
    catalog,
    clock,
    make_page,
    services,
    shown,
    store,
    window,
)
from tests.ui.test_intake_models import shot

# The offscreen platform cannot pass a window's size hints to a window manager and says so; not a problem.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HAN = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture
def english() -> Iterator[None]:
    install_translators("en")
    yield
    remove_translators()


@pytest.fixture
def english_page(
    english: None, qtbot: QtBot, intake: IntakeService, notices: NoticeService, reader: SimulatedIdCardReader
) -> IntakePage:
    page = IntakePage(intake, notices, reader)  # made after the translator, as the program makes it
    qtbot.addWidget(page)
    page.resize(1366 - 200, 768 - 120)
    page.show()
    qtbot.waitExposed(page)
    return page


def _type(qtbot: QtBot, widget: object, text: str) -> None:
    qtbot.keyClicks(widget, text)
    settle_now()


def test_the_id_checks_reasons_are_english_beside_the_field_and_in_the_decision(
    qtbot: QtBot, english_page: IntakePage
) -> None:
    page = english_page
    _type(qtbot, page.ui.searchEdit, "gtgsh")  # 个体工商户设立登记, by its pinyin initials
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    settle_now()
    edit = page.applicant.ui.idNumberEdit

    _type(qtbot, edit, "110105194912310021")  # the GB 11643 example with a wrong check character
    assert page.applicant.problem_text("applicant.id_number") == (
        "Character 18 (the check character) should be X, not 1"
    )
    edit.clear()
    _type(qtbot, edit, "1101051949123100")  # two digits short
    beside = page.applicant.problem_text("applicant.id_number")
    assert beside == (
        "Resident ID card numbers have 18 characters; this one has 16 (a 15-digit old number is also accepted)"
    )
    page.applicant.reveal_all()
    listed = page.decision.problems_label.text()
    assert beside in listed and "Enter the applicant's name" in listed  # the intake service's own check, too
    assert not HAN.search(beside + listed), listed
    for label in (page.decision.problems_label, page.decision.ui.acceptWhy):  # whole, though longer than Chinese
        qtbot.waitUntil(lambda label=label: label.height() >= label.heightForWidth(label.width()), timeout=2000)
    shot(page.window(), "english-id-reason")


def test_the_error_path_says_a_message_in_the_ui_language(english: None) -> None:
    error = IntakeError(Message(id_messages.CHECK_DIGIT, expected="X", actual="5"), "applicant.id_number")
    assert message_for(error) == "Character 18 (the check character) should be X, not 5"
    assert str(error) == "第18位校验码应为 X，实际为 5"  # logs and the command line keep the Chinese
    assert message_for(IntakeError("未转换的服务消息")) == "未转换的服务消息"  # a plain string passes as it is
    bug = message_for(KeyError("x"))
    assert bug.startswith("Internal program error (KeyError)")


def test_without_a_translator_the_clerk_reads_the_chinese(qtbot: QtBot) -> None:
    remove_translators()
    error = IntakeError(Message(id_messages.CHECK_DIGIT, expected="X", actual="5"))
    assert message_for(error) == "第18位校验码应为 X，实际为 5"


def test_a_hand_over_refusal_is_said_in_english_on_the_page(
    english: None,
    qtbot: QtBot,
    services,  # noqa: F811
    store: Store,  # noqa: F811
    clock,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    """A real refusal of the hand-over service (a collector's ID with a wrong check digit) through the operations
    gateway to the page's own failure handler: English, with the identity check's reason inside it; the case's state
    label too. Nothing the clerk reads there is Chinese."""
    case = make_case(store, clock)
    page, _ = make_page(qtbot, services)  # made after the translator, as the program makes it
    page.open_case(case.case_id)
    assert "Result ready for collection" in page.ui.caseInfo.text()
    page.ui.methodTabs.setCurrentWidget(page.ui.proxyTab)
    page.ui.proxyNameEdit.setText("Zhao Xiaohong")
    qtbot.keyClicks(page.ui.proxyIdEdit, PROXY_ID[:-1] + ("0" if PROXY_ID[-1] != "0" else "1"))
    page.ui.authorizationEdit.setText("Letter of authorization No. 7")
    qtbot.mouseClick(page.ui.handOffButton, Qt.MouseButton.LeftButton)
    settle(qtbot)
    said = shown(page.ui.methodMessage)
    assert said.startswith("Someone else cannot collect it: The collector's ID number is wrong: "), said
    assert "check character" in said  # the identity check's own reason, in English too
    assert not HAN.search(said), said
    assert store.load_case(case.case_id).state is CaseState.RESULT_READY  # type: ignore[union-attr]
    shot(page, "english-handoff-refused")
