"""A window pulls what concerns it, on PostgreSQL: the station page's range reads and UNION, the cursor read before
the page (read committed), the scoped bootstrap and G4 summary — the SQLite checks of
``tests/central/test_station_scope.py`` run as they are on the fixture's real server."""

from __future__ import annotations

import pytest

from tests.central import test_station_scope as scope
from tests.central.conftest import RunningServer, make_center

pytestmark = pytest.mark.postgres


def test_a_station_window_pulls_what_concerns_it_on_postgresql(pg_central: RunningServer) -> None:
    scope.test_another_stations_case_reaches_a_window_only_when_its_result_is_ready(pg_central, make_center(pg_central))
    scope.test_a_quiet_window_reads_nothing_of_a_burst_at_another_station(pg_central, make_center(pg_central))
    scope.test_a_re_enrolled_device_still_receives_decisions_on_its_earlier_cases(pg_central, make_center(pg_central))
    scope.test_bootstrap_and_summary_hold_a_station_windows_cases_and_the_ready_ones(
        pg_central, make_center(pg_central)
    )
    scope.test_a_device_key_of_another_center_gives_the_no_device_answer(pg_central, make_center(pg_central))
