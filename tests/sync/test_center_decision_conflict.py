"""A decision at the center against a local edit (issue 17, G5), with the real engine and central on loopback: a
township window offline records 延期 on a case the back office denied meanwhile; the push answers a conflict, the
window keeps it in "needs attention" with both sides, and the pull brings the denial."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from govdesk.domain.case import CaseState
from govdesk.domain.events import Actor, Role
from govdesk.services.attention import attention_items, attention_rows
from govdesk.sync.status import SyncState
from govdesk.ui.attention import AttentionDialog
from govdesk.ui.i18n import install_translators, remove_translators
from tests.sync.conftest import Center, RunningServer, Windows


def test_an_offline_delay_on_a_denied_case_is_shown_with_both_sides(
    server: RunningServer, center: Center, windows: Windows
) -> None:
    window = windows(server.url, center.code)
    window.login(center.users["intake"])
    (case,) = window.intake(1)
    assert window.sync().ok
    office, _ = center.login("back_office")
    reply = office.post(
        f"/api/v1/backoffice/cases/{case.case_id}/decide", json={"decision": "deny", "reason": "材料不实"}
    )
    assert reply.status_code == 200, reply.text

    # Offline meanwhile (no pull yet): the clerk delays the case, as the window still believes it submitted.
    clerk = Actor("u-张三", "张三", Role.INTAKE, center.code, window.station, "3号窗口")
    local = window.store.load_case(case.case_id)
    assert local is not None and local.state is CaseState.SUBMITTED
    local.delay(
        clerk, window.store.clock, (local.promised_date or date(2026, 12, 1)) + timedelta(days=10), "需现场核查"
    )
    with window.store.transaction() as tx:
        window.store.save_case(tx, local)

    report = window.sync()
    assert report.ok, report.error
    assert window.engine.status.state is SyncState.ONLINE
    assert window.engine.status.needs_attention == 1
    (item,) = attention_items(window.store)
    assert (item.status, item.code, item.kind) == ("conflict", "decided_at_center", "case.delayed")
    assert item.window is not None and item.center is not None
    assert item.window.what == "延期办理"
    assert item.center.what and item.center.role == "后台审批" and item.center.by == "back_office员" and item.center.at
    assert "延期办理" in item.words and "back_office员" in item.words
    # The pull brought the center's decision: the window now shows the case denied.
    after = window.store.load_case(case.case_id)
    assert after is not None and after.state is CaseState.DENIED


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # (offscreen: a dialog's size)
def test_the_clerk_sees_the_records_that_need_attention_with_both_sides(
    server: RunningServer, center: Center, windows: Windows, qtbot: QtBot
) -> None:
    """The status bar counts them; 需处理的记录 lists them: the case's number, what this window did (by whom,
    when), the outcome, what the center had decided (by whom, in which role) and its words — in the clerk's
    language where the words are the program's own (English here), the names and numbers as they are."""
    window = windows(server.url, center.code)
    window.login(center.users["intake"])
    (case,) = window.intake(1)
    assert window.sync().ok
    office, _ = center.login("back_office")
    reply = office.post(
        f"/api/v1/backoffice/cases/{case.case_id}/decide", json={"decision": "deny", "reason": "材料不实"}
    )
    assert reply.status_code == 200, reply.text
    clerk = Actor("u-张三", "张三", Role.INTAKE, center.code, window.station, "3号窗口")
    local = window.store.load_case(case.case_id)
    assert local is not None
    local.delay(
        clerk, window.store.clock, (local.promised_date or date(2026, 12, 1)) + timedelta(days=10), "需现场核查"
    )
    with window.store.transaction() as tx:
        window.store.save_case(tx, local)
    assert window.sync().ok and window.engine.status.needs_attention == 1

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = AttentionDialog(parent, lambda: attention_rows(window.store))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    cells = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]  # type: ignore[union-attr]
    assert dialog.table.rowCount() == 1 and cells[0] == case.case_no
    assert cells[1].startswith("延期办理") and "intake员" in cells[1]  # the clerk the center vouches for
    assert cells[2] == "冲突"
    assert cells[3].startswith("审批不予许可") and "后台审批 back_office员" in cells[3]
    assert "延期办理" in cells[4] and "back_office员" in cells[4]
    asked: list[str] = []
    dialog.case_requested.connect(asked.append)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert asked == [case.case_no]  # looked up as the search box would
    qtbot.wait(50)  # (the table's columns are fitted on the next turn of the loop)
    dialog.table.resizeRowsToContents()
    assert dialog.table.rowHeight(0) >= 3 * dialog.table.fontMetrics().lineSpacing()  # what, who, when: read whole
    dialog.grab().save(str(window.store.path.with_name("attention.png")))

    install_translators("en")
    try:
        english = AttentionDialog(parent, lambda: attention_rows(window.store))
        qtbot.addWidget(english)
        cells = [english.table.item(0, c).text() for c in range(english.table.columnCount())]  # type: ignore[union-attr]
        assert cells[1].startswith("extend the deadline") and cells[2] == "Conflict"
        assert "Back office back_office员" in cells[3] and not cells[3].startswith("审批")
    finally:
        remove_translators()
