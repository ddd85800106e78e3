"""The center's figures from a real central server on loopback, and the window's cache when it cannot be reached;
the dashboard says which it shows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from govdesk.central.embedded import free_port
from govdesk.central.supervision_reminders import NO_PHONE
from govdesk.domain.events import Role
from govdesk.domain.messages import Message
from govdesk.domain.sms import SmsPurpose
from govdesk.services.auth import AuthService, account_for
from govdesk.services.credentials import MemoryOnlyCredentialStore, open_credential_store
from govdesk.services.sms import OLD_REMINDER, SmsService
from govdesk.services.supervision import ClerkReminded, SupervisionError, SupervisionService, period_for
from govdesk.services.supervision_center import SOURCE_CENTER, CenterFigures, CenterReminders, dashboard
from govdesk.services.supervision_types import Level, PeriodKind, WarningCard
from govdesk.services.sync_service import CredentialTokens
from govdesk.store import handoffs as sms_tables
from govdesk.sync.client import SyncClient
from tests.central.conftest import PASSWORD, RunningServer, make_center, register_window, start_server, stop_server
from tests.helpers.reminder_center import center_holding
from tests.helpers.statistics_history import push_known_history, today
from tests.helpers.supervision_history import KnownHistory, make_known_history


@pytest.fixture
def hall(tmp_path: Path) -> Iterator[KnownHistory]:
    made = make_known_history(tmp_path)
    yield made
    made.close()


def test_center_figures_when_online_and_the_cache_when_not(server: RunningServer, hall: KnownHistory) -> None:
    center = make_center(server)
    made = push_known_history(center, register_window)
    supervisor = center.add_user("supervisor")
    credentials = open_credential_store()
    AuthService(server.url, credentials).login(supervisor, PASSWORD)
    rt = hall.runtime
    service = SupervisionService(rt.store, rt.catalog, rt.calendar, hall.clock, rt.window)
    period = period_for(PeriodKind.DAY, today())

    online = dashboard(service, CenterFigures(server.url, credentials, account_for(server.url)), period)
    assert online.source == SOURCE_CENTER
    figures = {(f.window, f.clerk_id): f for f in online.by_clerk}
    assert list(figures) == [("3号窗口", made["user"])]
    mine = figures[("3号窗口", made["user"])]
    assert (mine.intakes, mine.accepted, mine.notices, mine.completions, mine.transfers) == (3, 1, 1, 1, 1)
    assert [(r.key, r.count, r.bad) for r in online.ratings_by_window] == [("3号窗口", 1, 1)]
    # by item from the center too (the window's own cache knows none of the center's items' ratings)
    assert [(r.key, r.count, r.bad) for r in online.ratings_by_item] == [("ITEM-1", 1, 1)]
    assert any(c.level is Level.RED for c in online.warnings)  # the cards stay the window's own

    nowhere = f"http://127.0.0.1:{free_port()}"
    offline = dashboard(service, CenterFigures(nowhere, credentials, account_for(server.url)), period)
    assert offline.source.startswith("本机缓存（中心服务器暂不可达")
    assert offline.by_clerk == service.dashboard(period).by_clerk


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[RunningServer]:
    """A server of the test's own: the hall's clerks (wangli…) and case ids are users and cases of one center."""
    running = start_server(tmp_path / "central.db", tmp_path)
    yield running
    stop_server(running)


def _red_card_of_wangli(service: SupervisionService) -> WarningCard:
    card = next(c for c in service.warnings() if c.level is Level.RED and c.clerk_id == "wangli")
    assert card.due is not None and card.days_left < 0
    return card


def test_a_reminder_goes_through_the_center_to_the_clerks_registered_number(
    own_server: RunningServer, hall: KnownHistory
) -> None:
    rt = hall.runtime
    service = SupervisionService(rt.store, rt.catalog, rt.calendar, hall.clock, rt.window)
    card = _red_card_of_wangli(service)
    credentials = MemoryOnlyCredentialStore()
    made = center_holding(own_server, card, credentials, "13812345678")
    center = CenterReminders(own_server.url, credentials, account_for(own_server.url))

    done = service.remind_clerk(card, center)
    assert done == ClerkReminded(card.case_no, "王丽", "138****5678")
    [(_, phone, text)] = own_server.sms.sent
    assert phone == "13812345678"  # the center's number for the clerk: the window named none
    due = card.due
    assert due is not None
    assert text == (
        f"【测试中心{made.center.code}】现场监督催办：您经办的办件{card.case_no}（{card.item_code}）"
        f"已超过承诺办结期限（红牌），承诺办结日期{due.year}年{due.month}月{due.day}日，请及时办理。"
    )
    with rt.store.reading() as db:
        assert sms_tables.sms_of(db, card.case_id) == []  # nothing queued on the window any more
    with pytest.raises(SupervisionError, match=f"今天已给 王丽 发过办件 {card.case_no} 的催办短信"):
        service.remind_clerk(card, center)
    assert len(own_server.sms.sent) == 1


def test_a_reminder_refused_in_words_and_never_sent(own_server: RunningServer, hall: KnownHistory) -> None:
    rt = hall.runtime
    service = SupervisionService(rt.store, rt.catalog, rt.calendar, hall.clock, rt.window)
    card = _red_card_of_wangli(service)
    credentials = MemoryOnlyCredentialStore()
    center_holding(own_server, card, credentials, None)  # 王丽 has no number at the center
    center = CenterReminders(own_server.url, credentials, account_for(own_server.url))
    with pytest.raises(SupervisionError) as refused:
        service.remind_clerk(card, center)
    assert str(refused.value) == f"中心服务器未发送催办短信：{NO_PHONE}"
    with pytest.raises(SupervisionError) as offline:
        service.remind_clerk(card, None)
    assert str(offline.value) == "未连接中心服务器，催办短信未发送，请联网后再发"
    nowhere = CenterReminders(f"http://127.0.0.1:{free_port()}", credentials, account_for(own_server.url))
    with pytest.raises(SupervisionError, match=r"^未连接中心服务器，催办短信未发送，请联网后再发$"):
        service.remind_clerk(card, nowhere)
    logged_out = CenterReminders(own_server.url, MemoryOnlyCredentialStore(), account_for(own_server.url))
    with pytest.raises(SupervisionError, match="请先登录中心服务器，再发送催办短信"):
        service.remind_clerk(card, logged_out)
    step = replace(card, level=Level.STEP, clerk_id="", clerk_name="S01")
    with pytest.raises(SupervisionError, match=f"办件 {card.case_no} 没有登记经办人"):
        service.remind_clerk(step, center)
    service.window = replace(rt.window, actor=replace(rt.window.actor, role=Role.INTAKE), login_role=Role.INTAKE)
    with pytest.raises(SupervisionError, match="综合受理员"):
        service.remind_clerk(card, center)
    assert own_server.sms.sent == []


def test_reminders_an_older_version_queued_are_failed_once_and_never_sent(
    own_server: RunningServer, hall: KnownHistory
) -> None:
    rt = hall.runtime
    service = SupervisionService(rt.store, rt.catalog, rt.calendar, hall.clock, rt.window)
    card = _red_card_of_wangli(service)
    credentials = MemoryOnlyCredentialStore()
    center_holding(own_server, card, credentials, "13812345678")
    with rt.store.unit() as uow:  # what ``remind_clerk`` queued before: a number typed on the window, a free text
        uow.add_sms(
            {
                "sms_id": "old-reminder", "case_id": card.case_id, "purpose": SmsPurpose.SUPERVISION_REMINDER.value,
                "phone": "13912345678", "text": "【中心现场监督】王丽：请及时办理。", "status": "queued",
                "created_at": rt.store.now_text(), "by": "zhaoqiang", "error": "", "message_id": "", "dedupe_key": None,
            },
        )  # fmt: skip
    sms = SmsService(rt.store, hall.clock)
    client = SyncClient(own_server.url, tokens=CredentialTokens(credentials, account_for(own_server.url)))
    try:
        report = sms.send_queued(client.sms)
        assert (report.sent, report.failed) == (0, 1)
        assert sms.send_queued(client.sms).failed == 0  # met once, never again
    finally:
        client.close()
    with rt.store.reading() as db:
        old = sms_tables.get_sms(db, "old-reminder")
    assert old is not None and (old.status, old.error) == ("failed", Message(OLD_REMINDER))
    assert own_server.sms.sent == []
