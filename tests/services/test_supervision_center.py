"""The center's figures from a real central server on loopback, and the window's cache when it cannot be reached;
the dashboard says which it shows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from govdesk.central.embedded import free_port
from govdesk.services.auth import AuthService, account_for
from govdesk.services.credentials import open_credential_store
from govdesk.services.supervision import SupervisionService, period_for
from govdesk.services.supervision_center import SOURCE_CENTER, CenterFigures, dashboard
from govdesk.services.supervision_types import Level, PeriodKind
from tests.central.conftest import PASSWORD, RunningServer, make_center, register_window
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
