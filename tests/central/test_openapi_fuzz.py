"""schemathesis against the server's own OpenAPI document, over loopback: no input makes it answer 5xx,
and every answer matches the documented schema (ErrorBody for errors). Kept small: a few examples per operation."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from tests.central.conftest import make_center, register_window, start_server, stop_server

pytestmark = pytest.mark.slow


@dataclass
class Api:
    schema: Any
    headers: dict[str, str]
    session: requests.Session


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    tmp: Path = tmp_path_factory.mktemp("fuzz")
    running = start_server(tmp / "central.db", tmp)
    center = make_center(running)
    window = register_window(center)
    window.new_case()  # something in the queue, snapshot and summary
    _, tokens = center.login("admin")
    session = requests.Session()
    try:
        schema = schemathesis.openapi.from_url(f"{running.url}/openapi.json")
        yield Api(schema, {"Authorization": f"Bearer {tokens['access_token']}"}, session)
    finally:
        session.close()
        for client in (window.client,):
            client.close()
        stop_server(running)


def test_no_server_errors_and_documented_answers(api: Api) -> None:
    # schemathesis' pytest fixture loader (from_fixture) does not run under this pytest version
    # ('Function' object has no attribute '_nodeid'), so each operation's strategy is driven by hypothesis here.
    operations = [result.ok() for result in api.schema.get_all_operations()]
    assert len(operations) >= 18
    tried: list[str] = []
    for operation in operations:
        if operation.path == "/api/v1/auth/logout":
            continue  # would end the admin's own login half-way through the run

        @given(case=operation.as_strategy())
        @settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def run(case: Any) -> None:
            case.call_and_validate(
                session=api.session, headers=api.headers, checks=[not_a_server_error, response_schema_conformance]
            )

        run()
        tried.append(f"{operation.method.upper()} {operation.path}")
    assert "POST /api/v1/sync/push" in tried
