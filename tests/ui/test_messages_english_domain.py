"""Refusals of the domain said in English on the real result window page (the hand-over page, its service and a
real store; the real English translation loaded): a case number whose check character is wrong (``domain.numbering``)
and a collection nobody signed for (``domain.signatures``, inside the service's own sentence). Nothing the clerk
reads there is Chinese."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from govdesk.domain.case import CaseState
from govdesk.domain.numbering import ALPHABET
from govdesk.store.store import Store
from tests.helpers.ui import settle, settle_now
from tests.services.test_handoff import APPLICANT_ID, make_case
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
from tests.ui.test_messages_english import english  # noqa: F401 - the English translation installed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def test_a_case_number_that_fails_its_check_is_said_in_english(
    english: None,  # noqa: F811
    qtbot: QtBot,
    services,  # noqa: F811
    store: Store,  # noqa: F811
    clock,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    case = make_case(store, clock)
    page, _ = make_page(qtbot, services)  # made after the translator, as the program makes it
    wrong = case.case_no[:-1] + next(c for c in ALPHABET if c != case.case_no[-1])
    qtbot.keyClicks(page.ui.scanEdit, wrong)
    qtbot.keyClick(page.ui.scanEdit, Qt.Key.Key_Return)
    settle_now()
    said = shown(page.ui.messageLabel)
    assert said == f"Case number {wrong} fails its check: a character may be mistyped or two swapped. Please check it"
    assert page.case is None and page.ui.scanEdit.text() == wrong  # nothing opened, the text kept to correct
    shot(page, "english-case-number-refused")


def test_a_collection_nobody_signed_for_is_said_in_english(
    english: None,  # noqa: F811
    qtbot: QtBot,
    services,  # noqa: F811
    store: Store,  # noqa: F811
    clock,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    case = make_case(store, clock)
    page, _ = make_page(qtbot, services)
    page.open_case(case.case_id)
    qtbot.keyClicks(page.ui.idEdit, APPLICANT_ID)
    qtbot.mouseClick(page.ui.handOffButton, Qt.MouseButton.LeftButton)  # neither on the pad nor on paper
    settle(qtbot)
    said = shown(page.ui.signatureMessage)
    assert "must be signed on the signature pad, or signed on the paper collection receipt" in said, said
    assert not HAN.search(said), said
    assert store.load_case(case.case_id).state is CaseState.RESULT_READY  # type: ignore[union-attr]
    shot(page, "english-not-signed")
