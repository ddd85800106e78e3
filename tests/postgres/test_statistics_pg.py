"""The supervision statistics endpoint on a real PostgreSQL (started by the fixtures): the same known history and
the same checks as on SQLite (``tests/helpers/statistics_history.py``), so the SQL is right on both."""

from __future__ import annotations

import pytest

from tests.central.conftest import RunningServer, make_center, register_window
from tests.helpers.statistics_history import check_refusals, check_statistics, push_known_history

pytestmark = pytest.mark.postgres


def test_statistics_on_postgresql(pg_central: RunningServer) -> None:
    center = make_center(pg_central)
    check_statistics(center, push_known_history(center, register_window))
    check_refusals(center, make_center(pg_central))
