"""schemathesis against the departmental interface and the back-office steps, over loopback, AUTHENTICATED (a live
department key and a back-office login), so the fuzzed bodies reach the handlers: no input makes the server answer
5xx, every answer matches the OpenAPI document, and the document describes the department key."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from govdesk.central.departments import DEPARTMENT_KEY_HEADER, add_department
from govdesk.domain.catalog_loader import catalog_to_json
from govdesk.shipped import default_catalog
from tests.central.conftest import make_center, register_window, start_server, stop_server

pytestmark = pytest.mark.slow


@dataclass
class Api:
    schema: Any
    headers: dict[str, str]
    session: requests.Session
    document: dict[str, Any]


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    tmp: Path = tmp_path_factory.mktemp("deptfuzz")
    running = start_server(tmp / "central.db", tmp)
    center = make_center(running)
    admin, _ = center.login("admin")
    catalog = {**catalog_to_json(default_catalog()), "version": "fuzz"}
    assert admin.put("/api/v1/catalog", json={"version": "fuzz", "document": catalog}).status_code == 200
    window = register_window(center)
    for _ in range(3):
        window.new_case(item_code="SCJG-01-005")
    with running.central.tx() as session:
        issued = add_department(session, center.code, "SCJG", "市场监督管理局", datetime.now(UTC))
    _, tokens = center.login("back_office")
    session = requests.Session()
    try:
        schema = schemathesis.openapi.from_url(f"{running.url}/openapi.json")
        document = requests.get(f"{running.url}/openapi.json", timeout=10).json()
        headers = {"Authorization": f"Bearer {tokens['access_token']}", DEPARTMENT_KEY_HEADER: issued.key}
        yield Api(schema, headers, session, document)
    finally:
        session.close()
        stop_server(running)


def test_the_document_describes_the_department_key(api: Api) -> None:
    schemes = api.document["components"]["securitySchemes"]
    assert any(s.get("type") == "apiKey" and s.get("name") == DEPARTMENT_KEY_HEADER for s in schemes.values())
    paths = api.document["paths"]
    for path in (
        "/api/v1/dept/cases",
        "/api/v1/dept/cases/{case_id}/correction",
        "/api/v1/backoffice/cases/{case_id}/steps",
    ):
        assert path in paths, path


def test_departments_and_steps_survive_fuzzing(api: Api) -> None:
    wanted = ("/api/v1/dept/", "/api/v1/backoffice/")
    operations = [r.ok() for r in api.schema.get_all_operations()]
    operations = [o for o in operations if o.path.startswith(wanted)]
    tried: list[str] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def run(case: Any) -> None:
            case.call_and_validate(
                session=api.session, headers=api.headers, checks=[not_a_server_error, response_schema_conformance]
            )

        run()
        tried.append(f"{operation.method.upper()} {operation.path}")
    assert "GET /api/v1/dept/cases" in tried and "POST /api/v1/dept/cases/{case_id}/correction" in tried
    assert "POST /api/v1/backoffice/cases/{case_id}/result" in tried
