"""The 同事记录 page driven against a real central server on loopback: a colleague's signed inspection with its
photos (sent by the real sync path) and a bad-rating follow-up step are listed newest first and
shown read-only; the category filter; an unreachable center and a PC without a server said in words."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from govdesk.central.embedded import free_port
from govdesk.services.credentials import MemoryOnlyCredentialStore
from govdesk.services.supervision_colleagues import ColleagueRecords
from govdesk.sync.client import MemoryTokenStore, SyncClient
from govdesk.sync.records import put_record, upload_record_file
from govdesk.ui.i18n import install_translators, remove_translators
from govdesk.ui.supervision_records.colleagues import ColleaguesModel, ColleaguesPage
from tests.central.conftest import PASSWORD, RunningServer, make_center, register_window, server  # noqa: F401
from tests.helpers.ui import settle
from tests.sync.test_supervision_photos import _client, _records, _walk

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = Path("/tmp/shots_supervision_records")


@pytest.fixture
def hall(server: RunningServer, tmp_path: Path) -> dict[str, Any]:  # noqa: F811
    a = make_center(server)
    qian = a.add_user("supervisor", "qian", "钱督查")
    sun = a.add_user("supervisor", "sun", "孙督查")
    records = _records(a, tmp_path, qian)
    client = _client(server, qian)
    try:
        inspection_id, _photos = _walk(records, tmp_path, (60_000, 40_000))
        intake = register_window(a)
        rated = intake.new_case(("case.drafted", "case.completed"))
        intake.push_events([intake.event(rated, "case.evaluated", {"rating": 5})])
        sent = records.send_unsent(lambda *a_: put_record(client, *a_), lambda *a_: upload_record_file(client, *a_))
        assert (sent.sent, sent.refused) == (1, ())
        a.users["supervisor"] = qian
        desk = register_window(a, role="supervisor")
        note = {"step": "verify", "label": "回访核实", "note": "已电话回访，申请人反映情况属实"}
        assert [r["status"] for r in desk.push_events([desk.event(rated, "case.rating_followed_up", note)])] == [
            "applied"
        ]
    finally:
        client.close()
        records.store.close()
    return {"a": a, "qian": qian, "sun": sun, "inspection": inspection_id}


def reader(server: RunningServer, username: str) -> ColleagueRecords:  # noqa: F811
    def client() -> SyncClient:
        made = SyncClient(server.url, tokens=MemoryTokenStore())
        made.login(username, PASSWORD)
        return made

    return ColleagueRecords(server.url, MemoryOnlyCredentialStore(), username, username, client_factory=client)


def cells(page: ColleaguesPage) -> list[list[str]]:
    m = page.model
    return [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_a_colleagues_inspection_with_its_photos_and_a_follow_up_step(
    qtbot: QtBot,
    hall: dict[str, Any],
    server: RunningServer,  # noqa: F811
    qtmodeltester: Any,
) -> None:
    service = reader(server, hall["sun"])
    page = ColleaguesPage(lambda: service)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    settle(qtbot)
    rows = cells(page)
    assert sorted(r[0] for r in rows) == ["差评跟进", "现场巡查"]
    assert {r[1] for r in rows} == {"钱督查"}
    assert next(r for r in rows if r[0] == "现场巡查")[3] == "已签名"
    assert next(r for r in rows if r[0] == "差评跟进")[3] == "回访核实"
    assert page.message.text().startswith("中心服务器上同事的记录共 2 条，截至 ")
    qtmodeltester.check(page.model, force_py=True)
    row = next(i for i, r in enumerate(rows) if r[0] == "现场巡查")
    page.view.clicked.emit(page.model.index(row, 0))
    settle(qtbot)
    settle(qtbot)  # the photos come after the record
    text = page.text.toPlainText()
    assert text.startswith("现场巡查 · 钱督查") and "合格 14 项，不合格 1 项" in text
    assert "【不合格】导服·" in text and "导服台无人值守（照片 2 张）" in text
    shown = [w for w in page.photo_strip.findChildren(QLabel) if w.pixmap() is not None and not w.pixmap().isNull()]
    assert len(shown) == 2 and len(page.photos) == 2
    SHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SHOTS / "colleagues-inspection.png"))
    # only the follow-ups
    page.kind.setCurrentIndex(3)
    settle(qtbot)
    assert [r[0] for r in cells(page)] == ["差评跟进"]
    page.view.clicked.emit(page.model.index(0, 0))
    settle(qtbot)
    assert "回访核实：已电话回访，申请人反映情况属实" in page.text.toPlainText()
    page.grab().save(str(SHOTS / "colleagues-follow-up.png"))
    # the author sees none of their own here
    mine = ColleaguesPage(lambda: reader(server, hall["qian"]))
    qtbot.addWidget(mine)
    mine.refresh()
    settle(qtbot)
    assert [r[0] for r in cells(mine)] == []


def test_an_unreachable_center_and_no_server_are_said(qtbot: QtBot) -> None:
    gone = f"http://127.0.0.1:{free_port()}"
    service = ColleagueRecords(  # logged in before (a refresh token kept), the line down now
        gone,
        MemoryOnlyCredentialStore(),
        "u",
        "u",
        client_factory=lambda: SyncClient(gone, tokens=MemoryTokenStore("refresh-token-of-yesterday")),
    )
    page = ColleaguesPage(lambda: service)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    settle(qtbot)
    assert page.model.rowCount() == 0 and page.message.styleSheet().startswith("color: #b00020")
    assert page.message.text() == "中心服务器暂不可达：同事的记录只保存在中心服务器，请联网后点“刷新”"
    page.grab().save(str(SHOTS / "colleagues-offline.png"))
    none = ColleaguesPage(lambda: None)
    qtbot.addWidget(none)
    none.refresh()
    assert none.message.text().startswith("本机未设置中心服务器")
    assert none.text.toPlainText() == "" and none.text.placeholderText() == "选择左侧的一条记录查看（只读）"


def test_more_than_a_page_is_read_as_the_list_scrolls(
    qtbot: QtBot,
    server: RunningServer,  # noqa: F811
    qtmodeltester: Any,
) -> None:
    """230 inspections and 20 follow-up steps of a colleague: the first 200 (newest first, both kinds merged) and
    "共 250 条，已显示 200 条"; scrolled to the end, the rest come from the center's next pages (off the GUI thread)
    until all 250 are shown, each once, newest first."""
    from tests.central.test_supervision_colleagues import put_many

    a = make_center(server)
    qian, sun = a.add_user("supervisor", "qian", "钱督查"), a.add_user("supervisor", "sun", "孙督查")
    qian_client, _ = a.login(username=qian)
    put_many(qian_client, qian, 230)
    intake = register_window(a)
    rated = intake.new_case(("case.drafted", "case.completed"))
    intake.push_events([intake.event(rated, "case.evaluated", {"rating": 5})])
    a.users["supervisor"] = qian
    desk = register_window(a, role="supervisor")
    note = {"step": "verify", "label": "回访核实", "note": "已电话回访"}
    steps = [desk.event(rated, "case.rating_followed_up", note) for _ in range(20)]
    assert {r["status"] for r in desk.push_events(steps)} == {"applied"}
    service = reader(server, sun)
    page = ColleaguesPage(lambda: service)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.refresh()
    settle(qtbot)
    assert page.model.rowCount() == 200 and page.model.total == 250
    assert page.message.text().startswith("中心服务器上同事的记录共 250 条，已显示 200 条（向下滚动读取其余）")
    SHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SHOTS / "colleagues-paged-first.png"))
    bar = page.view.verticalScrollBar()
    for _ in range(5):  # the view asks for more when scrolled to its end
        bar.setValue(bar.maximum())
        settle(qtbot)
        if page.model.rowCount() == 250:
            break
    assert page.model.rowCount() == 250 and not page.model.canFetchMore()
    rows = page.model.rows
    assert len({r.key for r in rows}) == 250 and [r.at for r in rows] == sorted((r.at for r in rows), reverse=True)
    assert sum(1 for r in rows if r.kind_label == "差评跟进") == 20
    assert page.message.text().startswith("中心服务器上同事的记录共 250 条，截至 ")
    page.grab().save(str(SHOTS / "colleagues-paged-all.png"))
    # the model's first page and the insertion of the next, under the model tester (a model of its own: the page's
    # goes with the page when the test ends, before the tester lets go of it)
    model = ColleaguesModel()
    qtmodeltester.check(model, force_py=True)
    first = service.entries()
    model.set_first_page(first)
    assert model.rowCount() == 200 and model.canFetchMore() and first.pager is not None
    assert model.append_page(first.pager, service.next_page(first.pager))
    assert model.rowCount() == 250 and not model.canFetchMore()


def test_the_colleagues_records_in_english(
    qtbot: QtBot,
    hall: dict[str, Any],
    server: RunningServer,  # noqa: F811
) -> None:
    """The page's own words and the service's (the kind, the state, the version, the record's lines) in English; what
    the supervisors wrote (names, notes, the center's checklist items, a follow-up step's label) is data, as written."""
    install_translators("en")
    try:
        service = reader(server, hall["sun"])
        page = ColleaguesPage(lambda: service)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        page.refresh()
        settle(qtbot)
        rows = cells(page)
        inspection = next(r for r in rows if r[0] == "On-site inspection")
        assert inspection[3] == "Signed" and re.fullmatch(r"Version \d+", inspection[4])
        row = rows.index(inspection)
        page.view.clicked.emit(page.model.index(row, 0))
        settle(qtbot)
        settle(qtbot)
        text = page.text.toPlainText()
        lines = text.splitlines()
        assert lines[0] == "On-site inspection · 钱督查"
        assert lines[2].startswith("Inspector: 钱督查  Started: ") and "  signed 20" in lines[2]
        assert lines[3] == "Checked 15 / 15 items: 14 passed, 1 failed"
        failed = next(line for line in lines if line.startswith("[Failed] "))
        assert failed.endswith(": 导服台无人值守 (2 photos)")
        SHOTS.mkdir(exist_ok=True)
        page.grab().save(str(SHOTS / "colleagues-inspection-en.png"))
        follow_up = next(i for i, r in enumerate(cells(page)) if r[0] == "Bad-rating follow-up")
        page.view.clicked.emit(page.model.index(follow_up, 0))
        settle(qtbot)
        text = page.text.toPlainText()
        assert text.startswith("Bad-rating follow-up · case ") and "回访核实: 已电话回访，申请人反映情况属实" in text
    finally:
        remove_translators()
