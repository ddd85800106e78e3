"""Drafts that save themselves and come back, a save error shown in words, and resuming a notified case with a
broken 一次告知 flagged."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from govdesk.domain.calendar import WorkCalendar
from govdesk.domain.case import MaterialStatus
from govdesk.domain.catalog import Catalog
from govdesk.domain.clock import FixedClock
from govdesk.services.intake import IntakeResult, IntakeService
from govdesk.services.notices import NoticeService
from govdesk.services.window import WindowContext
from govdesk.store.store import open_store
from govdesk.ui.intake.page import IntakePage
from tests.ui.test_intake_flows import (
    ALT,
    choose,
    close_preview,
    decide,
    fill_applicant,
    ime,
    press,
    receive,
    take_item,
    typed,
)
from tests.ui.test_intake_models import VALID_ID, shot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_the_last_keys_before_the_page_is_left_are_saved_without_waiting_for_the_debounce(
    qtbot: QtBot, page: IntakePage, intake: IntakeService
) -> None:
    page.set_save_delay(60_000)  # the debounce must still hold the typing when the page is left, however slow CI is
    take_item(page, "gtgsh")
    fill_applicant(page, "孙八")
    assert page.has_pending_save()  # typed a moment ago: the debounce still holds it
    page.hide()  # the clerk switches workspace, the window locks or closes
    assert not page.has_pending_save()
    saved = [d for d in intake.open_drafts() if d.draft_id == page.draft.draft_id]
    assert saved and saved[0].applicant is not None and saved[0].applicant.name == "孙八"


def test_a_half_typed_intake_comes_back_after_the_program_closes(
    qtbot: QtBot,
    db_path: Path,
    tmp_path: Path,
    catalog: Catalog,
    calendar: WorkCalendar,
    clock: FixedClock,
    window: WindowContext,
) -> None:
    first_store = open_store(db_path)
    first = IntakePage(IntakeService(first_store, catalog, calendar, clock, window), NoticeService(tmp_path))
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.activateWindow()
    take_item(first, "gtgsh")
    fill_applicant(first, "赵六")
    press(first, Qt.Key.Key_G, ALT)  # 委托代办人办理(&G): the agent panel opens, focus on the agent's name
    qtbot.waitUntil(lambda: first.applicant.ui.agentNameEdit.hasFocus(), timeout=2000)
    ime("钱七")
    receive(first, [0])
    with qtbot.waitSignal(first.draft_saved, timeout=2000):
        pass  # the debounce fires ~300 ms after the last key
    assert not first.has_pending_save()
    draft_id = first.draft.draft_id
    first.close()
    first_store.close()  # the program is gone

    second_store = open_store(db_path)
    try:
        second = IntakePage(IntakeService(second_store, catalog, calendar, clock, window), NoticeService(tmp_path))
        qtbot.addWidget(second)
        second.show()
        qtbot.waitExposed(second)
        second.activateWindow()
        assert second.ui.draftsFrame.isVisible()
        assert "赵六" in second.ui.draftsCombo.currentText()
        shot(second, "drafts-1-offered")
        press(second, Qt.Key.Key_C, ALT)  # 继续办理(&C)
        qtbot.waitUntil(lambda: second.draft.draft_id == draft_id, timeout=2000)
        ui = second.applicant.ui
        assert ui.nameEdit.text() == "赵六" and ui.idNumberEdit.text() == VALID_ID
        assert ui.phoneEdit.text() == "13812345678"
        assert ui.agentCheck.isChecked() and ui.agentNameEdit.text() == "钱七"
        assert second.draft.item_codes == ["SCJG-01-001"]
        assert second.ui.chosenList.count() == 1
        assert second.materials_model.status(0) is MaterialStatus.RECEIVED
        assert second.draft.answers["applicant_type"] == "self"
        assert not second.ui.draftsFrame.isVisible()  # the only draft is now the one on screen
        shot(second, "drafts-2-restored")
    finally:
        second_store.close()


def test_a_save_error_is_shown_and_the_typed_text_stays(qtbot: QtBot, page: IntakePage, intake: IntakeService) -> None:
    take_item(page, "gtgsh")
    with qtbot.waitSignal(page.draft_saved, timeout=2000):
        pass
    # A real SQLITE_FULL: cap the database at its current size on every new connection.
    store = intake.store
    with store.reading() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    store.engine.dispose()
    event.listen(store.engine, "connect", lambda conn, _rec: conn.execute(f"PRAGMA max_page_count = {pages}"))
    press(page, Qt.Key.Key_M, ALT)
    ime("孙八")
    press(page, Qt.Key.Key_T, ALT)
    typed(page, "13812345678")
    page.applicant.ui.addressEdit.setFocus()
    ime("渑池县" * 2000)  # a long address: the draft needs pages the full disk does not have
    qtbot.waitUntil(lambda: "草稿未能保存" in page.message(), timeout=3000)
    assert "磁盘已满" in page.message()
    assert page.applicant.ui.nameEdit.text() == "孙八"  # nothing typed is lost
    assert page.draft.applicant.name == "孙八"
    shot(page, "drafts-3-save-error")


def test_resume_flags_a_broken_one_time_notice(qtbot: QtBot, page: IntakePage, intake: IntakeService) -> None:
    take_item(page, "gtgsh")
    fill_applicant(page)
    receive(page, [0, 1])  # 经营场所使用证明 missing
    choose(page, qtbot, Qt.Key.Key_3, "notify")
    first = decide(page, qtbot)
    assert isinstance(first, IntakeResult)
    close_preview(page, qtbot)

    press(page, Qt.Key.Key_R, ALT)  # 续办(&R): a scanner types the number and Enter
    typed(page, first.case.case_no)
    press(page, Qt.Key.Key_Return)
    assert page.draft.resumed_from == first.case.case_id
    assert first.case.case_no in page.ui.titleLabel.text()
    assert page.applicant.ui.nameEdit.text() == "张三"
    assert not page.ui.brokenNoticeLabel.isVisible()  # asking only what was listed keeps the promise
    # now the applicant says someone else will handle it: agent materials the first notice never listed
    radio = page.situations.findChild(type(page.decision.ui.acceptRadio), "situation_applicant_type_agent")
    assert radio is not None
    radio.setFocus()
    press(page, Qt.Key.Key_Space)
    assert page.ui.brokenNoticeLabel.isVisible()
    text = page.ui.brokenNoticeLabel.text()
    assert "一次告知未做到" in text and "授权委托书" in text and first.case.case_no in text
    shot(page, "resume-1-broken-notice")


def test_resume_of_an_unknown_number_says_so(page: IntakePage) -> None:
    press(page, Qt.Key.Key_R, ALT)
    typed(page, "41122101-S03-20261120-9999-X")
    press(page, Qt.Key.Key_Return)
    assert "找不到办件" in page.message()
