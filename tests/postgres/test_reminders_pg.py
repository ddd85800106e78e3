"""The supervisor's 催办 reminder on a real PostgreSQL (started by the fixtures): the same checks as on SQLite
(``tests/central/test_supervision_reminders.py``): who worked on the case (the JSON of written actors), the day's
limit, the retry, the refusals."""

from __future__ import annotations

import pytest

from tests.central import test_supervision_reminders as on_sqlite
from tests.central.conftest import RunningServer, make_center

pytestmark = pytest.mark.postgres


def test_reminders_on_postgresql(pg_central: RunningServer) -> None:
    on_sqlite.test_the_clerk_of_an_overdue_case_gets_the_servers_text_at_the_registered_number(
        pg_central, make_center(pg_central)
    )
    on_sqlite.test_refused_for_other_roles_centers_clerks_and_a_clerk_without_a_number(
        pg_central, make_center(pg_central)
    )
    on_sqlite.test_the_back_office_clerk_who_claimed_it_and_the_actor_a_window_wrote_count(
        pg_central, make_center(pg_central)
    )
