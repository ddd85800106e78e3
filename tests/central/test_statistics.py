"""The supervision statistics endpoint on a real central server (SQLite): figures from pushed events, role and
center checks, bad periods refused in words."""

from __future__ import annotations

from tests.central.conftest import Center, RunningServer, make_center, register_window
from tests.helpers.statistics_history import check_refusals, check_statistics, push_known_history


def test_statistics_of_a_known_history(center: Center) -> None:
    check_statistics(center, push_known_history(center, register_window))


def test_only_supervisors_and_admins_of_the_center_see_it(center: Center, server: RunningServer) -> None:
    push_known_history(center, register_window)
    check_refusals(center, make_center(server))
